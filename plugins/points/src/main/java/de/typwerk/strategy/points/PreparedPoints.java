package de.typwerk.strategy.points;

import de.typwerk.api.model.Answer;
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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The points strategy prepared for one questionnaire and its parameters: every number that does
 * not depend on the answers is worked out here, once, into arrays (each option's points per type,
 * each question's most and neutral points per type, the place factors, the shares), so that
 * scoring a response is a walk over its answers and a few sums, with no map of weights and no
 * boxing on the way.
 *
 * <p>The sums are those of {@link QuestionPoints}, in the same order (types in definition order,
 * questions in questionnaire order, an answer's options in its own order), so a sheet is the same
 * to the last bit as the formula in docs/scoring.md computed per response.
 */
final class PreparedPoints implements PreparedScorer {

    private static final int SCALE = 0;
    private static final int RANKING = 1;
    private static final int CHOICE = 2;

    private final int typeCount;
    private final String[] typeIds;
    /** The questions that count, in questionnaire order. */
    private final Question[] questions;
    private final String[] questionIds;
    /** Per counted question: SCALE, RANKING or CHOICE (any other question with options). */
    private final int[] kinds;
    /** Per counted question, its option ids in definition order. */
    private final String[][] optionIds;
    /**
     * Per counted question, whether its option ids are distinct (the validator sees to it), so an
     * option may be found by identity first: the answers reader hands out the definition's ids.
     */
    private final boolean[] distinctIds;
    /** Per counted question and option, the points it gives each type: [q][option * typeCount + t]. */
    private final double[][] optionPoints;
    /** Per counted ranking question, the factor of each place; others: empty. */
    private final double[][] placeFactors;
    private final int[] tops;
    /** Per counted scale question, the points full agreement gives each type: [q * typeCount + t]. */
    private final double[] scaleWeights;
    /** The most and the neutral points of each question for each type: [q * typeCount + t]. */
    private final double[] most;
    private final double[] neutral;
    private final double[] shares;
    /** Per counted question, how many types it can give points at all (most &gt; 0): its contributions. */
    private final int[] contributing;

    PreparedPoints(Questionnaire questionnaire, PointsParameters parameters) {
        Set<String> excluded = Set.copyOf(parameters.exclude());
        List<Question> counted = questionnaire.questions().stream()
                .filter(q -> !excluded.contains(q.id()))
                .filter(q -> !q.choices().isEmpty() || q instanceof ScaleQuestion)
                .toList();
        List<TypeDefinition> types = questionnaire.types();
        typeCount = types.size();
        typeIds = types.stream().map(TypeDefinition::id).toArray(String[]::new);
        int n = counted.size();
        questions = counted.toArray(new Question[0]);
        questionIds = new String[n];
        kinds = new int[n];
        optionIds = new String[n][];
        distinctIds = new boolean[n];
        optionPoints = new double[n][];
        placeFactors = new double[n][];
        tops = new int[n];
        scaleWeights = new double[n * typeCount];
        most = new double[n * typeCount];
        neutral = new double[n * typeCount];
        shares = new double[n];
        contributing = new int[n];
        for (int q = 0; q < n; q++) {
            Question question = questions[q];
            questionIds[q] = question.id();
            kinds[q] = question instanceof ScaleQuestion ? SCALE : question instanceof RankingQuestion ? RANKING : CHOICE;
            List<Option> options = question.choices();
            optionIds[q] = options.stream().map(Option::id).toArray(String[]::new);
            distinctIds[q] = java.util.Arrays.stream(optionIds[q]).distinct().count() == optionIds[q].length;
            optionPoints[q] = new double[options.size() * typeCount];
            if (question instanceof RankingQuestion ranking) {
                tops[q] = ranking.top();
                placeFactors[q] = new double[options.size()];
                for (int place = 0; place < options.size(); place++) {
                    placeFactors[q][place] = QuestionPoints.factor(place, ranking.top());
                }
            } else {
                placeFactors[q] = new double[0];
            }
            for (int t = 0; t < typeCount; t++) {
                QuestionPoints table = new QuestionPoints(question, typeIds[t]);
                for (int o = 0; o < options.size(); o++) optionPoints[q][o * typeCount + t] = table.of(options.get(o));
                if (question instanceof ScaleQuestion scale) scaleWeights[q * typeCount + t] = table.weight(scale);
                most[q * typeCount + t] = table.most();
                neutral[q * typeCount + t] = table.neutral();
                if (most[q * typeCount + t] > 0) contributing[q]++;
            }
            shares[q] = parameters.share(question.id());
        }
    }

    @Override
    public ScoreSheet score(ScoringContext context) {
        Map<String, Answer> answers = context.response().answers();
        boolean neutralFill = context.missing() == MissingAnswers.NEUTRAL;
        int n = questions.length;
        // per question: 1 answered, 2 asked and unanswered under missing: neutral, 0 not counted
        byte[] state = new byte[n];
        double[] given = new double[n * typeCount];
        int contributions = 0;
        for (int q = 0; q < n; q++) {
            Answer answer = answers.get(questionIds[q]);
            if (answer != null) {
                state[q] = 1;
                give(q, answer, given);
                contributions += contributing[q];
            } else if (neutralFill && questions[q].isAskedGiven(answers)) {
                state[q] = 2;
                System.arraycopy(neutral, q * typeCount, given, q * typeCount, typeCount);
            }
        }

        ScoreSheet.Contribution[] pushes = new ScoreSheet.Contribution[contributions];
        int pushed = 0;
        double[] scores = new double[typeCount];
        for (int t = 0; t < typeCount; t++) {
            // a question with a share of its own decides that share of the score by its points
            // against its most; the other questions decide what is left, together
            double points = 0;
            double mostRest = 0;
            double sharedScore = 0;
            double sharedTotal = 0;
            for (int q = 0; q < n; q++) {
                if (state[q] == 0) continue;
                double g = given[q * typeCount + t];
                double max = most[q * typeCount + t];
                double share = max > 0 ? shares[q] : 0;
                if (share > 0) {
                    sharedScore += share * Math.min(1, g / max);
                    sharedTotal += share;
                } else {
                    points += g;
                    mostRest += max;
                }
            }
            double rest = mostRest > 0 ? Math.min(1, points / mostRest) : 0;
            double score = sharedTotal == 0 ? rest
                    : mostRest == 0 ? sharedScore / sharedTotal
                    : sharedScore + (1 - sharedTotal) * rest;
            scores[t] = Math.min(1, score);
            for (int q = 0; q < n; q++) {
                double max = most[q * typeCount + t];
                if (state[q] != 1 || !(max > 0)) continue;
                double share = shares[q];
                // in points of the other questions: a shared question's points count as many of
                // theirs as its share of the score is worth
                double worth = share == 0 || mostRest == 0 ? 1 : share * mostRest / ((1 - sharedTotal) * max);
                pushes[pushed++] = new ScoreSheet.Contribution(typeIds[t], questionIds[q], given[q * typeCount + t] * worth);
            }
        }

        double sum = 0;
        for (double s : scores) sum += s;
        ScoreSheet.TypeScore[] types = new ScoreSheet.TypeScore[typeCount];
        for (int t = 0; t < typeCount; t++) {
            double share = sum > 0 ? scores[t] / sum : 1.0 / typeCount;
            types[t] = new ScoreSheet.TypeScore(typeIds[t], scores[t], share);
        }
        // List.of keeps its array; the sheet's own copy then keeps the list as it is
        return new ScoreSheet(List.of(types), List.of(), List.of(pushes));
    }

    /** The points {@code answer} to counted question {@code q} gives each type, into {@code given}. */
    private void give(int q, Answer answer, double[] given) {
        int at = q * typeCount;
        double[] points = optionPoints[q];
        if (answer instanceof Answer.Choice c) {
            int o = option(q, c.option());
            if (o >= 0) System.arraycopy(points, o * typeCount, given, at, typeCount);
        } else if (answer instanceof Answer.Choices c) {
            List<String> picked = c.options();
            for (int i = 0; i < picked.size(); i++) {
                int o = option(q, picked.get(i));
                if (o < 0) continue;
                for (int t = 0; t < typeCount; t++) given[at + t] += points[o * typeCount + t];
            }
        } else if (answer instanceof Answer.Ranking r && kinds[q] == RANKING) {
            List<String> order = r.order();
            for (int place = 0; place < order.size(); place++) {
                int o = option(q, order.get(place));
                double factor = place < placeFactors[q].length ? placeFactors[q][place] : QuestionPoints.factor(place, tops[q]);
                for (int t = 0; t < typeCount; t++) given[at + t] += factor * (o < 0 ? 0.0 : points[o * typeCount + t]);
            }
        } else if (answer instanceof Answer.Scale s && kinds[q] == SCALE) {
            double x = ((ScaleQuestion) questions[q]).normalise(s.value());
            for (int t = 0; t < typeCount; t++) given[at + t] = scaleWeights[at + t] * x;
        }
    }

    /** Where option {@code id} stands in counted question {@code q} (the first of that id), -1 if it has none. */
    private int option(int q, String id) {
        String[] ids = optionIds[q];
        if (distinctIds[q]) {
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
