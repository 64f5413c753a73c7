package de.typwerk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The operator's list of approved plugin jars: one SHA-256 per line, as {@code sha256sum} writes
 * it ({@code <64 hex digits>  <file>}; the file name is for people, the hash decides), {@code #}
 * comments and blank lines ignored. {@code typwerk plugins --lock FILE} writes one; {@code --trust
 * FILE} loads only the jars listed (docs/operators.md).
 */
final class TrustFile {

    private static final Pattern HASH = Pattern.compile("[0-9a-fA-F]{64}");

    private TrustFile() {
    }

    /** Thrown for a line that is not a hash (with its number), or a file that cannot be read. */
    static final class Unreadable extends Exception {
        final int line;

        Unreadable(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** The hashes in {@code file}, lower case. */
    static Set<String> read(Path file) throws IOException, Unreadable {
        Set<String> hashes = new TreeSet<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String first = line.split("\\s+", 2)[0];
            if (first.startsWith("\\")) first = first.substring(1); // sha256sum marks odd file names so
            if (!HASH.matcher(first).matches()) throw new Unreadable(i + 1, first);
            hashes.add(first.toLowerCase(Locale.ROOT));
        }
        return hashes;
    }

    /** A trust file's text for {@code jars} (hash, path), in the order given. */
    static String write(List<String[]> jars) {
        List<String> lines = new ArrayList<>();
        lines.add("# typwerk plugins --lock: the plugin jars approved to load (typwerk --trust FILE)");
        for (String[] jar : jars) lines.add(jar[0] + "  " + jar[1]);
        return String.join("\n", lines) + "\n";
    }
}
