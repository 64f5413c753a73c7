package de.typwerk.cli.strategies;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoringStrategy;
import java.util.Map;

/**
 * A strategy that loads but cannot prepare for any questionnaire, as one that needs a licence key
 * nobody configured: packed into a plugin jar by the tests.
 */
public final class UnreadyStrategy implements ScoringStrategy<Map> {

    @Override
    public String id() {
        return "unready";
    }

    @Override
    public Version version() {
        return Version.parse("1.0.0");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("en", "Never ready.");
    }

    @Override
    public Class<Map> parametersType() {
        return Map.class;
    }

    @Override
    public PreparedScorer prepare(Questionnaire questionnaire, Map parameters) {
        throw new IllegalStateException("no licence key configured");
    }
}
