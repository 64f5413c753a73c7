package de.typwerk.applications.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

    @Test
    void the_temporary_file_of_a_killed_earlier_run_is_removed_by_the_next_run_for_the_same_target() throws IOException {
        Path target = dir.resolve("results.jsonl");
        Path leftOver = Files.writeString(dir.resolve(".results.jsonl.81723.part"), "909 MB of an earlier run");
        Path otherTarget = Files.writeString(dir.resolve(".other.jsonl.5.part"), "not this target's");

        try (AtomicOutput out = AtomicOutput.open(target)) {
            out.stream().write("new".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }

        assertThat(leftOver).doesNotExist();
        assertThat(otherTarget).exists();
        assertThat(target).hasContent("new");
    }

    @Test
    void the_temporary_file_of_a_run_still_writing_is_left_alone() throws IOException {
        Path target = dir.resolve("results.jsonl");
        try (AtomicOutput first = AtomicOutput.open(target)) {
            first.stream().write("first".getBytes(StandardCharsets.UTF_8));
            try (AtomicOutput second = AtomicOutput.open(target)) {
                second.stream().write("second".getBytes(StandardCharsets.UTF_8));
                second.commit();
            }
            first.commit();
        }

        assertThat(target).hasContent("first");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void a_symbolic_link_is_written_through_to_its_target_and_stays_a_link() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path target = Files.writeString(reports.resolve("2026.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("current.json"), Path.of("reports/2026.json"));
        Path dangling = Files.createSymbolicLink(dir.resolve("next.json"), Path.of("reports/2027.json"));

        for (Path out : new Path[] {link, dangling}) {
            try (AtomicOutput written = AtomicOutput.open(out)) {
                written.stream().write("new".getBytes(StandardCharsets.UTF_8));
                written.commit();
            }
        }

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(target).hasContent("new");
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(reports.resolve("2027.json")).hasContent("new");
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void a_device_is_written_directly_and_never_replaced_by_a_file() throws IOException {
        Path device = Path.of("/dev/null");

        try (AtomicOutput out = AtomicOutput.open(device)) {
            out.stream().write("into the void".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }

        assertThat(Files.isRegularFile(device)).isFalse();
        assertThat(Files.exists(device)).isTrue();
    }

    @Test
    void a_new_file_may_be_read_by_whom_any_new_file_may_be_read_by() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "a file system with POSIX permissions");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "as a shell redirection writes it");
        Path target = dir.resolve("report.html");

        try (AtomicOutput out = AtomicOutput.open(target)) {
            out.stream().write("<p>report</p>".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void a_replaced_file_keeps_its_permissions() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "a file system with POSIX permissions");
        Path target = Files.writeString(dir.resolve("results.jsonl"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));

        try (AtomicOutput out = AtomicOutput.open(target)) {
            out.stream().write("new".getBytes(StandardCharsets.UTF_8));
            out.commit();
        }

        assertThat(target).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
    }
}
