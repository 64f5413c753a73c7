package de.typwerk.engine.definition;

import de.typwerk.api.spi.DefinitionSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The definition files under {@code src/test/resources/definitions}, named by their path below it. */
public final class Fixtures {

    private Fixtures() {
    }

    public static DefinitionSource source(String path) {
        return new DefinitionSource(path, bytes(path));
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/definitions/" + path)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
