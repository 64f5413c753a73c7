package de.typwerk.engine.plugin;

import de.typwerk.api.model.Location;
import de.typwerk.api.model.PluginDescriptor;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Severity;
import de.typwerk.engine.i18n.Messages;
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
 * where the descriptor sits (a jar or a directory). A provider registered in
 * {@code META-INF/services} belongs to the plugin whose root holds the provider's class (its code
 * source), or, if the class cannot even be loaded, whose root holds the registration. A provider
 * in a root without a descriptor is reported and not used: every plugin must say who it is.
 */
final class ClassPathScan {

    private final Messages messages;

    @Inject
    ClassPathScan(Messages messages) {
        this.messages = messages;
    }

    void scan(ClassLoader loader, Consumer<PluginCandidate> candidates, Consumer<PluginEntry> unusable) {
        Map<String, URL> descriptors = new LinkedHashMap<>();
        Map<String, Map<Class<?>, List<String>>> providers = new LinkedHashMap<>();
        Map<String, String> providerRoots = new LinkedHashMap<>();
        try {
            for (URL url : Collections.list(loader.getResources(PluginDescriptor.RESOURCE))) {
                descriptors.putIfAbsent(key(base(url, PluginDescriptor.RESOURCE)), url);
            }
            for (Class<?> service : ProviderConfiguration.SERVICES) {
                String resource = ProviderConfiguration.resource(service);
                for (URL url : Collections.list(loader.getResources(resource))) {
                    String registeredIn = base(url, resource);
                    for (String name : ProviderConfiguration.parse(read(url, 1024 * 1024)).classNames()) {
                        String root = codeSource(name, loader).orElse(registeredIn);
                        List<String> names = providers.computeIfAbsent(key(root), k -> new LinkedHashMap<>())
                                .computeIfAbsent(service, s -> new ArrayList<>());
                        if (!names.contains(name)) names.add(name);
                        providerRoots.putIfAbsent(key(root), root);
                    }
                }
            }
        } catch (IOException e) {
            String reason = messages.get("plugin.reason.unreadable", "class path", DescriptorReader.firstLine(e.toString()));
            unusable.accept(new PluginEntry("class path", "", "", "", "class path", "", Decision.FAILED, Severity.ERROR,
                    reason, List.of(), List.of()));
            return;
        }
        for (Map.Entry<String, URL> d : descriptors.entrySet()) {
            String base = base(d.getValue(), PluginDescriptor.RESOURCE);
            String shown = shown(base);
            Optional<byte[]> descriptor;
            try {
                descriptor = Optional.of(read(d.getValue(), DescriptorReader.MAX_BYTES + 1));
            } catch (IOException e) {
                descriptor = Optional.of(new byte[0]);
            }
            Map<Class<?>, List<String>> own = providers.remove(d.getKey());
            candidates.accept(new PluginCandidate.OnClassPath("class path: " + shown, sha256(shown),
                    new PluginRoot.ClassPathEntry(base, shown), descriptor, own == null ? Map.of() : own, loader));
        }
        for (Map.Entry<String, Map<Class<?>, List<String>>> orphan : providers.entrySet()) {
            String shown = shown(providerRoots.get(orphan.getKey()));
            String source = "class path: " + shown;
            List<String> classes = orphan.getValue().values().stream().flatMap(List::stream).toList();
            String reason = messages.get("plugin.reason.orphan", source, String.join(", ", classes));
            String name = shown.substring(shown.lastIndexOf('/') + 1);
            unusable.accept(new PluginEntry(name, "", "", "", source, sha256(shown), Decision.REFUSED, Severity.ERROR,
                    reason, List.of(), List.of(Problem.error("no-descriptor", reason, Location.source(source)))));
        }
    }

    /** The root of a class path entry holding {@code resource}: {@code jar:file:/x.jar!/} or {@code file:/dir/}. */
    private static String base(URL url, String resource) {
        String s = url.toString();
        return s.endsWith(resource) ? s.substring(0, s.length() - resource.length()) : s;
    }

    /** The root a class was loaded from, as a URL string, if the class loads and says so. */
    private static Optional<String> codeSource(String className, ClassLoader loader) {
        try {
            Class<?> type = Class.forName(className, false, loader);
            CodeSource source = type.getProtectionDomain().getCodeSource();
            return source == null || source.getLocation() == null ? Optional.empty()
                    : Optional.of(source.getLocation().toString());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
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
