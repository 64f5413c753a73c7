package de.typwerk.engine.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Where a plugin's files are: a jar from a plugins folder, or a class path entry. Reads entries
 * without a class loader, so descriptors and definitions can be read before any plugin code is
 * loaded, and without caching, so no file stays open after reading.
 */
sealed interface PluginRoot {

    /**
     * The entry at {@code path} (relative, {@code /}-separated), at most {@code limit} bytes of it;
     * empty if there is no such entry.
     */
    Optional<byte[]> read(String path, int limit) throws IOException;

    /** How messages name the entry, e.g. {@code plugins/kreis.jar!/META-INF/typwerk/plugin.yaml}. */
    String describe(String path);

    /**
     * How messages name a definition that the questionnaire provider {@code provider} (a class name)
     * made under {@code name}, which is no file: in a jar, as an entry of it
     * ({@code plugins/kreis.jar!/questionnaires/kreis-by.yaml}); in a folder, inside the provider's
     * class file ({@code target/classes/de/example/LaenderProvider.class!/questionnaires/kreis-by.yaml}),
     * since a path beside the folder's own files would name a file that is not there.
     */
    default String describeMade(String provider, String name) {
        return describe(name);
    }

    /** {@link #describeMade} for a plugin in the folder {@code shown}: inside the provider's class file there. */
    static String madeInFolder(String shown, String provider, String name) {
        return shown + "/" + provider.replace('.', '/') + ".class!/" + name;
    }

    /**
     * The names of the files directly in {@code folder} (relative, ending in {@code /}), sorted;
     * empty where they cannot be listed.
     */
    List<String> names(String folder);

    /**
     * The file an author edits that the build copied to the entry at {@code path}: for a class path
     * folder a Maven build wrote ({@code <project>/target/classes}, {@code target/test-classes}), the
     * same path under {@code src/main/resources} ({@code src/test/resources}) if it is there; empty
     * for a jar and for any other folder, whose sources Typwerk cannot know.
     */
    default Optional<Path> sourceOf(String path) {
        return Optional.empty();
    }

    /** A jar file, read with {@link ZipFile}. */
    record Archive(Path jar, String shown) implements PluginRoot {

        @Override
        public Optional<byte[]> read(String path, int limit) throws IOException {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry entry = zip.getEntry(path);
                if (entry == null || entry.isDirectory()) return Optional.empty();
                try (InputStream in = zip.getInputStream(entry)) {
                    return Optional.of(in.readNBytes(limit));
                }
            }
        }

        @Override
        public String describe(String path) {
            return shown + "!/" + path;
        }

        @Override
        public List<String> names(String folder) {
            return inJar(jar, folder);
        }
    }

    /** The names of the files directly in {@code folder} of {@code jar}, sorted; empty if it does not read. */
    static List<String> inJar(Path jar, String folder) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return inZip(zip, folder);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The names of the files directly in {@code folder} of {@code zip}, sorted. */
    static List<String> inZip(ZipFile zip, String folder) {
        return zip.stream().map(ZipEntry::getName)
                .filter(name -> name.startsWith(folder) && name.length() > folder.length()
                        && name.indexOf('/', folder.length()) < 0)
                .map(name -> name.substring(folder.length())).sorted().toList();
    }

    /**
     * A class path entry, by the URL of its root ({@code jar:file:/…/x.jar!/} or
     * {@code file:/…/classes/}), so that any URL scheme the class loader uses works.
     */
    record ClassPathEntry(String base, String shown) implements PluginRoot {

        @Override
        public Optional<byte[]> read(String path, int limit) throws IOException {
            URLConnection connection;
            try {
                connection = new URL(base + path).openConnection();
            } catch (java.net.MalformedURLException e) {
                return Optional.empty();
            }
            // a cached jar connection keeps the jar open (and locked on Windows) for the JVM's lifetime
            connection.setUseCaches(false);
            try (InputStream in = connection.getInputStream()) {
                return Optional.of(in.readNBytes(limit));
            } catch (java.io.FileNotFoundException e) {
                return Optional.empty();
            }
        }

        @Override
        public String describe(String path) {
            return base.startsWith("jar:") ? shown + "!/" + path : shown + "/" + path;
        }

        @Override
        public String describeMade(String provider, String name) {
            return base.startsWith("jar:") ? describe(name) : madeInFolder(shown, provider, name);
        }

        @Override
        public Optional<Path> sourceOf(String path) {
            if (!base.startsWith("file:")) return Optional.empty();
            try {
                Path folder = Path.of(URI.create(base));
                Path target = folder.getParent();
                if (target == null || target.getParent() == null || !target.getFileName().toString().equals("target")) {
                    return Optional.empty();
                }
                String resources = switch (folder.getFileName().toString()) {
                    case "classes" -> "main";
                    case "test-classes" -> "test";
                    default -> null;
                };
                if (resources == null) return Optional.empty();
                Path source = target.getParent().resolve("src").resolve(resources).resolve("resources").resolve(path);
                return Files.isRegularFile(source) ? Optional.of(source) : Optional.empty();
            } catch (RuntimeException e) {
                return Optional.empty(); // a URI no path can be made of: no source to name
            }
        }

        @Override
        public List<String> names(String folder) {
            try {
                if (base.startsWith("file:")) {
                    Path dir = Path.of(URI.create(base)).resolve(folder);
                    if (!Files.isDirectory(dir)) return List.of();
                    try (Stream<Path> files = Files.list(dir)) {
                        return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
                    }
                }
                if (base.startsWith("jar:file:") && base.endsWith("!/")) {
                    return inJar(Path.of(URI.create(base.substring("jar:".length(), base.length() - 2))), folder);
                }
            } catch (IOException | RuntimeException e) {
                // a root of another kind, or one that does not list: nothing to say about it
            }
            return List.of();
        }
    }
}
