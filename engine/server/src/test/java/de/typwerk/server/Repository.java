package de.typwerk.server;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the repository outside this module: the ÖFIT personas. */
final class Repository {

    private Repository() {
    }

    /** The folder of the root pom, found upwards from this module's folder. */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("engine/core"))) return d;
        }
        throw new AssertionError("no repository root above " + dir);
    }

    /** An ÖFIT persona, {@code questionnaires/oefit/src/test/resources/personas/<name>.yaml}. */
    static Path persona(String name) {
        return root().resolve("questionnaires/oefit/src/test/resources/personas/" + name + ".yaml");
    }
}
