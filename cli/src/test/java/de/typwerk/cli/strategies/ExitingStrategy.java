package de.typwerk.cli.strategies;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoringContext;
import de.typwerk.api.spi.ScoringStrategy;
import java.util.Map;

/**
 * A strategy that ends the whole process when asked to score, with the status its parameters name
 * ({@code status}, 3 without one): packed into a plugin jar by the tests.
 */
public final class ExitingStrategy implements ScoringStrategy<Map> {

    @Override
    public String id() {
        return "exiting";
    }

    @Override
    public Version version() {
        return Version.parse("1.0.0");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("en", "Never finishes.");
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
        Object status = parameters.get("status");
        System.exit(status instanceof Number n ? n.intValue() : 3);
        return null;
    }
}
