package de.typwerk.cli.strategies;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoringStrategy;
import java.util.List;
import java.util.Map;

/**
 * A strategy whose texts hold what a terminal obeys: an escape sequence that colours the rest red
 * and a right-to-left override that turns the rest of the line around, in its description, in the
 * warning its check returns and in the message of what it throws when it scores. Packed into a
 * plugin jar by the tests.
 */
public final class ShoutingStrategy implements ScoringStrategy<Map> {

    @Override
    public String id() {
        return "shouting";
    }

    @Override
    public Version version() {
        return Version.parse("1.0.0");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of(Map.of("de", "Laut \u001b[31mrot\u001b[0m \u202Eesrever", "en", "Loud \u001b[31mred\u001b[0m \u202Eesrever"));
    }

    @Override
    public Class<Map> parametersType() {
        return Map.class;
    }

    @Override
    public List<Problem> check(Questionnaire questionnaire, Map parameters) {
        return List.of(Problem.warning("loud", LocalizedText.of(Map.of("de", "Achtung \u001b]0;pwned\u0007 \u202Eesrever",
                "en", "Mind \u001b]0;pwned\u0007 \u202Eesrever")), Location.pointer("")));
    }

    @Override
    public PreparedScorer prepare(Questionnaire questionnaire, Map parameters) {
        return context -> {
            throw new IllegalStateException("kaputt \u001b[2J \u202Eesrever");
        };
    }
}
