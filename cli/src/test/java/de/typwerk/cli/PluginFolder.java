package de.typwerk.cli;

import java.io.IOException;
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
}
