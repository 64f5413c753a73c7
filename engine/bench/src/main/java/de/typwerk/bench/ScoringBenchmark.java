package de.typwerk.bench;

import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.engine.result.Result;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoringContext;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.scoring.ResultDetail;
import de.typwerk.engine.strategy.StrategyCall;
import de.typwerk.engine.definition.Mappers;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring throughput per strategy, on checked responses made before measuring:
 * <ul>
 *   <li>{@code engine}: what {@link Typwerk#score(LoadedQuestionnaire, Response, Optional)} costs an
 *       embedding application per call: the guarded call of the prepared strategy on the scoring
 *       thread (a hand-off there and back), the sheet check, and assembling the {@link Result}
 *       (ranking, reasons, recommendations);</li>
 *   <li>{@code engineInline}: the same with the strategy called on the caller's thread
 *       ({@link StrategyCall#INLINE}), as a batch worker calls it, and the whole result;</li>
 *   <li>{@code strategyOnly}: the strategy's own prepared scorer ({@code prepare} once, then its
 *       {@code score} per response), so the difference is what the engine adds around it.</li>
 * </ul>
 * Short defaults here; {@code run.sh} passes its own forks and iterations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ScoringBenchmark {

    @Param({"points", "prototype", "levels"})
    public String strategy;

    private Typwerk engine;
    private LoadedQuestionnaire loaded;
    private Response[] responses;
    private Prepared prepared;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        engine = Workload.engine();
        loaded = Workload.questionnaire(engine, Workload.questionnaireFor(strategy));
        responses = Workload.responses(loaded).toArray(new Response[0]);
        ScoringStrategy<?> found = engine.strategies().find(strategy)
                .orElseThrow(() -> new IllegalStateException("strategy " + strategy + " is not loaded"));
        prepared = Prepared.of(found, loaded.questionnaire(), List.of(responses));
        // fail here, not in the middle of a measurement, if a row does not score
        for (Response r : responses) {
            if (!engine.score(loaded, r, Optional.of(strategy)).ok()) {
                throw new IllegalStateException("a prepared row does not score with " + strategy + ": "
                        + engine.score(loaded, r, Optional.of(strategy)).problems());
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    public Result engine() {
        Response response = responses[next++ & Workload.MASK];
        return engine.score(loaded, response, Optional.of(strategy)).asResult().orElseThrow();
    }

    @Benchmark
    public Result engineInline() {
        Response response = responses[next++ & Workload.MASK];
        return engine.score(loaded, response, Optional.of(strategy), ResultDetail.FULL, StrategyCall.INLINE)
                .asResult().orElseThrow();
    }

    @Benchmark
    public ScoreSheet strategyOnly() {
        return prepared.score(next++ & Workload.MASK);
    }

    /** A strategy prepared once for the questionnaire, and one scoring call per response. */
    record Prepared(PreparedScorer scorer, List<ScoringContext> calls) {

        static <P> Prepared of(ScoringStrategy<P> strategy, Questionnaire questionnaire, List<Response> responses) {
            ScoringSpec spec = questionnaire.scoring().orElseThrow();
            Map<String, Object> raw = spec.parametersFor(strategy.id()).orElseThrow();
            P parameters = new Mappers().json().convertValue(raw, strategy.parametersType());
            MissingAnswers missing = spec.missing();
            List<ScoringContext> calls = responses.stream().<ScoringContext>map(r -> new Call(r, missing, Locale.GERMAN)).toList();
            return new Prepared(strategy.prepare(questionnaire, parameters), calls);
        }

        ScoreSheet score(int i) {
            return scorer.score(calls.get(i));
        }
    }

    /** What the engine passes per call, made before measuring. */
    private record Call(Response response, MissingAnswers missing, Locale locale) implements ScoringContext {
    }
}
