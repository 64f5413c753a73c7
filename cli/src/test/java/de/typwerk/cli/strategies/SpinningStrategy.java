package de.typwerk.cli.strategies;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.ScoringRequest;
import de.typwerk.api.spi.ScoringStrategy;
import java.util.Map;

/** A strategy that computes for ever and ignores interruption (a processor at 100 %): packed into a plugin jar by the tests. */
public final class SpinningStrategy implements ScoringStrategy<Map> {

    @Override
    public String id() {
        return "spinning";
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

    /** Read by nobody: keeps the loop from being optimised away. */
    public static volatile long spins;

    @Override
    public ScoreSheet score(ScoringRequest<Map> request) {
        long n = 0;
        while (true) {
            n++;
            if ((n & 0xFFFFF) == 0) spins = n;
        }
    }
}
