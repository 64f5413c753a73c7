package de.typwerk.engine.scoring;

import de.typwerk.engine.strategy.CheckedSheet;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.engine.result.Result;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.report.ResultJson;
import de.typwerk.engine.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The result as JSON: a stable field order and numbers that read the same on every machine. */
class ResultJsonTest {

    private final ObjectMapper json = new Mappers().json();

    private Result result() {
        List<ScoreSheet.Contribution> contributions = List.of(
                new ScoreSheet.Contribution("builder", "q-anchor", 0.7),
                new ScoreSheet.Contribution("builder", "q-numbers", 1.0 / 3));
        return new ResultAssembler().assemble(Fixtures.loaded(Fixtures.TEAMS), ResultAssemblerTest.everything(),
                ResultAssemblerTest.scored(ResultAssemblerTest.shares(0.2, 2.0 / 3, 0.4 / 3), contributions));
    }

    @Test
    void writes_a_result_in_the_documented_field_order_with_locale_independent_numbers() throws Exception {
        String written = json.writeValueAsString(result()).replace("\r\n", "\n");

        assertThat(written).isEqualTo(new String(Fixtures.bytes("results/primary.json"), StandardCharsets.UTF_8).strip());
    }

    @Test
    void writes_a_line_as_bytes_exactly_as_text_whatever_was_written_before_on_the_thread() throws Exception {
        ResultJson results = new ResultJson();
        Result large = result();
        List<ScoreSheet.Contribution> none = List.of();
        Result small = new ResultAssembler().assemble(Fixtures.loaded(Fixtures.TEAMS), ResultAssemblerTest.everything(),
                ResultAssemblerTest.scored(ResultAssemblerTest.shares(0.2, 2.0 / 3, 0.4 / 3), none), ResultDetail.NUMBERS);
        byte[] largeLine = results.line(large).getBytes(StandardCharsets.UTF_8);
        byte[] smallLine = results.line(small).getBytes(StandardCharsets.UTF_8);
        assertThat(smallLine.length).isLessThan(largeLine.length);

        // the buffer kept per thread must not carry a longer line's rest into a shorter one
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(threads.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        if (!java.util.Arrays.equals(results.lineBytes(large), largeLine)) return false;
                        if (!java.util.Arrays.equals(results.lineBytes(small), smallLine)) return false;
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> run : runs) assertThat(run.get()).isTrue();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_line_is_the_indented_form_on_one_line_also_when_its_repeated_parts_are_copied() throws Exception {
        ResultJson results = new ResultJson();
        ObjectMapper exact = new ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                // 0.200000 stays 0.200000
                .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
        List<ScoreSheet.Contribution> none = List.of();
        Result full = result();
        Result numbers = new ResultAssembler().assemble(Fixtures.loaded(Fixtures.TEAMS), ResultAssemblerTest.everything(),
                ResultAssemblerTest.scored(ResultAssemblerTest.shares(0.2, 2.0 / 3, 0.4 / 3), none), ResultDetail.NUMBERS);
        for (Result result : List.of(full, numbers, full, numbers)) {
            // the first time written anew, then from the kept parts: the same line both times
            String expected = exact.writeValueAsString(exact.readTree(results.write(result)));
            assertThat(results.line(result)).isEqualTo(expected);
            assertThat(new String(results.lineBytes(result), StandardCharsets.UTF_8)).isEqualTo(expected);
        }
        assertThat(results.write(full)).isEqualTo(new ResultJson().write(full));
    }

    @Test
    void writes_no_type_fitting_as_a_kind_without_further_fields_and_reads_it_back() throws Exception {
        Result none = new ResultAssembler().assemble(Fixtures.loaded(Fixtures.TEAMS), ResultAssemblerTest.everything(),
                new CheckedSheet("threshold", "1.0.0", ResultAssemblerTest.scored(ResultAssemblerTest.shares(0.5, 0.3, 0.2), List.of())
                        .sheet().withNoTypeFitting(), MissingAnswers.SKIP, Map.of()));
        String written = json.writeValueAsString(none);

        assertThat(json.readTree(written).get("outcome").toString()).isEqualTo("{\"kind\":\"none\"}");
        assertThat(json.readValue(written, Result.class)).isEqualTo(none);
    }

    @Test
    void reads_back_what_it_wrote() throws Exception {
        Result result = result();

        assertThat(json.readValue(json.writeValueAsString(result), Result.class)).isEqualTo(result);
    }

    @Test
    void reads_a_result_written_before_dimensions_counted_their_answers_without_weights_with_none() throws Exception {
        ResultJson results = new ResultJson();
        Result result = result();
        String written = results.write(result);
        String before = written.replaceAll("\"weightless\" : [0-9]+,\\s*", "");

        assertThat(before).isNotEqualTo(written).doesNotContain("weightless");
        assertThat(ResultJson.check("result.json", before, java.util.Locale.ENGLISH)).isEmpty();
        assertThat(results.read(before).dimensions()).isEqualTo(result.dimensions());
    }
}
