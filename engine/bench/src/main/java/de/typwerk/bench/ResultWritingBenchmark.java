package de.typwerk.bench;

import de.typwerk.api.model.Response;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.report.ResultJson;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing a result as one JSON line ({@link ResultJson#line}), what a batch does for every row
 * after scoring it: an ÖFIT result carries every text in both languages, so a line is about ten
 * times the size of the answers it came from.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ResultWritingBenchmark {

    private Result[] results;
    private ResultJson json;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        try (Typwerk engine = Workload.engine()) {
            LoadedQuestionnaire loaded = Workload.questionnaire(engine, Workload.questionnaireFor("prototype"));
            results = Workload.responses(loaded).stream()
                    .map((Response r) -> engine.score(loaded, r, Optional.empty()).asResult().orElseThrow())
                    .toArray(Result[]::new);
            json = engine.resultJson();
        }
    }

    @Benchmark
    public String resultLine() {
        return json.line(results[next++ & Workload.MASK]);
    }
}
