package de.typwerk.cli.output;

import de.typwerk.applications.batch.AtomicOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a whole text file so that a reader (or a user who pressed Ctrl-C) sees either the old
 * content or the new one, never half of it: {@link AtomicOutput}, the one writer of files the
 * engine and the CLI share, with the target's folder created first.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    public static void write(Path target, String text) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) Files.createDirectories(folder);
        try (AtomicOutput out = AtomicOutput.open(target)) {
            try {
                out.stream().write(text.getBytes(StandardCharsets.UTF_8));
                out.commit();
            } catch (IOException e) {
                throw OutputWriteFailed.named(target, e);
            }
        }
    }
}
