package de.typwerk.cli.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks on a {@code --out} file before anything is read or written: it must not be one of the
 * command's inputs, whatever the spelling ({@code dir/../dir/./x.jsonl}, a link to it, a second
 * hard link): {@code batch x.jsonl --out x.jsonl} would replace the answers with the results.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * The input that {@code out} is the same file as, if any: compared by file identity (device and
     * inode where the system has them), so every path to one file counts. {@code -} as an input
     * is standard input, compared through {@code /dev/stdin} where the system has it.
     */
    public static Optional<Path> sameAsInput(Path out, Path... inputs) {
        if (out == null || !Files.exists(out)) return Optional.empty();
        for (Path input : inputs) {
            if (input == null) continue;
            Path file = input.toString().equals("-") ? Path.of("/dev/stdin") : input;
            try {
                if (Files.exists(file) && Files.isRegularFile(out) && Files.isSameFile(out, file)) return Optional.of(input);
            } catch (IOException | SecurityException e) {
                // not comparable (gone, unreadable): cannot be the same file we read
            }
        }
        return Optional.empty();
    }
}
