package de.typwerk.engine.plugin;

import de.typwerk.api.model.Location;
import de.typwerk.engine.plugin.PluginDescriptor;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Severity;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.strategy.PluginOrigin;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds the plugins on a class path: every {@value PluginDescriptor#RESOURCE} is one plugin, rooted
 * where the descriptor sits (a jar or a directory). Providers are found with one
 * {@link java.util.ServiceLoader} lookup per service over the whole class path; each belongs to the
 * plugin whose root holds the provider's class (its code source). A registration
 * {@code ServiceLoader} rejects belongs to the root of the class it names, or, if that class does
 * not load, to the root whose registration names it; one that names no class it can be traced to
 * is reported on its own. A provider in a root without a descriptor is reported and not used:
 * every plugin must say who it is.
 */
final class ClassPathScan {

    private final Messages messages;

    @Inject
    ClassPathScan(Messages messages) {
        this.messages = messages;
    }

    void scan(ClassLoader loader, Consumer<PluginCandidate> candidates, Consumer<PluginEntry> unusable) {
        Map<String, URL> descriptors = new LinkedHashMap<>();
        try {
            for (URL url : Collections.list(loader.getResources(PluginDescriptor.RESOURCE))) {
                descriptors.putIfAbsent(key(base(url, PluginDescriptor.RESOURCE)), url);
            }
        } catch (IOException e) {
            String reason = messages.get("plugin.reason.unreadable", "class path", de.typwerk.engine.i18n.Failures.describe(e, messages));
            unusable.accept(classPathFailure(reason));
            return;
        }
        Map<String, Map<Class<?>, List<Discovered>>> providers = new LinkedHashMap<>();
        Map<String, String> providerRoots = new LinkedHashMap<>();
        PluginContext context = new PluginContext("class path", loader);
        for (Class<?> service : ProviderLookup.SERVICES) {
            for (Discovered found : ProviderLookup.find(service, context)) {
                Optional<String> root = root(found, service, loader);
                if (root.isEmpty()) {
                    unusable.accept(classPathFailure(found instanceof Discovered.Broken broken
                            ? broken.reason(messages, "class path", service)
                            : messages.get("plugin.reason.orphan", "class path", className(found))));
                    continue;
                }
                providers.computeIfAbsent(key(root.get()), k -> new LinkedHashMap<>())
                        .computeIfAbsent(service, k -> new ArrayList<>()).add(found);
                providerRoots.putIfAbsent(key(root.get()), root.get());
            }
        }
        for (Map.Entry<String, URL> d : descriptors.entrySet()) {
            String base = base(d.getValue(), PluginDescriptor.RESOURCE);
            byte[] top;
            try {
                top = read(d.getValue(), DescriptorReader.MAX_BYTES + 1);
            } catch (IOException e) {
                top = new byte[0];
            }
            Map<Class<?>, List<Discovered>> own = providers.remove(d.getKey());
            root(base, d.getKey(), Optional.of(top), own == null ? Map.of() : own, loader, candidates, unusable);
        }
        for (Map.Entry<String, Map<Class<?>, List<Discovered>>> rest : providers.entrySet()) {
            String root = providerRoots.get(rest.getKey());
            Optional<String> base = baseOf(rest.getKey());
            if (base.isPresent() && !ownDescriptors(rest.getKey()).isEmpty()) {
                // an uber jar whose META-INF/typwerk/plugin.yaml was left out: its plugins' own copies still say who they are
                root(base.get(), rest.getKey(), Optional.empty(), rest.getValue(), loader, candidates, unusable);
            } else {
                orphans(shown(root), rest.getValue(), "plugin.reason.orphan", unusable);
            }
        }
    }

    /** One descriptor of a class path root: where it is, its bytes, and the provider classes its own services copy names. */
    private record Described(String path, byte[] bytes, java.util.Set<String> classes, boolean claimsTheRest) {
    }

    /**
     * The plugins of one class path root. A root with one descriptor (the usual jar or classes
     * folder) is one plugin with all the root's providers. A root with several (an uber jar: one
     * {@value PluginDescriptor#RESOURCE} survived the merge, and each plugin's own copy under
     * {@value PluginDescriptor#OWN_RESOURCES}) is one plugin per descriptor; each provider goes to
     * the plugin whose own copy of {@code META-INF/services} names it.
     */
    private void root(String base, String key, Optional<byte[]> top, Map<Class<?>, List<Discovered>> found,
                      ClassLoader loader, Consumer<PluginCandidate> candidates, Consumer<PluginEntry> unusable) {
        String shown = shown(base);
        PluginRoot root = new PluginRoot.ClassPathEntry(base, shown);
        List<Described> described = new ArrayList<>();
        List<String> names = ownDescriptors(key);
        java.util.Set<String> topClasses = new java.util.LinkedHashSet<>();
        boolean topIsACopy = false;
        for (String name : names) {
            String path = PluginDescriptor.OWN_RESOURCES + name + "/plugin.yaml";
            Optional<byte[]> bytes = readQuietly(root, path, DescriptorReader.MAX_BYTES + 1);
            if (bytes.isEmpty()) continue;
            java.util.Set<String> classes = registered(root, name);
            if (top.isPresent() && java.util.Arrays.equals(top.get(), bytes.get())) {
                topIsACopy = true;
                topClasses.addAll(classes);
            } else {
                described.add(new Described(path, bytes.get(), classes, false));
            }
        }
        if (top.isPresent()) described.add(0, new Described(PluginDescriptor.RESOURCE, top.get(), topClasses, !topIsACopy));
        String source = PluginOrigin.onClassPath(shown);
        String hash = sha256(shown);
        if (described.size() == 1) {
            Described only = described.get(0);
            candidates.accept(new PluginCandidate.OnClassPath(source, hash, root, Optional.of(only.bytes()), only.path(),
                    found, loader));
            return;
        }
        List<Map<Class<?>, List<Discovered>>> shares = new ArrayList<>();
        described.forEach(d -> shares.add(new LinkedHashMap<>()));
        Map<Class<?>, List<Discovered>> unclaimed = new LinkedHashMap<>();
        for (Map.Entry<Class<?>, List<Discovered>> service : found.entrySet()) {
            for (Discovered provider : service.getValue()) {
                String name = className(provider);
                int owner = -1;
                for (int i = 0; i < described.size() && owner < 0; i++) {
                    if (described.get(i).classes().contains(name)) owner = i;
                }
                for (int i = 0; i < described.size() && owner < 0; i++) {
                    if (described.get(i).claimsTheRest()) owner = i;
                }
                (owner < 0 ? unclaimed : shares.get(owner)).computeIfAbsent(service.getKey(), k -> new ArrayList<>())
                        .add(provider);
            }
        }
        for (int i = 0; i < described.size(); i++) {
            Described d = described.get(i);
            candidates.accept(new PluginCandidate.OnClassPath(source, hash, root, Optional.of(d.bytes()), d.path(),
                    shares.get(i), loader));
        }
        if (!unclaimed.isEmpty()) orphans(shown, unclaimed, "plugin.reason.unclaimed", unusable);
    }

    private void orphans(String shown, Map<Class<?>, List<Discovered>> found, String key, Consumer<PluginEntry> unusable) {
        String source = PluginOrigin.onClassPath(shown);
        List<String> classes = found.values().stream().flatMap(List::stream)
                .map(ClassPathScan::className).distinct().toList();
        String reason = messages.get(key, source, String.join(", ", classes));
        String name = shown.substring(shown.lastIndexOf('/') + 1);
        unusable.accept(new PluginEntry(name, "", "", "", source, sha256(shown), Decision.REFUSED, Severity.ERROR,
                reason, List.of(), List.of(Problem.error("no-descriptor", reason, Location.source(source)))));
    }

    /**
     * The names under {@value PluginDescriptor#OWN_RESOURCES} that hold a {@code plugin.yaml}, in a
     * jar or a folder on the file system (sorted, so the order does not depend on the archive).
     */
    static List<String> ownDescriptors(String key) {
        Path path;
        try {
            path = Path.of(key);
        } catch (java.nio.file.InvalidPathException e) {
            return List.of();
        }
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        String suffix = "/plugin.yaml";
        if (Files.isRegularFile(path)) {
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(path.toFile())) {
                zip.stream().map(java.util.zip.ZipEntry::getName)
                        .filter(n -> n.startsWith(PluginDescriptor.OWN_RESOURCES) && n.endsWith(suffix))
                        .map(n -> n.substring(PluginDescriptor.OWN_RESOURCES.length(), n.length() - suffix.length()))
                        .filter(n -> !n.isEmpty() && !n.contains("/"))
                        .forEach(names::add);
            } catch (IOException e) {
                return List.of();
            }
        } else if (Files.isDirectory(path.resolve(PluginDescriptor.OWN_RESOURCES))) {
            try (java.util.stream.Stream<Path> dirs = Files.list(path.resolve(PluginDescriptor.OWN_RESOURCES))) {
                dirs.filter(dir -> Files.isRegularFile(dir.resolve("plugin.yaml")))
                        .forEach(dir -> names.add(dir.getFileName().toString()));
            } catch (IOException e) {
                return List.of();
            }
        }
        return List.copyOf(names);
    }

    /** The provider classes a plugin's own copy of its {@code META-INF/services} files names. */
    private static java.util.Set<String> registered(PluginRoot root, String name) {
        java.util.Set<String> classes = new java.util.LinkedHashSet<>();
        for (Class<?> service : ProviderLookup.SERVICES) {
            readQuietly(root, PluginDescriptor.OWN_RESOURCES + name + "/services/" + service.getName(), 1024 * 1024)
                    .ifPresent(file -> classes.addAll(ServiceFiles.classes(file)));
        }
        return classes;
    }

    private static Optional<byte[]> readQuietly(PluginRoot root, String path, int limit) {
        try {
            return root.read(path, limit);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The root URL of a class path entry given by its file path: {@code jar:file:/x.jar!/} or {@code file:/dir/}. */
    private static Optional<String> baseOf(String key) {
        try {
            Path path = Path.of(key);
            if (Files.isRegularFile(path)) return Optional.of("jar:" + path.toUri() + "!/");
            if (Files.isDirectory(path)) return Optional.of(path.toUri().toString());
        } catch (java.nio.file.InvalidPathException e) {
            // not a file: no own descriptors to look for
        }
        return Optional.empty();
    }

    private static PluginEntry classPathFailure(String reason) {
        return new PluginEntry("class path", "", "", "", "class path", "", Decision.FAILED, Severity.ERROR,
                reason, List.of(), List.of(Problem.error("provider-failed", reason, Location.source("class path"))));
    }

    private static String className(Discovered found) {
        return found instanceof Discovered.Provider p ? p.type().getName()
                : ((Discovered.Broken) found).className().orElse("?");
    }

    /**
     * The root a discovered provider belongs to: where its class was loaded from; for a rejected
     * registration whose class does not load, the root whose registration file names the class
     * (or, for a malformed file, the root of the file the error names).
     */
    private static Optional<String> root(Discovered found, Class<?> service, ClassLoader loader) {
        if (found instanceof Discovered.Provider p) return codeSource(p.type());
        Discovered.Broken broken = (Discovered.Broken) found;
        Optional<String> loaded = broken.className().flatMap(name -> load(name, loader)).flatMap(ClassPathScan::codeSource);
        if (loaded.isPresent()) return loaded;
        String resource = "META-INF/services/" + service.getName();
        try {
            for (URL url : Collections.list(loader.getResources(resource))) {
                boolean names = broken.className().isPresent()
                        ? registers(read(url, 1024 * 1024), broken.className().get())
                        : broken.detail().contains(url.toString());
                if (names) return Optional.of(base(url, resource));
            }
        } catch (IOException e) {
            // then the error is reported on its own
        }
        return Optional.empty();
    }

    /** Whether a registration file lists {@code className}; only to say where a broken entry came from. */
    private static boolean registers(byte[] file, String className) {
        return ServiceFiles.classes(file).contains(className);
    }

    /** The root of a class path entry holding {@code resource}: {@code jar:file:/x.jar!/} or {@code file:/dir/}. */
    private static String base(URL url, String resource) {
        String s = url.toString();
        return s.endsWith(resource) ? s.substring(0, s.length() - resource.length()) : s;
    }

    private static Optional<Class<?>> load(String className, ClassLoader loader) {
        try {
            return Optional.of(Class.forName(className, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** The root a class was loaded from, as a URL string, if it says so. */
    private static Optional<String> codeSource(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? Optional.empty()
                : Optional.of(source.getLocation().toString());
    }

    /**
     * One spelling for one root, whether it came from a resource URL ({@code jar:file:/x.jar!/}) or a
     * code source ({@code file:/x.jar}).
     */
    static String key(String root) {
        String s = root;
        if (s.startsWith("jar:") && s.endsWith("!/")) s = s.substring(4, s.length() - 2);
        if (s.startsWith("file:")) {
            try {
                return Path.of(URI.create(s)).toAbsolutePath().normalize().toString();
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return s;
            }
        }
        return s;
    }

    /** How a root is shown: a file path where it is a file, else the URL. */
    private static String shown(String root) {
        return key(root);
    }

    private static String sha256(String shown) {
        Path path;
        try {
            path = Path.of(shown);
        } catch (java.nio.file.InvalidPathException e) {
            return "";
        }
        if (!Files.isRegularFile(path)) return "";
        try {
            return FolderScan.sha256(path);
        } catch (IOException e) {
            return "";
        }
    }

    private static byte[] read(URL url, int limit) throws IOException {
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        try (InputStream in = connection.getInputStream()) {
            return in.readNBytes(limit);
        }
    }
}
