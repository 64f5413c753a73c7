package de.typwerk.engine.scoring;

import de.typwerk.engine.strategy.CheckedSheet;
import de.typwerk.engine.strategy.ContributionSums;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.model.Weakness;
import de.typwerk.engine.result.Coverage;
import de.typwerk.engine.result.DimensionResult;
import de.typwerk.engine.result.Lesson;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Reason;
import de.typwerk.engine.result.Recommendation;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.result.ResultQuestionnaire;
import de.typwerk.engine.result.RoleModel;
import de.typwerk.engine.result.TypeReasons;
import de.typwerk.engine.result.TypeResult;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.definition.document.ScoringDocument;
import de.typwerk.engine.result.record.CoverageRecord;
import de.typwerk.engine.result.record.DimensionResultRecord;
import de.typwerk.engine.result.record.LessonRecord;
import de.typwerk.engine.result.record.ReasonRecord;
import de.typwerk.engine.result.record.RecommendationRecord;
import de.typwerk.engine.result.record.ResultQuestionnaireRecord;
import de.typwerk.engine.result.record.ResultRecord;
import de.typwerk.engine.result.record.ResultStrategyRecord;
import de.typwerk.engine.result.record.RoleModelRecord;
import de.typwerk.engine.result.record.TypeReasonsRecord;
import de.typwerk.engine.result.record.TypeResultRecord;
import de.typwerk.engine.answers.ConditionEvaluator;
import de.typwerk.engine.definition.IdentityMemo;
import de.typwerk.engine.definition.QuestionIndex;
import de.typwerk.engine.report.Decimals;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a checked score sheet into a {@link Result}: the ranking (see {@link Ranking} for the tie
 * rule), the outcome, dimension values, reasons, coverage and recommendations from the typology.
 *
 * <p>Outcome, in this order:
 * <ul>
 *   <li><b>insufficient</b> when fewer scorable questions were answered than
 *       {@code ceil(minAnswered × scorable asked questions)}, and at least one (scorable: a choice,
 *       ranking or scale question that carries weights);</li>
 *   <li><b>none</b> when the strategy's sheet says that no type fits
 *       ({@link ScoreSheet#noTypeFits()});</li>
 *   <li><b>mixed</b> when the best type's share leads the runner-up's by less than
 *       {@code mixedMargin} (strictly less: a lead of exactly the margin is a primary type);</li>
 *   <li><b>primary</b> otherwise.</li>
 * </ul>
 * Shares, scores and the lead are compared rounded to six decimals, as the result shows them.
 * A dimension is thin when it rests on fewer answers than {@code minAnswersPerDimension} (from the
 * strategy's parameters if they have that key, as written or, left out, as the strategy's parameters
 * record sets it; else 2). A dimension's {@code weightless} counts the answers to questions whose
 * weights name it that pick only options without any weights (see {@link DimensionResult#weightless()}).
 * Pure: the same input gives the same result.
 */
public final class ResultAssembler {

    /** Answers listed per type as reasons. */
    public static final int REASONS_PER_TYPE = 5;
    public static final int DEFAULT_MIN_ANSWERS_PER_DIMENSION = 2;

    private static final LocalizedText NO_TEXT = LocalizedText.of(Map.of());

    private final ConditionEvaluator conditions = new ConditionEvaluator();
    private final IdentityMemo<Limits> limits = new IdentityMemo<>(16);
    /** A type's recommendation depends on the type and its questionnaire alone. */
    private final IdentityMemo<Recommendation> recommendations = new IdentityMemo<>(64);
    /** Per questionnaire, the dimensions each question bears on and its options without weights ({@link Bearings}). */
    private final IdentityMemo<Bearings> bearings = new IdentityMemo<>(16);

    @Inject
    public ResultAssembler() {
    }

    public Result assemble(LoadedQuestionnaire loaded, Response response, CheckedSheet scored) {
        return assemble(loaded, response, scored, ResultDetail.FULL);
    }

    /** As {@link #assemble(LoadedQuestionnaire, Response, CheckedSheet)}, building only what {@code detail} asks for. */
    public Result assemble(LoadedQuestionnaire loaded, Response response, CheckedSheet scored, ResultDetail detail) {
        QuestionIndex index = QuestionIndex.of(loaded.questionnaire());
        return assemble(loaded, response, index, index.byPosition(response.answers()), scored, detail);
    }

    /**
     * As {@link #assemble(LoadedQuestionnaire, Response, CheckedSheet, ResultDetail)}, with the
     * questionnaire's index and the response's answers by position ({@link QuestionIndex#byPosition},
     * {@code null} when the response answers a question the index does not have) at hand.
     */
    Result assemble(LoadedQuestionnaire loaded, Response response, QuestionIndex index, Answer[] byPosition, CheckedSheet scored,
                    ResultDetail detail) {
        Questionnaire questionnaire = loaded.questionnaire();
        ScoringSpec spec = questionnaire.scoring()
                .orElseGet(() -> ScoringDocument.of(scored.strategyId()));
        Map<String, Answer> answers = response.answers();
        // by position where the response's answers are all to questions of the index, else by id
        AnswerAt answerAt = byPosition != null ? (at, question) -> at >= 0 ? byPosition[at] : answers.get(question.id())
                : (at, question) -> answers.get(question.id());

        List<Question> asked = conditions.askedQuestions(index, answers, byPosition);
        Bearings bearing = bearings.get(() -> Bearings.of(questionnaire, index), index);
        int[] weightless = new int[questionnaire.dimensions().size()];
        int answered = 0;
        int scorable = 0;
        int answeredScorable = 0;
        List<String> unanswered = new ArrayList<>();
        int next = 0;
        for (Question q : asked) {
            int at = index.position(q.id(), next);
            next = at + 1;
            boolean here = at >= 0 && index.questions().get(at) == q;
            Answer answer = answerAt.of(here ? at : -1, q);
            if (answer != null) answered++;
            // "don't know" is an answer to the respondent, and missing to the scoring
            boolean given = answer != null && !(here ? NoAnswers.isNoAnswer(index, at, answer) : NoAnswers.isNoAnswer(q, answer));
            if (given && bearing.any()) {
                int[] on = here ? bearing.on(at) : NoWeights.dimensionsOf(questionnaire.dimensions(), q);
                if (on.length > 0 && (here ? bearing.weightless(index, at, answer) : NoWeights.weightless(q, answer))) {
                    for (int d : on) weightless[d]++;
                }
            }
            if (!(here ? index.isWeighted(at) : index.isWeighted(q))) continue;
            scorable++;
            if (given) {
                answeredScorable++;
            } else {
                unanswered.add(q.id());
            }
        }

        List<Ranking.Ranked> ranked = Ranking.of(scored.sheet(), questionnaire);
        List<TypeResult> types = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Ranking.Ranked r = ranked.get(i);
            types.add(new TypeResultRecord(r.type().id(), r.type().name(), r.scoreValue(), r.shareValue(), i + 1));
        }

        Outcome outcome = outcome(ranked, spec, scorable, answeredScorable, scored.sheet().noTypeFits());
        List<TypeDefinition> focus = focus(outcome, questionnaire);

        int minPerDimension = minAnswersPerDimension(scored.parameters());
        List<DimensionResult> dimensions = dimensions(questionnaire, scored.sheet(), minPerDimension, weightless);
        List<String> thin = new ArrayList<>();
        for (DimensionResult d : dimensions) if (d.thin()) thin.add(d.id());
        Coverage coverage = new CoverageRecord(scored.missing(), scorable, answeredScorable, unanswered, minPerDimension, thin);

        boolean texts = detail == ResultDetail.FULL;
        AnswerText answerText = AnswerText.of(questionnaire);
        // the contributions as the sheet check summed them, where it did for this questionnaire's index
        ContributionSums sums = scored.sums() != null && scored.sums().questions() == index
                && scored.sums().typeCount() == questionnaire.types().size() ? scored.sums() : null;
        List<TypeReasons> reasons = new ArrayList<>(focus.size());
        for (TypeDefinition t : focus) {
            int place = sums == null ? -1 : placeOf(t, questionnaire.types());
            double[] pushes = place >= 0 ? sums.of(place) : pushes(t, index, scored.sheet());
            reasons.add(new TypeReasonsRecord(t.id(), t.name(), reasons(pushes, index, answerAt, texts ? answerText : null)));
        }
        // with numbers only too: which weak spots the answers confirm is no text (a compact row names them by id)
        List<Recommendation> recommendations = new ArrayList<>(focus.size());
        {
            // the same object for every result of the type: immutable, and written once (ResultJson)
            for (TypeDefinition t : focus) {
                // weak spots the answers confirm; Integer.valueOf keeps small masks identical, so the memo finds them
                Integer confirmed = confirmed(t, answers);
                recommendations.add(this.recommendations.get(() -> recommendation(t, questionnaire, confirmed), t, questionnaire,
                        confirmed));
            }
        }

        ResultQuestionnaire about = new ResultQuestionnaireRecord(questionnaire.id(), questionnaire.version(), questionnaire.title(),
                loaded.contentHash(), questionnaire.base(), loaded.bases());
        return new ResultRecord(about, new ResultStrategyRecord(scored.strategyId(), scored.strategyVersion()), response.respondent(),
                answered, asked.size(), types, outcome, dimensions, reasons, coverage, recommendations);
    }

    private Outcome outcome(List<Ranking.Ranked> ranked, ScoringSpec spec, int scorable, int answeredScorable, boolean noTypeFits) {
        Limits limits = this.limits.get(() -> new Limits(spec), spec);
        int needed = limits.needed(scorable);
        if (answeredScorable < needed || ranked.isEmpty()) return new Outcome.Insufficient(answeredScorable, needed);
        if (noTypeFits) return new Outcome.None();
        Ranking.Ranked first = ranked.get(0);
        if (ranked.size() == 1) return new Outcome.Primary(first.type().id(), first.shareValue());
        Ranking.Ranked second = ranked.get(1);
        // exact on the rounded decimals: the lead in millionths against the margin as written
        long lead = first.share() - second.share();
        if (limits.belowMargin(lead)) {
            return new Outcome.Mixed(first.type().id(), second.type().id(), Decimals.unscaled(lead), limits.mixedMarginValue());
        }
        return new Outcome.Primary(first.type().id(), Decimals.unscaled(lead));
    }

    /**
     * A definition's {@code minAnswered} and {@code mixedMargin} as exact decimals, worked out once
     * per definition, with the answers needed for the first few counts of scorable questions and
     * the margin in millionths (where it has no more places) made beforehand, so that no decimal is
     * made per result.
     */
    private record Limits(BigDecimal minAnswered, double mixedMarginValue, BigDecimal mixedMargin, int[] neededFor,
                          long marginMillionths) {

        /** Counts of scorable questions whose answers needed are made beforehand. */
        private static final int MADE = 256;
        /** {@code marginMillionths} when the margin has more than six places: compared as a decimal. */
        private static final long INEXACT = Long.MIN_VALUE;

        Limits(ScoringSpec spec) {
            this(clamped(spec.minAnswered(), 0.5), clamped(spec.mixedMargin(), 0.05));
        }

        private Limits(double minAnswered, double mixedMargin) {
            this(BigDecimal.valueOf(minAnswered), mixedMargin, BigDecimal.valueOf(mixedMargin));
        }

        private Limits(BigDecimal minAnswered, double mixedMarginValue, BigDecimal mixedMargin) {
            this(minAnswered, mixedMarginValue, mixedMargin, neededFor(minAnswered), millionths(mixedMargin));
        }

        /** How many scorable answers an outcome other than insufficient needs: {@code ceil(minAnswered × scorable)}, at least 1. */
        int needed(int scorable) {
            return scorable >= 0 && scorable < neededFor.length ? neededFor[scorable] : needed(minAnswered, scorable);
        }

        /** Whether a lead (in millionths, as the result shows it) is less than the margin as written. */
        boolean belowMargin(long lead) {
            if (marginMillionths != INEXACT) return lead < marginMillionths;
            return BigDecimal.valueOf(lead, Decimals.PLACES).compareTo(mixedMargin) < 0;
        }

        private static int[] neededFor(BigDecimal minAnswered) {
            int[] needed = new int[MADE];
            for (int i = 0; i < MADE; i++) needed[i] = needed(minAnswered, i);
            return needed;
        }

        private static int needed(BigDecimal minAnswered, int scorable) {
            return Math.max(1, minAnswered.multiply(BigDecimal.valueOf(scorable)).setScale(0, RoundingMode.CEILING).intValueExact());
        }

        private static long millionths(BigDecimal margin) {
            BigDecimal scaled = margin.movePointRight(Decimals.PLACES);
            return scaled.stripTrailingZeros().scale() <= 0 ? scaled.longValueExact() : INEXACT;
        }

        /** The validator keeps both in 0..1; should one slip through, it cannot make the outcome throw. */
        private static double clamped(double value, double unset) {
            return Math.max(0, Math.min(1, Double.isNaN(value) ? unset : value));
        }
    }

    /** The types the reasons and recommendations are about: the primary one, or both of a mix; none else. */
    private static List<TypeDefinition> focus(Outcome outcome, Questionnaire questionnaire) {
        List<String> ids;
        if (outcome instanceof Outcome.Primary p) {
            ids = List.of(p.type());
        } else if (outcome instanceof Outcome.Mixed m) {
            ids = List.of(m.first(), m.second());
        } else {
            ids = List.of();
        }
        List<TypeDefinition> types = new ArrayList<>(ids.size());
        for (String id : ids) questionnaire.type(id).ifPresent(types::add);
        return types;
    }

    private static List<DimensionResult> dimensions(Questionnaire questionnaire, ScoreSheet sheet, int minPerDimension,
                                                    int[] weightless) {
        List<DimensionResult> dimensions = new ArrayList<>();
        List<Dimension> defined = questionnaire.dimensions();
        for (int place = 0; place < defined.size(); place++) {
            Dimension d = defined.get(place);
            for (ScoreSheet.DimensionValue v : sheet.dimensions()) {
                if (!v.dimension().equals(d.id())) continue;
                dimensions.add(new DimensionResultRecord(d.id(), d.name(), d.low(), d.high(),
                        Decimals.rounded(v.value()), v.answers(), weightless[place], v.answers() < minPerDimension));
                break;
            }
        }
        return dimensions;
    }

    /**
     * Per position of a questionnaire's index, the places (in definition order) of the dimensions its
     * question bears on and which of its options carry no weights ({@link NoWeights}): what counting a
     * dimension's {@code weightless} answers asks of each answer, made once per questionnaire.
     */
    private record Bearings(int[][] dimensions, boolean[][] unweighted, boolean any) {

        static Bearings of(Questionnaire questionnaire, QuestionIndex index) {
            List<Question> questions = index.questions();
            int[][] dimensions = new int[questions.size()][];
            boolean[][] unweighted = new boolean[questions.size()][];
            boolean any = false;
            for (int at = 0; at < questions.size(); at++) {
                Question question = questions.get(at);
                dimensions[at] = NoWeights.dimensionsOf(questionnaire.dimensions(), question);
                any |= dimensions[at].length > 0;
                List<Option> options = question.choices();
                unweighted[at] = new boolean[options.size()];
                for (int o = 0; o < options.size(); o++) unweighted[at][o] = NoWeights.unweighted(options.get(o));
            }
            return new Bearings(dimensions, unweighted, any);
        }

        /** The places of the dimensions the question at {@code at} bears on; none for most that bear on none. */
        int[] on(int at) {
            return dimensions[at];
        }

        /** {@link NoWeights#weightless} for the question at {@code at}, its options found by the index. */
        boolean weightless(QuestionIndex index, int at, Answer answer) {
            return NoWeights.picksOnly(answer, id -> {
                int o = index.optionAt(at, id);
                return o >= 0 && unweighted[at][o];
            });
        }
    }

    /** The answer to {@code question}, at {@code position} of the questionnaire's index (-1: look it up by id). */
    @FunctionalInterface
    private interface AnswerAt {
        Answer of(int position, Question question);
    }

    /** Where {@code type} itself stands among {@code types}, -1 if it is not one of them. */
    private static int placeOf(TypeDefinition type, List<TypeDefinition> types) {
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i) == type) return i;
        }
        return -1;
    }

    /** The contributions of {@code sheet} to {@code type}, summed per question in questionnaire order (a question may be named more than once). */
    private static double[] pushes(TypeDefinition type, QuestionIndex index, ScoreSheet sheet) {
        double[] pushes = new double[index.questions().size()];
        int next = 0;
        String id = type.id();
        List<ScoreSheet.Contribution> contributions = sheet.contributions();
        for (int k = 0; k < contributions.size(); k++) {
            ScoreSheet.Contribution c = contributions.get(k);
            if (c.type() != id && !c.type().equals(id)) continue;
            int i = index.position(c.question(), next);
            next = i + 1;
            if (i < 0) continue;
            pushes[i] += c.weight();
        }
        return pushes;
    }

    /**
     * The answers that pushed most towards {@code type}: a question's contributions summed, only
     * answered questions and only pushes towards the type, strongest first, ties in questionnaire
     * order, at most {@value #REASONS_PER_TYPE}. Without {@code answerText} (null: only for
     * {@link ResultDetail#NUMBERS}, private) each answer is an empty text.
     * {@code pushes} are the type's contributions summed per question position (0 where it has
     * none, which is no push towards it).
     */
    private static List<Reason> reasons(double[] pushes, QuestionIndex index, AnswerAt answers, AnswerText answerText) {
        // the strongest few, strongest first, ties in questionnaire order: each candidate comes in
        // questionnaire order and goes in after every one at least as strong
        long[] weights = new long[REASONS_PER_TYPE];
        int[] positions = new int[REASONS_PER_TYPE];
        int found = 0;
        for (int i = 0; i < pushes.length; i++) {
            // at most 0 rounds to at most 0: no push towards the type (a sum that is not a number is rounded, and throws, as ever)
            if (pushes[i] <= 0) continue;
            long rounded = Decimals.scaled(pushes[i]);
            if (rounded <= 0 || (found == REASONS_PER_TYPE && rounded <= weights[found - 1])) continue;
            if (answers.of(i, index.questions().get(i)) == null) continue;
            int at = Math.min(found, REASONS_PER_TYPE - 1);
            while (at > 0 && weights[at - 1] < rounded) {
                weights[at] = weights[at - 1];
                positions[at] = positions[at - 1];
                at--;
            }
            weights[at] = rounded;
            positions[at] = i;
            if (found < REASONS_PER_TYPE) found++;
        }
        Reason[] reasons = new Reason[found];
        for (int r = 0; r < found; r++) {
            Question question = index.questions().get(positions[r]);
            reasons[r] = new ReasonRecord(question.id(), question.text(),
                    answerText == null ? NO_TEXT : answerText.of(positions[r], question, answers.of(positions[r], question)),
                    Decimals.unscaled(weights[r]));
        }
        return List.of(reasons);
    }

    /** Bit w set: the type's weak spot w is confirmed by the answers (those past the 31st always are). */
    private static Integer confirmed(TypeDefinition type, Map<String, Answer> answers) {
        int mask = 0;
        for (int w = 0; w < Math.min(31, type.weaknesses().size()); w++) {
            if (type.weaknesses().get(w).confirmedBy(answers)) mask |= 1 << w;
        }
        return Integer.valueOf(mask);
    }

    /** The type's strengths, and the weak spots of {@code confirmed} with whom to learn from. */
    private static Recommendation recommendation(TypeDefinition type, Questionnaire questionnaire, int confirmed) {
        List<Lesson> lessons = new ArrayList<>();
        for (int w = 0; w < type.weaknesses().size(); w++) {
            Weakness weakness = type.weaknesses().get(w);
            if (w < 31 && (confirmed & (1 << w)) == 0) continue;
            List<RoleModel> from = weakness.learnFrom().stream().map(questionnaire::type).flatMap(Optional::stream)
                    .map(t -> (RoleModel) new RoleModelRecord(t.id(), t.name(), weakness.lessonsFrom(t))).toList();
            lessons.add(new LessonRecord(weakness.id(), weakness.text(), from));
        }
        return new RecommendationRecord(type.id(), type.name(), type.strengths(), lessons);
    }

    private static int minAnswersPerDimension(Map<String, Object> parameters) {
        Object value = parameters.get("minAnswersPerDimension");
        return value instanceof Number n ? n.intValue() : DEFAULT_MIN_ANSWERS_PER_DIMENSION;
    }
}
