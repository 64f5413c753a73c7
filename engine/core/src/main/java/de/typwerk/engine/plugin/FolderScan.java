package de.typwerk.engine.plugin;

import de.typwerk.api.model.Location;
import de.typwerk.engine.plugin.PluginDescriptor;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Severity;
import de.typwerk.engine.i18n.Messages;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the plugin jars in a plugins folder: every {@code *.jar} directly in it, by file name, so
 * the order (and with it which of two duplicates wins) does not depend on the file system; a
 * shading step's {@code original-x.jar} beside {@code x.jar} is refused unopened. Each
 * jar is hashed and read through once, so a corrupt or truncated jar is reported here, before a
 * class loader is made for it.
 */
final class FolderScan {

    private final Messages messages;

    @Inject
    FolderScan(Messages messages) {
        this.messages = messages;
    }

    void scan(Path folder, Consumer<PluginCandidate> candidates, Consumer<PluginEntry> unusable) {
        scan(folder, Optional.empty(), candidates, unusable);
    }

    /** As above; with {@code trusted}, a jar whose SHA-256 is not among them is refused before it is opened. */
    void scan(Path folder, Optional<java.util.Set<String>> trusted, Consumer<PluginCandidate> candidates, Consumer<PluginEntry> unusable) {
        String shown = folder.toString();
        if (!Files.isDirectory(folder)) {
            // a jar named itself (--plugins verband.jar) exists: saying "not found" sent people looking for a typo
            Path parent = folder.toAbsolutePath().getParent();
            String reason = Files.isRegularFile(folder) && parent != null
                    ? messages.get("plugin.reason.folder-is-file", shown, parent.toString())
                    : messages.get("plugin.reason.folder-missing", shown);
            unusable.accept(new PluginEntry(shown, "", "", "", shown, "", Decision.FAILED,
                    Severity.ERROR, reason,
                    List.of(), List.of()));
            return;
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            // a link that leads nowhere (to a jar removed since) is named, not passed over in silence
            jars = files.filter(p -> Files.isRegularFile(p) || leadsNowhere(p))
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            unusable.accept(new PluginEntry(shown, "", "", "", shown, "", Decision.FAILED,
                    Severity.ERROR,
                    messages.get("plugin.reason.unreadable", shown, describe(e)),
                    List.of(), List.of()));
            return;
        }
        Set<String> names = new HashSet<>();
        jars.forEach(jar -> names.add(jar.getFileName().toString()));
        for (Path jar : jars) {
            Optional<String> shaded = shadedTwin(jar.getFileName().toString(), names);
            if (shaded.isPresent()) {
                String reason = messages.get("plugin.reason.shade-original", jar.toString(), shaded.get());
                unusable.accept(new PluginEntry(jar.getFileName().toString(), "", "", "", jar.toString(), "",
                        Decision.REFUSED, Severity.ERROR, reason, List.of(),
                        List.of(Problem.error("shade-original", reason, Location.source(jar.toString())))));
                continue;
            }
            inspect(jar, trusted, candidates, unusable);
        }
    }

    /**
     * For {@code original-x.jar} beside {@code x.jar}: {@code x.jar}. That is what
     * maven-shade-plugin leaves behind, the jar before shading, with the same descriptor but
     * without the libraries the plugin needs; loaded first (by name) it would take the plugin's id
     * and fail, and the real jar would be refused as a duplicate.
     */
    static Optional<String> shadedTwin(String fileName, Set<String> names) {
        String prefix = "original-";
        if (!fileName.startsWith(prefix)) return Optional.empty();
        String twin = fileName.substring(prefix.length());
        return names.contains(twin) ? Optional.of(twin) : Optional.empty();
    }

