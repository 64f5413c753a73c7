package de.typwerk.strategy.prototype;

import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Location;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code prototype} strategy: answers place the respondent on the questionnaire's dimensions;
 * each type has a prototype there (the centroid a cluster analysis yields); the distances to the
 * prototypes become membership shares by fuzzy c-means.
 *
 * <p>A dimension's value is the mean of its items' values (see {@link Item}) over the answered
 * items; under {@code missing: neutral} every asked but unanswered item that loads on it adds 0.5.
 * The distance to type k's prototype p_k is Euclidean over the n dimensions that have a value:
 * d_k = √Σ (v − p_k)²; with {@code beyondPrototype: typical} a dimension on which p_k is the highest
 * (lowest) of all prototypes and v higher (lower) still adds nothing. Score: 1 − d_k/√n (1 on the prototype, 0 at the far corner). Share:
 * u_k = 1 / Σ_j (d_k/d_j)^(2/(m−1)) with m = {@code fuzziness}; types at distance 0 share 1 equally;
 * with no dimension to measure all types share equally and score 0.
 *
 * <p>Contribution of an answer to type k: Σ over the dimensions it places the respondent on of
 * |0.5 − p| − |x − p|, how much closer to the prototype the answer's value x is than a neutral
 * 0.5 would be (positive: towards the type), each distance taken as d_k takes it.
 *
 * <p>Pure and thread-safe: {@link #prepare} derives a model from the questionnaire and the
 * parameters, immutable, which every response is scored on; dimensions, questions and types are
 * visited in definition order.
 */
public final class PrototypeStrategy implements ScoringStrategy<PrototypeParameters> {

    private static final Version VERSION = Version.parse("1.0.0");

    private static final String SCHEMA = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://typwerk.de/schema/strategy/prototype/1.0.0/parameters.json",
              "title": "Parameters of the prototype strategy",
              "type": "object",
              "properties": {
                "prototypes": {
                  "description": "Per type id, its position (0..1) on every dimension.",
                  "type": "object",
                  "minProperties": 1,
                  "additionalProperties": {
                    "type": "object",
                    "minProperties": 1,
                    "additionalProperties": {"type": "number", "minimum": 0, "maximum": 1}
                  }
                },
                "fuzziness": {
                  "description": "The fuzzy c-means exponent m, greater than 1.",
                  "type": "number",
                  "exclusiveMinimum": 1,
                  "default": 2.0
                },
                "minAnswersPerDimension": {
                  "description": "Answers a dimension needs not to be reported as thin.",
                  "type": "integer",
                  "minimum": 1,
                  "default": 2
                },
                "questionShares": {
                  "description": "Per question id, the share (0..1, together below 1) of every dimension value its answer takes; the other items share the rest.",
                  "type": "object",
                  "additionalProperties": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}
                },
                "beyondPrototype": {
                  "description": "What a dimension value further out than a type's prototype counts as: distance (every difference counts, as in fuzzy c-means) or typical (beyond a prototype that is the outermost of all on a dimension, a value counts as on the prototype).",
                  "enum": ["distance", "typical"],
                  "default": "distance"
                }
              },
              "required": ["prototypes"],
              "additionalProperties": false
            }
            """;

    /**
     * For ServiceLoader. Nothing else is needed: {@code check} gives its messages in German and
     * English, and the engine shows the caller's language.
     */
    public PrototypeStrategy() {
    }

    @Override
    public String id() {
        return "prototype";
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
    public Class<PrototypeParameters> parametersType() {
        return PrototypeParameters.class;
    }

    @Override
    public Optional<String> parametersSchema() {
        return Optional.of(SCHEMA);
    }

    @Override
    public List<Problem> check(Questionnaire questionnaire, PrototypeParameters parameters) {
        List<Problem> problems = new ArrayList<>();
        Set<String> typeIds = questionnaire.types().stream().map(TypeDefinition::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> dimensionIds = questionnaire.dimensions().stream().map(Dimension::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (dimensionIds.isEmpty()) {
            problems.add(Problem.at("", Texts.all("check.no-dimensions")));
        }
        for (Map.Entry<String, Map<String, Double>> prototype : parameters.prototypes().entrySet()) {
            String type = prototype.getKey();
            String at = "/prototypes/" + escape(type);
            if (!typeIds.contains(type)) {
                problems.add(Problem.at(at, Texts.all("check.unknown-type", type, String.join(", ", typeIds))));
                continue;
            }
            for (Map.Entry<String, Double> position : prototype.getValue().entrySet()) {
                String dimension = position.getKey();
                if (!dimensionIds.contains(dimension)) {
                    problems.add(Problem.at(at + "/" + escape(dimension),
                            Texts.all("check.unknown-dimension", type, dimension, String.join(", ", dimensionIds))));
                } else if (!inUnitRange(position.getValue())) {
                    problems.add(Problem.at(at + "/" + escape(dimension),
                            Texts.all("check.out-of-range", type, dimension, number(position.getValue()))));
                }
            }
            for (String dimension : dimensionIds) {
                if (!prototype.getValue().containsKey(dimension)) {
                    problems.add(Problem.at(at, Texts.all("check.missing-dimension", type, dimension)));
                }
            }
        }
        for (String type : typeIds) {
            if (!parameters.prototypes().containsKey(type)) {
                problems.add(Problem.at("/prototypes", Texts.all("check.missing-prototype", type)));
            }
        }
        if (!(parameters.fuzziness() > 1) || Double.isInfinite(parameters.fuzziness())) {
            problems.add(Problem.at("/fuzziness", Texts.all("check.fuzziness", Texts.number(parameters.fuzziness()))));
        }
        if (!PrototypeParameters.DISTANCE.equals(parameters.beyondPrototype()) && !parameters.typicalBeyond()) {
            problems.add(Problem.at("/beyondPrototype", Texts.all("check.beyond", parameters.beyondPrototype())));
        }
        if (parameters.minAnswersPerDimension() < 1) {
            problems.add(Problem.at("/minAnswersPerDimension",
                    Texts.all("check.min-answers", String.valueOf(parameters.minAnswersPerDimension()))));
        }
        checkShares(questionnaire, parameters, problems);
        checkWeights(questionnaire, dimensionIds, problems);
        for (String dimension : dimensionIds) {
            boolean used = questionnaire.questions().stream().anyMatch(q -> new Item(q, dimension).loads());
            if (!used) {
                problems.add(Problem.warning("unused-dimension", Texts.all("check.unused-dimension", dimension), Location.pointer("")));
            }
        }
        return problems;
    }

    private void checkShares(Questionnaire questionnaire, PrototypeParameters parameters, List<Problem> problems) {
        double total = 0;
        for (Map.Entry<String, Double> share : parameters.questionShares().entrySet()) {
            String at = "/questionShares/" + escape(share.getKey());
            Optional<Question> question = questionnaire.question(share.getKey());
            if (question.isEmpty()) {
                problems.add(Problem.at(at, Texts.all("check.unknown-shared-question", share.getKey())));
            } else if (questionnaire.dimensions().stream().noneMatch(d -> new Item(question.get(), d.id()).loads())) {
                problems.add(Problem.at(at, Texts.all("check.shared-question-loads-nowhere", share.getKey())));
            }
            Double value = share.getValue();
            if (value == null || !(value > 0 && value < 1)) {
                problems.add(Problem.at(at, Texts.all("check.share-out-of-range", share.getKey(), number(value))));
            } else {
                total += value;
            }
        }
        if (total >= 1) {
            problems.add(Problem.at("/questionShares", Texts.all("check.shares-too-large", Texts.number(total))));
        }
    }

    private void checkWeights(Questionnaire questionnaire, Set<String> dimensionIds, List<Problem> problems) {
        for (int s = 0; s < questionnaire.sections().size(); s++) {
            Section section = questionnaire.sections().get(s);
            for (int q = 0; q < section.questions().size(); q++) {
                Question question = section.questions().get(q);
                String at = "/sections/" + s + "/questions/" + q;
                if (question instanceof ScaleQuestion scale) {
                    checkWeights(scale.weights(), at + "/weights", Texts.all("where.scale", question.id()),
                            dimensionIds, problems);
                }
                for (int o = 0; o < question.choices().size(); o++) {
                    Option option = question.choices().get(o);
                    checkWeights(option.weights(), at + "/options/" + o + "/weights",
                            Texts.all("where.option", question.id(), option.id()), dimensionIds, problems);
                }
            }
        }
    }

    private void checkWeights(Map<String, Double> weights, String at, LocalizedText where, Set<String> dimensionIds,
                              List<Problem> problems) {
        for (Map.Entry<String, Double> w : weights.entrySet()) {
            String pointer = at + "/" + escape(w.getKey());
            if (dimensionIds.contains(w.getKey())) {
                if (!inUnitRange(w.getValue())) {
                    problems.add(Problem.inDefinition(pointer,
                            Texts.all("check.weight-out-of-range", where, w.getKey(), number(w.getValue()))));
                }
            }
            // keys that are neither a dimension nor a type are the validator's to report
        }
    }

    /**
     * Works out, once, where every option places a respondent on every dimension, which questions
     * load on which dimensions, and each type's prototype ({@link PreparedPrototype}); each response
     * is then scored on those arrays.
     */
    @Override
    public PreparedScorer prepare(Questionnaire questionnaire, PrototypeParameters parameters) {
        return new PreparedPrototype(questionnaire, parameters);
    }

    /**
     * Fuzzy c-means membership u_k = 1 / Σ_j (d_k/d_j)^(2/(m−1)), computed as
     * (d_min/d_k)^e / Σ_j (d_min/d_j)^e, which is the same number but never overflows: every ratio
     * is at most 1. Types at distance 0 share 1 equally.
     */
    static double[] memberships(double[] distances, double fuzziness) {
        double exponent = 2 / (fuzziness - 1);
        double min = Double.POSITIVE_INFINITY;
        for (double d : distances) min = Math.min(min, d);
        double[] weights = new double[distances.length];
        double total = 0;
        for (int k = 0; k < distances.length; k++) {
            if (min == 0) {
                weights[k] = distances[k] == 0 ? 1 : 0;
            } else {
                // x^1 is x to the bit (Math.pow says so), without pow's work: fuzziness 3, the usual one
                weights[k] = exponent == 1 ? min / distances[k] : Math.pow(min / distances[k], exponent);
            }
            total += weights[k];
        }
        if (!(total > 0) || Double.isInfinite(total)) return uniform(distances.length);
        for (int k = 0; k < weights.length; k++) weights[k] /= total;
        return weights;
    }

    static double[] uniform(int count) {
        double[] shares = new double[count];
        java.util.Arrays.fill(shares, 1.0 / count);
        return shares;
    }

    private static boolean inUnitRange(Double value) {
        return value != null && value >= 0 && value <= 1;
    }

    private static String number(Double value) {
        return value == null ? "null" : Texts.number(value);
    }

    /** A key as one JSON pointer segment (RFC 6901). */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
