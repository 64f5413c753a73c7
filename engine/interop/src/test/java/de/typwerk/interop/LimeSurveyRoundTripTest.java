package de.typwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.interop.limesurvey.LimeSurveyExport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every shipped questionnaire exported as LimeSurvey's survey structure file reads as LimeSurvey's
 * importer reads it, with codes LimeSurvey accepts; answered in LimeSurvey's terms (the response
 * export, written from nothing but the structure file), the responses score byte for byte as the
 * same answers given natively, with either separator and each heading style of codes (also followed
 * by the question's text), and as a VV file.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LimeSurveyRoundTripTest {

    @Test
    void every_export_is_a_structure_file_as_limesurveys_importer_reads_it_with_codes_it_accepts() throws IOException {
        for (LoadedQuestionnaire q : Shipped.questionnaires()) {
            for (String language : q.questionnaire().locales()) {
                String id = q.questionnaire().id() + " in " + language;
                LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(q, language));
                List<String> columns = new ArrayList<>(LimeSurveyExport.BASE_COLUMNS);
                columns.addAll(LimeSurveyExport.ATTRIBUTE_COLUMNS);
                assertThat(tool.header).as(id).isEqualTo(columns);
                assertThat(tool.lines).as(id).allSatisfy(l -> assertThat(l.get("class")).isIn("S", "SL", "G", "Q", "SQ", "A", "TYPWERK"));
                assertThat(tool.baseLanguage()).as(id).isEqualTo(language);
                for (LimeSurveyTool.Line l : tool.ofClass("Q")) {
                    assertThat(l.get("name")).as("question code in %s", id).matches("[A-Za-z][A-Za-z0-9]{0,19}");
                    assertThat(l.get("type/scale")).isIn("L", "M", "R", "N", "T", "S", "*");
                    assertThat(l.get("mandatory")).isIn("Y", "N");
                }
                assertThat(tool.ofClass("SQ")).allSatisfy(l -> assertThat(l.get("name")).matches("[A-Za-z0-9]{1,20}"));
                assertThat(tool.ofClass("A")).allSatisfy(l -> assertThat(l.get("name")).matches("[A-Za-z0-9]{1,5}"));
                // every language has the same groups and questions, in the same order
                for (String other : q.questionnaire().locales()) {
                    assertThat(codes(tool, other)).as(id).isEqualTo(codes(tool, language));
                }
                // every question of the questionnaire is kept in the mapping, and every code it names is a question
                Map<String, String> questions = tool.mapping().get("question");
                assertThat(questions.values()).as(id).containsExactlyElementsOf(
                        q.questionnaire().questions().stream().map(de.typwerk.api.model.Question::id).toList());
                assertThat(codes(tool, language)).containsAll(questions.keySet());
            }
        }
    }

    /**
     * LimeSurvey's expression parser takes a constant, a variable, a function call or a parenthesis
     * after a unary operator ({@code RDP_EvaluateUnaryExpression} calls {@code RDP_EvaluatePrimaryExpression}):
     * "!!is_empty(Q09.NAOK)", as "answered: false" was written, is a syntax error there. Checked for
     * the shipped questionnaires and the fixture test-ketten (whose ohne-budget asks for budget not answered).
     */
    @Test
    void every_relevance_equation_puts_a_primary_expression_after_each_unary_operator(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        List<LoadedQuestionnaire> all = new ArrayList<>(Shipped.questionnaires());
        all.add(FixturePlugins.engine(dir, "ketten").questionnaire("test-ketten").orElseThrow());
        java.util.regex.Pattern unaryUnary = java.util.regex.Pattern.compile("(^|[^=!<>])[!]\\s*[!+-]");
        int equations = 0;
        for (LoadedQuestionnaire q : all) {
            LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(q, q.questionnaire().defaultLocale()));
            for (LimeSurveyTool.Line l : tool.ofClass("Q")) {
                String relevance = l.get("relevance");
                assertThat(unaryUnary.matcher(relevance).find()).as("%s %s: %s", q.questionnaire().id(), l.get("name"), relevance).isFalse();
                if (!relevance.equals("1")) equations++;
            }
        }
        assertThat(equations).isGreaterThan(10);
        LimeSurveyTool ketten = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(all.get(all.size() - 1), "de"));
        String budget = ketten.mapping().get("question").entrySet().stream().filter(e -> e.getValue().equals("budget"))
                .findFirst().orElseThrow().getKey();
        String ohneBudget = ketten.mapping().get("question").entrySet().stream().filter(e -> e.getValue().equals("ohne-budget"))
                .findFirst().orElseThrow().getKey();
        assertThat(ketten.ofClass("Q").stream().filter(l -> l.get("name").equals(ohneBudget)).findFirst().orElseThrow().get("relevance"))
                .isEqualTo("is_empty(" + budget + ".NAOK)");
    }

    /**
     * LimeSurvey checks {@code min_answers} as {@code count(Q05_SQ01.NAOK, …) >= (min_answers)}
     * ({@code LimeExpressionManager}, validation {@code min_answers}), counting every picked
     * subquestion; {@code exclude_all_others} clears the others when "keine" is picked, so "keine"
     * alone counts one. Typwerk takes an option that goes only alone as a whole answer whatever
     * {@code minPicks} says: test-ketten's online (minPicks 2, exclusive "keine") asks for one pick
     * while "keine" is picked, an equation the attribute takes ({@code expression} 2); a minPicks of
     * 1 of a required question stays a number. The equation asks nothing of the question being
     * answered, so online, which may be left open, asks for its picks only once one is made. Its ranking ziele (top 2, not required) counts its places the same way: once
     * the first is ranked, both are asked for.
     */
    @Test
    void min_answers_takes_an_option_that_goes_only_alone_as_a_whole_answer(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        LoadedQuestionnaire ketten = FixturePlugins.engine(dir, "ketten").questionnaire("test-ketten").orElseThrow();
        LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(ketten, "de"));
        String online = tool.mapping().get("question").entrySet().stream().filter(e -> e.getValue().equals("online"))
                .findFirst().orElseThrow().getKey();
        String keine = tool.mapping().get("option").entrySet().stream().filter(e -> e.getValue().equals("online/keine"))
                .findFirst().orElseThrow().getKey().substring(online.length() + 1);
        for (String language : List.of("de", "en")) {
            LimeSurveyTool.Line q = tool.ofClass("Q").stream().filter(l -> l.get("name").equals(online) && l.get("language").equals(language))
                    .findFirst().orElseThrow();
            assertThat(q.get("exclude_all_others")).isEqualTo(keine);
            // online may be left open: LimeSurvey checks min_answers on a question left open too, so the
            // picks are asked for once one is made, where "2" (or "keine" alone) had made it a question that must be answered
            assertThat(q.get("mandatory")).isEqualTo("N");
            assertThat(q.get("min_answers")).as(language).isEqualTo("if(count(" + online + "_SQ01.NAOK, " + online + "_SQ02.NAOK, "
                    + online + "_SQ03.NAOK, " + online + "_SQ04.NAOK, " + online + "_SQ05.NAOK) == 0, 0, if(" + online + "_" + keine
                    + ".NAOK == \"Y\", 1, 2))");
            assertThat(q.get("max_answers")).isEqualTo("3");
            // the top-2 ranking ziele may be left open, but once its first place is ranked asks for both:
            // LimeSurvey let a respondent rank one goal, which Typwerk refuses as one option given of 2
            LimeSurveyTool.Line ziele = tool.ofClass("Q").stream().filter(l -> l.get("name").equals(code(tool, "ziele"))
                    && l.get("language").equals(language)).findFirst().orElseThrow();
            assertThat(ziele.get("mandatory")).isEqualTo("N");
            assertThat(ziele.get("max_answers")).isEqualTo("2");
            assertThat(ziele.get("min_answers")).isEqualTo("if(is_empty(" + code(tool, "ziele") + "_1.NAOK), 0, 2)");
        }
        for (LoadedQuestionnaire q : Shipped.questionnaires()) {
            LimeSurveyTool shipped = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(q, q.questionnaire().defaultLocale()));
            assertThat(shipped.ofClass("Q")).as(q.questionnaire().id()).allSatisfy(l -> assertThat(l.get("min_answers"))
                    .matches(l.get("type/scale").equals("R") && l.get("mandatory").equals("N") ? "|if\\(is_empty\\(Q[0-9]+_1\\.NAOK\\), 0, [0-9]+\\)" : "[0-9]*"));
        }
    }

    /**
     * LimeSurvey's expression manager reads a {@code {…}} in any text (a brace not followed by a
     * space) as an equation: test-klammern's option "Ein kommunaler IT-Dienstleister {AöR,
     * Zweckverband}" would show as an equation that does not parse. Every text of the structure
     * file (title, group, question, help, subquestion, answer, a scale's point) writes its braces as
     * HTML's character references, which the browser shows as braces and the expression manager
     * passes over; a response export of full answers, whose cell holds the text with its braces, is
     * still told from an answer code.
     */
    @Test
    void braces_in_texts_are_character_references_the_expression_manager_passes_over(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        de.typwerk.engine.Typwerk engine = FixturePlugins.engine(dir, "klammern");
        LoadedQuestionnaire klammern = engine.questionnaire("test-klammern").orElseThrow();
        for (String language : List.of("de", "en")) {
            LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(klammern, language));
            for (LimeSurveyTool.Line l : tool.lines) {
                if (l.get("class").equals("TYPWERK")) continue;
                for (String column : List.of("name", "text", "help")) {
                    assertThat(l.get(column)).as("%s %s %s", l.get("class"), l.get("name"), column).doesNotContain("{", "}");
                }
            }
            assertThat(tool.ofClass("A").stream().map(l -> l.get("text")))
                    .contains("Ein kommunaler IT-Dienstleister &#123;AöR, Zweckverband&#125;",
                            "A municipal IT service provider &#123;public body, joint authority&#125;", "1 – kaum &#123;0–20 %&#125;");
            assertThat(tool.ofClass("SL").stream().map(l -> l.get("text"))).contains("Klammern &#123;im Titel&#125; (Testfragebogen)");
        }
        LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(klammern, "de"));
        String row = "{\"questionnaire\":\"test-klammern\",\"version\":\"1.0.0\",\"answers\":{\"traeger\":\"dienstleister\",\"umsetzung\":1}}";
        String codes = tool.responses(List.of(row), ';', LimeSurveyTool.Headings.BRACKETS);
        assertThat(FixturePlugins.score(engine, ResponseFormat.LIMESURVEY, codes)).isEqualTo(FixturePlugins.scoreNative(engine, List.of(row)))
                .doesNotContain("\"error\"");
        String full = tool.responses(List.of(row), ';', LimeSurveyTool.Headings.BRACKETS, LimeSurveyTool.Answers.FULL)
                .replace("&#123;", "{").replace("&#125;", "}");
        assertThat(full).contains("\"Ein kommunaler IT-Dienstleister {AöR, Zweckverband}\"");
        assertThat(FixturePlugins.score(engine, ResponseFormat.LIMESURVEY, full))
                .contains("\"code\":\"full-answers\",\"question\":\"traeger\"");
    }

    @Test
    void responses_exported_from_limesurvey_score_as_the_same_answers_given_natively() throws IOException {
        for (LoadedQuestionnaire q : Shipped.questionnaires()) {
            String id = q.questionnaire().id();
            LimeSurveyTool tool = LimeSurveyTool.read(ExportFormat.LIMESURVEY.export(q, q.questionnaire().defaultLocale()));
            List<String> rows = new ArrayList<>(Shipped.nativeRows(q, 30, 13));
            List<String> alone = Shipped.aloneRows(q, rows);
            Shipped.assertCoversAloneOptions(q, alone);
            rows.addAll(alone);
            String expected = Shipped.scoreNative(rows);
            String semicolons = tool.responses(rows, ';', LimeSurveyTool.Headings.BRACKETS);
            assertThat(Shipped.score(ResponseFormat.LIMESURVEY, LimeSurveyTool.bytes(semicolons), Optional.empty()))
                    .as(id).isEqualTo(expected).doesNotContain("\"error\"");
            String commas = tool.responses(rows, ',', LimeSurveyTool.Headings.UNDERSCORES);
            assertThat(Shipped.score(ResponseFormat.LIMESURVEY, LimeSurveyTool.bytes(commas), Optional.of(q))).as(id).isEqualTo(expected);
            String texts = tool.responses(rows, ';', LimeSurveyTool.Headings.CODES_AND_TEXTS);
            assertThat(texts).as(id).contains("\"Q01. ");
            assertThat(Shipped.score(ResponseFormat.LIMESURVEY, LimeSurveyTool.bytes(texts), Optional.empty()))
                    .as(id + " with headings of code and text").isEqualTo(expected);
            assertThat(ResponseFormat.recognize(LimeSurveyTool.bytes(texts))).as(id).contains(ResponseFormat.LIMESURVEY);
            String vv = tool.vv(rows);
            assertThat(Shipped.score(ResponseFormat.LIMESURVEY, LimeSurveyTool.bytes(vv), Optional.empty())).as(id + " as a VV file")
                    .isEqualTo(expected);
        }
    }

    /** The code the export gave the question {@code id}. */
    private static String code(LimeSurveyTool tool, String id) {
        return tool.mapping().get("question").entrySet().stream().filter(e -> e.getValue().equals(id)).findFirst().orElseThrow().getKey();
    }

    private static List<String> codes(LimeSurveyTool tool, String language) {
        return tool.lines.stream().filter(l -> l.get("language").equals(language))
                .filter(l -> l.get("class").equals("Q"))
                .map(l -> l.get("name")).toList();
    }
}
