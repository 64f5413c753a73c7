package de.typwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
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
    void a_respondent_reads_the_survey_in_the_language_of_the_export_and_in_every_other_after_switching_to_it() throws IOException {
        // survey-core keeps the texts of its default language (English) under "default" and reads
        // that key, never the tag "en", for it: an export with German as "default" and English as
        // "en" showed German after survey.locale = "en", and its buttons and messages in English
        for (LoadedQuestionnaire q : Shipped.questionnaires()) {
            List<String> languages = q.questionnaire().locales();
            var first = q.questionnaire().questions().get(0);
            for (String language : languages) {
                Path survey = dir.resolve(q.questionnaire().id() + "." + language + ".locales.json");
                Files.writeString(survey, ExportFormat.SURVEYJS.export(q, language));
                List<String> args = new ArrayList<>(List.of("locales", survey.toString()));
                args.addAll(languages);
                JsonNode report = Shipped.tree(node.script("surveyjs-check.js", args));
                List<String> shown = new ArrayList<>(List.of("first"));
                shown.addAll(languages);
                for (String view : shown) {
                    String expected = view.equals("first") ? language : view;
                    JsonNode seen = report.path(view);
                    String as = q.questionnaire().id() + " exported in " + language + ", " + view + ": " + seen;
                    assertThat(seen.path("title").asText()).as(as).isEqualTo(q.questionnaire().title().in(expected).orElseThrow());
                    assertThat(seen.path("question").asText()).as(as).isEqualTo(first.text().in(expected).orElseThrow());
                    if (!first.choices().isEmpty()) {
                        assertThat(seen.path("choice").asText()).as(as).isEqualTo(first.choices().get(0).text().in(expected).orElseThrow());
                    }
                    assertThat(seen.path("next").asText()).as(as + " (SurveyJS's own button)")
                            .isEqualTo(expected.equals("de") ? "Weiter" : "Next");
                }
            }
        }
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
            assertThat(report.path(file).path("lintWarnings")).as("lint warnings of %s", file).isEmpty();
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

    /**
     * A respondent who changes an earlier answer, leaves open what may stay open, gives too few
     * picks, or picks "none of these" alone where two picks are asked for, in SurveyJS's form
     * (test-ketten, a fixture plugin): the questions a hidden one conditions lose their answers as
     * Typwerk reads them, so the data scores as the native answers; what Typwerk takes, SurveyJS
     * lets the respondent complete; what Typwerk refuses, SurveyJS refuses before the survey is completed.
     */
    @Test
    void a_respondent_changing_earlier_answers_or_leaving_questions_open_in_survey_core_scores_as_natively() throws IOException {
        Typwerk engine = FixturePlugins.engine(dir, "ketten");
        LoadedQuestionnaire ketten = engine.questionnaire("test-ketten").orElseThrow();
        Path survey = dir.resolve("ketten.json");
        Files.writeString(survey, ExportFormat.SURVEYJS.export(ketten, "de"));
        JsonNode lint = Shipped.tree(node.script("surveyjs-check.js", List.of("lint", survey.toString()))).path(survey.toString());
        assertThat(lint.path("jsonErrors").isNull()).as("%s", lint).isTrue();
        assertThat(lint.path("lintErrors")).as("%s", lint).isEmpty();
        // its questions that may be left open but ask for picks once answered (online, ziele): their
        // validators drew three linter warnings each while they counted with {q.length}
        assertThat(lint.path("lintWarnings")).as("%s", lint).isEmpty();

        String[][] walks = {
            // budget asked (umsetzung 4), answered with its share, then umsetzung lowered: budget is not
            // asked, so neither is its share; "ohne-budget" is, since budget is not answered
            {"[[\"umsetzung\",4],[\"budget\",5000],[\"anteil\",15.5],[\"umsetzung\",2],[\"ohne-budget\",3]]",
                "{\"umsetzung\":2,\"ohne-budget\":3}"},
            // a multiple choice of at least two picks and a top-2 ranking, neither required, left open
            {"[[\"umsetzung\",1]]", "{\"umsetzung\":1}"},
            // two picks, and both places ranked
            {"[[\"umsetzung\",5],[\"budget\",80000],[\"online\",[\"kfz\",\"melde\"]],[\"ziele\",[\"service\",\"effizienz\"]]]",
                "{\"umsetzung\":5,\"budget\":80000,\"online\":[\"kfz\",\"melde\"],\"ziele\":[\"service\",\"effizienz\"]}"},
            {"[[\"umsetzung\",3],[\"online\",[\"melde\",\"bau\"]]]", "{\"umsetzung\":3,\"online\":[\"melde\",\"bau\"]}"},
            // "none of these" alone, where two picks are asked for: an option that goes only alone is a
            // whole answer by itself, in Typwerk and so in SurveyJS's form
            {"[[\"umsetzung\",4],[\"online\",[\"keine\"]]]", "{\"umsetzung\":4,\"online\":[\"keine\"]}"},
            // picked after another option, it clears that one (isExclusive)
            {"[[\"umsetzung\",1],[\"online\",[\"bau\"]],[\"online\",[\"bau\",\"keine\"]]]", "{\"umsetzung\":1,\"online\":[\"keine\"]}"},
        };
        String[] refused = {
            "[[\"umsetzung\",4],[\"online\",[\"melde\"]]]",
            "[[\"umsetzung\",4],[\"ziele\",[\"service\"]]]",
            "[[\"umsetzung\",4],[\"budget\",50.5]]",
        };
        StringBuilder input = new StringBuilder();
        List<String> nativeRows = new ArrayList<>();
        for (String[] walk : walks) {
            input.append("{\"steps\":").append(walk[0]).append("}\n");
            nativeRows.add("{\"questionnaire\":\"test-ketten\",\"version\":\"1.0.0\",\"answers\":" + walk[1] + "}");
        }
        for (String walk : refused) input.append("{\"steps\":").append(walk).append("}\n");
        Path in = dir.resolve("ketten.steps.jsonl");
        Path out = dir.resolve("ketten.data.jsonl");
        Files.writeString(in, input);

        JsonNode report = Shipped.tree(node.script("surveyjs-check.js", List.of("walk", survey.toString(), in.toString(), out.toString())));

        assertThat(report.path("refused")).as("steps on questions SurveyJS did not show").isEmpty();
        List<String> invalid = new ArrayList<>();
        report.path("invalid").forEach(row -> invalid.add(row.path("row").asInt() + " " + row.path("errors")));
        assertThat(invalid).as("rows SurveyJS refuses to complete").hasSize(refused.length);
        assertThat(invalid.get(0)).startsWith((walks.length + 1) + " ").contains("online: Bitte wählen Sie mindestens 2 aus");
        assertThat(invalid.get(1)).startsWith((walks.length + 2) + " ").contains("ziele: Bitte ordnen Sie genau 2 ein");
        assertThat(invalid.get(2)).startsWith((walks.length + 3) + " ").contains("budget:");
        List<String> data = Files.readAllLines(out).subList(0, walks.length);
        String fromSurveyJs = FixturePlugins.score(engine, ResponseFormat.SURVEYJS, String.join("\n", data));
        assertThat(fromSurveyJs).isEqualTo(FixturePlugins.scoreNative(engine, nativeRows)).doesNotContain("\"error\"");
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
