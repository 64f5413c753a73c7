package de.typwerk.engine.plugin;

import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The entries of a plugin jar, as loading and {@code typwerk validate} check them alike before reading any: a name written
 * twice with two contents is a jar no build tool makes, whose copies tools read differently (Java the one, {@code unzip}
 * or a streaming reader the other), so that what an operator looks at need not be what loads. Two equal copies, as a
 * build that includes duplicates writes them, are one entry to every tool.
 */
public final class JarEntries {

    private JarEntries() {
    }

    /**
     * How many bytes all the entries of one plugin jar may unpack to together, as they declare
     * their sizes: a plugin with the libraries it ships has some megabytes, a ZIP bomb gigabytes.
     */
    public static final long MAX_UNPACKED_BYTES = 1L << 30;

    /**
     * {@return why {@code zip} is refused unread, if its entries declare they unpack to more than
     * {@link #MAX_UNPACKED_BYTES} together (a ZIP bomb: a few megabytes that unpack to gigabytes, which
     * loading read through at every start); an entry that declares no size counts its packed size}
     */
    public static Optional<String> tooLarge(ZipFile zip, de.typwerk.engine.i18n.Messages messages) {
        long total = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            long size = Math.max(entry.getSize(), entry.getCompressedSize());
            if (size > 0) total = Math.min(Long.MAX_VALUE / 2, total + size);
        }
        return total > MAX_UNPACKED_BYTES
                ? Optional.of(messages.get("plugin.reason.too-large", total, MAX_UNPACKED_BYTES)) : Optional.empty();
    }

    /** {@return the first name {@code zip} holds twice with different contents (by CRC and size), if any} */
    public static Optional<String> twice(ZipFile zip) {
        Map<String, ZipEntry> seen = new HashMap<>();
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory()) continue;
            ZipEntry first = seen.putIfAbsent(entry.getName(), entry);
            if (first != null && (first.getCrc() != entry.getCrc() || first.getSize() != entry.getSize())) {
                return Optional.of(entry.getName());
            }
        }
        return Optional.empty();
    }
}
