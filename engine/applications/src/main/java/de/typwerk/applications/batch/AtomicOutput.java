package de.typwerk.applications.batch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A file written under a temporary name in the target's own folder and moved into place only when
 * {@link #commit()} is called, atomically where the file system can: the target name holds either
 * its previous content or the complete new file, never half of one. {@link #close()} without a
 * commit deletes the temporary file; a shutdown hook does the same when the JVM is stopped (Ctrl-C)
 * while writing. Only a killed JVM can leave the temporary file behind, under its own name
 * ({@code .<target>.<random>.part}), never the target's; the next run for the same target removes
 * it. A run holds a lock on its temporary file while it writes, so the next run tells a left-over
 * file (no lock: its writer is gone) from one another run is still writing (locked: left alone).
 *
 * <p>A target that exists and is not a regular file (a device such as {@code /dev/null}, a named
 * pipe) is written directly, never replaced: it has no old content to protect, and replacing a
 * device node with a file would break the system.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class AtomicOutput implements AutoCloseable {

    private static final String SUFFIX = ".part";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Optional<Path> temporary;
    private final FileChannel channel;
    private final OutputStream stream;
    private final Thread cleanup;
    private boolean committed;
    private boolean closed;

    private AtomicOutput(Path target, Optional<Path> temporary, FileChannel channel) {
        this.target = target;
        this.temporary = temporary;
        this.channel = channel;
        this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        this.cleanup = new Thread(this::deleteQuietly, "typwerk-output-cleanup");
        try {
            Runtime.getRuntime().addShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // written while the JVM shuts down (e.g. answers saved on Ctrl-C): no later hook can run
        }
    }

    /**
     * Starts writing {@code target}.
     *
     * @throws IOException when it cannot be written: its folder is missing or not writable, it is
     *                     a folder, or it exists and is not writable; nothing is created then
     */
    /**
     * The file a path names once its symbolic links are followed, as a shell's {@code >} writes
     * it: a link to a report is kept and its target gets the new content, where moving the
     * temporary file onto the link itself would replace the link with a file and leave its target
     * as it was. A link that leads nowhere names the file it would lead to.
     */
    public static Path throughLinks(Path absolute) throws IOException {
        Path path = absolute;
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == 40) throw new IOException("too many levels of symbolic links: " + absolute);
            Path link = Files.readSymbolicLink(path);
            Path folder = path.getParent();
            path = (folder == null ? link : folder.resolve(link)).toAbsolutePath().normalize();
        }
        return path;
    }

    public static AtomicOutput open(Path target) throws IOException {
        Path absolute = throughLinks(target.toAbsolutePath());
        Path folder = absolute.getParent();
        // said as the system says it (a file where the folder belongs: "Not a directory"), which a
        // front end puts in its reader's language as it does the system's own reasons
        if (folder == null || !Files.exists(folder)) {
            throw new NoSuchFileException(String.valueOf(folder), null, "No such file or directory");
        }
        if (!Files.isDirectory(folder)) throw new FileSystemException(folder.toString(), null, "Not a directory");
        if (Files.isDirectory(absolute)) throw new FileSystemException(target.toString(), null, "Is a directory");
        if (Files.exists(absolute) && !Files.isWritable(absolute)) throw new AccessDeniedException(target.toString(), null, "Permission denied");
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            // a device or a pipe: written as it is, never replaced by a file
            return new AtomicOutput(absolute, Optional.empty(), FileChannel.open(absolute, StandardOpenOption.WRITE));
        }
        removeLeftOvers(folder, absolute.getFileName().toString());
        Path temporary = null;
        FileChannel channel = null;
        for (int attempt = 0; channel == null; attempt++) {
            temporary = folder.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + SUFFIX);
            try {
                // created as any new file is: the umask decides who may read it, as for a file a shell
                // redirection writes (createTempFile would make it readable by its owner only)
                channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) throw e;
            }
        }
        try {
            keepPermissions(absolute, temporary);
            if (channel.tryLock() == null) throw new IOException("cannot lock " + temporary);
            return new AtomicOutput(absolute, Optional.of(temporary), channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** Replacing a file keeps who may read it: the temporary file takes the target's permissions. */
    private static void keepPermissions(Path target, Path temporary) {
        if (!Files.exists(target)) return;
        try {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
        } catch (IOException | UnsupportedOperationException e) {
            // no POSIX permissions, or not ours to change: the new file keeps those it was created with
        }
    }

    /**
     * Deletes the temporary files of earlier runs for {@code name} whose writer is gone (killed:
     * no one holds their lock). A file locked by a running process, or by this one, stays.
     */
    static void removeLeftOvers(Path folder, String name) {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, p -> isTemporaryOf(p, name))) {
            for (Path part : parts) {
                try (FileChannel c = FileChannel.open(part, StandardOpenOption.WRITE)) {
                    FileLock lock = c.tryLock();
                    if (lock == null) continue; // another process is writing it
                    Files.deleteIfExists(part);
                } catch (OverlappingFileLockException e) {
                    // this process is writing it
                } catch (IOException e) {
                    // not ours to remove (permissions): left as it is
                }
            }
        } catch (IOException e) {
            // the folder cannot be listed: nothing to clean up here
        }
    }

    private static boolean isTemporaryOf(Path p, String name) {
        String file = p.getFileName().toString();
        String prefix = "." + name + ".";
        return file.startsWith(prefix) && file.endsWith(SUFFIX) && file.length() > prefix.length() + SUFFIX.length()
                && Files.isRegularFile(p);
    }

    /** Where to write; closed by {@link #commit()} or {@link #close()}. */
    public OutputStream stream() {
        return stream;
    }

    /** Closes the stream and moves the file into place under the target name. */
    public void commit() throws IOException {
        if (closed) throw new IllegalStateException("already closed");
        stream.flush();
        if (temporary.isPresent()) {
            try {
                Files.move(temporary.get(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary.get(), target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
        stream.close();
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
            channel.close();
        } catch (IOException e) {
            // as above
        }
        try {
            if (!committed && temporary.isPresent()) Files.deleteIfExists(temporary.get());
        } catch (IOException e) {
            // nothing more can be done here; the name is not the target's
        }
    }
}
