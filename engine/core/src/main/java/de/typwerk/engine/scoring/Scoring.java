package de.typwerk.engine.scoring;

import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.ScoreRun;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.engine.result.Result;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.answers.AnswersRead;
import de.typwerk.engine.answers.AnswersReader;
import de.typwerk.engine.definition.QuestionIndex;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.strategy.PreparedStrategy;
import de.typwerk.engine.strategy.StrategyRunner;
import de.typwerk.engine.strategy.RunOutcome;
import de.typwerk.engine.strategy.StrategyCall;
import de.typwerk.engine.strategy.StrategyCatalog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The scoring pipeline behind {@link de.typwerk.engine.Typwerk#score}: answers file → {@link AnswersReader} →
 * strategy chosen (the definition's, or one it carries parameters for) → {@link StrategyRunner} →
 * {@link ResultAssembler}. Every failure on the way is a problem located in the answers file.
 * Each strategy a loaded questionnaire offers is prepared for it once, when it is first needed (a
 * command that scores one questionnaire with its own strategy prepares only that one), or all of
 * them when {@link #unprepared()} is asked; either way once for the engine and every language it
 * speaks.
 */
public final class Scoring {

    private final AnswersReader reader;
    private final StrategyCatalog strategies;
    private final StrategyRunner scorer;
    private final ResultAssembler assembler;
    private final Messages messages;
    /** The strategies of every loaded questionnaire, prepared on first use; shared with the pipelines in other languages. */
    private final Preparations prepared;
    /** Why each strategy that could not prepare could not, in this pipeline's language: made when first asked. */
    private volatile List<Problem> unprepared;

    public Scoring(AnswersReader reader, StrategyCatalog strategies, StrategyRunner scorer, ResultAssembler assembler, Messages messages,
            List<LoadedQuestionnaire> loaded) {
        this(reader, strategies, scorer, assembler, messages, Preparations.of(loaded, strategies, scorer));
    }

    private Scoring(AnswersReader reader, StrategyCatalog strategies, StrategyRunner scorer, ResultAssembler assembler, Messages messages,
                    Preparations prepared) {
        this.reader = reader;
        this.strategies = strategies;
        this.scorer = scorer;
        this.assembler = assembler;
        this.messages = messages;
        this.prepared = prepared;
    }

    /** Why each of {@code unready} could not prepare, said in the language of {@code messages}. */
    private static List<Problem> said(List<PreparedStrategy> unready, Messages messages) {
        return unready.stream().flatMap(s -> s.failure(messages).orElseThrow().problems().stream()).toList();
    }

    /**
     * The strategies that could not prepare for a loaded questionnaire that offers them (the
     * plugin's code threw, its parameters do not read): each the problem every response to that
     * questionnaire scored with it gets. Empty when every strategy is ready. Prepares every
     * strategy not prepared yet.
     */
    public List<Problem> unprepared() {
        List<Problem> said = unprepared;
        if (said == null) {
            said = said(prepared.unready(), messages);
            unprepared = said;
        }
        return said;
    }

    public ScoreRun score(String source, byte[] content, List<LoadedQuestionnaire> available, Optional<String> strategyId) {
        return score(source, content, available, strategyId, ResultDetail.FULL, StrategyCall.GUARDED);
    }

    public ScoreRun score(String source, byte[] content, List<LoadedQuestionnaire> available, Optional<String> strategyId,
                   ResultDetail detail, StrategyCall call) {
        AnswersRead read = reader.read(source, content, available);
        if (!read.ok()) return new ScoreRun.Refused(read.problems());
        ScoreRun run = score(source, read.questionnaire().orElseThrow(), read.response().orElseThrow(), strategyId, detail, call);
        if (read.problems().isEmpty()) return run;
        // the reader's warnings (e.g. another version) come first, as they are earlier in the file
        List<Problem> all = new ArrayList<>(read.problems());
        all.addAll(run.problems());
        return run instanceof ScoreRun.Done done ? new ScoreRun.Done(done.result(), all) : new ScoreRun.Refused(all);
    }

    public ScoreRun score(String source, LoadedQuestionnaire loaded, Response response, Optional<String> strategyId) {
        return score(source, loaded, response, strategyId, ResultDetail.FULL, StrategyCall.GUARDED);
    }

    public ScoreRun score(String source, LoadedQuestionnaire loaded, Response response, Optional<String> strategyId,
                   ResultDetail detail, StrategyCall call) {
        Optional<ScoringSpec> spec = loaded.questionnaire().scoring();
        String coordinates = loaded.questionnaire().coordinates();
        if (spec.isEmpty()) {
            return refused(source, "no-scoring", messages.get("scoring.no-scoring", coordinates));
        }
        if (strategyId.isPresent() && strategyId.get().isBlank()) {
            // a blank strategy (an unset setting) is refused, as the CLI's --strategy "" and ?strategy= are,
            // not taken for the definition's own in silence: Optional.empty() asks for that
            return refused(source, "strategy-empty", messages.get("scoring.empty-strategy", loadedIds()));
        }
        String id = strategyId.map(String::strip).orElse(spec.get().strategy());
        if (spec.get().parametersFor(id).isEmpty()) {
            List<String> offered = offered(spec.get());
            // a slip of one the questionnaire offers ('pointz'), which no plugin provides: the
            // strategy meant, not how to give parameters to a strategy that does not exist
            Optional<String> meant = strategies.find(id).isPresent() ? Optional.empty()
                    : de.typwerk.engine.definition.NearMiss.among(id, offered);
            return refused(source, "strategy-not-offered",
                    messages.get("scoring.no-parameters", coordinates, id, String.join(", ", offered))
                            + meant.map(m -> messages.get("scoring.no-parameters.did-you-mean", m))
                                    .orElseGet(() -> messages.get("scoring.no-parameters.how", id)));
        }
        Optional<ScoringStrategy<?>> strategy = strategies.find(id);
        if (strategy.isEmpty()) {
            return refused(source, "unknown-strategy", messages.get("scoring.unknown-strategy", id, loadedIds())
                    + strategies.notLoadedNote(id));
        }
        PreparedStrategy ready = prepared.of(loaded, id);
        if (ready == null) {
            // a questionnaire the engine did not load (an application's own): prepared for this call
            ready = scorer.prepare(strategy.get(), loaded.questionnaire());
        }
        // the answers by question position, once for all that follows (null: an answer to no question here)
        QuestionIndex index = QuestionIndex.of(loaded.questionnaire());
        Answer[] byPosition = index.byPosition(response.answers());
        // a "don't know" answer counts as missing: the strategy never sees it
        RunOutcome outcome = scorer.score(ready, NoAnswers.withoutNoAnswers(index, response, byPosition), call);
        List<Problem> problems = outcome.problems().isEmpty() ? List.of()
                : outcome.problems().stream().map(p -> located(p, source)).toList();
        if (ready.failure().isPresent()) {
            problems = withAdvice(problems, loaded, spec.get(), id, "scoring.prepare-failed");
        } else if (!outcome.ok()) {
            problems = withAdvice(problems, loaded, spec.get(), id, "scoring.failed");
        }
        if (!outcome.ok()) return new ScoreRun.Refused(problems);
        Result result = assembler.assemble(loaded, response, index, byPosition, outcome.scored().orElseThrow(), detail);
        return new ScoreRun.Done(result, problems);
    }

    /**
     * This pipeline in another language: the same strategies as prepared, read and reported in
     * another language; {@code otherStrategies} are the same strategies, naming the plugins not
     * loaded in that language.
     */
    public Scoring speaking(AnswersReader otherReader, StrategyCatalog otherStrategies, StrategyRunner otherScorer,
                            ResultAssembler otherAssembler, Messages otherMessages) {
        return new Scoring(otherReader, otherStrategies, otherScorer, otherAssembler, otherMessages, prepared);
    }

    /** The strategies a definition carries parameters for: its own first, then the alternatives by id. */
    public static List<String> offered(ScoringSpec spec) {
        List<String> ids = new ArrayList<>();
        ids.add(spec.strategy());
        new TreeSet<>(spec.alternatives().keySet()).stream().filter(s -> !s.equals(spec.strategy())).forEach(ids::add);
        return ids;
    }

    /** What the plugin's code did wrong when it scored, rather than what the answers did: the codes a strategy failure has. */
    private static final java.util.Set<String> PLUGIN_FAULTS = java.util.Set.of("strategy-failed", "strategy-bad-sheet", "strategy-timeout");

    /**
     * A strategy whose plugin code failed (while it prepared, or when it scored: it threw, ran too
     * long or gave a bad sheet): the answers, which were checked, are not at fault, so the problem
     * says what the person scoring them can do instead, naming the other strategies the
     * questionnaire provides for that are ready; in the caller's language, as the failure is said.
     */
    private List<Problem> withAdvice(List<Problem> problems, LoadedQuestionnaire loaded, ScoringSpec spec, String failedId,
                                     String keys) {
        boolean own = prepared.has(loaded);
        List<String> others = offered(spec).stream()
                .filter(other -> !other.equals(failedId) && strategies.find(other).isPresent())
                .filter(other -> {
                    // a questionnaire the engine did not load: each other strategy is prepared for
                    // it now, so that one that cannot prepare is not offered either
                    PreparedStrategy ready = own ? prepared.of(loaded, other)
                            : scorer.prepare(strategies.find(other).orElseThrow(), loaded.questionnaire());
                    return ready != null && ready.failure().isEmpty();
                })
                .toList();
        String advice = others.isEmpty() ? messages.get(keys + ".no-other")
                : messages.get(keys + ".other", String.join(", ", others));
        return problems.stream().map(p -> p.isError() && PLUGIN_FAULTS.contains(p.code())
                ? new Problem(p.severity(), p.code(), p.message() + " " + advice, p.location()) : p).toList();
    }

    /** The loaded strategies' ids, for a message naming them; "-" for none. */
    private String loadedIds() {
        return strategies.ids().isEmpty() ? "-" : String.join(", ", strategies.ids());
    }

    private static ScoreRun refused(String source, String code, String message) {
        return new ScoreRun.Refused(List.of(Problem.error(code, message, Location.source(source))));
    }

    private static Problem located(Problem p, String source) {
        return p.location().source().isEmpty() ? p.withLocation(new Location(source, p.location().line(),
                p.location().column(), p.location().pointer())) : p;
    }

    /**
     * The strategies of every loaded questionnaire (by identity: the engine's own instances), by
     * strategy id, each prepared when first asked for: the definition's own and every alternative
     * that is loaded. Which strategies there are is fixed when the engine starts.
     */
    private static final class Preparations {

        private final Map<LoadedQuestionnaire, Map<String, Preparation>> byQuestionnaire;
        /** Every preparation in the order the questionnaires were loaded and their strategies offered. */
        private final List<Preparation> inOrder;
        private volatile List<PreparedStrategy> unready;

        private Preparations(Map<LoadedQuestionnaire, Map<String, Preparation>> byQuestionnaire, List<Preparation> inOrder) {
            this.byQuestionnaire = byQuestionnaire;
            this.inOrder = inOrder;
        }

        static Preparations of(List<LoadedQuestionnaire> loaded, StrategyCatalog strategies, StrategyRunner scorer) {
            Map<LoadedQuestionnaire, Map<String, Preparation>> byQuestionnaire = new IdentityHashMap<>();
            List<Preparation> inOrder = new ArrayList<>();
            for (LoadedQuestionnaire q : loaded) {
                Optional<ScoringSpec> spec = q.questionnaire().scoring();
                if (spec.isEmpty()) continue;
                Map<String, Preparation> byStrategy = new HashMap<>();
                for (String id : offered(spec.get())) {
                    Optional<ScoringStrategy<?>> strategy = strategies.find(id);
                    if (strategy.isEmpty()) continue;
                    Preparation preparation = new Preparation(scorer, strategy.get(), q);
                    byStrategy.put(id, preparation);
                    inOrder.add(preparation);
                }
                byQuestionnaire.put(q, Map.copyOf(byStrategy));
            }
            return new Preparations(Collections.unmodifiableMap(byQuestionnaire), List.copyOf(inOrder));
        }

        /** Whether {@code loaded} is one of the engine's own questionnaires. */
        boolean has(LoadedQuestionnaire loaded) {
            return byQuestionnaire.containsKey(loaded);
        }

        /** {@code strategyId} prepared for {@code loaded}, or null when the engine has no such pair. */
        PreparedStrategy of(LoadedQuestionnaire loaded, String strategyId) {
            Map<String, Preparation> byStrategy = byQuestionnaire.get(loaded);
            Preparation preparation = byStrategy == null ? null : byStrategy.get(strategyId);
            return preparation == null ? null : preparation.get();
        }

        /** The strategies that could not prepare, every one prepared now that was not yet. */
        List<PreparedStrategy> unready() {
            List<PreparedStrategy> found = unready;
            if (found == null) {
                found = inOrder.stream().map(Preparation::get).filter(s -> s.failure().isPresent()).toList();
                unready = found;
            }
            return found;
        }
    }

    /** One strategy for one questionnaire: prepared by the engine's runner when first asked for, then kept. */
    private static final class Preparation {

        private final StrategyRunner scorer;
        private final ScoringStrategy<?> strategy;
        private final LoadedQuestionnaire questionnaire;
        private volatile PreparedStrategy prepared;

        Preparation(StrategyRunner scorer, ScoringStrategy<?> strategy, LoadedQuestionnaire questionnaire) {
            this.scorer = scorer;
            this.strategy = strategy;
            this.questionnaire = questionnaire;
        }

        PreparedStrategy get() {
            PreparedStrategy ready = prepared;
            if (ready == null) {
                synchronized (this) {
                    ready = prepared;
                    if (ready == null) {
                        ready = scorer.prepare(strategy, questionnaire.questionnaire());
                        prepared = ready;
                    }
                }
            }
            return ready;
        }
    }
}
