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

    /** A file named like a jar that is not one. */
    static Path corrupt(Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        return Files.write(jar, "PK\u0003\u0004 this is not a zip file".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
