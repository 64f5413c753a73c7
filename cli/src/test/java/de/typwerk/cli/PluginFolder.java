package de.typwerk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Plugin folders as a user would fill them, built from the fixtures in a temporary directory. */
final class PluginFolder {

    /** The definitions-only plugin of the fixtures, as a jar. */
    static final String GOOD_JAR = "amtstypen-2.1.0.jar";
    static final String CORRUPT_JAR = "kaputt-1.0.jar";

    private PluginFolder() {
    }

    /** A folder with just the good plugin. */
    static Path good(Path parent) throws IOException {
        Path folder = parent.resolve("plugins-good");
        PluginJar.of(Fixtures.path("plugin-good"), folder.resolve(GOOD_JAR));
        return folder;
    }

    /** A folder with the good plugin and, beside it, a jar that is not a zip file. */
    static Path goodAndCorrupt(Path parent) throws IOException {
        Path folder = parent.resolve("plugins-mixed");
        PluginJar.of(Fixtures.path("plugin-good"), folder.resolve(GOOD_JAR));
        PluginJar.corrupt(folder.resolve(CORRUPT_JAR));
        return folder;
    }

    /**
     * A folder with the good plugin whose q-budget is enabled by an {@code any} of two options of a
     * multiple choice inside an {@code all}, which no single FHIR enableWhen list can hold.
     */
    static Path goodWithNestedCondition(Path parent) throws IOException {
        Path folder = parent.resolve("plugins-nested");
        Path staging = parent.resolve("staging-nested");
        copyTree(Fixtures.path("plugin-good"), staging);
        Path definition = staging.resolve("questionnaires/amtstypen.yaml");
        String yaml = Files.readString(definition);
        String condition = "            - {question: q-umsetzung, min: 3}\n";
        if (!yaml.contains(condition)) throw new AssertionError("q-budget's condition changed in the fixture plugin-good");
        Files.writeString(definition, yaml.replace(condition, "            - {question: q-dienste, anyOf: [melde, kfz]}\n"));
        PluginJar.of(staging, folder.resolve(GOOD_JAR));
        return folder;
    }

    /** A folder with the good plugin built for an API this engine does not provide ({@code [2.0,3.0)}). */
    static Path futureApi(Path parent) throws IOException {
        Path folder = parent.resolve("plugins-future");
        Path staging = parent.resolve("staging-future");
        copyTree(Fixtures.path("plugin-good"), staging);
        Path descriptor = staging.resolve("META-INF/typwerk/plugin.yaml");
        Files.writeString(descriptor, Files.readString(descriptor).replace("[1.0,2.0)", "[2.0,3.0)"));
        PluginJar.of(staging, folder.resolve(GOOD_JAR));
        return folder;
    }

    /**
     * A folder with a plugin whose strategies misbehave: {@code boom} throws, {@code sleepy} runs
     * too long, {@code spinning} computes for ever, {@code picky} refuses parameters (the classes of {@code de.typwerk.cli.strategies}
     * with the fixture {@code plugin-broken-strategies}, as one jar).
     */
    static Path brokenStrategies(Path parent) throws IOException {
        return withClasses(parent, "plugin-broken-strategies", "plugins", "staging", "broken-strategies.jar",
                "BoomStrategy", "SleepyStrategy", "PickyStrategy", "SpinningStrategy");
    }

    /**
     * A folder with a plugin whose strategy {@code unready} loads but throws in {@code prepare}, for
     * the questionnaire {@code test-unbereit} of the same plugin (the fixture {@code plugin-unready}
     * with the class {@code UnreadyStrategy}, as one jar).
     */
    static Path unready(Path parent) throws IOException {
        return withClasses(parent, "plugin-unready", "plugins-unready", "staging-unready", "unready.jar", "UnreadyStrategy");
    }

    /**
     * A folder with a plugin whose strategy {@code check-boom} throws in {@code check} for the
     * questionnaire {@code test-pruefung} of the same plugin (the fixture {@code plugin-check-boom}).
     */
    static Path checkBoom(Path parent) throws IOException {
        return withClasses(parent, "plugin-check-boom", "plugins-check-boom", "staging-check-boom", "check-boom.jar", "CheckBoomStrategy");
    }

    /**
     * A folder with a plugin whose strategy {@code shouting} has an escape sequence and a
     * right-to-left override in its description, in the warning its check returns and in what it
     * throws when it scores (the fixture {@code plugin-shouting} with the class, as one jar).
     */
    static Path shouting(Path parent) throws IOException {
        return withClasses(parent, "plugin-shouting", "plugins-shouting", "staging-shouting", "shouting.jar", "ShoutingStrategy");
    }

    /**
     * A folder with a plugin whose strategy {@code exiting} calls {@code System.exit(3)} when it
     * scores (the fixture {@code plugin-exiting} with the class, as one jar). Only for tests that
     * run typwerk as a process of its own.
     */
    static Path exiting(Path parent) throws IOException {
        return withClasses(parent, "plugin-exiting", "plugins-exiting", "staging-exiting", "exiting.jar", "ExitingStrategy");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    /**
     * A folder with a plugin whose strategy {@code counting} counts its class's initialisations and
     * its preparations in system properties (the fixture {@code plugin-counting} with the class
     * {@code CountingStrategy}, as one jar).
     */
    static Path counting(Path parent) throws IOException {
        return withClasses(parent, "plugin-counting", "plugins-counting", "staging-counting", "counting.jar", "CountingStrategy");
    }

    /**
     * The fixture {@code fixture} with the named classes of {@code de.typwerk.cli.strategies} (from
     * the test class path), staged in {@code parent/staging} and packed as {@code parent/folder/jar}.
     */
    private static Path withClasses(Path parent, String fixture, String folder, String staging, String jar, String... classes)
            throws IOException {
        Path stage = stage(parent.resolve(staging), fixture, classes);
        Path plugins = parent.resolve(folder);
        PluginJar.of(stage, plugins.resolve(jar));
        return plugins;
    }

    /**
     * The fixture {@code fixture} with the named classes of {@code de.typwerk.cli.strategies}, as a
     * plugin project's build leaves them in {@code project/target/classes} (that folder).
     */
    static Path classes(Path project, String fixture, String... classes) throws IOException {
        return stage(project.resolve("target/classes"), fixture, classes);
    }

    private static Path stage(Path stage, String fixture, String... classes) throws IOException {
        copyTree(Fixtures.path(fixture), stage);
        for (String name : classes) {
            String entry = "de/typwerk/cli/strategies/" + name + ".class";
            try (InputStream in = PluginFolder.class.getClassLoader().getResourceAsStream(entry)) {
                if (in == null) throw new AssertionError("not on the class path: " + entry);
                Files.createDirectories(stage.resolve(entry).getParent());
                Files.write(stage.resolve(entry), in.readAllBytes());
            }
        }
        return stage;
    }
}
