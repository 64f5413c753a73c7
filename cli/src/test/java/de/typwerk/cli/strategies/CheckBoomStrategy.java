package de.typwerk.cli.strategies;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoringStrategy;
import java.util.List;
import java.util.Map;

/** A strategy whose check of its parameters throws: packed into a plugin jar by the tests. */
public final class CheckBoomStrategy implements ScoringStrategy<Map> {

    @Override
    public String id() {
        return "check-boom";
    }

    @Override
    public Version version() {
        return Version.parse("1.0.0");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("en", "Its check throws.");
    }

    @Override
    public Class<Map> parametersType() {
        return Map.class;
    }

    @Override
    public List<Problem> check(Questionnaire questionnaire, Map parameters) {
        throw new IllegalStateException("check went wrong");
    }

    @Override
    public PreparedScorer prepare(Questionnaire questionnaire, Map parameters) {
        throw new IllegalStateException("not to be reached");
    }
}
