package de.typwerk.cli.strategies;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoringContext;
import de.typwerk.api.spi.ScoringStrategy;
import java.util.Map;

/** A strategy that always throws: packed into a plugin jar by the tests, never on the class path as a plugin. */
public final class BoomStrategy implements ScoringStrategy<Map> {

    @Override
    public String id() {
        return "boom";
    }

    @Override
    public Version version() {
        return Version.parse("1.0.0");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("en", "Always fails.");
    }

    @Override
    public Class<Map> parametersType() {
        return Map.class;
    }

    @Override
    public PreparedScorer prepare(Questionnaire questionnaire, Map parameters) {
        return context -> score(questionnaire, parameters, context);
    }

    private ScoreSheet score(Questionnaire questionnaire, Map parameters, ScoringContext request) {
        throw new IllegalStateException("kaputt");
    }
}
