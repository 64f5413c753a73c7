package de.typwerk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Builds plugin jars from fixture folders, the way an author would package one. */
final class PluginJar {

    private PluginJar() {
    }

    /** A jar holding every file below {@code folder}, with paths relative to it. */
    static Path of(Path folder, Path jar) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Path f : files) {
                out.putNextEntry(new JarEntry(folder.relativize(f).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(f));
                out.closeEntry();
            }
        }
        return jar;
    }

    /**
     * The jar {@code kreis-1.0.0.jar} in {@code plugins}: a plugin of one questionnaire, {@code kreis},
     * scored by {@code points}, that offers the strategy {@code zaehler} as an alternative, which no
     * jar beside it provides; staged in {@code staging}.
     */
    static Path offeringZaehler(Path staging, Path plugins) throws IOException {
        return withZaehler(staging, plugins, """
                  strategy: points
                  parameters: {}
                  alternatives:
                    zaehler: {}
                """);
    }

    /**
     * The jar {@code kreis-1.0.0.jar} in {@code plugins}: as {@link #offeringZaehler}, but scored by
     * {@code zaehler} itself, so that without the strategy's jar beside it the plugin is refused.
     */
    static Path scoredByZaehler(Path staging, Path plugins) throws IOException {
        return withZaehler(staging, plugins, """
                  strategy: zaehler
                  parameters: {}
                """);
    }

    private static Path withZaehler(Path staging, Path plugins, String scoring) throws IOException {
        Files.createDirectories(staging.resolve("META-INF/typwerk"));
        Files.createDirectories(staging.resolve("questionnaires"));
        Files.writeString(staging.resolve("META-INF/typwerk/plugin.yaml"), """
                id: test-kreis
                version: 1.0.0
                api: "[1.0,2.0)"
                name: Kreis (test fixture)
                vendor: Typwerk tests
                questionnaires:
                  - questionnaires/kreis.yaml
                """);
        Files.writeString(staging.resolve("questionnaires/kreis.yaml"), """
                id: kreis
                version: 1.0.0
                locales: [de, en]
                title: {de: Kreis, en: District}
                types:
                  - {id: a, name: {de: A, en: A}}
                  - {id: b, name: {de: B, en: B}}
                sections:
                  - id: s
                    title: {de: S, en: S}
                    questions:
                      - {id: q, kind: single, text: {de: Q, en: Q}, options: [{id: o, text: {de: O, en: O}, weights: {a: 1}}, {id: p, text: {de: P, en: P}, weights: {b: 1}}]}
                scoring:
                """ + scoring);
        return of(staging, plugins.resolve("kreis-1.0.0.jar"));
    }

    /** A file named like a jar that is not one. */
    static Path corrupt(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        return Files.write(jar, "PK\u0003\u0004 this is not a zip file".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
