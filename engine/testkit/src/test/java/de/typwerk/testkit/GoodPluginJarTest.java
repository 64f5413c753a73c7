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

/** The contract on a plugin jar instead of a folder: the same checks, places named {@code jar!/entry}. */
class GoodPluginJarTest implements QuestionnairePluginContract {

    private static final Path JAR = pack(Path.of("src", "test", "resources", "plugins", "good"),
            Path.of("target", "fixture-jars", "good.jar"));

    @Override
    public Path pluginRoot() {
        return JAR;
    }

    private static Path pack(Path folder, Path jar) {
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
