package de.typwerk.engine.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void the_file_appears_under_its_name_only_when_committed() throws IOException {
        Path target = dir.resolve("out.jsonl");
        try (AtomicOutput out = AtomicOutput.open(target)) {
            out.stream().write("half".getBytes(StandardCharsets.UTF_8));
            out.stream().flush();
            assertThat(target).doesNotExist();
            out.commit();
        }

        assertThat(target).hasContent("half");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void without_a_commit_the_target_keeps_its_previous_content_and_no_temporary_file_is_left() throws IOException {
        Path target = Files.writeString(dir.resolve("out.jsonl"), "previous");
        try (AtomicOutput out = AtomicOutput.open(target)) {
            out.stream().write("new but broken".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(target).hasContent("previous");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void refuses_a_target_that_cannot_be_written_and_creates_nothing() throws IOException {
        assertThatThrownBy(() -> AtomicOutput.open(dir.resolve("missing").resolve("out.jsonl"))).isInstanceOf(IOException.class);
        Path folder = Files.createDirectory(dir.resolve("a-folder"));
        assertThatThrownBy(() -> AtomicOutput.open(folder)).isInstanceOf(IOException.class);

        assertThat(filesIn(dir)).isEqualTo(1);
    }
}
