package de.typwerk.cli.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * This process's standard output, remembering the first write that failed. A {@code PrintWriter}
 * swallows its errors, so without this {@code typwerk score … > /dev/full} would exit 0 with
 * nothing written; {@link Main} asks {@link #failure()} when a command ends and turns a failed
 * write into one line and exit 1 (a reader that closed the pipe into exit 141, quietly).
 */
public final class StandardOutput extends FilterOutputStream {

    private volatile IOException failure;

    public StandardOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw remember(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw remember(e);
        }
    }

    private IOException remember(IOException e) {
        if (failure == null) failure = e;
        return e;
    }

    /** The first failed write, if any. */
    public Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }
}
