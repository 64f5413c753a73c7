package de.typwerk.engine.batch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apiguardian.api.API;

/**
 * A file written under a temporary name in the target's own folder and moved into place only when
 * {@link #commit()} is called, atomically where the file system can: the target name holds either
 * its previous content or the complete new file, never half of one. {@link #close()} without a
 * commit deletes the temporary file; a shutdown hook does the same when the JVM is stopped (Ctrl-C)
 * while writing. Only a killed JVM can leave the temporary file behind, under its own name
 * ({@code .<target>.<random>.part}), never the target's.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class AtomicOutput implements AutoCloseable {

    private final Path target;
    private final Path temporary;
    private final OutputStream stream;
    private final Thread cleanup;
    private boolean committed;
    private boolean closed;

    private AtomicOutput(Path target, Path temporary, OutputStream stream) {
        this.target = target;
        this.temporary = temporary;
        this.stream = stream;
        this.cleanup = new Thread(this::deleteQuietly, "typwerk-output-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /**
     * Starts writing {@code target}.
     *
     * @throws IOException when it cannot be written: its folder is missing or not writable, it is
     *                     a folder, or it exists and is not writable; nothing is created then
     */
    public static AtomicOutput open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) throw new IOException("no such folder: " + folder);
        if (Files.isDirectory(absolute)) throw new IOException("is a folder: " + target);
        if (Files.exists(absolute) && !Files.isWritable(absolute)) throw new IOException("not writable: " + target);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
        try {
            return new AtomicOutput(absolute, temporary, new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** Where to write; closed by {@link #commit()} or {@link #close()}. */
    public OutputStream stream() {
        return stream;
    }

    /** Closes the stream and moves the file into place under the target name. */
    public void commit() throws IOException {
        if (closed) throw new IllegalStateException("already closed");
        stream.close();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        close();
    }

    /** Without a commit: closes the stream and deletes the temporary file; the target is untouched. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        if (!committed) deleteQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook runs or has run
        }
    }

    private void deleteQuietly() {
        try {
            stream.close();
        } catch (IOException e) {
            // the file is deleted next; what it held no longer matters
        }
        try {
            if (!committed) Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // nothing more can be done here; the name is not the target's
        }
    }
}
