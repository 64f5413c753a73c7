package de.typwerk.cli.output;

import de.typwerk.applications.batch.AtomicOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a whole text file so that a reader (or a user who pressed Ctrl-C) sees either the old
 * content or the new one, never half of it: {@link AtomicOutput}, the one writer of files the
 * engine and the CLI share, with the target's folder created first where it is missing.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * Checks that {@code target} takes a file, as {@link #write} would write it, without writing it:
     * its folder made where missing (and removed again), a file opened beside it and deleted (a
     * device or a pipe opened as it is). For a command that asks a person for what it writes
     * ({@code typwerk take}), so that a place that takes nothing is said before the first question,
     * not after the last.
     *
     * @throws OutputWriteFailed naming {@code target}, with the system's reason
     */
    public static void probe(Path target) throws OutputWriteFailed {
        OutputFolder folder = OutputFolder.of(target);
        try (AtomicOutput opened = AtomicOutput.open(target)) {
            // closed without a commit: the file beside the target is deleted, the target untouched
        } catch (IOException e) {
            throw OutputWriteFailed.named(target, e);
        } finally {
            folder.remove();
        }
    }

    public static void write(Path target, String text) throws IOException {
        OutputFolder folder = OutputFolder.of(target);
        AtomicOutput opened;
        try {
            opened = AtomicOutput.open(target);
        } catch (IOException e) {
            // a folder that takes no new file (permission denied, a read-only file system): said of the
            // file the user named, not of the temporary file beside it that the system refused
            folder.remove();
            throw OutputWriteFailed.named(target, e);
        }
        boolean written = false;
        try (AtomicOutput out = opened) {
            try {
                out.stream().write(text.getBytes(StandardCharsets.UTF_8));
                out.commit();
                written = true;
            } catch (IOException e) {
                throw OutputWriteFailed.named(target, e);
            }
        } finally {
            if (!written) folder.remove();
        }
    }
}
