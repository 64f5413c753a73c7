package de.typwerk.cli.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder an output file goes into, created with the folders above it that are missing (as
 * {@code mkdir -p} would), the same for every command with {@code --out}. The folders it created
 * are removed again when the output is not written after all (an input refused once the output is
 * open), so that a refused run leaves nothing behind.
 */
final class OutputFolder {

    private final List<Path> created;

    private OutputFolder(List<Path> created) {
        this.created = created;
    }

    /**
     * Creates the folder of {@code target} where it is missing.
     *
     * @throws OutputWriteFailed naming {@code target} when a folder cannot be created (permission
     *                           denied, a read-only file system); nothing is left created then
     */
    static OutputFolder of(Path target) throws OutputWriteFailed {
        Path folder = target.toAbsolutePath().getParent();
        List<Path> missing = new ArrayList<>();
        for (Path f = folder; f != null && !Files.exists(f); f = f.getParent()) missing.add(0, f);
        OutputFolder made = new OutputFolder(new ArrayList<>());
        for (Path f : missing) {
            try {
                Files.createDirectory(f);
                made.created.add(f);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // created meanwhile by someone else: theirs, and there
                if (!Files.isDirectory(f)) {
                    made.remove();
                    throw OutputWriteFailed.named(target, e);
                }
            } catch (IOException e) {
                made.remove();
                throw OutputWriteFailed.named(target, e);
            }
        }
        return made;
    }

    /** Removes the folders this created, the deepest first, each only while it is empty. */
    void remove() {
        for (int i = created.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(created.get(i));
            } catch (IOException e) {
                // not empty (something else wrote there meanwhile) or not ours to remove: it stays
                return;
            }
        }
        created.clear();
    }
}
