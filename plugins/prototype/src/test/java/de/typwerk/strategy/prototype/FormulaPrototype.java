package de.typwerk.strategy.prototype;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.spi.ScoreSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The prototype formula of docs/scoring.md computed per response, straight from the definition
 * (each answer valued by {@link Item} on each dimension, one dimension after the other): the way
 * the strategy scored before it was prepared into arrays, kept as the reference that
 * {@link PreparedPrototype} must meet to the last bit.
 */
final class FormulaPrototype {

    private FormulaPrototype() {
    }

    static ScoreSheet score(Questionnaire questionnaire, PrototypeParameters parameters, Map<String, Answer> answers,
                            boolean neutral) {
        List<Question> questions = questionnaire.questions();
        List<Dimension> dimensions = questionnaire.dimensions();
        List<TypeDefinition> types = questionnaire.types();
        int dimensionCount = dimensions.size();
        List<ScoreSheet.DimensionValue> reported = new ArrayList<>();
        double[] values = new double[dimensionCount];
        boolean[] measured = new boolean[dimensionCount];
        double[][] byQuestion = new double[dimensionCount][];
        double[][] itemFactors = new double[dimensionCount][];
        int n = 0;
        for (int d = 0; d < dimensionCount; d++) {
            double sharedSum = 0;
            double sharedTotal = 0;
            double restSum = 0;
            int rest = 0;
            int items = 0;
            int answered = 0;
            double[] x = new double[questions.size()];
            boolean[] counted = new boolean[questions.size()];
            for (int q = 0; q < questions.size(); q++) {
                x[q] = Double.NaN;
                Item item = new Item(questions.get(q), dimensions.get(d).id());
                if (!item.loads()) continue;
                Answer answer = answers.get(questions.get(q).id());
                double value = Double.NaN;
                if (answer != null) {
                    value = item.valueOf(answer);
                    if (!Double.isNaN(value)) {
                        x[q] = value;
                        answered++;
                    }
                } else if (neutral && questions.get(q).isAskedGiven(answers)) {
                    value = 0.5;
                }
                if (Double.isNaN(value)) continue;
                counted[q] = true;
                items++;
                double share = parameters.share(questions.get(q).id());
                if (share > 0) {
                    sharedSum += share * value;
                    sharedTotal += share;
                } else {
                    restSum += value;
                    rest++;
                }
            }
            double value;
            double restWeight;
            double sharedScale;
            if (sharedTotal == 0) {
                value = rest > 0 ? restSum / rest : 0.5;
                restWeight = rest > 0 ? 1.0 / rest : 0;
                sharedScale = 0;
            } else if (rest == 0) {
                value = sharedSum / sharedTotal;
                restWeight = 0;
                sharedScale = 1 / sharedTotal;
            } else {
                value = sharedSum + (1 - sharedTotal) * restSum / rest;
                restWeight = (1 - sharedTotal) / rest;
                sharedScale = 1;
            }
            double[] factors = new double[questions.size()];
            for (int q = 0; q < questions.size(); q++) {
                if (!counted[q]) continue;
                double share = parameters.share(questions.get(q).id());
                factors[q] = sharedTotal == 0 ? 1 : items * (share > 0 ? share * sharedScale : restWeight);
            }
            reported.add(new ScoreSheet.DimensionValue(dimensions.get(d).id(), value, answered));
            values[d] = value;
            measured[d] = items > 0;
            byQuestion[d] = x;
            itemFactors[d] = factors;
            if (items > 0) n++;
        }

        double[] distances = new double[types.size()];
        for (int k = 0; k < types.size(); k++) {
            double squares = 0;
            for (int d = 0; d < dimensionCount; d++) {
                if (!measured[d]) continue;
                double diff = values[d] - parameters.position(types.get(k).id(), dimensions.get(d).id());
                if (diff * lean(parameters, types, types.get(k), dimensions.get(d)) > 0) continue;
                squares += diff * diff;
            }
            distances[k] = Math.sqrt(squares);
        }
        double[] memberships = n == 0 ? PrototypeStrategy.uniform(types.size())
                : PrototypeStrategy.memberships(distances, parameters.fuzziness());
        List<ScoreSheet.TypeScore> scores = new ArrayList<>();
        for (int k = 0; k < types.size(); k++) {
            double score = n == 0 ? 0 : Math.max(0, 1 - distances[k] / Math.sqrt(n));
            scores.add(new ScoreSheet.TypeScore(types.get(k).id(), score, memberships[k]));
        }

        List<ScoreSheet.Contribution> contributions = new ArrayList<>();
        for (TypeDefinition type : types) {
            for (int q = 0; q < questions.size(); q++) {
                double push = 0;
                boolean places = false;
                for (int d = 0; d < dimensionCount; d++) {
                    if (!new Item(questions.get(q), dimensions.get(d).id()).loads() || !measured[d]) continue;
                    double x = byQuestion[d][q];
                    if (Double.isNaN(x)) continue;
                    double p = parameters.position(type.id(), dimensions.get(d).id());
                    double lean = lean(parameters, types, type, dimensions.get(d));
                    double fromNeutral = (0.5 - p) * lean > 0 ? 0 : Math.abs(0.5 - p);
                    double fromValue = (x - p) * lean > 0 ? 0 : Math.abs(x - p);
                    push += itemFactors[d][q] * (fromNeutral - fromValue);
                    places = true;
                }
                if (places) contributions.add(new ScoreSheet.Contribution(type.id(), questions.get(q).id(), push));
            }
        }
        return new ScoreSheet(scores, reported, contributions);
    }

    /**
     * Under {@code beyondPrototype: typical}, 1 where the type's prototype is the highest on the
     * dimension, −1 where it is the lowest, 0 where neither or all are alike; else 0.
     */
    private static double lean(PrototypeParameters parameters, List<TypeDefinition> types, TypeDefinition type,
                               Dimension dimension) {
        if (!PrototypeParameters.TYPICAL.equals(parameters.beyondPrototype())) return 0;
        List<Double> positions = types.stream().map(t -> parameters.position(t.id(), dimension.id())).toList();
        double p = parameters.position(type.id(), dimension.id());
        double high = java.util.Collections.max(positions);
        double low = java.util.Collections.min(positions);
        return high == low ? 0 : p == high ? 1 : p == low ? -1 : 0;
    }
}
