package de.typwerk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.plugin.StrategyRegistry;
import de.typwerk.engine.plugin.StrategyRegistryFilling;
import de.typwerk.engine.strategy.StrategyCatalog;
import de.typwerk.engine.validation.PlainStrategy;
import de.typwerk.engine.validation.Validator;
import de.typwerk.engine.validation.WeightsStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The engine's wiring: what one injector made of {@link EngineModule} hands out, and what shares what. */
class EngineModuleTest {

    private static final Path DEFINITION = Path.of("src/test/resources/definitions/valid/full.yaml");

    private final Injector injector = Guice.createInjector(new EngineModule(Locale.ENGLISH));

    @Test
    void wires_one_mapper_pair_and_messages_in_the_language_asked_for() {
        assertThat(injector.getInstance(Mappers.class)).isSameAs(injector.getInstance(Mappers.class));
        assertThat(injector.getInstance(Messages.class).language()).isEqualTo("en");
        assertThat(injector.getInstance(Messages.class).get("validation.noStrategies")).isEqualTo(
                new Messages(Locale.ENGLISH).get("validation.noStrategies"));
    }

    @Test
    void the_validator_reads_the_very_catalog_the_platform_fills_not_a_copy_taken_before() throws Exception {
        StrategyRegistry registry = injector.getInstance(StrategyRegistry.class);
        assertThat(injector.getInstance(StrategyCatalog.class)).isSameAs(registry);
        Validator validator = injector.getInstance(Validator.class);
        DefinitionRead read = injector.getInstance(DefinitionReader.class).read(DEFINITION.toString(), Files.readString(DEFINITION));
        assertThat(read.problems()).isEmpty();

        // made before any strategy is loaded, as in the engine, whose platform fills the registry afterwards
        List<Problem> before = validator.validate(read.questionnaire().orElseThrow(), read.sourceMap());
        StrategyRegistryFilling.fill(registry, new WeightsStrategy(), new PlainStrategy());
        List<Problem> after = validator.validate(read.questionnaire().orElseThrow(), read.sourceMap());

        assertThat(before).extracting(Problem::code).contains("unknown-strategy");
        assertThat(after).extracting(Problem::code).doesNotContain("unknown-strategy");
    }
}
