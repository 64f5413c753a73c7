package de.typwerk.engine.answers;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Respondent;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.Severity;
import de.typwerk.api.model.Version;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.i18n.TextControls;
import de.typwerk.engine.testing.Fixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.assertj.core.api.ObjectAssert;
import org.junit.jupiter.api.Test;

class AnswersReaderTest {

    private static final List<LoadedQuestionnaire> LOADED = List.of(Fixtures.loaded(Fixtures.TEAMS));

    private final AnswersReader reader = new AnswersReader(new Mappers(), new Messages(Locale.ENGLISH));

    private static AnswersRead read(AnswersReader reader, String file) {
        return reader.read("answers/" + file, Fixtures.bytes("answers/" + file), LOADED);
    }

    private AnswersRead read(String file) {
        return read(reader, file);
    }

    /** The file's one problem: an error, with no response. */
    private ObjectAssert<Problem> theOneErrorOf(String file) {
        AnswersRead read = read(file);
        assertThat(read.response()).as("response").isEmpty();
        assertThat(read.ok()).isFalse();
        assertThat(read.problems()).as("problems of %s", file).hasSize(1);
        Problem problem = read.problems().get(0);
        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(problem.location().source()).isEqualTo("answers/" + file);
        return assertThat(problem);
    }

    @Test
    void reads_every_kind_of_answer_into_a_response_in_questionnaire_order() {
        AnswersRead read = read("good.yaml");

        assertThat(read.problems()).isEmpty();
        assertThat(read.ok()).isTrue();
        Response response = read.response().orElseThrow();
        assertThat(response.questionnaireId()).isEqualTo("fixture-teams");
        assertThat(response.questionnaireVersion()).isEqualTo(Version.parse("1.2.0"));
        assertThat(response.respondent()).isEqualTo(Respondent.builder().name("Gemeinde Musterhausen").ags("09162000").kind("gemeinde").state("Bayern").build());
        assertThat(response.answers().keySet())
                .containsExactly("q-anchor", "q-tools", "q-goals", "q-numbers", "q-meetups", "q-size", "q-note");
        assertThat(response.answers()).containsEntry("q-anchor", new Answer.Choice("o-craft"))
                // picks are kept in definition order, whatever order they were written in
                .containsEntry("q-tools", new Answer.Choices(List.of("t-data", "t-forum")))
                .containsEntry("q-goals", new Answer.Ranking(List.of("g-service", "g-efficiency")))
                .containsEntry("q-numbers", new Answer.Scale(4))
                .containsEntry("q-meetups", new Answer.Scale(5))
                .containsEntry("q-size", new Answer.Number(new BigDecimal("12000")))
                .containsEntry("q-note", new Answer.Text("Wir fangen gerade an."));
        assertThat(read.questionnaire()).contains(LOADED.get(0));
    }

    @Test
    void reads_answers_from_a_source_without_an_ending_as_what_their_content_is_yaml_or_json() {
        byte[] yaml = Fixtures.bytes("answers/good.yaml");
        byte[] json = Fixtures.bytes("answers/good.json");

        for (String source : List.of("/dev/stdin", "-", "antworten")) {
            assertThat(reader.read(source, yaml, LOADED).problems()).as("YAML from %s", source).isEmpty();
            assertThat(reader.read(source, json, LOADED).problems()).as("JSON from %s", source).isEmpty();
        }
        // a name that says JSON is read as JSON, whatever the content
        assertThat(reader.read("answers.json", yaml, LOADED).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("The answers file is not valid JSON"));
    }

    @Test
    void reads_json_as_well_and_a_whole_number_written_with_a_decimal_point() {
        AnswersRead read = read("good.json");

        assertThat(read.problems()).isEmpty();
        assertThat(read.response().orElseThrow().answers()).containsEntry("q-tools", new Answer.Choices(List.of()))
                .containsEntry("q-size", new Answer.Number(new BigDecimal("12.0")));
        assertThat(read.response().orElseThrow().respondent()).isEqualTo(Respondent.ANONYMOUS);
    }

    @Test
    void takes_null_for_not_answered_so_a_template_can_be_filled_in_partly() {
        AnswersRead read = read("nulls.yaml");

        assertThat(read.problems()).isEmpty();
        assertThat(read.response().orElseThrow().answers()).containsOnlyKeys("q-anchor");
    }

