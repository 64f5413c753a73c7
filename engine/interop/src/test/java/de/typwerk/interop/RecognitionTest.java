package de.typwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What {@link ResponseFormat#recognize} takes for another tool's file, and what it leaves to the
 * answers reader: only what can be nothing else is recognised.
 */
class RecognitionTest {

    @Test
    void the_tools_files_are_recognised_by_their_content() throws IOException {
        assertThat(ResponseFormat.recognize(fixture("fhir/bundle.json"))).contains(ResponseFormat.FHIR);
        assertThat(ResponseFormat.recognize(fixture("fhir/responses.ndjson"))).contains(ResponseFormat.FHIR);
        assertThat(ResponseFormat.recognize(fixture("limesurvey/ozg-damaged.csv"))).contains(ResponseFormat.LIMESURVEY);
        assertThat(ResponseFormat.recognize(fixture("limesurvey/ozg-no-marker.csv"))).contains(ResponseFormat.LIMESURVEY);
        assertThat(recognize("[{\"typwerkQuestionnaire\":\"ozg-reifegrad@1.0.0\",\"q-kfz\":\"nie\"}]")).contains(ResponseFormat.SURVEYJS);
        assertThat(recognize("{\"q-kfz\":\"nie\",\"typwerkQuestionnaire\":\"ozg-reifegrad@1.0.0\"}\n{}")).contains(ResponseFormat.SURVEYJS);
        assertThat(recognize("\uFEFF{\"resourceType\":\"Patient\"}")).contains(ResponseFormat.FHIR);
        assertThat(recognize("\uFEFF\"id\",\"submitdate\"\r\n\"1\",\"\"\r\n")).contains(ResponseFormat.LIMESURVEY);
        // LimeSurvey's VV file: no byte order mark, tabs, the codes in its second line
        de.typwerk.engine.LoadedQuestionnaire ozg = Shipped.ENGINE.questionnaire("ozg-reifegrad").orElseThrow();
        String vv = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(ozg, "de"))
                .vv(java.util.List.of(new String(fixture("limesurvey/ozg-native.jsonl"), StandardCharsets.UTF_8).split("\n")[0]));
        assertThat(recognize(vv)).contains(ResponseFormat.LIMESURVEY);
        assertThat(recognize("Antwort ID\tDatum\r\nid\tsubmitdate\r\n")).contains(ResponseFormat.LIMESURVEY);
        // "Export questions as: Full question text": the hidden question TYPWERK's text, id@version, is its heading
        assertThat(recognize("\uFEFF\"Antwort ID\";\"Datum Abgeschickt\";\"ozg-reifegrad@1.0.0\";\"Wie heißt Ihre Kommune?\"\r\n"
                + "\"1\";\"\";\"ozg-reifegrad@1.0.0\";\"A01\"\r\n")).contains(ResponseFormat.LIMESURVEY);
        assertThat(recognize("\uFEFF\"Antwort ID\";\"Ihre E-Mail (name@example.org)\"\r\n\"1\";\"\"\r\n")).isEmpty();
        // "Export questions as: Abbreviated question text" cuts TYPWERK's text short; the first
        // response holds it whole (read as an answers file, the file was "not valid YAML")
        assertThat(recognize("\uFEFF\"Antwort ID\";\"Datum Abgeschickt\";\"ozg-reifegrad@1...\";\"Wie heißt Ihre..\"\r\n"
                + "\"1\";\"2026-11-30 10:15:00\";\"ozg-reifegrad@1.0.0\";\"A01\"\r\n")).contains(ResponseFormat.LIMESURVEY);
        assertThat(recognize("\uFEFF\"Response ID\",\"Date submitted\",\"oefit-digitali..\"\r\n"
                + "\"1\",\"2026-11-30 10:15:00\",\"oefit-digitalisierungstypen@1.0.0\",\"Q01\",\"")).contains(ResponseFormat.LIMESURVEY);
        assertThat(recognize("\uFEFF\"Antwort ID\";\"Ihre E-Mail\"\r\n\"1\";\"name@example.org\"\r\n")).isEmpty();
        assertThat(recognize("\uFEFF\"Antwort ID\";\"Version\"\r\n\"1\";\"Stand ozg-reifegrad@1.0.0\"\r\n")).isEmpty();
    }

    @Test
    void answers_files_and_anything_in_doubt_are_not_recognised() throws IOException {
        Path persona = Path.of("../../questionnaires/oefit/src/test/resources/personas/optimierer.yaml");
        assertThat(ResponseFormat.recognize(Files.readAllBytes(persona))).isEmpty();
        assertThat(recognize("{\"questionnaire\":\"ozg-reifegrad\",\"version\":\"1.0.0\",\"answers\":{\"q-kfz\":\"nie\"}}")).isEmpty();
        // keys deeper down, values of another kind, SurveyJS data without the export's marker
        assertThat(recognize("{\"answers\":{\"resourceType\":\"x\",\"typwerkQuestionnaire\":\"a@1\"}}")).isEmpty();
        assertThat(recognize("{\"resourceType\":{\"a\":1}}")).isEmpty();
        assertThat(recognize("[{\"resourceType\":\"QuestionnaireResponse\"}]")).isEmpty();
        assertThat(recognize("{\"q-kfz\":\"nie\"}")).isEmpty();
        // CSV without a byte order mark, without quotes, or with other headings; YAML after a mark
        assertThat(recognize("\"id\";\"submitdate\"\r\n")).isEmpty();
        assertThat(recognize("\uFEFFid;submitdate\r\n")).isEmpty();
        assertThat(recognize("\uFEFF\"questionnaire\";\"version\"\r\n")).isEmpty();
        assertThat(recognize("\uFEFF\"id\": 1\n")).isEmpty();
        assertThat(recognize("\uFEFF\"id\";\"submitdate\"")).as("no line end: cut before the heading is whole").isEmpty();
        // tabs in YAML, a VV file's second line without LimeSurvey's columns or not yet whole
        assertThat(recognize("questionnaire:\tozg-reifegrad\nversion: 1.0.0\n")).isEmpty();
        assertThat(recognize("Antwort ID\tDatum\r\nQ01\tQ02\r\n")).isEmpty();
        assertThat(recognize("Antwort ID\tDatum\r\nid\tsubmitdate")).isEmpty();
        // nothing, a cut beginning, bytes
        assertThat(recognize("")).isEmpty();
        assertThat(recognize("{\"q-kfz\":\"ni")).isEmpty();
        assertThat(ResponseFormat.recognize(new byte[] {(byte) 0xFF, 0, 1, 2})).isEmpty();
    }

    private static java.util.Optional<ResponseFormat> recognize(String text) {
        return ResponseFormat.recognize(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(Path.of("src/test/resources", name));
    }
}
