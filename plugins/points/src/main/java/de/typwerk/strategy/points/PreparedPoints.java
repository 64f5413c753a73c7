package de.typwerk.strategy.points;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.ScoringContext;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

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
    /** Every question's id, in questionnaire order; per question, where it stands among the counted (-1: not counted). */
    private final String[] allIds;
    private final int[] countedAt;
    /** Per question id, where it stands in {@link #allIds} (the first of an id). */
    private final Map<String, Integer> positions;
    private final boolean distinctQuestionIds;
    /**
     * The contributions an answer gives when it is one of a few (an option chosen alone, a point of
     * a short scale, the picks of a multiple choice of few options) and counts as its points, all
     * questions in one array: counted question q's answer v at {@code madeFrom[q] + v * typeCount + t}.
     * A contribution is a value; one made here serves every sheet that has it, instead of a new one
     * per sheet.
     */
    private final ScoreSheet.Contribution[] made;
    /** The points of each of {@link #made}, in the same places. */
    private final double[] madePoints;
    private final int[] madeFrom;
    /** Per counted question, how many answers {@link #made} holds for it. */
    private final int[] madeVariants;
    /**
     * Per counted question, whether {@link #made}'s answers are sets of picks, a bit per option
     * (a multiple choice of at most {@value #MOST_PICKABLE} options), rather than one option each.
     */
    private final boolean[] byPicks;

    /** The most options of a multiple choice whose every set of picks gets its contributions made. */
    static final int MOST_PICKABLE = 8;

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
        List<Question> all = questionnaire.questions();
        allIds = new String[all.size()];
        countedAt = new int[all.size()];
        positions = new HashMap<>();
        for (int i = 0, q = 0; i < all.size(); i++) {
            allIds[i] = all.get(i).id();
            countedAt[i] = q < n && questions[q] == all.get(i) ? q++ : -1;
            positions.putIfAbsent(allIds[i], i);
        }
        distinctQuestionIds = positions.size() == allIds.length;
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
        madeFrom = new int[n];
        madeVariants = new int[n];
        byPicks = new boolean[n];
        int total = 0;
        for (int q = 0; q < n; q++) {
            byPicks[q] = questions[q] instanceof MultipleChoiceQuestion && optionIds[q].length <= MOST_PICKABLE;
            madeVariants[q] = kinds[q] == SCALE ? scalePoints((ScaleQuestion) questions[q])
                    : byPicks[q] ? 1 << optionIds[q].length : optionIds[q].length;
            madeFrom[q] = total;
            total += madeVariants[q] * typeCount;
        }
        made = new ScoreSheet.Contribution[total];
        madePoints = new double[total];
        for (int q = 0; q < n; q++) {
            for (int v = 0; v < madeVariants[q]; v++) {
                for (int t = 0; t < typeCount; t++) {
                    int at = q * typeCount + t;
                    // the same arithmetic as give's for that answer, hence the same double
                    double points;
                    if (kinds[q] == SCALE) {
                        ScaleQuestion scale = (ScaleQuestion) questions[q];
                        points = scaleWeights[at] * scale.normalise(scale.min() + v);
                    } else if (byPicks[q]) {
                        // the picks in definition order, added to 0 one by one
                        points = 0;
                        for (int o = 0; o < optionIds[q].length; o++) {
                            if ((v & 1 << o) != 0) points += optionPoints[q][o * typeCount + t];
                        }
                    } else {
                        points = optionPoints[q][v * typeCount + t];
                    }
                    made[madeFrom[q] + v * typeCount + t] = new ScoreSheet.Contribution(typeIds[t], questionIds[q], points);
                    madePoints[madeFrom[q] + v * typeCount + t] = points;
                }
            }
        }
    }

    @Override
    public ScoreSheet score(ScoringContext context) {
        Map<String, Answer> answers = context.response().answers();
        int n = questions.length;
        int typeCount = this.typeCount;
        // per question: 1 answered, 2 asked and unanswered under missing: neutral, 0 not counted
        Walk walk = new Walk(this, new byte[n]);
        if (distinctQuestionIds) {
            answers.forEach(walk);
        } else {
            // two questions of one id (the validator refuses it): each looks its answer up
            for (int q = 0; q < n; q++) {
                Answer answer = answers.get(questionIds[q]);
                if (answer != null) walk.count(q, answer);
            }
        }
        byte[] state = walk.state;
        if (context.missing() == MissingAnswers.NEUTRAL) {
            for (int q = 0; q < n; q++) {
                if (state[q] == 0 && questions[q].isAskedGiven(answers)) {
                    state[q] = 2;
                    walk.keep(q, neutral, q * typeCount);
                }
            }
        }
        double[] given = walk.given;
        int contributions = walk.contributions;
        int[] madeAt = walk.madeAt;
        // the questions that count, in questionnaire order: the sums below visit only those
        int[] counted = new int[n];
        int m = 0;
        for (int q = 0; q < n; q++) {
            if (state[q] != 0) counted[m++] = q;
        }

        ScoreSheet.Contribution[] pushes = new ScoreSheet.Contribution[contributions];
        int pushed = 0;
        double[] scores = new double[typeCount];
        double sum = 0;
        for (int t = 0; t < typeCount; t++) {
            // a question with a share of its own decides that share of the score by its points
            // against its most; the other questions decide what is left, together
            double points = 0;
            double mostRest = 0;
            double sharedScore = 0;
            double sharedTotal = 0;
            for (int i = 0; i < m; i++) {
                int at = counted[i] * typeCount + t;
                int mine = madeAt[counted[i]];
                double g = mine >= 0 ? madePoints[mine + t] : given[-mine - 1 + t];
                double max = most[at];
                double share = max > 0 ? shares[counted[i]] : 0;
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
            sum += scores[t];
            String type = typeIds[t];
            for (int i = 0; i < m; i++) {
                int q = counted[i];
                int at = q * typeCount + t;
                double max = most[at];
                if (state[q] != 1 || !(max > 0)) continue;
                double share = shares[q];
                // in points of the other questions: a shared question's points count as many of
                // theirs as its share of the score is worth
                if (share == 0 || mostRest == 0) {
                    // worth 1: the points as they are (x * 1 is x), which a made contribution holds if the answer has one
                    int mine = madeAt[q];
                    pushes[pushed++] = mine >= 0 ? made[mine + t]
                            : new ScoreSheet.Contribution(type, questionIds[q], given[-mine - 1 + t] * 1.0);
                } else {
                    double worth = share * mostRest / ((1 - sharedTotal) * max);
                    int mine = madeAt[q];
                    double g = mine >= 0 ? madePoints[mine + t] : given[-mine - 1 + t];
                    pushes[pushed++] = new ScoreSheet.Contribution(type, questionIds[q], g * worth);
                }
            }
        }

        ScoreSheet.TypeScore[] types = new ScoreSheet.TypeScore[typeCount];
        for (int t = 0; t < typeCount; t++) {
            double share = sum > 0 ? scores[t] / sum : 1.0 / typeCount;
            types[t] = new ScoreSheet.TypeScore(typeIds[t], scores[t], share);
        }
        // List.of copies its array once; the sheet's own copy then keeps the list as it is
        return new ScoreSheet(List.of(types), List.of(), List.of(pushes));
    }

    /**
     * One response's answers, walked in their order: each answer's question found, its points given
     * (those of {@link #made} if it has them there, else into {@code given}), and it marked answered. The answers come in questionnaire order and
     * keyed by the definition's own ids, so each question is found by identity a step or two after
     * the one before; an id that is not found that way (another order, an equal but other string)
     * is looked up by value.
     */
    private static final class Walk implements BiConsumer<String, Answer> {

        private final PreparedPoints prepared;
        final byte[] state;
        /** The points of the counted questions that have none in {@link #made}, each type's in turn, in the order they came. */
        double[] given;
        private int used;
        /**
         * Per counted question, where its answer's contributions and points start in {@link #made}
         * and {@link #madePoints}; a negative m: its points start at {@code given[-m - 1]}.
         */
        final int[] madeAt;
        int contributions;
        /** Where in the questionnaire to look for the next answer's question. */
        private int next;

        Walk(PreparedPoints prepared, byte[] state) {
            this.prepared = prepared;
            this.state = state;
            // room for a few answers without made contributions (a ranking, a shared question); more make it grow
            this.given = new double[4 * prepared.typeCount];
            this.madeAt = new int[state.length];
        }

        @Override
        public void accept(String id, Answer answer) {
            String[] ids = prepared.allIds;
            int at = next;
            while (at < ids.length && ids[at] != id) at++;
            if (at < ids.length) {
                next = at + 1;
            } else {
                Integer found = prepared.positions.get(id);
                if (found == null) return;
                at = found;
            }
            int q = prepared.countedAt[at];
            if (q >= 0) count(q, answer);
        }

        /** Counts {@code answer} to counted question {@code q}. */
        void count(int q, Answer answer) {
            state[q] = 1;
            int typeCount = prepared.typeCount;
            int at = room();
            int v = prepared.give(q, answer, given, at);
            if (v >= 0 && v < prepared.madeVariants[q]) {
                madeAt[q] = prepared.madeFrom[q] + v * typeCount;
                // the same points as made's; the room is free again, and zero as give expects it
                Arrays.fill(given, at, at + typeCount, 0);
            } else {
                madeAt[q] = -at - 1;
                used += typeCount;
            }
            contributions += prepared.contributing[q];
        }

        /** Keeps {@code points} from {@code from} on as the points of counted question {@code q}. */
        void keep(int q, double[] points, int from) {
            int at = room();
            System.arraycopy(points, from, given, at, prepared.typeCount);
            madeAt[q] = -at - 1;
            used += prepared.typeCount;
        }

        /** Where the next points go in {@link #given}, which grows if it must (zeros beyond {@code used}). */
        private int room() {
            if (used + prepared.typeCount > given.length) given = Arrays.copyOf(given, Math.max(2 * given.length, used + prepared.typeCount));
            return used;
        }
    }

    /** The points of a scale that has few enough to make each one's contributions once; 0 otherwise. */
    private static int scalePoints(ScaleQuestion scale) {
        long points = (long) scale.max() - scale.min() + 1;
        return points > 0 && points <= 101 ? (int) points : 0;
    }

    /**
     * The points {@code answer} to counted question {@code q} gives each type, into {@code given}
     * from {@code at} on (zeros there before); returns which of {@link #made}'s answers it is, -1 for
     * none (the caller checks the range).
     */
    private int give(int q, Answer answer, double[] given, int at) {
        double[] points = optionPoints[q];
        if (answer instanceof Answer.Choice c) {
            int o = option(q, c.option());
            if (o >= 0) System.arraycopy(points, o * typeCount, given, at, typeCount);
            return o < 0 || !byPicks[q] ? o : 1 << o;
        } else if (answer instanceof Answer.Choices c) {
            List<String> picked = c.options();
            // the set of picks, as long as they come in definition order (then the sums are made's)
            int picks = byPicks[q] ? 0 : -1;
            int last = -1;
            for (int i = 0; i < picked.size(); i++) {
                int o = option(q, picked.get(i));
                if (o < 0) continue;
                if (o > last) {
                    picks |= 1 << o;
                    last = o;
                } else {
                    picks = -1;
                }
                for (int t = 0; t < typeCount; t++) given[at + t] += points[o * typeCount + t];
            }
            return picks;
        } else if (answer instanceof Answer.Ranking r && kinds[q] == RANKING) {
            List<String> order = r.order();
            for (int place = 0; place < order.size(); place++) {
                int o = option(q, order.get(place));
                double factor = place < placeFactors[q].length ? placeFactors[q][place] : QuestionPoints.factor(place, tops[q]);
                for (int t = 0; t < typeCount; t++) given[at + t] += factor * (o < 0 ? 0.0 : points[o * typeCount + t]);
            }
        } else if (answer instanceof Answer.Scale s && kinds[q] == SCALE) {
            ScaleQuestion scale = (ScaleQuestion) questions[q];
            double x = scale.normalise(s.value());
            for (int t = 0; t < typeCount; t++) given[at + t] = scaleWeights[q * typeCount + t] * x;
            long v = (long) s.value() - scale.min();
            return v >= 0 && v < madeVariants[q] ? (int) v : -1;
        }
        return -1;
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
