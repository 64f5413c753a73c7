package de.typwerk.strategy.points;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.Section;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoringStrategy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code points} strategy: a weighted sum, as in a classic type quiz. Option weights (and a
 * scale's weights) keyed by a type id are the points that answer gives that type:
 *
 * <ul>
 *   <li>single choice: the chosen option's points;</li>
 *   <li>multiple choice: the sum of the chosen options' points;</li>
 *   <li>ranking of {@code top} places: each ranked option's points times its place's factor, 1 for
 *       the first place, then down in equal steps to 1/top for the last ((top − place)/top);</li>
 *   <li>scale: the weight times the answer scaled to 0..1.</li>
 * </ul>
 *
 * A type's score is its points divided by the most it could have got from the questions that
 * count (answered ones; under {@code missing: neutral} also the asked but unanswered ones, which
 * give halfway between their fewest and most points); 0 when it could have got none. Shares are
 * scores divided by their sum, or equal when every score is 0. Weights keyed by a dimension id are
 * left to other strategies. Stateless, hence thread-safe: {@link #prepare} builds the points tables
 * once, immutable; questions are visited in questionnaire order, so sums never depend on the order
 * of a map.
 */
public final class PointsStrategy implements ScoringStrategy<PointsParameters> {

    private static final Version VERSION = Version.parse("1.0.0");

    private static final String SCHEMA = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://typwerk.de/schema/strategy/points/1.0.0/parameters.json",
              "title": "Parameters of the points strategy",
              "description": "Every key is optional; {} is complete.",
              "type": "object",
              "properties": {
                "exclude": {
                  "description": "Ids of questions that give no points.",
                  "type": "array",
                  "items": {"type": "string", "minLength": 1},
                  "uniqueItems": true
                },
                "questionShares": {
                  "description": "Per question id, the share (0..1, together below 1) of every type’s score its answer decides; the other questions decide the rest together.",
                  "type": "object",
                  "additionalProperties": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}
                }
              },
              "additionalProperties": false
            }
            """;

    /**
     * For ServiceLoader. Nothing else is needed: {@code check} gives its messages in German and
     * English, and the engine shows the caller's language.
     */
    public PointsStrategy() {
    }

    @Override
    public String id() {
        return "points";
    }

    @Override
    public Version version() {
        return VERSION;
    }

    @Override
    public LocalizedText description() {
        return Texts.all("description");
    }

    @Override
    public Class<PointsParameters> parametersType() {
        return PointsParameters.class;
    }

    @Override
    public Optional<String> parametersSchema() {
        return Optional.of(SCHEMA);
    }

    @Override
    public List<Problem> check(Questionnaire questionnaire, PointsParameters parameters) {
        List<Problem> problems = new ArrayList<>();
        Set<String> questionIds = questionnaire.questions().stream().map(Question::id).collect(Collectors.toSet());
        for (int i = 0; i < parameters.exclude().size(); i++) {
            String id = parameters.exclude().get(i);
            if (!questionIds.contains(id)) {
                problems.add(Problem.at("/exclude/" + i, Texts.all("check.unknown-excluded", id)));
            }
        }
        double total = 0;
        for (Map.Entry<String, Double> share : parameters.questionShares().entrySet()) {
            String at = "/questionShares/" + escape(share.getKey());
            if (!questionIds.contains(share.getKey())) {
                problems.add(Problem.at(at, Texts.all("check.unknown-shared-question", share.getKey())));
            } else if (parameters.exclude().contains(share.getKey())) {
                problems.add(Problem.at(at, Texts.all("check.shared-question-excluded", share.getKey())));
            }
            Double value = share.getValue();
            if (value == null || !(value > 0 && value < 1)) {
                problems.add(Problem.at(at, Texts.all("check.share-out-of-range", share.getKey(),
                        value == null ? "null" : Texts.number(value))));
            } else {
                total += value;
            }
        }
        if (total >= 1) {
            problems.add(Problem.at("/questionShares", Texts.all("check.shares-too-large", Texts.number(total))));
        }
        Set<String> typeIds = questionnaire.types().stream().map(TypeDefinition::id)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        Set<String> reachable = new HashSet<>();
        for (int s = 0; s < questionnaire.sections().size(); s++) {
            Section section = questionnaire.sections().get(s);
            for (int q = 0; q < section.questions().size(); q++) {
                Question question = section.questions().get(q);
                String at = "/sections/" + s + "/questions/" + q;
                if (question instanceof ScaleQuestion scale) {
                    checkWeights(scale.weights(), at + "/weights", Texts.all("where.scale", question.id()),
                            typeIds, reachable, problems);
                }
                for (int o = 0; o < question.choices().size(); o++) {
                    Option option = question.choices().get(o);
                    checkWeights(option.weights(), at + "/options/" + o + "/weights",
                            Texts.all("where.option", question.id(), option.id()),
                            typeIds, reachable, problems);
                }
            }
        }
        for (String type : typeIds) {
            if (!reachable.contains(type)) {
                problems.add(Problem.warning("unreachable-type", Texts.all("check.unreachable-type", type), de.typwerk.api.model.Location.pointer("")));
            }
        }
        return problems;
    }

    private void checkWeights(Map<String, Double> weights, String at, LocalizedText where, Set<String> typeIds,
                              Set<String> reachable, List<Problem> problems) {
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            String key = w.getKey();
            String pointer = at + "/" + escape(key);
            if (typeIds.contains(key)) {
                double points = w.getValue() == null ? Double.NaN : w.getValue();
                if (!(points >= 0) || Double.isInfinite(points)) {
                    problems.add(Problem.inDefinition(pointer, Texts.all("check.negative-points", where, key, Texts.number(points))));
                } else if (points > 0) {
                    reachable.add(key);
                }
            }
            // keys that are neither a type nor a dimension are the validator's to report
        }
    }

    /**
     * Works out, once, the points every option gives every type and the most and neutral points of
     * every question that counts ({@link PreparedPoints}); each response is then summed over those
     * arrays.
     */
    @Override
    public PreparedScorer prepare(Questionnaire questionnaire, PointsParameters parameters) {
        return new PreparedPoints(questionnaire, parameters);
    }

    /** A key as one JSON pointer segment (RFC 6901). */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
