package de.typwerk.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Problem;
import de.typwerk.engine.Typwerk;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code typwerk validate plugin.jar}: an author checks a plugin before installing it. */
class ValidateJarTest {

    private static final Path GREETED = Path.of("src/test/resources/plugins/scored-by-greeting.yaml");

    @TempDir
    Path folder;

    private final Typwerk typwerk = Typwerk.builder().classPathPlugins(false).locale(Locale.ENGLISH).build();

    @AfterEach
    void close() {
        typwerk.close();
    }

    @Test
    void validates_a_jars_definitions_against_the_strategies_the_jar_itself_ships() {
        Path jar = PluginJar.named("own.jar").descriptor("own", "1.0.0", "[1.0,2.0)")
                .source("com.example.own.Greeting", TestSources.strategy("com.example.own.Greeting", "greeting"))
                .strategy("com.example.own.Greeting")
                .questionnaire("q/gruss.yaml", GREETED)
                .writeTo(folder);

        assertThat(typwerk.validate(jar)).isEmpty();
        assertThat(typwerk.strategies().ids()).isEmpty();
    }

    @Test
    void reports_a_strategy_neither_the_jar_nor_the_engine_has() {
        Path jar = PluginJar.named("bare.jar").descriptor("bare", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/gruss.yaml", GREETED)
                .writeTo(folder);

        assertThat(typwerk.validate(jar)).extracting(Problem::code).contains("unknown-strategy");
    }

    @Test
    void reports_a_strategy_of_the_jar_that_cannot_be_created() {
        Path jar = PluginJar.named("boom.jar").descriptor("boom", "1.0.0", "[1.0,2.0)")
                .source("com.example.boom.Boom", TestSources.strategy("com.example.boom.Boom", "greeting", "\"x\"",
                        "public Boom() { throw new IllegalStateException(\"kaputt\"); }"))
                .strategy("com.example.boom.Boom")
                .questionnaire("q/gruss.yaml", GREETED)
                .writeTo(folder);

        assertThat(typwerk.validate(jar)).extracting(Problem::toString)
                .contains(jar + ": error: " + jar + ": com.example.boom.Boom could not be created: IllegalStateException: kaputt");
    }
}
