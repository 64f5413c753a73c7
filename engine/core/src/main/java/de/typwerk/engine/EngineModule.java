package de.typwerk.engine;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.plugin.DescriptorReader;
import de.typwerk.engine.plugin.StrategyRegistry;
import de.typwerk.engine.scoring.StrategyCatalog;
import de.typwerk.engine.validation.Validator;
import java.util.Locale;

/**
 * Wires the engine: one {@link Mappers} (the only object mappers it has), the {@link Messages} in
 * the language asked for, the reader and validator of definitions, and the catalog of loaded
 * strategies. Plugin code is never created by this injector; see
 * {@link de.typwerk.engine.plugin.ProviderFactory} for what plugins are offered.
 */
public final class EngineModule extends AbstractModule {

    private final Locale locale;

    public EngineModule(Locale locale) {
        this.locale = locale;
    }

    @Override
    protected void configure() {
        bind(Locale.class).toInstance(locale);
        bind(Messages.class).toInstance(new Messages(locale));
        bind(Mappers.class).in(Scopes.SINGLETON);
        bind(DefinitionReader.class).in(Scopes.SINGLETON);
        bind(DescriptorReader.class).in(Scopes.SINGLETON);
        bind(Validator.class).in(Scopes.SINGLETON);
        bind(StrategyRegistry.class).in(Scopes.SINGLETON);
        bind(StrategyCatalog.class).to(StrategyRegistry.class);
    }
}
