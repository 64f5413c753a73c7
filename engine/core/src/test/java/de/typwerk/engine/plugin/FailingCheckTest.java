package de.typwerk.engine.plugin;

import static de.typwerk.engine.plugin.TestSources.strategy;
import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Problem;
import de.typwerk.engine.Typwerk;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A strategy whose {@code check} throws while a definition is validated: the definition's author
 * reads which plugin failed and that the definition need not be at fault, as a strategy that fails
 * to score names its plugin and says the answers are not at fault.
 */
class FailingCheckTest {

    private static final Path SCORED_BY_GREETING = Path.of("src/test/resources/plugins/scored-by-greeting.yaml");

    @TempDir
    Path plugins;

    @Test
    void a_check_that_throws_is_named_with_its_plugin_and_not_blamed_on_the_definition() {
        Path jar = PluginJar.named("greeting.jar").descriptor("greeting-plugin", "1.0.0", "[1.0,2.0)")
                .source("com.example.g.Greeting", strategy("com.example.g.Greeting", "greeting", "\"greeting\"",
                        "public List<de.typwerk.api.model.Problem> check(Questionnaire q, Void p) {"
                                + " throw new IllegalStateException(\"no licence key\"); }"))
                .strategy("com.example.g.Greeting").writeTo(plugins);

        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            try (Typwerk typwerk = Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).locale(locale).build()) {
                assertThat(typwerk.validate(SCORED_BY_GREETING)).filteredOn(p -> p.code().equals("strategy-failed"))
                        .extracting(Problem::message).containsExactly(locale == Locale.ENGLISH
                                ? "The scoring strategy 'greeting' of the plugin 'greeting-plugin' (" + jar + ") failed while"
                                        + " checking its parameters (no licence key). The definition need not be at fault:"
                                        + " ask the plugin’s maker to fix it."
                                : "Die Bewertungsstrategie „greeting“ aus dem Plugin „greeting-plugin“ (" + jar + ") ist beim"
                                        + " Prüfen ihrer Parameter mit einem Fehler abgebrochen (no licence key). An der Definition"
                                        + " muss es nicht liegen: Bitten Sie den Hersteller des Plugins, den Fehler zu beheben.");
            }
        }
    }
}
