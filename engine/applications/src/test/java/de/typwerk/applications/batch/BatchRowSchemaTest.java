package de.typwerk.applications.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.typwerk.applications.synthetic.SyntheticAnswers;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code docs/batch-row.schema.json}, the JSON Schema of one line of a batch's JSON Lines output:
 * a valid schema, whose full result is {@code docs/result.schema.json} with {@code row} first, and
 * which every row a batch writes satisfies, each by the branch of its kind (full, compact, error
 * record), while a row of another kind or with a field too many does not.
 */
@Timeout(180)
class BatchRowSchemaTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path DOCS = repositoryRoot().resolve("docs");

    private static Typwerk typwerk;
    private static ObjectNode schemaTree;

    @BeforeAll
    static void start() throws IOException {
        typwerk = Typwerk.builder().locale(Locale.ENGLISH).build();
        schemaTree = (ObjectNode) MAPPER.readTree(DOCS.resolve("batch-row.schema.json").toFile());
    }

    @AfterAll
    static void stop() {
        typwerk.close();
    }

    @Test
    void the_schema_is_a_valid_draft_2020_12_schema() {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(metaSchema.validate(schemaTree)).isEmpty();
    }

    @Test
    void its_full_result_is_the_published_result_with_row_put_first() throws IOException {
        JsonNode result = MAPPER.readTree(DOCS.resolve("result.schema.json").toFile());
        JsonNode full = schemaTree.path("$defs").path("fullResult");

        List<String> names = new ArrayList<>();
        full.path("properties").fieldNames().forEachRemaining(names::add);
        List<String> expected = new ArrayList<>(List.of("row"));
        result.path("properties").fieldNames().forEachRemaining(expected::add);
        assertThat(names).as("the full result's fields, in order (regenerate the copy when result.schema.json changes)")
                .isEqualTo(expected);
        result.path("properties").fields().forEachRemaining(e ->
                assertThat(full.path("properties").get(e.getKey())).as("fullResult/%s as in result.schema.json", e.getKey())
                        .isEqualTo(e.getValue()));
        List<String> required = new ArrayList<>(List.of("row"));
        result.path("required").forEach(n -> required.add(n.asText()));
        assertThat(MAPPER.convertValue(full.path("required"), List.class)).isEqualTo(required);
        // the definitions the copied properties refer to are the same too
        result.path("$defs").fields().forEachRemaining(e ->
                assertThat(schemaTree.path("$defs").get(e.getKey())).as("$defs/%s as in result.schema.json", e.getKey())
                        .isEqualTo(e.getValue()));
    }

    @Test
    void every_row_of_a_batch_satisfies_the_schema_by_the_branch_of_its_kind() throws IOException {
        String input = input();
        List<String> compact = run(input, BatchFormat.JSONL, BatchDetail.COMPACT);
        List<String> full = run(input, BatchFormat.JSONL, BatchDetail.FULL);

        Set<String> outcomes = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < compact.size(); i++) {
            JsonNode c = MAPPER.readTree(compact.get(i));
            JsonNode f = MAPPER.readTree(full.get(i));
            if (c.has("error")) {
                codes.add(c.path("error").path("code").asText());
                assertKind(c, "errorRecord");
                assertKind(f, "errorRecord");
            } else {
                outcomes.add(c.path("outcome").path("kind").asText());
                assertKind(c, "compactResult");
                assertKind(f, "fullResult");
            }
        }
        // the rows cover what the schema has to say: results, and error records with each place
        assertThat(outcomes).contains("primary");
        assertThat(codes).contains("bad-ags", "syntax", "not-a-mapping", "unknown-questionnaire", "unknown-option", "missing-key", "missing-required",
                "truncated");
        assertThat(compact).anySatisfy(l -> assertThat(l).contains("\"pointer\":"));
        assertThat(compact).anySatisfy(l -> assertThat(l).contains("\"question\":"));
    }

    @Test
    void an_error_record_of_a_csv_input_names_its_column_and_satisfies_the_schema() throws IOException {
        LoadedQuestionnaire ozg = typwerk.questionnaire("ozg-reifegrad").orElseThrow();
        CsvLayout layout = new CsvLayout(ozg.questionnaire());
        List<String> cells = new ArrayList<>(List.of("ozg-reifegrad", "1.0.0", "Gemeinde Lindenau", "9475123", "gemeinde", "Bayern"));
        while (cells.size() < layout.columns().size()) cells.add("");
        String csv = layout.header() + "\n" + CsvText.line(cells) + "\n";

        List<String> rows = run(csv, BatchFormat.CSV, BatchDetail.COMPACT);

        JsonNode row = MAPPER.readTree(rows.get(0));
        assertThat(row.path("error").path("column").asText()).isEqualTo("ags");
        assertKind(row, "errorRecord");
    }

    @Test
    void a_row_of_one_kind_is_not_taken_for_another_nor_with_a_field_too_many() throws IOException {
        List<String> rows = run(input(), BatchFormat.JSONL, BatchDetail.FULL);
        ObjectNode full = (ObjectNode) rows.stream().map(BatchRowSchemaTest::tree).filter(n -> !n.has("error")).findFirst().orElseThrow();
        ObjectNode error = (ObjectNode) rows.stream().map(BatchRowSchemaTest::tree).filter(n -> n.has("error")).findFirst().orElseThrow();

        assertThat(errors(full, "compactResult")).isNotEmpty();
        assertThat(errors(error, "fullResult")).isNotEmpty();
        ObjectNode extra = full.deepCopy();
        extra.put("note", "x");
        assertThat(validate(extra, schemaTree)).isNotEmpty();
        ObjectNode noRow = full.deepCopy();
        noRow.remove("row");
        assertThat(validate(noRow, schemaTree)).isNotEmpty();
        ObjectNode errorExtra = error.deepCopy();
        ((ObjectNode) errorExtra.get("error")).put("hint", "x");
        assertThat(validate(errorExtra, schemaTree)).isNotEmpty();
    }

    /** The row satisfies the schema, and the branch {@code kind} of it alone. */
    private static void assertKind(JsonNode row, String kind) {
        assertThat(validate(row, schemaTree)).as("row %s against the schema", row.path("row")).isEmpty();
        for (String branch : List.of("fullResult", "compactResult", "errorRecord")) {
            if (branch.equals(kind)) {
                assertThat(errors(row, branch)).as("row %s as %s", row.path("row"), branch).isEmpty();
            } else {
                assertThat(errors(row, branch)).as("row %s is no %s", row.path("row"), branch).isNotEmpty();
            }
        }
    }

    /** What the branch {@code kind} of the schema alone finds wrong with {@code row}. */
    private static Set<ValidationMessage> errors(JsonNode row, String kind) {
        ObjectNode branch = schemaTree.deepCopy();
        ArrayNode only = branch.putArray("oneOf");
        only.addObject().put("$ref", "#/$defs/" + kind);
        return validate(row, branch);
    }

    private static Set<ValidationMessage> validate(JsonNode row, JsonNode schema) {
        return FACTORY.getSchema(schema).validate(row);
    }

    private static JsonNode tree(String line) {
        try {
            return MAPPER.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }

    /** Synthetic rows of the OZG questionnaire, rows with too few answers, and a row of each fault. */
    private static String input() {
        LoadedQuestionnaire ozg = typwerk.questionnaire("ozg-reifegrad").orElseThrow();
        AnswersJsonLine json = new AnswersJsonLine();
        List<String> lines = new ArrayList<>();
        new SyntheticAnswers(ozg.questionnaire(), SyntheticAnswers.Settings.seed(7)).rows(60).forEachRemaining(r -> lines.add(json.write(r.questionnaireId(), r.questionnaireVersion(), r.respondent(), r.answers())));
        lines.add("{\"questionnaire\":\"ozg-reifegrad\",\"version\":\"1.0.0\",\"answers\":{}}");
        lines.add("{\"questionnaire\":\"ozg-reifegrad\",\"version\":\"1.0.0\",\"respondent\":{\"ags\":\"9475123\"},\"answers\":{}}");
        ObjectNode wrongOption = (ObjectNode) tree(lines.get(0));
        ((ObjectNode) wrongOption.get("answers")).put("q-meldewesen", "nie-gehoert");
        lines.add(wrongOption.toString());
        lines.add("{\"questionnaire\" \"ozg-reifegrad\"}");
        lines.add("{\"questionnaire\":\"kein-fragebogen\",\"version\":\"1.0.0\",\"answers\":{}}");
        lines.add("{\"questionnaire\":null,\"version\":\"1.0.0\",\"answers\":{}}");
        lines.add("{\"questionnaire\":\"ozg-reifegrad\",");
        lines.add("[1,2]");
        return String.join("\n", lines) + "\n";
    }

    private static List<String> run(String input, BatchFormat from, BatchDetail detail) throws IOException {
        BatchInput.Opening opening = new BatchInput(typwerk).open(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), from);
        assertThat(opening).isInstanceOf(BatchInput.Ready.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Batch(typwerk).run(((BatchInput.Ready) opening).rows(), out,
                new Batch.Options(BatchFormat.JSONL, Optional.empty(), 2, detail), BatchProgress.NONE);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("engine/core"))) return d;
        }
        throw new AssertionError("no repository root above " + dir);
    }
}