    private void inspect(Path jar, Optional<java.util.Set<String>> trusted, Consumer<PluginCandidate> candidates,
                         Consumer<PluginEntry> unusable) {
        String source = jar.toString();
        String name = jar.getFileName().toString();
        if (leadsNowhere(jar)) {
            String target;
            try {
                target = Files.readSymbolicLink(jar).toString();
            } catch (IOException | UnsupportedOperationException e) {
                target = "?";
            }
            unusable.accept(unusable(source, "", name, messages.get("plugin.reason.dangling-link", source, target)));
            return;
        }
        String sha256;
        try {
            sha256 = sha256(jar);
        } catch (IOException e) {
            unusable.accept(unusable(source, "", name,
                    messages.get("plugin.reason.unreadable", source, describe(e))));
            return;
        }
        if (trusted.isPresent() && !trusted.get().contains(sha256)) {
            // not approved by the operator: no class of it is ever loaded
            String reason = messages.get("plugin.reason.untrusted", source, sha256);
            unusable.accept(new PluginEntry(name, "", "", "", source, sha256, Decision.REFUSED, Severity.ERROR, reason, List.of(),
                    List.of(Problem.error("plugin-untrusted", reason, Location.source(source)))));
            return;
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Optional<String> twice = JarEntries.twice(zip);
            if (twice.isPresent()) {
                unusable.accept(unusable(source, sha256, name, messages.get("plugin.reason.corrupt", source,
                        messages.get("plugin.reason.entry-twice", twice.get()))));
                return;
            }
            // a ZIP bomb (a few megabytes that unpack to gigabytes) is refused by what its entries
            // declare, before any is read: reading it through cost half a minute at every start
            Optional<String> tooLarge = JarEntries.tooLarge(zip, messages);
            if (tooLarge.isPresent()) {
                unusable.accept(unusable(source, sha256, name, messages.get("plugin.reason.corrupt", source, tooLarge.get())));
                return;
            }
            Optional<String> damage = damage(zip, messages);
            if (damage.isPresent()) {
                unusable.accept(unusable(source, sha256, name, messages.get("plugin.reason.corrupt", source, damage.get())));
                return;
            }
            Optional<byte[]> descriptor = entry(zip, PluginDescriptor.RESOURCE, DescriptorReader.MAX_BYTES + 1);
            candidates.accept(new PluginCandidate.InFolder(source, sha256, new PluginRoot.Archive(jar, source),
                    descriptor, jar));
        } catch (IOException | RuntimeException e) {
            // ZipException for a file that is no zip or lost its end (truncated), others for damaged entries
            unusable.accept(unusable(source, sha256, name, messages.get("plugin.reason.corrupt", source, describe(e))));
        }
    }

    /** A symbolic link whose target does not exist. */
    private static boolean leadsNowhere(Path path) {
        return Files.isSymbolicLink(path) && !Files.exists(path);
    }

    private static PluginEntry unusable(String source, String sha256, String name, String reason) {
        return new PluginEntry(name, "", "", "", source, sha256, Decision.FAILED, Severity.ERROR, reason, List.of(),
                List.of(Problem.error("plugin-unusable", reason, Location.source(source))));
    }

    /**
     * Reads every entry through and checks its CRC; the first damage found, if any. An entry is
     * read no further than the size it declares: one that unpacks to more is damage, so that
     * reading costs no more than the declared sizes {@link JarEntries#MAX_UNPACKED_BYTES} bounds.
     */
    private static Optional<String> damage(ZipFile zip, Messages messages) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory()) continue;
            CRC32 crc = new CRC32();
            long declared = entry.getSize();
            long read = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    read += n;
                    if (declared >= 0 && read > declared) {
                        return Optional.of(messages.get("plugin.reason.entry-larger", entry.getName(), declared));
                    }
                    crc.update(buffer, 0, n);
                }
            }
            if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
                return Optional.of("CRC " + entry.getName());
            }
        }
        return Optional.empty();
    }

    private static Optional<byte[]> entry(ZipFile zip, String name, int limit) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null || entry.isDirectory()) return Optional.empty();
        try (InputStream in = zip.getInputStream(entry)) {
            return Optional.of(in.readNBytes(limit));
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    private String describe(Exception e) {
        return de.typwerk.engine.i18n.Failures.describe(e, messages);
    }
}
