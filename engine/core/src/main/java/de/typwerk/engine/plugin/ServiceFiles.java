package de.typwerk.engine.plugin;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A {@code META-INF/services} file as {@link java.util.ServiceLoader} reads it: a class name a
 * line, a {@code #} starting a comment, blanks around a name and empty lines not counted.
 */
public final class ServiceFiles {

    private ServiceFiles() {
    }

    /** {@return the class names {@code file} lists, in its order} */
    public static List<String> classes(byte[] file) {
        return new String(file, StandardCharsets.UTF_8).lines()
                .map(line -> line.indexOf('#') >= 0 ? line.substring(0, line.indexOf('#')) : line)
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
