package de.typwerk.cli.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writing an output file failed after it was opened (a full disk, a device that takes nothing): the
 * file the user named, so that the one line said names it, where the system's reason alone ("No
 * space left on device") names no file.
 */
public final class OutputWriteFailed extends IOException {

    private static final long serialVersionUID = 1L;
    private final transient Path target;

    OutputWriteFailed(Path target, IOException cause) {
        super(cause.getMessage(), cause);
        this.target = target;
    }

    /** The output as the user named it. */
    public Path target() {
        return target;
    }

    /** Whether the target was written directly (a device, a named pipe) and so holds part of the output, not its old content. */
    public boolean partlyWritten() {
        return Files.exists(target) && !Files.isRegularFile(target);
    }

    /** The system's reason. */
    public IOException reason() {
        return (IOException) getCause();
    }

    /** {@code stream}, each failure to write it an {@link OutputWriteFailed} for {@code target}. */
    static OutputStream naming(Path target, OutputStream stream) {
        return new FilterOutputStream(stream) {
            @Override
            public void write(int b) throws IOException {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw named(target, e);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw named(target, e);
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw named(target, e);
                }
            }
        };
    }

    static OutputWriteFailed named(Path target, IOException e) {
        return e instanceof OutputWriteFailed named ? named : new OutputWriteFailed(target, e);
    }
}
