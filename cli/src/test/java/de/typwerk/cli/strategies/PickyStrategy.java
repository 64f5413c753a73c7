package de.typwerk.cli.strategies;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoringContext;
import de.typwerk.api.spi.ScoringStrategy;
import java.util.List;
import java.util.Map;

/**
 * A strategy that scores an answer A at once and never returns for an answer B, ignoring
 * interruption: a batch must time out exactly the B rows and keep every other row. Packed into a
 * plugin jar by the tests.
 */
public final class PickyStrategy implements ScoringStrategy<Map> {

    @Override
    public String id() {
        return "picky";
    }

    @Override
    public Version version() {
        return Version.parse("1.0.0");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("en", "Scores A, hangs on B.");
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
        Answer answer = request.response().answers().get("q");
        while (answer instanceof Answer.Choice c && c.option().equals("b")) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // a badly behaved strategy: it goes on
            }
        }
        return new ScoreSheet(List.of(new ScoreSheet.TypeScore("a", 1, 1), new ScoreSheet.TypeScore("b", 0, 0)),
                List.of(), List.of());
    }
}