    @Test
    void refuses_an_empty_file() {
        theOneErrorOf("empty.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("empty");
            assertThat(p.message()).startsWith("The answers file is empty; expected the keys questionnaire, version and answers");
            assertThat(p.location().line()).isEqualTo(1);
        });
        theOneErrorOf("comments-only.yaml").extracting(Problem::code).isEqualTo("empty");
    }

    @Test
    void a_file_that_holds_only_a_utf8_byte_order_mark_is_empty_as_json_too() {
        // Notepad saves an empty file "as UTF-8" as these three bytes; the JSON parser looks for a mark only in four
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        for (String source : List.of("answers.json", "answers.yaml", "-")) {
            assertThat(reader.read(source, mark, LOADED).problems()).as(source).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("empty");
                assertThat(p.message()).startsWith("The answers file is empty;");
                assertThat(p.location().line() + ":" + p.location().column()).isEqualTo("1:1");
            });
        }
    }

    @Test
    void a_json_file_cut_off_inside_a_text_before_its_last_line_break_is_said_to_be_cut_off_not_to_hold_a_control_character() {
        String cut = "{\"questionnaire\": \"fixture-teams\", \"version\": \"1.2.0\", \"answers\": {\"q-anchor\": \"o-cr";
        for (String end : java.util.List.of("\n", "\r\n", "")) {
            byte[] bytes = (cut + end).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(reader.read("answers.json", bytes, LOADED).problems()).as(end).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("truncated");
                assertThat(p.message()).isEqualTo("The answers file ends in the middle of the document (cut off?): the JSON is incomplete here.");
                assertThat(p.location().line() + ":" + p.location().column()).isEqualTo("1:" + (cut.length() + 1));
            });
        }
    }

    @Test
    void refuses_a_truncated_json_file_saying_where_it_ends() {
        theOneErrorOf("truncated.json").satisfies(p -> {
            assertThat(p.code()).isEqualTo("truncated");
            assertThat(p.message()).isEqualTo("The answers file ends in the middle of the document (cut off?): the JSON is incomplete here.");
            assertThat(p.location().line()).isEqualTo(6);
        });
    }

    @Test
    void refuses_answers_nested_too_deep_saying_where_and_what_the_limit_is() {
        String deep = "{\"questionnaire\": \"fixture-teams\",\n \"answers\": " + "[".repeat(80) + "]".repeat(80) + "}";
        for (String file : List.of("deep.json", "deep.yaml")) {
            AnswersRead read = reader.read(file, deep.getBytes(StandardCharsets.UTF_8), LOADED);

            assertThat(read.response()).isEmpty();
            assertThat(read.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("syntax");
                assertThat(p.message()).endsWith("nested deeper than allowed (65 levels, at most 64)").doesNotContain("`", "\n");
                assertThat(p.location().line()).as(file).isEqualTo(2);
                // at the bracket that opens the 65th level, where the check of definitions places it too
                assertThat(p.location().column()).as(file).isEqualTo(13 + 63);
            });
        }
    }

    @Test
    void places_a_mapping_nested_too_deep_at_the_brace_that_opens_the_level_too_many() {
        // a JSON parser reads a member's value with its key: the place is the brace, not the key before it
        String deep = "{\"questionnaire\": \"fixture-teams\",\n \"answers\": " + "{\"a\": ".repeat(80) + "1" + "}".repeat(81);
        for (String file : List.of("deep.json", "deep.yaml")) {
            AnswersRead read = reader.read(file, deep.getBytes(StandardCharsets.UTF_8), LOADED);

            assertThat(read.problems()).singleElement().satisfies(p -> {
                assertThat(p.message()).endsWith("nested deeper than allowed (65 levels, at most 64)");
                assertThat(p.location().line()).as(file).isEqualTo(2);
                assertThat(p.location().column()).as(file).isEqualTo(13 + 63 * 6);
            });
        }
    }

    @Test
    void refuses_a_truncated_yaml_file() {
        theOneErrorOf("truncated.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("truncated");
            assertThat(p.location().line()).isEqualTo(5);
        });
    }

    @Test
    void refuses_a_file_that_is_not_yaml_with_the_parsers_reason_and_position() {
        theOneErrorOf("syntax.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("syntax");
            assertThat(p.toString()).isEqualTo("answers/syntax.yaml:5:2: error: The answers file is not valid YAML:"
                    + " the indentation does not match the lines above: every entry of a block starts with as many spaces as the first");
            assertThat(p.location().line()).isEqualTo(5);
        });
    }

    @Test
    void refuses_a_second_document_after_the_first() {
        theOneErrorOf("two-documents.yaml").extracting(Problem::code).isEqualTo("trailing-content");
    }

    @Test
    void refuses_a_document_that_is_not_a_mapping() {
        theOneErrorOf("not-a-mapping.json").extracting(Problem::code).isEqualTo("not-a-mapping");
    }

    @Test
    void refuses_answers_for_an_unknown_questionnaire_suggesting_the_closest_loaded_one() {
        theOneErrorOf("unknown-questionnaire.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("unknown-questionnaire");
            assertThat(p.message()).isEqualTo(
                    "Unknown questionnaire 'fixture-teems' (did you mean 'fixture-teams'?); loaded are: fixture-teams.");
            assertThat(p.location().line()).isEqualTo(1);
            assertThat(p.location().pointer()).isEqualTo("/questionnaire");
        });
    }

    @Test
    void refuses_answers_for_another_major_version_or_a_newer_version_than_loaded() {
        theOneErrorOf("incompatible-version.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("incompatible-version");
            assertThat(p.message()).isEqualTo("The answers belong to fixture-teams version 2.0.0, but fixture-teams is loaded"
                    + " only in version 1.2.0; answers fit the same major version, at least as new.");
            assertThat(p.location().pointer()).isEqualTo("/version");
            assertThat(p.location().line()).isEqualTo(2);
        });
        theOneErrorOf("newer-version.yaml").extracting(Problem::code).isEqualTo("incompatible-version");
    }

    @Test
    void reads_answers_for_an_older_minor_version_against_the_loaded_one_with_a_warning() {
        AnswersRead read = read("older-minor.yaml");

        assertThat(read.ok()).isTrue();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).isEqualTo("The answers for fixture-teams 1.0.0 are checked against the loaded version 1.2.0.");
        });
        assertThat(read.response().orElseThrow().questionnaireVersion()).isEqualTo(Version.parse("1.2.0"));
    }

    @Test
    void refuses_answers_that_do_not_name_the_version() {
        theOneErrorOf("missing-version.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("missing-key");
            assertThat(p.message()).isEqualTo("The key 'version' is missing.");
        });
    }

    @Test
    void a_questionnaire_or_version_written_without_a_value_is_placed_at_its_key_not_at_the_top() {
        byte[] version = "{\"questionnaire\": \"fixture-teams\",\n \"version\": null, \"answers\": {}}".getBytes(StandardCharsets.UTF_8);
        byte[] json = "{\"questionnaire\": null, \"version\": \"1.2.0\", \"answers\": {}}".getBytes(StandardCharsets.UTF_8);

        assertThat(reader.read("a.json", version, LOADED).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("missing-key");
            assertThat(p.message()).isEqualTo("'version' is empty; it says which questionnaire (and which version of it) the answers are for.");
            assertThat(p.location().pointer()).isEqualTo("/version");
            assertThat(p.location().line()).isEqualTo(2);
        });
        assertThat(reader.read("a.json", json, LOADED).problems()).singleElement().satisfies(p -> {
            assertThat(p.location().pointer()).isEqualTo("/questionnaire");
            assertThat(p.location().column()).isEqualTo(2);
        });
    }

    @Test
    void a_key_written_twice_on_one_line_as_a_json_lines_row_is_named_with_the_column_of_the_first_not_line_1() {
        byte[] row = "{\"questionnaire\":\"fixture-teams\",\"version\":\"1.2.0\",\"answers\":{\"q-numbers\":4,\"q-numbers\":5}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(reader.read("row.json", row, LOADED).problems()).filteredOn(p -> p.code().equals("duplicate-key"))
                .singleElement().satisfies(p -> {
                    assertThat(p.message()).isEqualTo("The question 'q-numbers' is answered twice on the same line (first at column 63).");
                    assertThat(p.location().column()).isEqualTo(77);
                });
    }

    @Test
    void refuses_an_unknown_top_level_key_suggesting_the_right_one() {
        theOneErrorOf("unknown-key.yaml").satisfies(p -> {
            assertThat(p.message()).isEqualTo(
                    "Unknown key 'respondant' (did you mean 'respondent'?); allowed are: questionnaire, version, respondent, answers.");
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.location().column()).isEqualTo(1);
        });
    }

    @Test
    void a_misspelt_id_of_a_required_question_is_one_problem_not_also_a_missing_answer() {
        theOneErrorOf("misspelt-required.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("unknown-question");
            assertThat(p.message()).contains("'q-ancor'", "did you mean 'q-anchor'?");
        });
    }

    @Test
    void refuses_an_unknown_question_id_suggesting_the_closest_question() {
        theOneErrorOf("unknown-question.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("unknown-question");
            assertThat(p.message()).isEqualTo(
                    "The questionnaire fixture-teams@1.2.0 has no question 'q-ancor' (did you mean 'q-anchor'?).");
            assertThat(p.location().line()).isEqualTo(5);
            assertThat(p.location().column()).isEqualTo(3);
            assertThat(p.location().pointer()).isEqualTo("/answers/q-ancor");
        });
    }

    @Test
    void past_a_hundred_answers_to_questions_the_questionnaire_has_not_the_rest_are_counted_in_one_finding() {
        // a file (or a request body to typwerk serve) of 100,000 made-up keys gave 100,000 findings, each
        // looked up against every question id for a hint: seconds of work and a gigabyte of memory
        StringBuilder yaml = new StringBuilder("questionnaire: fixture-teams\nversion: 1.2.0\nanswers:\n  q-anchor: o-data\n");
        for (int i = 0; i < 100_000; i++) yaml.append("  made-up-").append(i).append(": o-data\n");
        byte[] bytes = yaml.toString().getBytes(StandardCharsets.UTF_8);
        for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            AnswersRead read = new AnswersReader(new Mappers(), new Messages(language)).read("many.yaml", bytes, LOADED);

            assertThat(read.response()).isEmpty();
            assertThat(read.problems()).hasSize(AnswersReader.MAX_UNKNOWN_QUESTIONS + 1).allMatch(p -> p.code().equals("unknown-question"));
            assertThat(read.problems().get(99).location().pointer()).isEqualTo("/answers/made-up-99");
            Problem rest = read.problems().get(100);
            assertThat(rest.location().pointer()).isEqualTo("/answers/made-up-100");
            assertThat(rest.location().line()).isEqualTo(105);
            assertThat(rest.message()).isEqualTo(language == Locale.ENGLISH
                    ? "From here on, 99900 more answers to questions that the questionnaire fixture-teams@1.2.0 does not have; "
                            + "after the first 100, none is named on its own."
                    : "Von hier an 99900 weitere Antworten auf Fragen, die der Fragebogen fixture-teams@1.2.0 nicht hat; "
                            + "nach den ersten 100 wird keine mehr einzeln genannt.");
        }
    }

    @Test
    void past_a_hundred_keys_written_twice_the_rest_are_counted_in_one_finding() {
        // a request body to typwerk serve of 100,000 copies of one key got 100,000 findings: 25 MB of
        // problem+json, made and sent in some 15 seconds
        StringBuilder yaml = new StringBuilder("questionnaire: fixture-teams\nversion: 1.2.0\nanswers:\n  q-anchor: o-data\n");
        for (int i = 0; i < 100_000; i++) yaml.append("  q-anchor: o-data\n");
        byte[] bytes = yaml.toString().getBytes(StandardCharsets.UTF_8);
        for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            AnswersRead read = new AnswersReader(new Mappers(), new Messages(language)).read("twice.yaml", bytes, LOADED);

            assertThat(read.response()).isEmpty();
            List<Problem> twice = read.problems().stream().filter(p -> p.code().equals("duplicate-key")).toList();
            assertThat(twice).hasSize(TreeReader.MAX_DUPLICATES + 1);
            assertThat(twice.get(99).location().line()).isEqualTo(104);
            Problem rest = twice.get(100);
            assertThat(rest.location().line()).isEqualTo(105);
            assertThat(rest.location().pointer()).isEqualTo("/answers/q-anchor");
            assertThat(rest.message()).isEqualTo(language == Locale.ENGLISH
                    ? "From here on, 99900 more keys that appear twice; after the first 100, none is named on its own."
                    : "Von hier an 99900 weitere Schlüssel, die doppelt stehen; nach den ersten 100 wird keiner mehr einzeln genannt.");
            assertThat(read.problems()).hasSizeLessThan(200);
        }
    }

    @Test
    void a_response_built_in_code_with_100000_answers_to_questions_the_questionnaire_has_not_gets_a_hundred_and_one_findings() {
        // the embedding API (Typwerk.score of a Response) checks with checkAnswers, not read(): it
        // made a finding, and a hint against every question id, for each of the 100,000
        Response.Builder built = Response.builder(Fixtures.TEAMS.id(), Version.parse(Fixtures.TEAMS.version()))
                .answer("q-anchor", new Answer.Choice("o-data"));
        for (int i = 0; i < 100_000; i++) built.answer("made-up-" + i, new Answer.Choice("o-data"));

        List<Problem> problems = reader.checkAnswers("", Fixtures.TEAMS, built.build());

        assertThat(problems).hasSize(AnswersReader.MAX_UNKNOWN_QUESTIONS + 1).allMatch(p -> p.code().equals("unknown-question"));
        assertThat(problems.get(99).location().pointer()).isEqualTo("/answers/made-up-99");
        assertThat(problems.get(100).location().pointer()).isEqualTo("/answers/made-up-100");
        assertThat(problems.get(100).message()).isEqualTo(
                "From here on, 99900 more answers to questions that the questionnaire fixture-teams@1.2.0 does not have; "
                        + "after the first 100, none is named on its own.");
        assertThat(reader.checkAnswers("", Fixtures.TEAMS, built.build(), false)).isEqualTo(problems);
    }

    @Test
    void refuses_an_option_that_does_not_exist_listing_the_valid_ones() {
        theOneErrorOf("unknown-option.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("unknown-option");
            assertThat(p.message()).isEqualTo("Question 'q-anchor': there is no option 'o-dta' (did you mean 'o-data'?);"
                    + " expected one of the option ids o-data, o-craft, o-people.");
            assertThat(p.location().line()).isEqualTo(4);
        });
    }

    @Test
    void refuses_a_single_value_where_a_list_of_option_ids_is_expected_and_the_other_way_round() {
        theOneErrorOf("multi-not-a-list.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("wrong-kind");
            assertThat(p.message()).isEqualTo(
                    "Question 'q-tools': expected a list of 0 to 2 option ids from t-data, t-build, t-forum, t-none, not \"t-data\".");
        });
        theOneErrorOf("single-a-list.json").extracting((Problem p) -> p.message())
                .isEqualTo("Question 'q-anchor': expected one of the option ids o-data, o-craft, o-people, not a list.");
    }

    @Test
    void refuses_scale_values_out_of_range_not_whole_or_written_as_text() {
        theOneErrorOf("scale-out-of-range.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("out-of-range");
            assertThat(p.message()).isEqualTo("Question 'q-numbers': expected a whole number from 1 to 5, not 7. The number lies above the upper limit of 5.");
        });
        theOneErrorOf("scale-not-whole.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("not-whole");
            assertThat(p.message()).isEqualTo("Question 'q-numbers': expected a whole number from 1 to 5, not 3.5.");
        });
        theOneErrorOf("scale-a-text.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("wrong-kind");
            assertThat(p.message()).isEqualTo("Question 'q-numbers': expected a whole number from 1 to 5, not \"4\". Please write numbers without quotes: 4.");
        });
    }

    @Test
    void a_date_as_version_is_no_version_in_both_languages_not_version_2024_with_a_label() {
        byte[] answers = "questionnaire: fixture-teams\nversion: 2024-01-05\nanswers: {}\n".getBytes(StandardCharsets.UTF_8);
        for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            AnswersRead read = new AnswersReader(new Mappers(), new Messages(language)).read("answers/date.yaml", answers, LOADED);
            assertThat(read.problems()).as("%s", language).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("bad-version");
                assertThat(p.message()).isEqualTo(language == Locale.GERMAN ? "version: erwartet eine Version wie 1.0.0, nicht \"2024-01-05\"."
                        : "version: expected a version such as 1.0.0, not \"2024-01-05\".");
            });
        }
    }

    @Test
    void a_version_yaml_reads_as_a_number_is_taken_as_written_not_as_the_number_it_means() {
        // YAML 1.1 reads 01.2 and 1.2e0 as 1.2, +1.2 as 1.2, 0x1 as 1 and 1_2 as 12: each was taken for that version
        for (String written : List.of("01.2", "1.2e0", "+1.2", "0x1", "1_2")) {
            byte[] answers = ("questionnaire: fixture-teams\nversion: " + written + "\nanswers: {}\n").getBytes(StandardCharsets.UTF_8);
            AnswersRead read = reader.read("answers/number.yaml", answers, LOADED);
            assertThat(read.problems()).as(written).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("bad-version");
                // a number in another base is kept as the text it is, as one with a leading zero is (quoted then)
                String named = written.startsWith("0x") ? "\"" + written + "\"" : written;
                assertThat(p.message()).isEqualTo("version: expected a version such as 1.0.0, not " + named + ".");
            });
        }
        // the digits of a version YAML reads as a number are still one
        byte[] plain = "questionnaire: fixture-teams\nversion: 1.2\nanswers: {}\n".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read("answers/plain.yaml", plain, LOADED).problems()).extracting(Problem::code).doesNotContain("bad-version");
    }

    @Test
    void names_an_astronomical_number_as_written_short_not_with_all_its_digits() {
        // 1e1000000000 spelt out would be a message of a billion characters
        theOneErrorOf("scale-astronomical.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("out-of-range");
            assertThat(p.message()).isEqualTo("Question 'q-numbers': expected a whole number from 1 to 5, not 1e1000000000. The number lies above the upper limit of 5.");
        });
        theOneErrorOf("version-astronomical.json").satisfies(p -> {
            assertThat(p.code()).isEqualTo("bad-version");
            assertThat(p.message()).isEqualTo("version: expected a version such as 1.0.0, not 1e1000000000.");
        });
    }

    @Test
    void names_a_whole_number_too_large_for_a_double_as_the_number_written_not_as_yamls_infinity() {
        AnswersRead yaml = withAnswer(reader, "  q-numbers: 4", "  q-numbers: 1" + "0".repeat(400));
        AnswersRead json = reader.read("answers/big.json", ("{\"questionnaire\":\"fixture-teams\",\"version\":\"1.2.0\","
                + "\"answers\":{\"q-anchor\":\"o-data\",\"q-numbers\":-1" + "0".repeat(400) + "}}").getBytes(StandardCharsets.UTF_8), LOADED);

        assertThat(yaml.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("Question 'q-numbers': expected a whole number from 1 to 5, not 1E+400. The number lies above the upper limit of 5."));
        assertThat(json.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("Question 'q-numbers': expected a whole number from 1 to 5, not -1E+400. The number lies below the lower limit of 1."));
    }

    @Test
    void names_a_number_as_the_reader_wrote_it_not_as_another_number_or_spelling() {
        AnswersRead minusZero = withAnswer(reader, "  q-numbers: 4", "  q-numbers: -0");
        AnswersRead german = withAnswer(new AnswersReader(new Mappers(), new Messages(Locale.GERMAN)), "  q-numbers: 4", "  q-numbers: -0");
        AnswersRead json = reader.read("answers/big.json", ("{\"questionnaire\":\"fixture-teams\",\"version\":\"1.2.0\","
                + "\"answers\":{\"q-anchor\":\"o-data\",\"q-numbers\":1e309}}").getBytes(StandardCharsets.UTF_8), LOADED);

        assertThat(minusZero.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("Question 'q-numbers': expected a whole number from 1 to 5, not -0. The number lies below the lower limit of 1."));
        assertThat(german.problems()).singleElement().satisfies(p -> assertThat(p.message()).endsWith(", nicht -0. Die Zahl liegt unter der Untergrenze 1."));
        assertThat(json.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("Question 'q-numbers': expected a whole number from 1 to 5, not 1e309. The number lies above the upper limit of 5."));
    }

    @Test
    void names_a_number_whose_exponent_no_decimal_holds_as_written_not_as_yaml_infinity_or_zero() {
        AnswersReader german = new AnswersReader(new Mappers(), new Messages(Locale.GERMAN));
        for (String number : java.util.List.of("1e2147483648", "1e-2147483649", "-1e999999999999")) {
            byte[] json = ("{\"questionnaire\":\"fixture-teams\",\"version\":\"1.2.0\","
                    + "\"answers\":{\"q-anchor\":\"o-data\",\"q-numbers\":" + number + "}}").getBytes(StandardCharsets.UTF_8);

            AnswersRead en = reader.read("answers/exponent.json", json, LOADED);
            AnswersRead de = german.read("answers/exponent.json", json, LOADED);

            // on a scale too the limit it breaks, as for a number question (1e-2147483649 lies next to 0, below 1)
            boolean above = number.equals("1e2147483648");
            assertThat(en.problems()).as(number).singleElement().satisfies(p -> {
                assertThat(p.message()).isEqualTo("Question 'q-numbers': expected a whole number from 1 to 5, not " + number
                        + ", a number whose exponent is too large to be read; please write the number in digits, such as 1000000 or 12.5."
                        + (above ? " The number lies above the upper limit of 5." : " The number lies below the lower limit of 1."));
                assertThat(p.code()).isEqualTo("out-of-range");
                assertThat(p.location().column()).isEqualTo(new String(json, StandardCharsets.UTF_8).indexOf(number) + 1);
            });
            assertThat(de.problems()).as(number).singleElement().satisfies(p -> assertThat(p.message())
                    .endsWith(", nicht " + number + ", eine Zahl, deren Exponent zu gro\u00df ist, um sie zu lesen;"
                            + " bitte die Zahl in Ziffern schreiben, etwa 1000000 oder 12.5."
                            + (above ? " Die Zahl liegt \u00fcber der Obergrenze 5." : " Die Zahl liegt unter der Untergrenze 1.")));
        }
    }

    @Test
    void a_number_too_small_to_be_read_is_not_said_to_lie_above_a_limit_or_out_of_a_range_it_is_within() {
        // 1e-2147483649 is next to 0: within 0 to 100, below a minimum of 1; read as infinity, it was said to lie above 100
        String teams = new String(Fixtures.bytes("fixtures/teams.yaml"), StandardCharsets.UTF_8);
        Map<String, String> ranges = new java.util.LinkedHashMap<>();
        ranges.put("        min: 0\n        max: 100\n        integer: false\n",
                "Question 'q-size': expected a number from 0 to 100, not %s, a number whose exponent is too large to be read;"
                        + " please write the number in digits, such as 1000000 or 12.5.");
        ranges.put("        min: 1\n        max: 100\n        integer: false\n",
                "Question 'q-size': expected a number from 1 to 100, not %s, a number whose exponent is too large to be read;"
                        + " please write the number in digits, such as 1000000 or 12.5. The number lies below the lower limit of 1.");
        ranges.put("        min: -100\n        max: 0\n        integer: false\n",
                "Question 'q-size': expected a number from -100 to 0, not %s, a number whose exponent is too large to be read;"
                        + " please write the number in digits, such as 1000000 or 12.5. The number lies above the upper limit of 0.");
        ranges.forEach((range, message) -> {
            String changed = teams.replace("        min: 0\n        integer: true\n", range);
            assertThat(changed).isNotEqualTo(teams);
            List<LoadedQuestionnaire> loaded = List.of(Fixtures.loaded(new de.typwerk.engine.definition.DefinitionReader(new Mappers(),
                    new Messages(Locale.ENGLISH)).read(new de.typwerk.api.spi.DefinitionSource("fixtures/teams.yaml",
                    changed.getBytes(StandardCharsets.UTF_8))).questionnaire().orElseThrow()));
            byte[] json = ("{\"questionnaire\":\"fixture-teams\",\"version\":\"1.2.0\","
                    + "\"answers\":{\"q-anchor\":\"o-data\",\"q-size\":1e-2147483649}}").getBytes(StandardCharsets.UTF_8);
            assertThat(reader.read("answers/tiny.json", json, loaded).problems()).as(range).singleElement().satisfies(p -> {
                assertThat(p.message()).isEqualTo(message.formatted("1e-2147483649"));
                // within its range it is not out of it: refused for how it is written, as a CSV cell of it is
                assertThat(p.code()).isEqualTo(message.contains("The number lies") ? "out-of-range" : "wrong-kind");
            });
        });
    }

    @Test
    void names_the_largest_limit_a_definition_can_hold_short_not_in_309_digits() {
        // validate takes any finite limit; the message named it with every one of its 309 digits
        String teams = new String(Fixtures.bytes("fixtures/teams.yaml"), StandardCharsets.UTF_8);
        String wide = teams.replace("        min: 0\n        integer: true\n",
                "        min: 1\n        max: 1.7976931348623157e308\n        integer: false\n");
        assertThat(wide).isNotEqualTo(teams);
        List<LoadedQuestionnaire> loaded = List.of(Fixtures.loaded(new de.typwerk.engine.definition.DefinitionReader(new Mappers(),
                new Messages(Locale.ENGLISH)).read(new de.typwerk.api.spi.DefinitionSource("fixtures/teams.yaml",
                wide.getBytes(StandardCharsets.UTF_8))).questionnaire().orElseThrow()));
        byte[] json = ("{\"questionnaire\":\"fixture-teams\",\"version\":\"1.2.0\","
                + "\"answers\":{\"q-anchor\":\"o-data\",\"q-size\":0}}").getBytes(StandardCharsets.UTF_8);

        assertThat(reader.read("answers/wide.json", json, loaded).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("out-of-range");
            assertThat(p.message()).isEqualTo("Question 'q-size': expected a number from 1 to 1.7976931348623157E+308, not 0."
                    + " The number lies below the lower limit of 1.");
        });
    }

    @Test
    void names_a_yaml_number_whose_exponent_no_decimal_holds_at_its_place_not_as_malformed_yaml() {
        AnswersRead read = withAnswer(reader, "  q-numbers: 4", "  q-numbers: 1e999999999999");

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("Question 'q-numbers': expected a whole number from 1 to 5, not 1e999999999999,"
                    + " a number whose exponent is too large to be read; please write the number in digits, such as 1000000 or 12.5."
                    + " The number lies above the upper limit of 5.");
            assertThat(p.location().column()).isEqualTo(14);
        });
    }

    @Test
    void names_a_control_character_yaml_does_not_allow_at_its_line_and_column_not_at_the_start_of_the_file() {
        AnswersRead read = withAnswer(reader, "  q-numbers: 4", "  q-numbers: 4 # \u0001");

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("The answers file holds the control character U+0001 here, which YAML does not allow;"
                    + " please remove it.");
            assertThat(p.location().line()).isEqualTo(5);
            assertThat(p.location().column()).isEqualTo(18);
        });
    }

    @Test
    void a_column_on_a_line_of_json_counts_characters_as_an_editor_does_not_the_bytes_of_umlauts_or_a_byte_order_mark() {
        String line = "{\"questionnaire\":\"fixture-teams\",\"version\":\"1.2.0\",\"respondent\":{\"name\":\"Gemeinde Ödstübl\"},"
                + "\"answers\":{\"q-anchor\":\"o-crafty\"}}";
        // the unknown option is placed where the value stands
        int column = line.indexOf("\"o-crafty\"") + 1;
        for (String file : List.of(line, "\uFEFF" + line)) {
            AnswersRead read = reader.read("answers/one-line.json", file.getBytes(StandardCharsets.UTF_8), LOADED);

            assertThat(read.problems()).as(file).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("unknown-option");
                assertThat(p.location().line()).isEqualTo(1);
                assertThat(p.location().column()).isEqualTo(column);
            });
        }
        AnswersRead broken = reader.read("answers/one-line.json", line.replace("\"o-crafty\"", "o-crafty").getBytes(StandardCharsets.UTF_8), LOADED);
        assertThat(broken.problems()).singleElement().satisfies(p -> assertThat(p.location().column()).isEqualTo(line.indexOf("\"o-crafty") + 1));
    }

    @Test
    void a_wrong_answer_of_megabytes_is_quoted_by_its_start_and_length_not_whole() {
        String huge = "x".repeat(1_000_000);

        AnswersRead text = withAnswer(reader, "  q-size: 12000", "  q-size: " + huge);
        AnswersRead option = withAnswer(reader, "  q-anchor: o-craft", "  q-anchor: " + huge);

        assertThat(text.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
                "Question 'q-size': expected a whole number of at least 0, not \"" + "x".repeat(80) + "… (1000000 characters)\"."));
        assertThat(option.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("Question 'q-anchor': there is no option '" + "x".repeat(80) + "… (1000000 characters)'").hasSizeLessThan(400));
        assertThat(withAnswer(reader, "  q-size: 12000", "  q-size: " + "y".repeat(100)).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("\"" + "y".repeat(100) + "\""));
    }

    @Test
    void a_number_written_in_quotes_or_the_german_way_is_refused_saying_how_to_write_it() {
        Map<String, String> written = new java.util.LinkedHashMap<>();
        written.put("\"12000\"", "Question 'q-size': expected a whole number of at least 0, not \"12000\". Please write numbers without quotes: 12000.");
        written.put("3,5", "Question 'q-size': expected a whole number of at least 0, not \"3,5\"."
                + " Please write numbers with a decimal point, not a comma: 3.5.");
        written.put("\"1.200,5\"", "Question 'q-size': expected a whole number of at least 0, not \"1.200,5\"."
                + " Please write numbers with a decimal point, not a comma: 1200.5.");
        written.put("1.346", "Question 'q-size': expected a whole number of at least 0, not 1.346."
                + " The point is the decimal point; please write thousands without a separator: 1346.");
        written.put("viele", "Question 'q-size': expected a whole number of at least 0, not \"viele\".");
        // YAML 1.1 would read 010 as the octal number 8, and 08 (no octal number) as text
        written.put("010", "Question 'q-size': expected a whole number of at least 0, not \"010\"."
                + " Please write numbers without a leading zero (YAML reads 010 as the octal number 8): 10.");
        written.put("08", "Question 'q-size': expected a whole number of at least 0, not \"08\"."
                + " Please write numbers without a leading zero (YAML reads 010 as the octal number 8): 8.");
        written.put("-007", "Question 'q-size': expected a whole number of at least 0, not \"-007\"."
                + " Please write numbers without a leading zero (YAML reads 010 as the octal number 8): -7.");
        // a number in another base: YAML 1.1 reads 0x10 as 16 and 0b101 as 5, which were scored as if written so, and
        // YAML 1.2's 0o17 as text, refused without a word of why: each refused, with its value
        written.put("0x10", "Question 'q-size': expected a whole number of at least 0, not \"0x10\"."
                + " Please write numbers with the digits 0 to 9: 0x10 is the number 16 written in hexadecimal.");
        written.put("0b1_01", "Question 'q-size': expected a whole number of at least 0, not \"0b1_01\"."
                + " Please write numbers with the digits 0 to 9: 0b1_01 is the number 5 written in binary.");
        written.put("0o17", "Question 'q-size': expected a whole number of at least 0, not \"0o17\"."
                + " Please write numbers with the digits 0 to 9: 0o17 is the number 15 written in octal.");
        written.put("-0x10", "Question 'q-size': expected a whole number of at least 0, not \"-0x10\"."
                + " Please write numbers with the digits 0 to 9: -0x10 is the number -16 written in hexadecimal.");
        written.put("\"0X1F4\"", "Question 'q-size': expected a whole number of at least 0, not \"0X1F4\"."
                + " Please write numbers with the digits 0 to 9: 0X1F4 is the number 500 written in hexadecimal.");
        written.put("0xG", "Question 'q-size': expected a whole number of at least 0, not \"0xG\".");
        written.forEach((value, message) -> assertThat(withAnswer(reader, "  q-size: 12000", "  q-size: " + value).problems())
                .as(value).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(message)));
        assertThat(withAnswer(new AnswersReader(new Mappers(), new Messages(Locale.GERMAN)), "  q-numbers: 4", "  q-numbers: 3,5").problems())
                .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("Frage „q-numbers“: erwartet eine ganze Zahl von 1 bis 5,"
                        + " nicht \"3,5\". Zahlen bitte mit Dezimalpunkt statt Komma schreiben: 3.5."));
        assertThat(withAnswer(new AnswersReader(new Mappers(), new Messages(Locale.GERMAN)), "  q-numbers: 4", "  q-numbers: 0x3").problems())
                .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("Frage „q-numbers“: erwartet eine ganze Zahl von 1 bis 5,"
                        + " nicht \"0x3\". Zahlen bitte mit den Ziffern 0 bis 9 schreiben: 0x3 ist die Zahl 3, hexadezimal geschrieben."));
    }

    @Test
    void a_word_yaml_reads_as_true_or_false_is_named_as_written_with_what_yaml_made_of_it() {
        // an option may be called "no" (quoted in its definition): written without quotes, YAML 1.1 reads no, yes, on, off as booleans
        Map<String, String> written = new java.util.LinkedHashMap<>();
        written.put("  q-anchor: no", "Question 'q-anchor': expected one of the option ids o-data, o-craft, o-people, not no,"
                + " which YAML reads as false (a text goes in quotes: \"no\").");
        written.put("  q-numbers: on", "Question 'q-numbers': expected a whole number from 1 to 5, not on,"
                + " which YAML reads as true (a text goes in quotes: \"on\").");
        written.put("  q-anchor: true", "Question 'q-anchor': expected one of the option ids o-data, o-craft, o-people, not true.");
        written.forEach((line, message) -> assertThat(withAnswer(reader, line.startsWith("  q-anchor") ? "  q-anchor: o-craft"
                : "  q-numbers: 4", line).problems()).as(line).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(message)));

        String text = new String(Fixtures.bytes("answers/good.yaml"), StandardCharsets.UTF_8).replace("kind: gemeinde", "kind: Yes");
        assertThat(new AnswersReader(new Mappers(), new Messages(Locale.GERMAN)).read("answers/kind.yaml",
                text.getBytes(StandardCharsets.UTF_8), LOADED).problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("„kind“: erwartet einen Text, nicht Yes, was YAML als true liest (ein Text steht in Anführungszeichen: \"Yes\")."));
    }

    @Test
    void a_key_or_option_that_only_looks_like_the_id_is_refused_naming_what_makes_it_differ_visibly() {
        // a zero-width space, a direction mark, a no-break space, a word processor's hyphen, a Cyrillic letter, a decomposed
        // umlaut: each refused, as before, but the message read "no question 'q-size' (did you mean 'q-size'?)"
        Map<String, String> written = new java.util.LinkedHashMap<>();
        written.put("  q-size\u200b: 12000", "The questionnaire fixture-teams@1.2.0 has no question 'q-size\\u200B' (did you mean 'q-size'?).");
        written.put("  \u200fq-size: 12000", "The questionnaire fixture-teams@1.2.0 has no question '\\u200Fq-size' (did you mean 'q-size'?).");
        written.put("  q\u2011size: 12000", "The questionnaire fixture-teams@1.2.0 has no question 'q\\u2011size' (did you mean 'q-size'?).");
        written.put("  q-anchor: o-cr\u0430ft", "Question 'q-anchor': there is no option 'o-cr\\u0430ft' (did you mean 'o-craft'?);"
                + " expected one of the option ids o-data, o-craft, o-people.");
        written.put("  q-anchor: \"o-craft\u00a0\"", "Question 'q-anchor': there is no option 'o-craft\\u00A0' (did you mean 'o-craft'?);"
                + " expected one of the option ids o-data, o-craft, o-people.");
        written.forEach((line, message) -> assertThat(withAnswer(reader, line.contains("q-anchor") ? "  q-anchor: o-craft" : "  q-size: 12000",
                line).problems()).as(line).anySatisfy(p -> assertThat(p.message()).isEqualTo(message)));
        // a Latin letter is seen as it is: an umlaut stays, a combining accent after a letter is shown
        assertThat(Lookalikes.visible("gr\u00f6\u00dfe")).isEqualTo("gr\u00f6\u00dfe");
        assertThat(Lookalikes.visible("gro\u0308\u00dfe")).isEqualTo("gro\\u0308\u00dfe");
    }

    @Test
    void an_ags_without_quotes_that_yaml_could_read_as_an_octal_number_is_the_ags_it_spells() {
        String text = new String(Fixtures.bytes("answers/good.yaml"), StandardCharsets.UTF_8);
        assertThat(text).contains("ags: \"09162000\"");

        AnswersRead read = reader.read("answers/ags.yaml", text.replace("ags: \"09162000\"", "ags: 01001000")
                .getBytes(StandardCharsets.UTF_8), LOADED);

        assertThat(read.problems()).isEmpty();
        assertThat(read.response().orElseThrow().respondent().ags()).contains("01001000");
    }

    /** good.yaml with one answer line replaced. */
    private static AnswersRead withAnswer(AnswersReader reader, String line, String replacement) {
        String text = new String(Fixtures.bytes("answers/good.yaml"), StandardCharsets.UTF_8);
        assertThat(text).contains(line);
        return reader.read("answers/alias.yaml", text.replace(line, replacement).getBytes(StandardCharsets.UTF_8), LOADED);
    }

    @Test
    void refuses_a_yaml_tag_naming_it_where_it_stands_not_reading_the_tagged_value_as_text_in_quotes() {
        AnswersRead own = withAnswer(reader, "  q-size: 12000", "  q-size: !foo 12000");
        AnswersRead binary = withAnswer(reader, "  q-note: \"Wir fangen gerade an.\"", "  q-note: !!binary aGVsbG8=");
        AnswersRead onAList = withAnswer(reader, "  q-goals: [", "  q-goals: !liste [");
        AnswersRead german = withAnswer(new AnswersReader(new Mappers(), new Messages(Locale.GERMAN)), "  q-size: 12000", "  q-size: !foo 12000");

        assertThat(own.response()).isEmpty();
        assertThat(own.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("tag");
            assertThat(p.message()).isEqualTo("The value is marked with the YAML tag !foo, which an answers file does not read:"
                    + " write the value without it.");
            assertThat(p.location().line()).isEqualTo(10);
            assertThat(p.location().pointer()).isEqualTo("/answers/q-size");
        });
        assertThat(binary.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("The value is marked with the YAML tag !!binary,"));
        assertThat(onAList.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("The value is marked with the YAML tag !liste,"));
        assertThat(german.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
                "Der Wert ist mit dem YAML-Tag !foo markiert, den eine Antwortdatei nicht liest: bitte den Wert ohne ihn schreiben."));
        // YAML's own tags for what a value is anyway say nothing new: read as without them
        assertThat(withAnswer(reader, "  q-size: 12000", "  q-size: !!int 12000").problems()).isEmpty();
        assertThat(withAnswer(reader, "  q-anchor: o-craft", "  q-anchor: !!str o-craft").problems()).isEmpty();
    }

    @Test
    void refuses_a_yaml_alias_naming_where_its_anchor_is_or_that_there_is_none_not_reading_the_anchors_name_as_the_answer() {
        AnswersRead unknown = withAnswer(reader, "  q-anchor: o-craft", "  q-anchor: *n");
        AnswersRead known = reader.read("answers/alias.yaml", new String(Fixtures.bytes("answers/good.yaml"), StandardCharsets.UTF_8)
                .replace("  q-numbers: 4", "  q-numbers: &n 4").replace("  q-anchor: o-craft", "  q-anchor: *n")
                .getBytes(StandardCharsets.UTF_8), LOADED);
        AnswersRead onAList = reader.read("answers/alias.yaml", new String(Fixtures.bytes("answers/good.yaml"), StandardCharsets.UTF_8)
                .replace("  q-goals: [", "  q-goals: &g [").replace("  q-meetups: 5", "  q-meetups: *g")
                .getBytes(StandardCharsets.UTF_8), LOADED);
        AnswersRead german = withAnswer(new AnswersReader(new Mappers(), new Messages(Locale.GERMAN)), "  q-anchor: o-craft", "  q-anchor: *n");

        assertThat(unknown.response()).isEmpty();
        assertThat(unknown.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("alias");
            assertThat(p.message()).isEqualTo("The YAML alias *n refers to no anchor &n before it; an answers file takes no aliases:"
                    + " write the value itself here.");
            assertThat(p.location().line()).isEqualTo(6);
            assertThat(p.location().column()).isEqualTo(13);
            assertThat(p.location().pointer()).isEqualTo("/answers/q-anchor");
        });
        assertThat(known.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
                "The YAML alias *n stands for the value marked &n on line 5; an answers file takes no aliases: write the value itself here."));
        assertThat(onAList.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
                "The YAML alias *g stands for the value marked &g on line 8; an answers file takes no aliases: write the value itself here."));
        assertThat(german.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
                "Der YAML-Alias *n verweist auf keinen Anker &n davor; eine Antwortdatei kennt keine Aliasse:"
                        + " bitte den Wert selbst hier schreiben."));
    }

    @Test
    void refuses_yaml_nan_and_infinity_as_a_number_answer_saying_what_the_question_expects() {
        AnswersRead nan = withAnswer(reader, "  q-size: 12000", "  q-size: .nan");
        AnswersRead scaleNan = withAnswer(reader, "  q-numbers: 4", "  q-numbers: .NaN");
        AnswersRead infinity = withAnswer(reader, "  q-numbers: 4", "  q-numbers: -.Inf");
        AnswersRead german = withAnswer(new AnswersReader(new Mappers(), new Messages(Locale.GERMAN)), "  q-size: 12000", "  q-size: .inf");

        assertThat(nan.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("Question 'q-size': expected a whole number of at least 0, not .nan (YAML for “not a number”).");
            // no limit broken: refused for what it is, not out-of-range
            assertThat(p.code()).isEqualTo("wrong-kind");
            assertThat(p.location().line()).isEqualTo(10);
            assertThat(p.location().column()).isEqualTo(11);
        });
        assertThat(scaleNan.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("Question 'q-numbers': expected a whole number from 1 to 5, not .nan (YAML for “not a number”).");
            assertThat(p.code()).isEqualTo("wrong-kind");
        });
        // a scale's limit broken as a number question's, not "not-whole", which -.inf is not
        assertThat(infinity.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("Question 'q-numbers': expected a whole number from 1 to 5, not -.inf (YAML for infinity)."
                    + " The number lies below the lower limit of 1.");
            assertThat(p.code()).isEqualTo("out-of-range");
        });
        assertThat(german.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("Frage „q-size“: erwartet eine ganze Zahl ab 0, nicht .inf (YAML für unendlich).");
            // q-size has no upper limit for it to break
            assertThat(p.code()).isEqualTo("wrong-kind");
        });
    }

    @Test
    void refuses_a_yaml_file_saved_as_utf16_naming_the_encoding_by_its_byte_order_mark() {
        byte[] text = Fixtures.bytes("answers/good.yaml");
        byte[] le = ("\uFEFF" + new String(text, StandardCharsets.UTF_8)).getBytes(java.nio.charset.Charset.forName("UTF-16LE"));
        byte[] be = ("\uFEFF" + new String(text, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_16BE);

        AnswersRead fromLe = reader.read("answers/utf16.yaml", le, LOADED);
        AnswersRead fromBe = new AnswersReader(new Mappers(), new Messages(Locale.GERMAN)).read("answers/utf16.yaml", be, LOADED);

        assertThat(fromLe.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("not-utf8");
            assertThat(p.message()).isEqualTo("The answers file is UTF-16 (it starts with the byte order mark FF FE), not UTF-8."
                    + " Please save it as UTF-8.");
            assertThat(p.location().line()).isEqualTo(1);
            assertThat(p.location().column()).isEqualTo(1);
        });
        assertThat(fromBe.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
                "Die Antwortdatei ist in UTF-16 kodiert (sie beginnt mit der Byte-Order-Mark FE FF), nicht in UTF-8. Bitte als UTF-8 speichern."));
    }

    @Test
    void refuses_a_json_file_saved_as_utf16_or_utf32_naming_the_encoding_as_for_yaml_where_jackson_would_read_it() {
        String text = "\uFEFF" + new String(Fixtures.bytes("answers/good.json"), StandardCharsets.UTF_8);
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("UTF-16 (it starts with the byte order mark FF FE)", text.getBytes(java.nio.charset.Charset.forName("UTF-16LE")));
        files.put("UTF-16 (it starts with the byte order mark FE FF)", text.getBytes(StandardCharsets.UTF_16BE));
        files.put("UTF-32 (it starts with the byte order mark FF FE 00 00)", text.getBytes(java.nio.charset.Charset.forName("UTF-32LE")));

        files.forEach((encoding, bytes) -> assertThat(reader.read("answers/unicode.json", bytes, LOADED).problems()).as(encoding)
                .singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo("not-utf8");
                    assertThat(p.message()).isEqualTo("The answers file is " + encoding + ", not UTF-8. Please save it as UTF-8.");
                    assertThat(p.location().line()).isEqualTo(1);
                    assertThat(p.location().column()).isEqualTo(1);
                }));
    }

    @Test
    void refuses_a_file_saved_as_utf16_or_utf32_without_a_byte_order_mark_naming_the_encoding_where_jackson_would_read_it() {
        String json = new String(Fixtures.bytes("answers/good.json"), StandardCharsets.UTF_8);
        String yaml = new String(Fixtures.bytes("answers/good.yaml"), StandardCharsets.UTF_8);
        for (String encoding : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            java.nio.charset.Charset charset = java.nio.charset.Charset.forName(encoding);
            for (AnswersRead read : List.of(reader.read("answers/unicode.json", json.getBytes(charset), LOADED),
                    reader.read("answers/unicode.yaml", yaml.getBytes(charset), LOADED))) {
                assertThat(read.problems()).as(encoding).singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo("not-utf8");
                    assertThat(p.message()).isEqualTo("The answers file is " + encoding
                            + " (without a byte order mark, as the zero bytes at its start show), not UTF-8. Please save it as UTF-8.");
                    assertThat(p.location().line()).isEqualTo(1);
                    assertThat(p.location().column()).isEqualTo(1);
                });
            }
        }
        assertThat(new AnswersReader(new Mappers(), new Messages(Locale.GERMAN))
                .read("answers/unicode.json", json.getBytes(StandardCharsets.UTF_16LE), LOADED).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("Die Antwortdatei ist in UTF-16LE kodiert "
                        + "(ohne Byte-Order-Mark, wie die Null-Bytes an ihrem Anfang zeigen), nicht in UTF-8. Bitte als UTF-8 speichern."));
    }

    @Test
    void refuses_a_file_that_is_not_utf8_at_its_first_bad_byte_in_words_not_the_parsers() {
        for (String file : List.of("latin1.yaml", "latin1.json")) {
            theOneErrorOf(file).satisfies(p -> {
                assertThat(p.code()).isEqualTo("not-utf8");
                assertThat(p.message()).isEqualTo("The answers file is not UTF-8: byte 0xFC is not valid UTF-8. Please save it as UTF-8.");
                assertThat(p.location().line()).isEqualTo(file.endsWith(".yaml") ? 4 : 3);
                assertThat(p.location().column()).isEqualTo(file.endsWith(".yaml") ? 14 : 27);
            });
        }
    }

    @Test
    void refuses_numbers_below_the_minimum_or_not_whole_where_whole_numbers_are_asked_for() {
        theOneErrorOf("number-below-min.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("out-of-range");
            assertThat(p.message()).isEqualTo("Question 'q-size': expected a whole number of at least 0, not -3. The number lies below the lower limit of 0.");
        });
        theOneErrorOf("number-not-whole.json").satisfies(p -> {
            assertThat(p.code()).isEqualTo("not-whole");
            assertThat(p.message()).isEqualTo("Question 'q-size': expected a whole number of at least 0, not 2.5.");
        });
    }

    @Test
    void refuses_more_picks_than_allowed() {
        theOneErrorOf("too-many-picks.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("too-many-picks");
            assertThat(p.message()).isEqualTo(
                    "Question 'q-tools': 3 options given; expected a list of 0 to 2 option ids from t-data, t-build, t-forum, t-none.");
        });
    }

    @Test
    void refuses_rankings_with_duplicates_unknown_options_or_the_wrong_number_of_places() {
        theOneErrorOf("ranking-duplicate.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("duplicate-option");
            assertThat(p.location().pointer()).isEqualTo("/answers/q-goals/1");
            assertThat(p.message()).isEqualTo("Question 'q-goals': the option 'g-service' is named more than once;"
                    + " expected a list of exactly 2 option ids from g-efficiency, g-service, g-community, most important first.");
        });
        theOneErrorOf("ranking-unknown.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("unknown-option");
            assertThat(p.location().pointer()).isEqualTo("/answers/q-goals/1");
        });
        theOneErrorOf("ranking-too-few.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("too-few-ranked");
            // one place of two: "one option", where it said "1 options given"
            assertThat(p.message()).startsWith("Question 'q-goals': one option given; expected a list of exactly 2 option ids");
        });
        theOneErrorOf("ranking-too-many.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("too-many-ranked");
            assertThat(p.message()).startsWith("Question 'q-goals': 3 options given; expected a list of exactly 2 option ids");
        });
    }

    @Test
    void refuses_an_answer_to_a_question_whose_condition_is_false_saying_when_it_is_asked() {
        theOneErrorOf("not-asked.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("not-asked");
            assertThat(p.message()).isEqualTo("Question 'q-meetups' is not asked with these answers"
                    + " (only when one of o-craft, o-people is chosen for 'q-anchor'); please remove its answer.");
            assertThat(p.location().line()).isEqualTo(5);
        });
    }

    @Test
    void does_not_pile_a_condition_error_on_top_of_a_refused_answer_it_depends_on() {
        theOneErrorOf("not-asked-after-bad-answer.yaml").extracting(Problem::code).isEqualTo("unknown-option");
    }

    @Test
    void refuses_a_missing_required_answer_but_not_when_reading_answers_to_resume_from() {
        theOneErrorOf("missing-required.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("missing-required");
            assertThat(p.message()).isEqualTo("Question 'q-anchor' must be answered: expected one of the option ids o-data, o-craft, o-people.");
        });

        AnswersRead partial = reader.readPartial("missing-required.yaml", Fixtures.bytes("answers/missing-required.yaml"), LOADED);
        assertThat(partial.ok()).isTrue();
        assertThat(partial.response().orElseThrow().answers()).containsOnlyKeys("q-numbers");
    }

    @Test
    void reads_an_empty_answers_key_as_no_answers_yet() {
        theOneErrorOf("no-answers-yet.yaml").extracting(Problem::code).isEqualTo("missing-required");

        AnswersRead partial = reader.readPartial("no-answers-yet.yaml", Fixtures.bytes("answers/no-answers-yet.yaml"), LOADED);
        assertThat(partial.ok()).isTrue();
        assertThat(partial.response().orElseThrow().answers()).isEmpty();
    }

    @Test
    void refuses_duplicate_answers_naming_both_lines() {
        theOneErrorOf("duplicate-answer.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("duplicate-key");
            assertThat(p.message()).isEqualTo("The question 'q-numbers' is answered twice (first on line 5).");
            assertThat(p.location().line()).isEqualTo(6);
        });
        theOneErrorOf("duplicate-answer.json").satisfies(p -> {
            assertThat(p.message()).isEqualTo("The question 'q-anchor' is answered twice (first on line 2).");
            assertThat(p.location().line()).isEqualTo(3);
        });
    }

    @Test
    void refuses_a_second_answers_key_alone_not_with_every_question_the_first_leaves_unanswered() {
        // the first 'answers:' lacks the required q-anchor: which of the two was meant is not known
        theOneErrorOf("duplicate-answers-key.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("duplicate-key");
            assertThat(p.message()).isEqualTo("'answers' appears twice in the file (first on line 3).");
            assertThat(p.location().line()).isEqualTo(5);
        });
    }

    @Test
    void refuses_an_ags_that_is_not_eight_digits_in_quotes() {
        theOneErrorOf("bad-ags.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("bad-ags");
            assertThat(p.message()).isEqualTo(
                    "The AGS (official municipality key) is exactly 8 digits in quotes, e.g. \"09162000\", not 0916200.");
            assertThat(p.location().pointer()).isEqualTo("/respondent/ags");
        });
        theOneErrorOf("ags-a-number.yaml").extracting(Problem::code).isEqualTo("bad-ags");
    }

    @Test
    void an_ags_of_seven_digits_that_a_zero_before_them_makes_valid_is_said_to_lack_its_leading_zero() {
        // a spreadsheet keeps 09162000 as the number 9162000: in a CSV cell (text) and written as a number alike
        String text = "questionnaire: fixture-teams\nversion: 1.2.0\nrespondent: {ags: \"9162000\"}\nanswers:\n  q-anchor: o-data\n";
        for (String written : List.of(text, text.replace("\"9162000\"", "9162000"))) {
            AnswersRead read = reader.read("answers.yaml", written.getBytes(java.nio.charset.StandardCharsets.UTF_8), LOADED);
            assertThat(read.problems()).singleElement().extracting(Problem::message).isEqualTo(
                    "The AGS (official municipality key) is exactly 8 digits in quotes, e.g. \"09162000\", not 9162000."
                            + " The leading zero is missing (a spreadsheet drops it from a number): 09162000.");
        }
        // seven digits that no zero makes an AGS (a state code 00 or 0x beyond 09 is none): no such guess
        theOneErrorOf("bad-ags.yaml").extracting(Problem::message).asString().doesNotContain("leading zero");
    }

    @Test
    void a_control_character_in_the_respondents_name_is_a_finding_at_the_name_in_json_and_yaml_alike() {
        // a NUL escaped in JSON (the quick reader falls back to the full one) and a line break in YAML, as pasted from a
        // spreadsheet's cell; a tab is let through (it shows as a space and is written escaped)
        String json = "{\"questionnaire\":\"fixture-teams\",\"version\":\"1.2.0\",\"respondent\":{\"name\":\"Klein\\u0000dorf\"},"
                + "\"answers\":{\"q-anchor\":\"o-data\"}}";
        String yaml = "questionnaire: fixture-teams\nversion: 1.2.0\nrespondent: {name: \"Klein\\ndorf\"}\nanswers:\n  q-anchor: o-data\n";

        AnswersRead fromJson = reader.read("row.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8), LOADED);
        AnswersRead fromYaml = reader.read("answers.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), LOADED);

        assertThat(fromJson.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("respondent-control-character");
            assertThat(p.message()).isEqualTo("'name' holds a control character (U+0000) at position 6, as copied from a spreadsheet, "
                    + "say; give text without control characters.");
            assertThat(p.location().pointer()).isEqualTo("/respondent/name");
        });
        assertThat(fromYaml.problems()).singleElement().extracting(Problem::message).asString().contains("(U+000A) at position 6");
    }

    @Test
    void a_right_to_left_override_in_the_respondents_name_is_a_finding_naming_it_in_json_and_yaml_alike() {
        // U+202E turned the rest of the report's "For: …" line around (its AGS, its kind), and every cohort and CSV row
        // the name went into; a mark that turns nothing around (U+200F) is let through
        String json = "{\"questionnaire\":\"fixture-teams\",\"version\":\"1.2.0\",\"respondent\":{\"name\":\"Klein\\u202edorf\"},"
                + "\"answers\":{\"q-anchor\":\"o-data\"}}";
        String yaml = "questionnaire: fixture-teams\nversion: 1.2.0\nrespondent: {name: \"Klein\u2067dorf\"}\nanswers:\n  q-anchor: o-data\n";
        String mark = json.replace("\\u202e", "\\u200f");

        AnswersRead fromJson = reader.read("row.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8), LOADED);
        AnswersRead fromYaml = reader.read("answers.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), LOADED);
        AnswersRead german = new AnswersReader(new Mappers(), new Messages(Locale.GERMAN)).read("row.json",
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8), LOADED);

        assertThat(fromJson.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("respondent-control-character");
            assertThat(p.message()).isEqualTo("'name' holds a control of the text direction (U+202E RIGHT-TO-LEFT OVERRIDE) at position 6,"
                    + " which turns the text after it around in every report, table and CSV row; give text without it.");
            assertThat(p.location().pointer()).isEqualTo("/respondent/name");
        });
        assertThat(fromYaml.problems()).singleElement().extracting(Problem::message).asString()
                .contains("(U+2067 RIGHT-TO-LEFT ISOLATE) at position 6");
        assertThat(german.problems()).singleElement().extracting(Problem::message).asString()
                .startsWith("„name“ enthält an Stelle 6 ein Steuerzeichen der Schreibrichtung (U+202E RIGHT-TO-LEFT OVERRIDE)");
        assertThat(reader.read("row.json", mark.getBytes(java.nio.charset.StandardCharsets.UTF_8), LOADED).problems()).isEmpty();
    }

    @Test
    void a_control_in_the_respondents_name_is_placed_as_a_person_counts_a_character_outside_the_basic_plane_once() {
        // the position of every other finding of a text (TextControls.position, the lone surrogate's): an emoji before the
        // control is one character, where the name's count of Java's chars said 8 for the seventh and 7 for the sixth
        String control = "{\"questionnaire\":\"fixture-teams\",\"version\":\"1.2.0\",\"respondent\":{\"name\":\"\ud83c\udfdbKlein\\u0000dorf\"},"
                + "\"answers\":{\"q-anchor\":\"o-data\"}}";
        String direction = control.replace("\\u0000", "\\u202e");

        assertThat(reader.read("row.json", control.getBytes(StandardCharsets.UTF_8), LOADED).problems()).singleElement()
                .extracting(Problem::message).asString().contains("(U+0000) at position 7");
        assertThat(reader.read("row.json", direction.getBytes(StandardCharsets.UTF_8), LOADED).problems()).singleElement()
                .extracting(Problem::message).asString().contains("(U+202E RIGHT-TO-LEFT OVERRIDE) at position 7");
    }

    @Test
    void a_line_break_that_a_shown_text_may_hold_is_refused_in_the_respondents_texts_and_a_tab_in_neither() {
        // on purpose two rules (AnswersReader.controlCharacter's Javadoc): a definition's help text may run over several
        // lines, a respondent's name stands on one line of every report, table and CSV row it goes into
        assertThat(TextControls.control("zwei\nZeilen")).isEqualTo(-1);
        assertThat(AnswersReader.controlCharacter("zwei\nZeilen")).isEqualTo(4);
        assertThat(TextControls.control("mit\tTab")).isEqualTo(-1);
        assertThat(AnswersReader.controlCharacter("mit\tTab")).isEqualTo(-1);
        assertThat(TextControls.control("nul\u0000")).isEqualTo(AnswersReader.controlCharacter("nul\u0000")).isEqualTo(3);

        String tab = "questionnaire: fixture-teams\nversion: 1.2.0\nrespondent: {name: \"Klein\\tdorf\"}\nanswers:\n  q-anchor: o-data\n";
        AnswersRead read = reader.read("answers.yaml", tab.getBytes(StandardCharsets.UTF_8), LOADED);
        assertThat(read.problems()).isEmpty();
        assertThat(read.response().orElseThrow().respondent().name()).contains("Klein\tdorf");
    }

    @Test
    void half_of_a_character_in_the_respondents_name_is_a_finding_at_the_name_in_json_and_yaml_alike_not_a_question_mark() {
        // a surrogate escaped without its other half: no UTF-8 output can write it, each would write '?' in its place;
        // a whole pair (an emoji, escaped as two halves) is a character like any other
        String json = "{\"questionnaire\":\"fixture-teams\",\"version\":\"1.2.0\",\"respondent\":{\"name\":\"K\u00f6\\ud83c\\udfdbln \\ud800dorf\"},"
                + "\"answers\":{\"q-anchor\":\"o-data\"}}";
        String yaml = "questionnaire: fixture-teams\nversion: 1.2.0\nrespondent: {name: \"Klein\\udc00dorf\"}\nanswers:\n  q-anchor: o-data\n";
        String pair = json.replace("\\ud800", "");

        AnswersRead fromJson = reader.read("row.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8), LOADED);
        AnswersRead fromYaml = reader.read("answers.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), LOADED);

        assertThat(fromJson.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("respondent-lone-surrogate");
            assertThat(p.message()).isEqualTo("'name' holds half of a character (\\ud800, a surrogate without its other half) at position 7,"
                    + " which no text in UTF-8 can hold; give the whole character or remove it.");
            assertThat(p.location().pointer()).isEqualTo("/respondent/name");
        });
        assertThat(fromYaml.problems()).singleElement().extracting(Problem::message).asString().contains("(\\udc00, a surrogate");
        assertThat(reader.read("row.json", pair.getBytes(java.nio.charset.StandardCharsets.UTF_8), LOADED).problems()).isEmpty();
    }

    @Test
    void refuses_an_ags_whose_first_two_digits_are_no_state_code() {
        theOneErrorOf("ags-unknown-state.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("bad-ags");
            assertThat(p.message()).isEqualTo(
                    "The AGS 17162000 starts with 17; its first two digits are the state code, 01 (Schleswig-Holstein) to 16 (Thüringen).");
            assertThat(p.location().pointer()).isEqualTo("/respondent/ags");
        });
    }

    @Test
    void refuses_a_text_longer_than_allowed() {
        theOneErrorOf("text-too-long.yaml").satisfies(p -> {
            assertThat(p.code()).isEqualTo("too-long");
            assertThat(p.message()).isEqualTo("Question 'q-note': the text has 2001 characters; expected a text of at most 2000 characters.");
        });
    }

    @Test
    void speaks_german_by_default() {
        AnswersReader german = new AnswersReader(new Mappers(), new Messages(Locale.GERMAN));

        assertThat(read(german, "not-asked.yaml").problems()).singleElement().extracting((Problem p) -> p.message())
                .isEqualTo("Frage „q-meetups“ wird bei diesen Antworten nicht gestellt"
                        + " (nur wenn bei „q-anchor“ eine von o-craft, o-people gewählt ist); bitte ihre Antwort entfernen.");
        assertThat(read(german, "scale-out-of-range.yaml").problems()).singleElement().extracting((Problem p) -> p.message())
                .isEqualTo("Frage „q-numbers“: erwartet eine ganze Zahl von 1 bis 5, nicht 7. Die Zahl liegt über der Obergrenze 5.");
    }

    @Test
    void never_throws_whatever_the_bytes() {
        byte[][] inputs = {
                {(byte) 0xff, (byte) 0xfe, 0, 0x41}, "{".getBytes(), "[[[[".getBytes(), "a: *b".getBytes(),
                "!!binary AAAA".getBytes(), "answers: {q-anchor: !!int x}".getBytes(), "\t\tx: y".getBytes()};
        for (byte[] input : inputs) {
            for (String name : List.of("x.yaml", "x.json")) {
                AnswersRead read = reader.read(name, input, LOADED);
                assertThat(read.ok()).isFalse();
                assertThat(read.problems()).isNotEmpty();
            }
        }
    }
}
