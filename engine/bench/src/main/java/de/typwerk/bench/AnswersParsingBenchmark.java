package de.typwerk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.answers.AnswersRead;
import de.typwerk.engine.answers.AnswersReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
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
 * Answers parsing throughput, on one JSON line per synthetic respondent:
 * <ul>
 *   <li>{@code answersReader}: the engine's {@link AnswersReader}, which finds the questionnaire and
 *       checks every answer and condition; the prepared lines are clean, so it takes the quick way
 *       (one pass over the tokens, no tree), as it does for the rows of a batch;</li>
 *   <li>{@code jacksonTree}: Jackson reading the same bytes into a tree and nothing else, the floor
 *       any reader of these lines pays.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class AnswersParsingBenchmark {

    @Param({"oefit-digitalisierungstypen"})
    public String questionnaire;

    private Typwerk engine;
    private List<LoadedQuestionnaire> available;
    private byte[][] lines;
    private AnswersReader reader;
    private final ObjectMapper plain = new ObjectMapper();
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        engine = Workload.engine();
        LoadedQuestionnaire loaded = Workload.questionnaire(engine, questionnaire);
        available = engine.questionnaires();
        lines = Workload.jsonLines(loaded).toArray(new byte[0][]);
        reader = new AnswersReader(new Mappers(), new Messages(Locale.GERMAN));
        for (byte[] line : lines) {
            AnswersRead read = reader.read("row.json", line, available);
            if (!read.ok()) throw new IllegalStateException("a prepared row does not read: " + read.problems());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        engine.close();
    }

    @Benchmark
    public AnswersRead answersReader() {
        return reader.read("row.json", lines[next++ & Workload.MASK], available);
    }

    @Benchmark
    public JsonNode jacksonTree() throws IOException {
        return plain.readTree(lines[next++ & Workload.MASK]);
    }
}
