package de.typwerk.engine.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoringContext;
import de.typwerk.api.spi.ScoringStrategy;
import java.util.List;

/** A strategy for tests with no schema: only its parameter type checks the parameters. */
public final class PlainStrategy implements ScoringStrategy<PlainStrategy.Parameters> {

    public record Parameters(@JsonProperty(required = true) int factor) {
    }

    @Override
    public String id() {
        return "test-plain";
    }

    @Override
    public Version version() {
        return Version.parse("1.0.0");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("en", "Plain parameters for tests.");
    }

    @Override
    public Class<Parameters> parametersType() {
        return Parameters.class;
    }

    @Override
    public PreparedScorer prepare(Questionnaire questionnaire, Parameters parameters) {
        return context -> score(questionnaire, parameters, context);
    }

    private ScoreSheet score(Questionnaire questionnaire, Parameters parameters, ScoringContext request) {
        return new ScoreSheet(List.of(), List.of(), List.of());
    }
}
