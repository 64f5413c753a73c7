package de.typwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.engine.LoadedQuestionnaire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shipped questionnaire exported for SurveyJS is checked by SurveyJS itself (survey-core
 * 3.1.1 under Node): the survey loads without JSON errors and its linter finds no error; answers
 * set as the model's data show exactly the questions Typwerk asks and pass the survey's own
 * validation; and the data the completed survey hands out, read back by typwerk batch, scores
 * byte for byte as the same answers given natively.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SurveyJsRoundTripTest {

    private static Node node;

    @TempDir
    Path dir;

    @BeforeAll
    static void node() throws IOException {
        node = Node.withSurveyCore();
    }

    @Test
    void every_export_loads_in_survey_core_without_json_errors_and_lints_without_errors() throws IOException {
        List<String> files = new ArrayList<>();
        for (LoadedQuestionnaire q : Shipped.questionnaires()) {
            for (String language : q.questionnaire().locales()) {
                Path file = dir.resolve(q.questionnaire().id() + "." + language + ".json");
                Files.writeString(file, ExportFormat.SURVEYJS.export(q, language));
                files.add(file.toString());
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        JsonNode report = Shipped.tree(node.script("surveyjs-check.js", prepend("lint", files)));
        for (String file : files) {
            assertThat(report.path(file).path("jsonErrors").isNull()).as("jsonErrors of %s: %s", file, report.path(file)).isTrue();
            assertThat(report.path(file).path("lintErrors")).as("lint errors of %s", file).isEmpty();
        }
    }

    @Test
    void the_check_fails_a_survey_that_survey_core_cannot_read() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"pages\":[{\"name\":\"p\",\"elements\":[{\"type\":\"radiogroup\",\"name\":\"q\","
                + "\"choices\":[\"a\"],\"visibleIf\":\"{missing} = 'x'\",\"colour\":\"red\"}]}]}");
        JsonNode report = Shipped.tree(node.script("surveyjs-check.js", List.of("lint", broken.toString())));
        JsonNode findings = report.path(broken.toString());
        assertThat(findings.path("jsonErrors").isNull() && findings.path("lintErrors").isEmpty())
                .as("survey-core finds nothing wrong with %s", findings).isFalse();
    }

    @Test
    void answers_given_in_survey_core_read_back_score_as_the_same_answers_given_natively() throws IOException {
        for (LoadedQuestionnaire q : Shipped.questionnaires()) {
            String id = q.questionnaire().id();
            Path survey = dir.resolve(id + ".json");
            Files.writeString(survey, ExportFormat.SURVEYJS.export(q, q.questionnaire().defaultLocale()));
            List<String> rows = new ArrayList<>(Shipped.nativeRows(q, 40, 7));
            List<String> alone = Shipped.aloneRows(q, rows);
            Shipped.assertCoversAloneOptions(q, alone);
            rows.addAll(alone);
            StringBuilder input = new StringBuilder();
            for (String row : rows) {
                ObjectNode line = Json.object();
                line.set("data", Shipped.surveyJsData(row));
                line.set("asked", Json.mapper().valueToTree(Shipped.asked(row)));
                input.append(new String(Json.line(line), StandardCharsets.UTF_8)).append('\n');
            }
            Path in = dir.resolve(id + ".answers.jsonl");
            Path out = dir.resolve(id + ".data.jsonl");
            Files.writeString(in, input);

            JsonNode report = Shipped.tree(node.script("surveyjs-check.js",
                    List.of("answer", survey.toString(), in.toString(), out.toString())));

            assertThat(report.path("rows").asInt()).as(id).isEqualTo(rows.size());
            assertThat(report.path("visibility")).as("questions SurveyJS shows otherwise than Typwerk asks them, %s", id).isEmpty();
            assertThat(report.path("invalid")).as("answers SurveyJS refuses, %s", id).isEmpty();
            String fromSurveyJs = Shipped.score(ResponseFormat.SURVEYJS, Files.readAllBytes(out), Optional.empty());
            assertThat(fromSurveyJs).as(id).isEqualTo(Shipped.scoreNative(rows)).doesNotContain("\"error\"");
        }
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
