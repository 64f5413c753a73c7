package de.typwerk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.plugin.StrategyRegistry;
import de.typwerk.engine.strategy.StrategyCatalog;
import de.typwerk.engine.validation.Validator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EngineModuleTest {

    private final Injector injector = Guice.createInjector(new EngineModule(Locale.ENGLISH));

    @Test
    void wires_one_mapper_pair_and_messages_in_the_language_asked_for() {
        assertThat(injector.getInstance(Mappers.class)).isSameAs(injector.getInstance(Mappers.class));
        assertThat(injector.getInstance(Messages.class).language()).isEqualTo("en");
    }

    @Test
    void gives_the_reader_and_the_validator_the_catalog_the_platform_fills() {
        assertThat(injector.getInstance(DefinitionReader.class)).isNotNull();
        assertThat(injector.getInstance(Validator.class)).isNotNull();
        assertThat(injector.getInstance(StrategyCatalog.class)).isSameAs(injector.getInstance(StrategyRegistry.class));
    }
}
