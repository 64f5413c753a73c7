package de.typwerk.engine.scoring;

import de.typwerk.engine.strategy.CheckedSheet;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.Version;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.engine.report.ResultJson;
import de.typwerk.engine.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ResultJson}, the published form of a result: the schema shipped in the engine jar is the
 * one in {@code docs/}, every kind of result satisfies it, numbers have fixed decimals whatever the
 * locale, and a result reads back unchanged.
 */
class PublishedResultJsonTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final ResultJson json = new ResultJson();
    private final JsonSchema schema = FACTORY.getSchema(new String(ResultJson.schema(), StandardCharsets.UTF_8));
    private final ResultAssembler assembler = new ResultAssembler();

    private Result primary() {
        List<ScoreSheet.Contribution> contributions = List.of(
                new ScoreSheet.Contribution("builder", "q-anchor", 0.7),
                new ScoreSheet.Contribution("builder", "q-numbers", 1.0 / 3));
        return assembler.assemble(Fixtures.loaded(Fixtures.TEAMS), ResultAssemblerTest.everything(),
                ResultAssemblerTest.scored(ResultAssemblerTest.shares(0.2, 2.0 / 3, 0.4 / 3), contributions));
    }

    private Result mixed() {
        List<ScoreSheet.Contribution> contributions = List.of(
                new ScoreSheet.Contribution("builder", "q-anchor", 0.0000001),
                new ScoreSheet.Contribution("analyst", "q-tools", 0.5));
        return assembler.assemble(Fixtures.loaded(Fixtures.TEAMS), ResultAssemblerTest.everything(),
                ResultAssemblerTest.scored(ResultAssemblerTest.shares(0.41, 0.42, 0.17), contributions));
    }

    private Result insufficient() {
        Response one = Response.builder("fixture-teams", Version.parse("1.2.0")).answers(Map.of("q-anchor", new Answer.Choice("o-data"))).build();
        return assembler.assemble(Fixtures.loaded(Fixtures.TEAMS), one,
                ResultAssemblerTest.scored(ResultAssemblerTest.shares(1, 0, 0), List.of()));
    }

    @Test
    void the_schema_in_the_engine_jar_is_the_one_in_docs() throws IOException {
        Path docs = repositoryRoot().resolve("docs/result.schema.json");

        assertThat(Files.readAllBytes(docs)).isEqualTo(ResultJson.schema());
    }

    @Test
    void the_schema_is_a_valid_draft_2020_12_schema() throws IOException {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(metaSchema.validate(PLAIN.readTree(ResultJson.schema()))).isEmpty();
    }

    /** A result whose strategy found that no type fits. */
    private Result none() {
        ScoreSheet sheet = ResultAssemblerTest.scored(ResultAssemblerTest.shares(0.5, 0.3, 0.2), List.of()).sheet().withNoTypeFitting();
        return assembler.assemble(Fixtures.loaded(Fixtures.TEAMS), ResultAssemblerTest.everything(),
                new CheckedSheet("threshold", "1.0.0", sheet, MissingAnswers.SKIP, Map.of()));
    }

    @Test
    void primary_mixed_none_and_insufficient_results_satisfy_the_schema_in_both_forms() throws IOException {
        assertThat(mixed().outcome()).isInstanceOf(Outcome.Mixed.class);
        assertThat(none().outcome()).isInstanceOf(Outcome.None.class);
        assertThat(insufficient().outcome()).isInstanceOf(Outcome.Insufficient.class);
        for (Result result : List.of(primary(), mixed(), none(), insufficient())) {
            assertThat(schema.validate(PLAIN.readTree(json.write(result)))).as(json.write(result)).isEmpty();
            assertThat(schema.validate(PLAIN.readTree(json.line(result)))).isEmpty();
        }
    }

    @Test
    void the_schema_refuses_a_result_with_an_unknown_field_or_a_missing_one() throws IOException {
        JsonNode extra = PLAIN.readTree(json.write(primary()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) extra).put("surprise", 1);
        JsonNode missing = PLAIN.readTree(json.write(primary()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) missing).remove("outcome");

        assertThat(schema.validate(extra)).isNotEmpty();
        assertThat(schema.validate(missing)).isNotEmpty();
    }

    @Test
    void writes_every_fraction_with_six_decimals_and_never_in_exponent_notation() {
        String written = json.write(mixed());

        assertThat(written).contains("\"share\" : 0.420000", "\"lead\" : 0.010000", "\"mixedMargin\" : 0.050000",
                "\"value\" : 0.800000");
        assertThat(written).doesNotContainPattern("\\d[eE][-+]?\\d");
        assertThat(written).doesNotContain("null");
    }

    @Test
    void fields_come_in_the_documented_order() throws IOException {
        JsonNode tree = PLAIN.readTree(json.write(primary()));

        assertThat(tree.fieldNames()).toIterable().containsExactly("questionnaire", "strategy", "respondent", "answered",
                "total", "types", "outcome", "dimensions", "reasons", "coverage", "recommendations");
        assertThat(tree.path("outcome").fieldNames()).toIterable().containsExactly("kind", "type", "lead");
    }

    @Test
    void one_line_per_result_for_json_lines() {
        String line = json.line(primary());

        assertThat(line).doesNotContain("\n", "\r");
        assertThat(line).startsWith("{\"questionnaire\":{\"id\":\"fixture-teams\"");
    }

    @Test
    void texts_carry_every_language_of_the_questionnaire() throws IOException {
        JsonNode tree = PLAIN.readTree(json.write(primary()));

        assertThat(tree.path("types").get(0).path("name").fieldNames()).toIterable().containsExactly("de", "en");
    }

    @Test
    void the_same_result_gives_the_same_bytes_under_another_default_locale() {
        String here = json.write(primary());
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(new ResultJson().write(primary())).isEqualTo(here);
            Locale.setDefault(Locale.GERMANY);
            assertThat(new ResultJson().write(primary())).isEqualTo(here);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void reads_back_what_it_wrote() throws IOException {
        for (Result result : List.of(primary(), mixed(), insufficient())) {
            assertThat(json.read(json.write(result))).isEqualTo(result);
            assertThat(json.read(json.line(result))).isEqualTo(result);
        }
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("engine/core"))) return d;
        }
        throw new AssertionError("no repository root above " + dir);
    }
}
