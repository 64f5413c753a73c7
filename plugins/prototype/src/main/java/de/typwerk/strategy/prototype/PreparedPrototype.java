package de.typwerk.strategy.prototype;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.ScoringContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The prototype strategy prepared for one questionnaire and its parameters: per question the
 * dimensions it loads on and each option's position on them, per dimension the questions that
 * load on it, each type's prototype, each question's share, all in arrays made once. Scoring a
 * response then values each answer once on its dimensions and works on those arrays, with no map
 * of weights and no boxing on the way.
 *
 * <p>The arithmetic is that of {@link Item} and docs/scoring.md in the same order (dimensions,
 * questions and types in definition order, an answer's options in its own order), so a sheet is
 * the same to the last bit as the formula computed per response from the definition.
 */
final class PreparedPrototype implements PreparedScorer {

    private static final int OTHER = 0;
    private static final int SCALE = 1;
    private static final int RANKING = 2;

    private final double fuzziness;
    private final String[] dimensionIds;
    private final String[] typeIds;
    private final Question[] questions;
    private final String[] questionIds;
    private final int[] kinds;
    private final int[] tops;
    /**
     * A pair is a question and a dimension it loads on; the pairs of question q are
     * {@code firstPair[q]} to {@code firstPair[q + 1] - 1}, their dimensions in definition order.
     */
    private final int[] firstPair;
    private final int[] pairDimension;
    private final int[] pairQuestion;
    /** Per dimension, the pairs of the questions that load on it, in questionnaire order. */
    private final int[][] pairsOn;
    /** Per question, its option ids in definition order, and whether they are distinct. */
    private final String[][] optionIds;
    private final boolean[] distinctIds;
    /** Per question and option, its position on each dimension the question loads on (NaN: none): [q][option * loads + i]. */
    private final double[][] positions;
    /** Per scale question, its weight on each dimension it loads on (NaN: none): [q][i]. */
    private final double[][] scaleWeights;
    private final double[] shares;
    /** Per pair, the share of its question. */
    private final double[] pairShares;
    /** Each type's prototype per dimension, [k][d]. */
    private final double[][] prototypes;
    /**
     * Per type and dimension, the side on which the type's prototype is the outermost of all
     * (1 the highest, −1 the lowest, 0 neither; 0 everywhere unless {@code beyondPrototype: typical}):
     * a value beyond the prototype on that side is no distance.
     */
    private final double[][] leans;
    /** Per pair and type, the lean on the pair's dimension: [pair * types + k]. */
    private final double[] pairLeans;
    /**
     * Per pair and type, the type's prototype on the pair's dimension and |0.5 − p|:
     * [pair * types + k], so that one pair's value serves every type in one go.
     */
    private final double[] pairPrototypes;
    private final double[] pairFromNeutral;
    /** One NaN per pair: what a response's values start from (a copy of it is cheaper than a fill). */
    private final double[] noValues;
    /** Per question id, where it stands (the first of an id), and whether no two share one. */
    private final Map<String, Integer> questionAt;
    private final boolean distinctQuestionIds;

    PreparedPrototype(Questionnaire questionnaire, PrototypeParameters parameters) {
        fuzziness = parameters.fuzziness();
        List<Question> questionList = questionnaire.questions();
        List<TypeDefinition> types = questionnaire.types();
        int n = questionList.size();
        dimensionIds = questionnaire.dimensions().stream().map(Dimension::id).toArray(String[]::new);
        int dimensionCount = dimensionIds.length;
        typeIds = types.stream().map(TypeDefinition::id).toArray(String[]::new);
        questions = questionList.toArray(new Question[0]);
        questionIds = new String[n];
        kinds = new int[n];
        tops = new int[n];
        firstPair = new int[n + 1];
        optionIds = new String[n][];
        distinctIds = new boolean[n];
        positions = new double[n][];
        scaleWeights = new double[n][];
        shares = new double[n];
        int[] pairsOnCount = new int[dimensionCount];
        List<Integer> dimensionsOfPairs = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            Question question = questions[q];
            questionIds[q] = question.id();
            kinds[q] = question instanceof ScaleQuestion ? SCALE : question instanceof RankingQuestion ? RANKING : OTHER;
            tops[q] = question instanceof RankingQuestion ranking ? ranking.top() : 0;
            List<Item> items = new ArrayList<>();
            firstPair[q] = dimensionsOfPairs.size();
            for (int d = 0; d < dimensionCount; d++) {
                Item item = new Item(question, dimensionIds[d]);
                if (!item.loads()) continue;
                items.add(item);
                dimensionsOfPairs.add(d);
                pairsOnCount[d]++;
            }
            int loads = items.size();
            List<Option> options = question.choices();
            optionIds[q] = options.stream().map(Option::id).toArray(String[]::new);
            distinctIds[q] = Arrays.stream(optionIds[q]).distinct().count() == optionIds[q].length;
            positions[q] = new double[options.size() * loads];
            scaleWeights[q] = new double[loads];
            for (int i = 0; i < loads; i++) {
                Item item = items.get(i);
                for (int o = 0; o < options.size(); o++) {
                    // the item's weights hold the first option of an id, as Question.option finds it
                    Double w = item.weights().get(optionIds[q][o]);
                    positions[q][o * loads + i] = w == null ? Double.NaN : w;
                }
                Double w = question instanceof ScaleQuestion scale ? scale.weights().get(item.dimension()) : null;
                scaleWeights[q][i] = w == null ? Double.NaN : w;
            }
            shares[q] = parameters.share(question.id());
        }
        questionAt = new HashMap<>();
        for (int q = 0; q < n; q++) questionAt.putIfAbsent(questionIds[q], q);
        distinctQuestionIds = questionAt.size() == n;
        int pairs = dimensionsOfPairs.size();
        firstPair[n] = pairs;
        pairDimension = dimensionsOfPairs.stream().mapToInt(Integer::intValue).toArray();
        pairQuestion = new int[pairs];
        for (int q = 0; q < n; q++) for (int j = firstPair[q]; j < firstPair[q + 1]; j++) pairQuestion[j] = q;
        pairsOn = new int[dimensionCount][];
        for (int d = 0; d < dimensionCount; d++) pairsOn[d] = new int[pairsOnCount[d]];
        int[] filled = new int[dimensionCount];
        for (int j = 0; j < pairs; j++) pairsOn[pairDimension[j]][filled[pairDimension[j]]++] = j;
        pairShares = new double[pairs];
        for (int j = 0; j < pairs; j++) pairShares[j] = shares[pairQuestion[j]];
        int typeCount = types.size();
        prototypes = new double[typeCount][dimensionCount];
        for (int k = 0; k < typeCount; k++) {
            for (int d = 0; d < dimensionCount; d++) prototypes[k][d] = parameters.position(typeIds[k], dimensionIds[d]);
        }
        leans = leans(prototypes, dimensionCount, parameters.typicalBeyond());
        pairPrototypes = new double[pairs * typeCount];
        pairFromNeutral = new double[pairs * typeCount];
        pairLeans = new double[pairs * typeCount];
        for (int k = 0; k < typeCount; k++) {
            for (int j = 0; j < pairs; j++) {
                double p = prototypes[k][pairDimension[j]];
                double lean = leans[k][pairDimension[j]];
                pairPrototypes[j * typeCount + k] = p;
                pairLeans[j * typeCount + k] = lean;
                pairFromNeutral[j * typeCount + k] = gap(0.5, p, lean);
            }
        }
        noValues = new double[pairs];
        Arrays.fill(noValues, Double.NaN);
    }

    @Override
    public ScoreSheet score(ScoringContext context) {
        Map<String, Answer> answers = context.response().answers();
        boolean neutral = context.missing() == MissingAnswers.NEUTRAL;
        int n = questions.length;
        int pairs = pairDimension.length;

        // each answer valued once on the dimensions it loads on, per pair: NaN where it gives no
        // value; asked but unanswered questions under missing: neutral are marked to count 0.5
        double[] x = noValues.clone();
        Walk walk = new Walk(this, x, neutral ? new boolean[n] : null);
        if (distinctQuestionIds) {
            answers.forEach(walk);
        } else {
            // two questions of one id (the validator refuses it): each looks its answer up
            for (int q = 0; q < n; q++) {
                Answer answer = answers.get(questionIds[q]);
                if (answer != null) walk.take(q, answer);
            }
        }
        boolean[] filledIn = null;
        if (neutral) {
            boolean[] answered = walk.answered;
            for (int q = 0; q < n; q++) {
                if (firstPair[q] != firstPair[q + 1] && !answered[q] && questions[q].isAskedGiven(answers)) {
                    if (filledIn == null) filledIn = new boolean[n];
                    filledIn[q] = true;
                }
            }
        }

        // per dimension: its value from the counted items, and what each counted item's factor in
        // it (its weight in the value times the number of counted items; 1 without shares) is made
        // of: [d * 4] whether it has shares (0: no, 1: yes), then the number of counted items, the
        // scale of a shared item's share and the weight of another item
        int dims = dimensionIds.length;
        double[] factors = new double[dims * 4];
        double[] values = new double[dims];
        boolean[] measured = new boolean[dims];
        ScoreSheet.DimensionValue[] reported = new ScoreSheet.DimensionValue[dims];
        int measuredCount = 0;
        for (int d = 0; d < dims; d++) {
            int[] on = pairsOn[d];
            double sharedSum = 0;
            double sharedTotal = 0;
            double restSum = 0;
            int rest = 0;
            int items = 0;
            int answered = 0;
            for (int j : on) {
                double value = x[j];
                if (!Double.isNaN(value)) {
                    answered++;
                } else if (filledIn != null && filledIn[questionOf(j)]) {
                    value = 0.5;
                } else {
                    continue;
                }
                items++;
                double share = pairShares[j];
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
            factors[d * 4] = sharedTotal == 0 ? 0 : 1;
            factors[d * 4 + 1] = items;
            factors[d * 4 + 2] = sharedScale;
            factors[d * 4 + 3] = restWeight;
            reported[d] = new ScoreSheet.DimensionValue(dimensionIds[d], value, answered);
            values[d] = value;
            measured[d] = items > 0;
            if (items > 0) measuredCount++;
        }

        int typeCount = typeIds.length;
        double[] distances = new double[typeCount];
        for (int k = 0; k < typeCount; k++) {
            double squares = 0;
            double[] position = prototypes[k];
            double[] lean = leans[k];
            for (int d = 0; d < dims; d++) {
                if (!measured[d]) continue;
                double diff = values[d] - position[d];
                if (diff * lean[d] > 0) continue; // beyond the outermost prototype
                squares += diff * diff;
            }
            distances[k] = Math.sqrt(squares);
        }
        double[] memberships = measuredCount == 0 ? PrototypeStrategy.uniform(typeCount)
                : PrototypeStrategy.memberships(distances, fuzziness);
        ScoreSheet.TypeScore[] scores = new ScoreSheet.TypeScore[typeCount];
        for (int k = 0; k < typeCount; k++) {
            double score = measuredCount == 0 ? 0 : Math.max(0, 1 - distances[k] / Math.sqrt(measuredCount));
            scores[k] = new ScoreSheet.TypeScore(typeIds[k], score, memberships[k]);
        }
        // List.of copies its array once; the sheet's own copy then keeps the list as it is
        return new ScoreSheet(List.of(scores), List.of(reported), List.of(contributions(x, factors)));
    }

    /**
     * One response's answers, walked in their order: each answer's question found and the answer
     * valued on its dimensions (into {@code x}). The answers come in questionnaire order and keyed
     * by the definition's own ids, so each question is found by identity a step or two after the
     * one before; an id that is not found that way (another order, an equal but other string) is
     * looked up by value.
     */
    private static final class Walk implements BiConsumer<String, Answer> {

        private final PreparedPrototype prepared;
        private final double[] x;
        /** Per question, whether it has an answer; kept under missing: neutral only (else null). */
        final boolean[] answered;
        /** Where in the questionnaire to look for the next answer's question. */
        private int next;

        Walk(PreparedPrototype prepared, double[] x, boolean[] answered) {
            this.prepared = prepared;
            this.x = x;
            this.answered = answered;
        }

        @Override
        public void accept(String id, Answer answer) {
            String[] ids = prepared.questionIds;
            int q = next;
            while (q < ids.length && ids[q] != id) q++;
            if (q < ids.length) {
                next = q + 1;
            } else {
                Integer found = prepared.questionAt.get(id);
                if (found == null) return;
                q = found;
            }
            take(q, answer);
        }

        /** Values {@code answer} to question {@code q}. */
        void take(int q, Answer answer) {
            if (answered != null) answered[q] = true;
            if (prepared.firstPair[q] != prepared.firstPair[q + 1]) prepared.value(q, answer, x);
        }
    }

    /** The question of pair {@code j}. */
    private int questionOf(int j) {
        return pairQuestion[j];
    }

    /**
     * Per type, per question that places the respondent on a dimension: Σ over those dimensions, in
     * definition order, of f · (|0.5 − p| − |x − p|), f the item's factor in the dimension (made of
     * what {@code factors} holds per dimension, see {@link #score}). A pair with a value always lies
     * on a measured dimension (its item counts there). Worked out question by question, every type at once (each
     * type's sum still runs over the question's dimensions in their order, so it is the same
     * double), into the sheet's order: types first, then questions.
     */
    private ScoreSheet.Contribution[] contributions(double[] x, double[] factors) {
        int n = questions.length;
        int typeCount = typeIds.length;
        // whether a question places the respondent anywhere does not depend on the type
        int[] placing = new int[n];
        int count = 0;
        for (int q = 0; q < n; q++) {
            for (int j = firstPair[q]; j < firstPair[q + 1]; j++) {
                if (!Double.isNaN(x[j])) {
                    placing[count++] = q;
                    break;
                }
            }
        }
        ScoreSheet.Contribution[] contributions = new ScoreSheet.Contribution[typeCount * count];
        double[] pushes = new double[typeCount];
        double[] p = pairPrototypes;
        double[] fromNeutral = pairFromNeutral;
        double[] lean = pairLeans;
        for (int i = 0; i < count; i++) {
            int q = placing[i];
            Arrays.fill(pushes, 0);
            for (int j = firstPair[q]; j < firstPair[q + 1]; j++) {
                double value = x[j];
                if (Double.isNaN(value)) continue;
                int d = pairDimension[j] * 4;
                double share = pairShares[j];
                double f = factors[d] == 0 ? 1 : factors[d + 1] * (share > 0 ? share * factors[d + 2] : factors[d + 3]);
                int at = j * typeCount;
                for (int k = 0; k < typeCount; k++) pushes[k] += f * (fromNeutral[at + k] - gap(value, p[at + k], lean[at + k]));
            }
            String question = questionIds[q];
            for (int k = 0; k < typeCount; k++) {
                contributions[k * count + i] = new ScoreSheet.Contribution(typeIds[k], question, pushes[k]);
            }
        }
        return contributions;
    }

    /**
     * Per type and dimension, the side on which the type's prototype is the outermost of all on it
     * (1 the highest, −1 the lowest, 0 neither or where all prototypes stand at one place); all 0
     * where values beyond a prototype are distances.
     */
    static double[][] leans(double[][] prototypes, int dimensionCount, boolean typicalBeyond) {
        int typeCount = prototypes.length;
        double[][] leans = new double[typeCount][dimensionCount];
        if (!typicalBeyond) return leans;
        for (int d = 0; d < dimensionCount; d++) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < typeCount; k++) {
                low = Math.min(low, prototypes[k][d]);
                high = Math.max(high, prototypes[k][d]);
            }
            if (!(high > low)) continue;
            for (int k = 0; k < typeCount; k++) {
                leans[k][d] = prototypes[k][d] == high ? 1 : prototypes[k][d] == low ? -1 : 0;
            }
        }
        return leans;
    }

    /** How far {@code value} is from the prototype's {@code p}: none beyond it on the side it leans to. */
    static double gap(double value, double p, double lean) {
        return (value - p) * lean > 0 ? 0 : Math.abs(value - p);
    }

    /** Where {@code answer} to question {@code q} places the respondent on each dimension it loads on, into {@code x}. */
    private void value(int q, Answer answer, double[] x) {
        int at = firstPair[q];
        int loads = firstPair[q + 1] - at;
        double[] weights = positions[q];
        if (answer instanceof Answer.Choice c) {
            int o = option(q, c.option());
            if (o < 0) return;
            System.arraycopy(weights, o * loads, x, at, loads);
        } else if (answer instanceof Answer.Choices c) {
            int[] picked = options(q, c.options());
            for (int i = 0; i < loads; i++) {
                double sum = 0;
                int counted = 0;
                for (int o : picked) {
                    if (o < 0) continue;
                    double w = weights[o * loads + i];
                    if (Double.isNaN(w)) continue;
                    sum += w;
                    counted++;
                }
                if (counted > 0) x[at + i] = sum / counted;
            }
        } else if (answer instanceof Answer.Ranking r && kinds[q] == RANKING) {
            int[] order = options(q, r.order());
            for (int i = 0; i < loads; i++) {
                double sum = 0;
                double factors = 0;
                for (int place = 0; place < order.length; place++) {
                    int o = order[place];
                    if (o < 0) continue;
                    double w = weights[o * loads + i];
                    if (Double.isNaN(w)) continue;
                    double f = Item.factor(place, tops[q]);
                    sum += f * w;
                    factors += f;
                }
                if (factors > 0) x[at + i] = sum / factors;
            }
        } else if (answer instanceof Answer.Scale s && kinds[q] == SCALE) {
            double agreement = ((ScaleQuestion) questions[q]).normalise(s.value());
            for (int i = 0; i < loads; i++) {
                double w = scaleWeights[q][i];
                if (!Double.isNaN(w)) x[at + i] = w * agreement + (1 - w) * (1 - agreement);
            }
        }
    }

    /** Where each of {@code ids} stands in question {@code q}, as {@link #option} finds it. */
    private int[] options(int q, List<String> ids) {
        int[] at = new int[ids.size()];
        for (int i = 0; i < at.length; i++) at[i] = option(q, ids.get(i));
        return at;
    }

    /** Where option {@code id} stands in question {@code q} (the first of that id), -1 if it has none. */
    private int option(int q, String id) {
        String[] ids = optionIds[q];
        if (distinctIds[q]) {
            // the answers reader hands out the definition's ids: found by identity, mostly
            for (int o = 0; o < ids.length; o++) {
                if (ids[o] == id) return o;
            }
        }
        for (int o = 0; o < ids.length; o++) {
            if (ids[o].equals(id)) return o;
        }
        return -1;
    }
}
