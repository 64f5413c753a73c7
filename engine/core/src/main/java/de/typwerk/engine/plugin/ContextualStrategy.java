package de.typwerk.engine.plugin;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.strategy.PluginOrigin;
import java.util.List;
import java.util.Optional;

/**
 * A plugin's strategy as the engine hands it out: every call runs in the plugin's
 * {@link PluginContext}, so callers (validation, scoring) need not remember to switch the context
 * class loader themselves. That includes the scorer {@link #prepare} returns.
 */
final class ContextualStrategy<P> implements ScoringStrategy<P>, PluginOrigin.Known {

    private final ScoringStrategy<P> strategy;
    private final PluginContext context;
    private final PluginOrigin origin;

    ContextualStrategy(ScoringStrategy<P> strategy, PluginContext context, String source) {
        this.strategy = strategy;
        this.context = context;
        this.origin = new PluginOrigin(context.pluginId(), source);
    }

    @Override
    public PluginOrigin origin() {
        return origin;
    }

    @Override
    public String id() {
        return context.call(strategy::id);
    }

    @Override
    public Version version() {
        return context.call(strategy::version);
    }

    @Override
    public LocalizedText description() {
        return context.call(strategy::description);
    }

    @Override
    public Class<P> parametersType() {
        return context.call(strategy::parametersType);
    }

    @Override
    public Optional<String> parametersSchema() {
        return context.call(strategy::parametersSchema);
    }

    @Override
    public List<Problem> check(Questionnaire questionnaire, P parameters) {
        return context.call(() -> strategy.check(questionnaire, parameters));
    }

    /** The strategy's prepared scorer, whose every call runs in the plugin's context too. */
    @Override
    public PreparedScorer prepare(Questionnaire questionnaire, P parameters) {
        PreparedScorer prepared = context.call(() -> strategy.prepare(questionnaire, parameters));
        if (prepared == null) return null;
        return scoringContext -> context.call(() -> prepared.score(scoringContext));
    }

    /** The plugin the strategy comes from. */
    PluginContext context() {
        return context;
    }

    @Override
    public String toString() {
        return strategy.getClass().getName() + " (plugin " + context.pluginId() + ")";
    }
}
