package de.typwerk.cli.output;

import de.typwerk.applications.batch.AtomicOutput;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
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
public final class OutputTarget implements AutoCloseable {

    private final Optional<AtomicOutput> file;
    private final Writer writer;
    private final Optional<OutputStream> bytes;
    private final Optional<Path> named;
    private boolean committed;

    private final Optional<OutputFolder> folder;

    private OutputTarget(Optional<AtomicOutput> file, Writer writer, Optional<OutputStream> bytes, Optional<Path> named,
            Optional<OutputFolder> folder) {
        this.folder = folder;
        this.file = file;
        this.writer = writer;
        this.bytes = bytes;
        this.named = named;
    }

    /**
     * Opens {@code out}, or standard output when absent.
     *
     * @param stdoutBytes standard output as bytes, where there is such a stream (see {@link Terminal})
     * @throws OutputWriteFailed when the file cannot be written (nothing is created then): its
     *                           folder, created where it is missing, or the file refuses it
     */
    public static OutputTarget open(Optional<Path> out, PrintWriter stdout, Optional<OutputStream> stdoutBytes) throws IOException {
        if (out.isEmpty()) {
            return new OutputTarget(Optional.empty(), stdout, stdoutBytes.map(s -> new BufferedOutputStream(s, 1 << 16)), out, Optional.empty());
        }
        OutputFolder folder = OutputFolder.of(out.get());
        AtomicOutput file;
        try {
            file = AtomicOutput.open(out.get());
        } catch (IOException e) {
            // said of the file the user named, as a write that fails later is
            folder.remove();
            throw OutputWriteFailed.named(out.get(), e);
        }
        OutputStream stream = OutputWriteFailed.naming(out.get(), file.stream());
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        return new OutputTarget(Optional.of(file), writer, Optional.of(stream), out, Optional.of(folder));
    }

    /** Opens {@code out}, or standard output (as text) when absent. */
    public static OutputTarget open(Optional<Path> out, PrintWriter stdout) throws IOException {
        return open(out, stdout, Optional.empty());
    }

    /** The target as text; a command writes either here or to {@link #bytes()}, not to both. */
    public Writer writer() {
        return writer;
    }

    /** The target as a byte stream, where it has one: for UTF-8 written by the engine itself. */
    public Optional<OutputStream> bytes() {
        return bytes;
    }

    /** Everything was written: the file takes its name (standard output is flushed). */
    public void commit() throws IOException {
        writer.flush();
        if (bytes.isPresent()) bytes.get().flush();
        if (file.isPresent()) {
            try {
                file.get().commit();
                committed = true;
            } catch (IOException e) {
                throw OutputWriteFailed.named(named.orElseThrow(), e);
            }
        }
    }

    /**
     * Without {@link #commit()}: the temporary file is deleted, a file under the target name is
     * untouched, and the folders created for it are removed.
     */
    @Override
    public void close() {
        file.ifPresent(AtomicOutput::close);
        // a folder made for a file that was not written after all goes with it
        if (!committed) folder.ifPresent(OutputFolder::remove);
    }
}
