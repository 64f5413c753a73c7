package de.typwerk.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Plugin jars packed from the fixture folders under {@code src/test/resources/plugins}, as a build would pack them. */
final class FixtureJars {

    private FixtureJars() {
    }

    /** {@code target/fixture-jars/<name>.jar}, packed from the fixture folder {@code name}. */
    static Path pack(String name) {
        Path folder = Path.of("src", "test", "resources", "plugins", name);
        Path jar = Path.of("target", "fixture-jars", name + ".jar");
        try {
            Files.createDirectories(jar.getParent());
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Path file : files) {
                    zip.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
                    zip.write(Files.readAllBytes(file));
                    zip.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
