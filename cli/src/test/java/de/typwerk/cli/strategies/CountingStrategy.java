package de.typwerk.cli.strategies;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.ScoreSheet.Contribution;
import de.typwerk.api.spi.ScoreSheet.TypeScore;
import de.typwerk.api.spi.ScoringStrategy;
import java.util.List;
import java.util.Map;

/**
 * A strategy that counts, in system properties (which every class loader shares), how often its
 * class was initialised and how often it was prepared: packed into a plugin jar by the tests, never
 * on the class path as a plugin. The chosen option's id names the type that gets everything.
 */
public final class CountingStrategy implements ScoringStrategy<Map> {

    /** How often a class loader initialised this class: once per load of the plugin. */
    public static final String LOADED = "typwerk.test.counting.loaded";
    /** How often {@link #prepare} ran: once per loaded questionnaire and engine. */
    public static final String PREPARED = "typwerk.test.counting.prepared";

    static {
        increment(LOADED);
    }

    private static synchronized void increment(String property) {
        System.setProperty(property, Integer.toString(Integer.getInteger(property, 0) + 1));
    }

    @Override
    public String id() {
        return "counting";
    }

    @Override
    public Version version() {
        return Version.parse("1.0.0");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("en", "Counts its loads and preparations.");
    }

    @Override
    public Class<Map> parametersType() {
        return Map.class;
    }

    @Override
    public PreparedScorer prepare(Questionnaire questionnaire, Map parameters) {
        increment(PREPARED);
        return context -> {
            String picked = context.response().answers().get("q") instanceof Answer.Choice c ? c.option() : "";
            List<TypeScore> types = questionnaire.types().stream()
                    .map(t -> t.id().equals(picked) ? new TypeScore(t.id(), 1, 1) : new TypeScore(t.id(), 0, 0)).toList();
            return new ScoreSheet(types, List.of(), List.of(new Contribution(picked, "q", 1)));
        };
    }
}
