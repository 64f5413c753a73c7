package de.typwerk.cli;

import de.typwerk.engine.batch.AtomicOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where {@code generate} and {@code batch} write: a file given with {@code --out}, written under a
 * temporary name and moved into place only when complete ({@link AtomicOutput}), or standard
 * output. Lines end in {@code \n} on every platform, so the bytes are the same everywhere.
 */
final class OutputTarget implements AutoCloseable {

    private final Optional<AtomicOutput> file;
    private final Writer writer;

    private OutputTarget(Optional<AtomicOutput> file, Writer writer) {
        this.file = file;
        this.writer = writer;
    }

    /**
     * Opens {@code out}, or standard output when absent.
     *
     * @throws IOException when the file cannot be written (nothing is created then)
     */
    static OutputTarget open(Optional<Path> out, PrintWriter stdout) throws IOException {
        if (out.isEmpty()) return new OutputTarget(Optional.empty(), stdout);
        AtomicOutput file = AtomicOutput.open(out.get());
        Writer writer = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16);
        return new OutputTarget(Optional.of(file), writer);
    }

    Writer writer() {
        return writer;
    }

    /** Everything was written: the file takes its name (standard output is flushed). */
    void commit() throws IOException {
        writer.flush();
        if (file.isPresent()) file.get().commit();
    }

    /** Without {@link #commit()}: the temporary file is deleted, a file under the target name is untouched. */
    @Override
    public void close() {
        file.ifPresent(AtomicOutput::close);
    }
}
