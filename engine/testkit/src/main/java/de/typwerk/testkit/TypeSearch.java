package de.typwerk.testkit;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.result.TypeResult;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.scoring.ResultAssembler;
import de.typwerk.engine.strategy.PreparedStrategy;
import de.typwerk.engine.strategy.StrategyRunner;
import de.typwerk.engine.strategy.StrategyCall;
import de.typwerk.engine.strategy.RunOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Looks for answers that make a type the primary result, the way a respondent would meet it: every
 * response is complete and valid (each asked question answered, nothing answered that is not
 * asked), and is scored by the questionnaire's own strategy through the engine's {@link StrategyRunner} and
 * {@link ResultAssembler}. Nobody writes these answers by hand; a hill climb finds them: starting
 * from a response, change one answer at a time to a {@link AnswerSpace#neighbours neighbour} and
 * keep the change when the type's lead over the best other type grows, until no single change
 * helps; then start again from a random response. Seeded, so a run is repeatable.
 */
final class TypeSearch {

    static final int STARTS = 12;
    static final int MAX_SWEEPS = 30;
    private static final long SEED = 0x7E57_C0DEL;

    private final LoadedQuestionnaire loaded;
    private final Questionnaire questionnaire;
    private final PreparedStrategy strategy;
    private final StrategyRunner scorer;
    private final ResultAssembler assembler = new ResultAssembler();
    private final AnswerSpace space;
    private int scored;

    TypeSearch(LoadedQuestionnaire loaded, ScoringStrategy<?> strategy, StrategyRunner scorer) {
        this.loaded = loaded;
        this.questionnaire = loaded.questionnaire();
        // prepared once, as the engine prepares it: the search scores thousands of responses
        this.strategy = scorer.prepare(strategy, questionnaire);
        this.scorer = scorer;
        this.space = new AnswerSpace(questionnaire);
    }

    /** What the search found for one type. */
    sealed interface Found {
        /** A response whose result names the type as primary. */
        record Primary(Map<String, Answer> answers, int scored) implements Found {
        }

        /** The closest the search came: the best lead found, and that response's outcome. */
        record Closest(double lead, Outcome outcome, int scored) implements Found {
        }

        /** The strategy could not score a response: its problems. */
        record Failed(List<Problem> problems) implements Found {
        }
    }

    Found search(String typeId) {
        Random random = new Random(SEED ^ typeId.hashCode());
        Optional<Evaluation> best = Optional.empty();
        for (int start = 0; start < STARTS; start++) {
            Map<String, Answer> answers = complete(new LinkedHashMap<>(), random);
            Evaluation current = evaluate(answers, typeId);
            if (current.failed().isPresent()) return current.failed().get();
            for (int sweep = 0; sweep < MAX_SWEEPS && !current.reached(typeId); sweep++) {
                boolean improved = false;
                for (Question q : questionnaire.questions()) {
                    if (!current.answers().containsKey(q.id())) continue;
                    for (Answer alternative : alternatives(q, current.answers().get(q.id()))) {
                        Map<String, Answer> changed = new LinkedHashMap<>(current.answers());
                        if (alternative == null) changed.remove(q.id()); else changed.put(q.id(), alternative);
                        Evaluation next = evaluate(complete(changed, random), typeId);
                        if (next.failed().isPresent()) return next.failed().get();
                        if (next.lead() > current.lead() + 1e-12 || next.reached(typeId)) {
                            current = next;
                            improved = true;
                            if (current.reached(typeId)) break;
                        }
                    }
                    if (current.reached(typeId)) break;
                }
                if (!improved) break;
            }
            if (current.reached(typeId)) return new Found.Primary(current.answers(), scored);
            if (best.isEmpty() || current.lead() > best.get().lead()) best = Optional.of(current);
        }
        Evaluation closest = best.orElseThrow();
        return new Found.Closest(closest.lead(), closest.outcome().orElseThrow(), scored);
    }

    /** The answers one step away; {@code null} stands for "leave it unanswered" (optional questions only). */
    private List<Answer> alternatives(Question q, Answer current) {
        List<Answer> next = new java.util.ArrayList<>(space.neighbours(q, current));
        if (!q.required()) next.add(null);
        return next;
    }

    /**
     * Makes {@code answers} a complete, valid response: walking in questionnaire order, an answer to
     * a question that is no longer asked is dropped, and a required question that is now asked gets
     * a random answer. Optional questions keep what they have, answered or not.
     */
    private Map<String, Answer> complete(Map<String, Answer> answers, Random random) {
        Map<String, Answer> valid = new LinkedHashMap<>();
        boolean fresh = answers.isEmpty();
        for (Question q : questionnaire.questions()) {
            if (!q.isAskedGiven(valid)) continue;
            Answer a = answers.get(q.id());
            if (a == null && (q.required() || (fresh && random.nextInt(4) > 0))) a = space.random(q, random);
            if (a != null) valid.put(q.id(), a);
        }
        return valid;
    }

    private Evaluation evaluate(Map<String, Answer> answers, String typeId) {
        scored++;
        Response response = TestResponses.of(questionnaire, answers);
        RunOutcome outcome = scorer.score(strategy, response, StrategyCall.GUARDED);
        if (!outcome.ok()) {
            return new Evaluation(answers, Double.NEGATIVE_INFINITY, Optional.empty(),
                    Optional.of(new Found.Failed(outcome.problems())));
        }
        Result result = assembler.assemble(loaded, response, outcome.scored().orElseThrow());
        return new Evaluation(answers, lead(result, typeId), Optional.of(result.outcome()), Optional.empty());
    }

    /**
     * The type's share minus the best other type's; an insufficient result counts as far away, one
     * where no type fits a little less far (more answers may still lead to the type).
     */
    private static double lead(Result result, String typeId) {
        if (result.outcome() instanceof Outcome.Insufficient) return -2;
        if (result.outcome() instanceof Outcome.None) return -1.5;
        double own = 0;
        double other = 0;
        for (TypeResult t : result.types()) {
            if (t.id().equals(typeId)) own = t.share(); else other = Math.max(other, t.share());
        }
        return own - other;
    }

    private record Evaluation(Map<String, Answer> answers, double lead, Optional<Outcome> outcome,
                              Optional<Found.Failed> failed) {

        boolean reached(String typeId) {
            return outcome.filter(o -> o instanceof Outcome.Primary p && p.type().equals(typeId)).isPresent();
        }
    }
}
