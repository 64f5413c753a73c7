package de.typwerk.engine.plugin;

import de.typwerk.engine.plugin.PluginDescriptor;
import de.typwerk.api.spi.QuestionnaireProvider;
import de.typwerk.api.spi.ScoringStrategy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Builds a real plugin jar for a test, the way a plugin author's build would: a descriptor,
 * resources, Java sources compiled against the engine API, provider registrations.
 *
 * <pre>{@code
 * Path jar = PluginJar.named("kreis.jar").descriptor("kreis", "1.0.0", "[1.0,2.0)")
 *         .questionnaire("questionnaires/kreis.yaml", fixture)
 *         .source("com.example.KreisStrategy", "package com.example; ...")
 *         .strategy("com.example.KreisStrategy")
 *         .writeTo(pluginsFolder);
 * }</pre>
 */
final class PluginJar {

    private final String fileName;
    private String id;
    private String version = "1.0.0";
    private String api = "[1.0,2.0)";
    private String rawDescriptor;
    private final List<String> questionnaires = new ArrayList<>();
    private final Map<String, byte[]> resources = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, List<String>> services = new LinkedHashMap<>();
    private final List<String> excluded = new ArrayList<>();
    private int javaFeature;

    private PluginJar(String fileName) {
        this.fileName = fileName;
    }

    static PluginJar named(String fileName) {
        return new PluginJar(fileName);
    }

    /** A descriptor with these values, a name and a vendor, and the questionnaires added. */
    PluginJar descriptor(String id, String version, String api) {
        this.id = id;
        this.version = version;
        this.api = api;
        return this;
    }

    /** The descriptor exactly as given, instead of a generated one. */
    PluginJar rawDescriptor(String yaml) {
        this.rawDescriptor = yaml;
        return this;
    }

    /** A definition file in the jar, listed under {@code questionnaires:} in the descriptor. */
    PluginJar questionnaire(String path, Path fixture) {
        questionnaires.add(path);
        return resource(path, read(fixture));
    }

    /** A definition given as text, listed in the descriptor. */
    PluginJar questionnaire(String path, String text) {
        questionnaires.add(path);
        return resource(path, text);
    }

    PluginJar resource(String path, String text) {
        return resource(path, text.getBytes(StandardCharsets.UTF_8));
    }

    PluginJar resource(String path, byte[] content) {
        resources.put(path, content.clone());
        return this;
    }

    /** A Java source, compiled into the jar against the test class path. */
    PluginJar source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    /**
     * Marks every compiled class as compiled for Java {@code feature} (class file version
     * {@code feature + 44}), as a newer javac with {@code --release feature} would, so that a JVM
     * older than that refuses to load it.
     */
    PluginJar compiledForJava(int feature) {
        javaFeature = feature;
        return this;
    }

    /** Leaves a compiled entry out of the jar, e.g. a superclass, to make a class that does not link. */
    PluginJar exclude(String entryName) {
        excluded.add(entryName);
        return this;
    }

    /** Registers a {@link ScoringStrategy} provider in {@code META-INF/services}. */
    PluginJar strategy(String className) {
        return service(ScoringStrategy.class, className);
    }

    /** Registers a {@link QuestionnaireProvider} in {@code META-INF/services}. */
    PluginJar questionnaireProvider(String className) {
        return service(QuestionnaireProvider.class, className);
    }

    PluginJar service(Class<?> service, String className) {
        services.computeIfAbsent(service.getName(), s -> new ArrayList<>()).add(className);
        return this;
    }

    /** Writes the jar into {@code folder} (created if needed) and returns its path. */
    Path writeTo(Path folder) {
        try {
            Files.createDirectories(folder);
            Map<String, byte[]> entries = new TreeMap<>(resources);
            if (rawDescriptor != null) {
                entries.put(PluginDescriptor.RESOURCE, rawDescriptor.getBytes(StandardCharsets.UTF_8));
            } else if (id != null) {
                entries.put(PluginDescriptor.RESOURCE, descriptorYaml().getBytes(StandardCharsets.UTF_8));
            }
            services.forEach((service, names) -> entries.put("META-INF/services/" + service,
                    (String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8)));
            Map<String, byte[]> classes = compile();
            if (javaFeature > 0) {
                // bytes 6 and 7 of a class file: its major version
                classes.values().forEach(c -> {
                    c[6] = (byte) ((javaFeature + 44) >> 8);
                    c[7] = (byte) (javaFeature + 44);
                });
            }
            entries.putAll(classes);
            excluded.forEach(entries::remove);
            Path jar = folder.resolve(fileName);
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    JarEntry entry = new JarEntry(e.getKey());
                    entry.setLastModifiedTime(FileTime.fromMillis(0));
                    out.putNextEntry(entry);
                    out.write(e.getValue());
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String descriptorYaml() {
        StringBuilder b = new StringBuilder()
                .append("id: ").append(id).append('\n')
                .append("version: ").append(version).append('\n')
                .append("api: \"").append(api).append("\"\n")
                .append("name: Test plugin ").append(id).append('\n')
                .append("vendor: Typwerk tests\n");
        if (!questionnaires.isEmpty()) {
            b.append("questionnaires:\n");
            questionnaires.forEach(q -> b.append("  - ").append(q).append('\n'));
        }
        return b.toString();
    }

    /** Compiles the sources against the test class path; class files by jar entry name. */
    private Map<String, byte[]> compile() throws IOException {
        if (sources.isEmpty()) return Map.of();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createTempDirectory("plugin-jar-classes");
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, code) -> units.add(new Source(name, code)));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-classpath", testClassPath(), "-d", out.toString(),
                    "-proc:none");
            boolean ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
            if (!ok) throw new AssertionError("test plugin does not compile: " + diagnostics.getDiagnostics());
        }
        Map<String, byte[]> classes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                classes.put(out.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        return classes;
    }

    /**
     * Surefire runs tests from a manifest-only jar, so {@code java.class.path} may name only that;
     * it hands the real class path over in {@code surefire.test.class.path}.
     */
    private static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
