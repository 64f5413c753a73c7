package de.typwerk.interop;

import de.typwerk.applications.batch.Batch;
import de.typwerk.applications.batch.BatchFormat;
import de.typwerk.applications.batch.BatchInput;
import de.typwerk.applications.batch.BatchProgress;
import de.typwerk.engine.Typwerk;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Questionnaires of this module's tests beyond the shipped ones ({@code src/test/resources/plugins/NAME}),
 * loaded as an association's plugin jar would be, and the batch's output for them.
 */
final class FixturePlugins {

    private FixturePlugins() {
    }

    /** An engine (English) with the shipped plugins and the fixture plugin {@code name}, jarred into {@code dir}. */
    static Typwerk engine(Path dir, String name) throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path folder;
        try {
            folder = Path.of(FixturePlugins.class.getResource("/plugins/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(plugins.resolve(name + ".jar")));
             Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(folder.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return Typwerk.builder().locale(Locale.ENGLISH).pluginsFrom(plugins).build();
    }

    /** The batch's JSON Lines output for native rows. */
    static String scoreNative(Typwerk engine, List<String> rows) throws IOException {
        byte[] input = String.join("\n", rows).concat("\n").getBytes(StandardCharsets.UTF_8);
        return run(engine, new BatchInput(engine).open(new ByteArrayInputStream(input), BatchFormat.JSONL));
    }

    /** The batch's JSON Lines output for another tool's responses. */
    static String score(Typwerk engine, ResponseFormat format, String input) throws IOException {
        return run(engine, format.open(engine, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), Optional.empty()));
    }

    private static String run(Typwerk engine, BatchInput.Opening opening) throws IOException {
        if (opening instanceof BatchInput.Refused refused) throw new AssertionError("refused: " + refused.reasons());
        StringWriter out = new StringWriter();
        new Batch(engine).run(((BatchInput.Ready) opening).rows(), out, new Batch.Options(BatchFormat.JSONL, Optional.empty(), 1),
                BatchProgress.NONE);
        return out.toString();
    }
}
