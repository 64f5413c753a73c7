package de.typwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.interop.surveyjs.SurveyJsExport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Shipped personas answered in each tool's own terms, kept as files under
 * {@code src/test/resources/personas/} (what {@code typwerk score} is tested with end to end, in
 * cli): each file is what the tool's model makes of the persona from nothing but the export (the
 * same makers as the round trips), and scoring it as the one response of a file gives the
 * persona's own result.
 *
 * <p>When an export changes on purpose, write the files again with
 * {@code mvn -pl engine/interop -am test -Dtest=PersonaResponsesTest -Dsurefire.failIfNoSpecifiedTests=false -Dtypwerk.write-personas=true}.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PersonaResponsesTest {

    /** The personas: {@code questionnaires/<folder>/src/test/resources/personas/<name>.yaml}. */
    static final List<String[]> PERSONAS = List.of(
            new String[] {"oefit", "optimierer"},
            new String[] {"oefit", "vg-dorf"},
            new String[] {"oefit-kreise", "bedaechtiger-kreis"},
            new String[] {"ozg-reifegrad", "stufe-3-stadt"});

    private static final Path FILES = Path.of("src/test/resources/personas");

    @Test
    void each_persona_file_is_what_the_tools_model_makes_of_the_persona_from_the_export() throws IOException {
        boolean write = Boolean.getBoolean("typwerk.write-personas");
        for (String[] persona : PERSONAS) {
            String row = nativeRow(persona);
            LoadedQuestionnaire q = questionnaire(row);
            for (ResponseFormat format : ResponseFormat.values()) {
                Path file = FILES.resolve(persona[1] + extension(format));
                String made = made(format, q, row);
                if (write) Files.writeString(file, made, StandardCharsets.UTF_8);
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("%s (write again: see this class's comment)", file)
                        .isEqualTo(made);
            }
        }
    }

    @Test
    void each_persona_file_scored_as_one_response_gives_the_personas_own_result() throws IOException {
        for (String[] persona : PERSONAS) {
            String row = nativeRow(persona);
            ScoreRun expected = Shipped.ENGINE.score("persona.json", row.getBytes(StandardCharsets.UTF_8), Optional.empty());
            assertThat(expected.ok()).as(expected.problems().toString()).isTrue();
            for (ResponseFormat format : ResponseFormat.values()) {
                Path file = FILES.resolve(persona[1] + extension(format));
                ScoreRun run = OneResponse.score(Shipped.ENGINE, format, file.toString(),
                        new ByteArrayInputStream(Files.readAllBytes(file)), Optional.empty(), Optional.empty());
                assertThat(run.ok()).as("%s: %s", file, run.problems()).isTrue();
                assertThat(Shipped.ENGINE.resultJson().write(run.asResult().orElseThrow())).as(file.toString())
                        .isEqualTo(Shipped.ENGINE.resultJson().write(expected.asResult().orElseThrow()));
                assertThat(ResponseFormat.recognize(Files.readAllBytes(file))).as(file.toString()).contains(format);
            }
        }
    }

    @Test
    void each_persona_file_saved_as_utf16_or_utf32_is_refused_as_a_whole_naming_its_encoding_as_an_answers_input_is()
            throws IOException {
        for (ResponseFormat format : ResponseFormat.values()) {
            String text = Files.readString(FILES.resolve("optimierer" + extension(format)), StandardCharsets.UTF_8);
            for (String[] saved : new String[][] {
                    {"UTF-16LE", "The input is UTF-16LE (without a byte order mark, as the zero bytes at its start show), not UTF-8. Please save it as UTF-8."},
                    {"UTF-16BE", "The input is UTF-16BE (without a byte order mark, as the zero bytes at its start show), not UTF-8. Please save it as UTF-8."},
                    {"UTF-32LE", "The input is UTF-32LE (without a byte order mark, as the zero bytes at its start show), not UTF-8. Please save it as UTF-8."},
                    {"UTF-16", "The input is UTF-16 (it starts with the byte order mark FE FF), not UTF-8. Please save it as UTF-8."}}) {
                // Java's UTF-16 writes the big-endian mark; a LimeSurvey export starts with UTF-8's, which goes along
                byte[] bytes = text.replace("\uFEFF", "").getBytes(java.nio.charset.Charset.forName(saved[0]));
                ScoreRun run = OneResponse.score(Shipped.ENGINE, format, "antwort", new ByteArrayInputStream(bytes),
                        Optional.empty(), Optional.empty());
                assertThat(run.problems()).as("%s in %s", format, saved[0]).singleElement()
                        .satisfies(p -> assertThat(p.message(java.util.Locale.ENGLISH)).isEqualTo(saved[1]));
            }
        }
    }

    static String extension(ResponseFormat format) {
        return switch (format) {
            case SURVEYJS -> ".surveyjs.json";
            case FHIR -> ".fhir.json";
            case LIMESURVEY -> ".limesurvey.csv";
        };
    }

    /** The persona as a native JSON line: the answers file's own keys, read from its YAML. */
    static String nativeRow(String[] persona) throws IOException {
        Path yaml = repositoryRoot().resolve("questionnaires/" + persona[0] + "/src/test/resources/personas/" + persona[1] + ".yaml");
        JsonNode tree = new Mappers().yaml().readTree(Files.readAllBytes(yaml));
        return new String(Json.line(tree), StandardCharsets.UTF_8);
    }

    private static LoadedQuestionnaire questionnaire(String row) throws IOException {
        JsonNode tree = Shipped.tree(row);
        return Shipped.ENGINE.questionnaire(tree.path("questionnaire").asText() + "@" + tree.path("version").asText()).orElseThrow();
    }

    /** The persona as the tool holds it: SurveyJS's survey.data, FHIR's QuestionnaireResponse, LimeSurvey's response export. */
    private static String made(ResponseFormat format, LoadedQuestionnaire q, String row) throws IOException {
        String language = q.questionnaire().defaultLocale();
        return switch (format) {
            case SURVEYJS -> {
                // the export's calculated value, which SurveyJS includes into every result
                ObjectNode data = Json.object();
                data.put(SurveyJsExport.MARKER, q.questionnaire().id() + "@" + q.questionnaire().version());
                data.setAll(Shipped.surveyJsData(row));
                yield Json.pretty(data);
            }
            case FHIR -> {
                Questionnaire questionnaire = FhirTool.CONTEXT.newJsonParser()
                        .parseResource(Questionnaire.class, ExportFormat.FHIR.export(q, language));
                yield FhirTool.CONTEXT.newJsonParser().setPrettyPrint(true)
                        .encodeResourceToString(FhirTool.answer(questionnaire, Shipped.tree(row))) + "\n";
            }
            case LIMESURVEY -> LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(q, language))
                    .responses(List.of(row), ';', LimeSurveyTool.Headings.BRACKETS);
        };
    }

    private static Path repositoryRoot() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("questionnaires")) && Files.isDirectory(d.resolve("engine/interop"))) return d;
        }
        throw new AssertionError("no repository root above " + Path.of("").toAbsolutePath());
    }
}
