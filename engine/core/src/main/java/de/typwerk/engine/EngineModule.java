package de.typwerk.engine;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Scopes;
import com.google.inject.Singleton;
import de.typwerk.engine.answers.AnswersReader;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.plugin.NotLoaded;
import de.typwerk.engine.plugin.DescriptorReader;
import de.typwerk.engine.plugin.StrategyRegistry;
import de.typwerk.engine.report.ResultJson;
import de.typwerk.engine.scoring.ResultAssembler;
import de.typwerk.engine.strategy.StrategyRunner;
import de.typwerk.engine.strategy.StrategyCatalog;
import de.typwerk.engine.validation.Validator;
import java.time.Duration;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Wires the engine: one {@link Mappers} (the strict object mappers the kernel reads definitions,
 * descriptors, answers files and results with), the {@link Messages} in the language asked for, the reader and validator
 * of definitions, the catalog of loaded strategies, the result assembler and {@code ResultJson}, the
 * answers reader and the one strategy runner with the scoring time limit. Plugin code is never
 * created by this injector, nor by any other: see {@link de.typwerk.engine.plugin.ProviderFactory}.
 */
@API(status = INTERNAL, since = "1.0")
public final class EngineModule extends AbstractModule {

    private final Locale locale;
    private final Duration scoringTimeout;

    /**
     * The engine's wiring, with the default time limit per response.
     *
     * @param locale the language of messages
     */
    public EngineModule(Locale locale) {
        this(locale, StrategyRunner.DEFAULT_TIMEOUT);
    }

    /**
     * The engine's wiring.
     *
     * @param locale         the language of messages
     * @param scoringTimeout how long a strategy may take for one response before it is stopped
     */
    public EngineModule(Locale locale, Duration scoringTimeout) {
        this.locale = locale;
        this.scoringTimeout = scoringTimeout;
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
        bind(ResultAssembler.class).in(Scopes.SINGLETON);
        bind(ResultJson.class).in(Scopes.SINGLETON);
    }

    /** Answers read against what the plugin platform loaded: an unknown questionnaire also names the plugins that had it. */
    @Provides
    @Singleton
    AnswersReader answersReader(Mappers mappers, Messages messages, NotLoaded notLoaded) {
        return new AnswersReader(mappers, messages, notLoaded::questionnaireNote);
    }

    /** One scorer per engine: it owns the scoring threads, which {@link Typwerk#close()} ends. */
    @Provides
    @Singleton
    StrategyRunner scorer(Mappers mappers, Messages messages) {
        return new StrategyRunner(mappers, messages, scoringTimeout);
    }
}
