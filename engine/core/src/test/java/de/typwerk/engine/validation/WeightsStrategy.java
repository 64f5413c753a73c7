package de.typwerk.engine.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.ScoringContext;
import de.typwerk.api.spi.ScoringStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A strategy for tests whose parameters have a schema and a check against the questionnaire. */
public class WeightsStrategy implements ScoringStrategy<WeightsStrategy.Parameters> {

    /** {@code scale} must be positive (the schema says so); {@code focus} must name types (the check says so). */
    public record Parameters(@JsonProperty(required = true) double scale, List<String> focus) {
        public Parameters {
            focus = focus == null ? List.of() : List.copyOf(focus);
        }
    }

    @Override
    public String id() {
        return "test-weights";
    }

    @Override
    public Version version() {
        return Version.parse("1.0.0");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("en", "Weights for tests.");
    }

    @Override
    public Class<Parameters> parametersType() {
        return Parameters.class;
    }

    @Override
    public Optional<String> parametersSchema() {
        return Optional.of("""
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "type": "object",
                  "properties": {
                    "scale": {"type": "number", "exclusiveMinimum": 0},
                    "focus": {"type": "array", "items": {"type": "string"}}
                  },
                  "required": ["scale"],
                  "additionalProperties": false
                }
                """);
    }

    @Override
    public List<Problem> check(Questionnaire questionnaire, Parameters parameters) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < parameters.focus().size(); i++) {
            String type = parameters.focus().get(i);
            if (questionnaire.type(type).isEmpty()) {
                problems.add(Problem.at("/focus/" + i, "focus names the unknown type " + type));
            }
        }
        return problems;
    }

    @Override
    public PreparedScorer prepare(Questionnaire questionnaire, Parameters parameters) {
        return context -> score(questionnaire, parameters, context);
    }

    private ScoreSheet score(Questionnaire questionnaire, Parameters parameters, ScoringContext request) {
        return new ScoreSheet(List.of(), List.of(), List.of());
    }
}
