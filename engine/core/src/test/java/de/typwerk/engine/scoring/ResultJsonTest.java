package de.typwerk.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.typwerk.api.model.result.Result;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
    void reads_back_what_it_wrote() throws Exception {
        Result result = result();

        assertThat(json.readValue(json.writeValueAsString(result), Result.class)).isEqualTo(result);
    }
}
