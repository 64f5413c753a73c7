package de.typwerk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
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
            assertThat(MissingStrategy.describe(new KitMessages(Locale.ENGLISH), "Median", engine, MissingStrategyTest.class)).isEqualTo(
                    "The engine has loaded no strategy \"Median\"; loaded are: –. It did not load: " + jar
                            + ": plugin future-api needs API version [2.0.0,3.0.0), "
                            + "a later one than this engine\u2019s 1.0.0: run it on a Typwerk whose API is in that range (typwerk --version shows it), or, if it uses nothing added after 1.0.0, write api: \"[1.0,2.0)\" in its descriptor.");
            assertThat(MissingStrategy.describe(new KitMessages(Locale.GERMAN), "Median", engine, MissingStrategyTest.class))
                    .startsWith("Die Engine hat keine Strategie „Median“ geladen; geladen sind: –. Nicht geladen hat sie: " + jar);
        }
    }

    @Test
    void names_a_class_path_entry_the_engine_did_not_load_in_german_words() throws IOException {
        Path jar = FixtureJars.pack("no-descriptor");

        try (URLClassLoader classPath = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
             Typwerk engine = Typwerk.builder().classPathLoader(classPath).locale(Locale.GERMAN).build()) {
            assertThat(MissingStrategy.describe(new KitMessages(Locale.GERMAN), "median", engine, MissingStrategyTest.class))
                    .contains("Nicht geladen hat sie: Klassenpfad: " + jar.toAbsolutePath() + ": Anbieter ohne Plugin-Deskriptor")
                    .doesNotContain("class path");
        }
    }

    @Test
    void asks_about_the_registration_when_every_plugin_loaded() {
        try (Typwerk engine = Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).locale(Locale.ENGLISH).build()) {
            assertThat(MissingStrategy.describe(new KitMessages(Locale.ENGLISH), "median", engine, MissingStrategyTest.class)).isEqualTo(
                    "The engine has loaded no strategy \"median\"; loaded are: –. Is the class listed in"
                            + " META-INF/services/de.typwerk.api.spi.ScoringStrategy, with a descriptor beside it?");
        }
    }

    // A project with a module-info.java runs its tests on the module path: its strategy's class is in a
    // named module. A class of java.base stands in for it here, a named module that provides no strategy.

    @Test
    void says_what_module_info_lacks_when_the_tests_run_the_strategy_in_a_named_module_without_provides() {
        try (Typwerk engine = Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).locale(Locale.ENGLISH).build()) {
            assertThat(MissingStrategy.describe(new KitMessages(Locale.ENGLISH), "median", engine, String.class)).isEqualTo(
                    "The engine has loaded no strategy \"median\"; loaded are: –. The tests run the plugin as the named module"
                            + " java.base (the project has a module-info.java), where ServiceLoader reads only provides, no file in"
                            + " META-INF/services: write \"provides de.typwerk.api.spi.ScoringStrategy with java.lang.String;\" into"
                            + " module-info.java and keep META-INF/services/de.typwerk.api.spi.ScoringStrategy, which the engine"
                            + " reads from a plugins folder, or leave module-info.java out.");
        }
    }

    @Test
    void a_strategy_in_a_named_module_without_a_services_file_is_not_registered_for_a_plugins_folder() {
        assertThat(MissingStrategy.unregistered(new KitMessages(Locale.ENGLISH), String.class).orElseThrow()).hasMessage(
                "Check \"found\" failed: the engine finds the strategy here, but would not find it in a plugins folder."
                        + System.lineSeparator()
                        + "  The engine finds java.lang.String here only through provides in the module-info of module java.base. From a"
                        + " plugins folder it loads the jar as an unnamed module and reads only"
                        + " META-INF/services/de.typwerk.api.spi.ScoringStrategy, where it would find nothing: add"
                        + " src/main/resources/META-INF/services/de.typwerk.api.spi.ScoringStrategy with the line java.lang.String.");
        assertThat(MissingStrategy.unregistered(new KitMessages(Locale.GERMAN), String.class).orElseThrow().getMessage())
                .startsWith("Prüfung „Gefunden“ fehlgeschlagen: Die Engine findet die Strategie hier, in einem Plugin-Ordner fände sie"
                        + " sie nicht.").contains("Die Engine findet java.lang.String hier nur über „provides“ in der module-info des Moduls java.base.");
        // on the class path (no module-info.java), the engine found it through its services file: nothing to say
        assertThat(MissingStrategy.unregistered(new KitMessages(Locale.ENGLISH), MissingStrategyTest.class)).isEmpty();
    }
}
