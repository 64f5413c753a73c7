package org.example.strategy;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.ScoringContext;
import de.typwerk.api.spi.ScoringStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A third strategy, written the way an outside author would: against the API jar only, in a
 * package of its own, registered in {@code META-INF/services}. It counts, per type, the chosen
 * options that give the type at least {@code threshold} points.
 */
public final class CountingStrategy implements ScoringStrategy<CountingStrategy.Parameters> {

    /** {@code threshold}: the weight from which a chosen option counts for a type (default 1). */
    public record Parameters(Double threshold) {
        public Parameters {
            threshold = threshold == null ? 1.0 : threshold;
        }
    }

    @Override
    public String id() {
        return "counting";
    }

    @Override
    public Version version() {
        return Version.parse("0.1.0");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of(Map.of("de", "Zählt gewählte Optionen je Typ.", "en", "Counts chosen options per type."));
    }

    @Override
    public Class<Parameters> parametersType() {
        return Parameters.class;
    }

    @Override
    public Optional<String> parametersSchema() {
        return Optional.of("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                 "properties": {"threshold": {"type": "number", "minimum": 0}}, "additionalProperties": false}
                """);
    }

    @Override
    public List<Problem> check(Questionnaire questionnaire, Parameters parameters) {
        return parameters.threshold() < 0 ? List.of(Problem.at("/threshold", "threshold must not be negative")) : List.of();
    }

    @Override
    public PreparedScorer prepare(Questionnaire questionnaire, Parameters parameters) {
        return context -> score(questionnaire, parameters, context);
    }

    private ScoreSheet score(Questionnaire questionnaire, Parameters parameters, ScoringContext request) {
        double threshold = parameters.threshold();
        List<ScoreSheet.Contribution> contributions = new ArrayList<>();
        double[] counts = new double[questionnaire.types().size()];
        int answered = 0;
        for (Question question : questionnaire.questions()) {
            Answer answer = request.response().answers().get(question.id());
            List<String> chosen = chosen(answer);
            if (question.choices().isEmpty() || answer == null) continue;
            answered++;
            for (int t = 0; t < counts.length; t++) {
                String type = questionnaire.types().get(t).id();
                double count = chosen.stream().map(question::option).flatMap(Optional::stream)
                        .filter(o -> o.weights().getOrDefault(type, 0.0) >= threshold).count();
                counts[t] += count;
                if (count > 0) contributions.add(new ScoreSheet.Contribution(type, question.id(), count));
            }
        }
        double total = 0;
        for (double c : counts) total += c;
        List<ScoreSheet.TypeScore> scores = new ArrayList<>();
        List<TypeDefinition> types = questionnaire.types();
        for (int t = 0; t < types.size(); t++) {
            double score = answered == 0 ? 0 : counts[t] / answered;
            double share = total == 0 ? 1.0 / types.size() : counts[t] / total;
            scores.add(new ScoreSheet.TypeScore(types.get(t).id(), score, share));
        }
        return new ScoreSheet(scores, List.of(), contributions);
    }

    private static List<String> chosen(Answer answer) {
        if (answer instanceof Answer.Choice c) return List.of(c.option());
        if (answer instanceof Answer.Choices c) return c.options();
        if (answer instanceof Answer.Ranking r) return r.order();
        return List.of();
    }
}
