package de.typwerk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the strategy contract says when the engine has no strategy of the id under test: where
 * the engine refused or failed a plugin, its reason, since the strategy under test is usually there.
 */
class MissingStrategyTest {

    @TempDir
    Path plugins;

    @Test
    void names_the_reason_of_every_plugin_the_engine_did_not_load() throws IOException {
        Path jar = Files.copy(FixtureJars.pack("future-api"), plugins.resolve("future-api.jar"));

        try (Typwerk engine = Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).locale(Locale.ENGLISH).build()) {
            assertThat(MissingStrategy.describe(new KitMessages(Locale.ENGLISH), "Median", engine)).isEqualTo(
                    "The engine has loaded no strategy \"Median\"; loaded are: –. It did not load: " + jar
                            + ": plugin future-api needs API version [2.0.0,3.0.0), this engine provides 1.0.0.");
            assertThat(MissingStrategy.describe(new KitMessages(Locale.GERMAN), "Median", engine))
                    .startsWith("Die Engine hat keine Strategie „Median“ geladen; geladen sind: –. Nicht geladen hat sie: " + jar);
        }
    }

    @Test
    void asks_about_the_registration_when_every_plugin_loaded() {
        try (Typwerk engine = Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).locale(Locale.ENGLISH).build()) {
            assertThat(MissingStrategy.describe(new KitMessages(Locale.ENGLISH), "median", engine)).isEqualTo(
                    "The engine has loaded no strategy \"median\"; loaded are: –. Is the class listed in"
                            + " META-INF/services/de.typwerk.api.spi.ScoringStrategy, with a descriptor beside it?");
        }
    }
}
