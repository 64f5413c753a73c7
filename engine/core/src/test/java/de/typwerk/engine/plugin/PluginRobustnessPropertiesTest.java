package de.typwerk.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.Typwerk;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Whatever bytes arrive, the platform reports them; it never throws. */
class PluginRobustnessPropertiesTest {

    private final DescriptorReader descriptors = new DescriptorReader(new Mappers(), new Messages(Locale.ENGLISH));

    @Property(tries = 300)
    void any_bytes_as_a_descriptor_give_a_descriptor_or_problems(@ForAll @Size(max = 2000) byte[] bytes) {
        DescriptorReader.Read read = descriptors.read("plugin.yaml", bytes);

        assertThat(read.descriptor().isPresent()).isEqualTo(read.problems().isEmpty());
    }

    @Property(tries = 40)
    void any_bytes_as_a_jar_become_a_failed_entry_and_the_engine_still_starts(
            @ForAll @Size(max = 3000) byte[] bytes) throws IOException {
        Path folder = Files.createTempDirectory("plugins");
        try {
            // the local file header magic makes the bytes look like a zip to a quick glance
            byte[] zipish = new byte[bytes.length + 4];
            zipish[0] = 'P';
            zipish[1] = 'K';
            zipish[2] = 3;
            zipish[3] = 4;
            System.arraycopy(bytes, 0, zipish, 4, bytes.length);
            Files.write(folder.resolve("random.jar"), zipish);

            try (Typwerk typwerk = Typwerk.builder().classPathPlugins(false).pluginsFrom(folder).build()) {
                assertThat(typwerk.plugins()).singleElement().satisfies(e -> {
                    assertThat(e.loaded()).isFalse();
                    assertThat(e.reason()).contains("random.jar").doesNotContain("\n");
                });
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }
}
