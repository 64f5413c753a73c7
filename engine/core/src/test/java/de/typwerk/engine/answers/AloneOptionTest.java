package de.typwerk.engine.answers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Response;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A multiple choice that asks for two picks at least, with an option that goes only alone beside
 * the others ("keine", exclusive; "weiß nicht", noAnswer): that option by itself is a whole answer,
 * where it was refused as too few picks and so could never be picked; an ordinary option alone is
 * still too few. The same for every reader: an answers file (quick and full way), a JSON line, a
 * response built in code, and the answers' JSON Schema that `typwerk template --format schema` gives.
 */
class AloneOptionTest {

    private static final LoadedQuestionnaire LOADED = Fixtures.loaded(Fixtures.questionnaire("fixtures/alone.yaml"));
    private final AnswersReader reader = new AnswersReader(new Mappers(), new Messages(Locale.ENGLISH));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[f-none]               | ",
            "[f-unknown]            | ",
            "[f-school, f-health]   | ",
            "[f-school]             | too-few-picks",
            "[f-none, f-school]     | exclusive-option",
            "[f-unknown, f-none]    | exclusive-option"})
    void an_option_that_goes_only_alone_is_a_whole_answer_by_itself_whatever_min_picks_says(String picks, String code) throws Exception {
        String yaml = "questionnaire: fixture-alone\nversion: 1.0.0\nanswers:\n  q-fields: " + picks + "\n";
        String json = "{\"questionnaire\":\"fixture-alone\",\"version\":\"1.0.0\",\"answers\":{\"q-fields\":"
                + picks.replaceAll("([a-z-]+)", "\"$1\"").replace(" ", "") + "}}";
        for (String[] file : List.of(new String[] {"answers.yaml", yaml}, new String[] {"answers.json", json})) {
            AnswersRead read = reader.read(file[0], file[1].getBytes(StandardCharsets.UTF_8), List.of(LOADED));
            List<String> codes = read.problems().stream().filter(Problem::isError).map(Problem::code).toList();
            if (code == null) {
                assertThat(codes).as(file[0] + " " + picks).isEmpty();
            } else {
                assertThat(codes).as(file[0] + " " + picks).containsExactly(code);
            }
        }
        // a response built in code, checked as a file's is
        List<String> ids = List.of(picks.replaceAll("[\\[\\] ]", "").split(","));
        Response built = Response.builder("fixture-alone", de.typwerk.api.model.Version.parse(LOADED.questionnaire().version()))
                .answer("q-fields", new Answer.Choices(ids)).build();
        List<String> checked = reader.checkAnswers("", LOADED.questionnaire(), built).stream().map(Problem::code).toList();
        assertThat(checked).as("built " + picks).isEqualTo(code == null ? List.of() : List.of(code));
        // the answers' JSON Schema that typwerk template --format schema gives says the same
        JsonNode schema = new ObjectMapper().readTree(new AnswersSchema(new Messages(Locale.ENGLISH)).schema(LOADED, List.of(LOADED)).toString());
        var errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                .validate(new ObjectMapper().readTree(json));
        if (code == null) {
            assertThat(errors).as("schema " + picks).isEmpty();
        } else {
            assertThat(errors).as("schema " + picks).isNotEmpty();
        }
    }
}
