package de.typwerk.engine.validation;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Version;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.ScoringStrategy;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A strategy for tests whose schema offers alternatives ({@code oneOf}, {@code anyOf}) and nested properties. */
public final class AlternativesStrategy implements ScoringStrategy<Map<String, Object>> {

    @Override
    public String id() {
        return "test-alternatives";
    }

    @Override
    public Version version() {
        return Version.parse("1.0.0");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("en", "Parameters with alternatives, for tests.");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<Map<String, Object>> parametersType() {
        return (Class<Map<String, Object>>) (Class<?>) Map.class;
    }

    @Override
    public Optional<String> parametersSchema() {
        return Optional.of("""
                {
                  "$schema": "https://json-schema.org/draft/2020-12/schema",
                  "type": "object",
                  "properties": {
                    "threshold": {"oneOf": [{"type": "number", "minimum": 0}, {"type": "string", "enum": ["auto"]}]},
                    "mode": {"anyOf": [{"const": "strict"}, {"const": "lenient"}]},
                    "limits": {"type": "object", "properties": {"upper": {"type": "integer"}}}
                  },
                  "required": ["mode"],
                  "additionalProperties": false
                }
                """);
    }

    @Override
    public PreparedScorer prepare(Questionnaire questionnaire, Map<String, Object> parameters) {
        return context -> new ScoreSheet(List.of(), List.of(), List.of());
    }
}
