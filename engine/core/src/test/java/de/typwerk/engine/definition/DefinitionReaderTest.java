package de.typwerk.engine.definition;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.AllCondition;
import de.typwerk.api.model.AnswerCondition;
import de.typwerk.api.model.AnyCondition;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.NotCondition;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.QuestionKind;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.TextQuestion;
import de.typwerk.api.spi.DefinitionSource;
import de.typwerk.engine.definition.document.AnswerConditionDocument;
import de.typwerk.engine.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefinitionReaderTest {

    private final DefinitionReader reader = new DefinitionReader(new Mappers(), new Messages(Locale.ENGLISH));

    @Test
    void reads_the_minimal_definition() {
        DefinitionRead read = reader.read(Fixtures.source("valid/minimal.yaml"));

        assertThat(read.problems()).isEmpty();
        assertThat(read.ok()).isTrue();
        Questionnaire q = read.questionnaire().orElseThrow();
        assertThat(q.id()).isEqualTo("minimal");
        assertThat(q.locales()).containsExactly("de");
        assertThat(q.questions()).extracting(Question::id).containsExactly("groesse");
        assertThat(q.scoring()).isEmpty();
    }

    @Test
    void reads_every_question_kind_and_condition_form_of_the_full_definition() {
        Questionnaire q = reader.read(Fixtures.source("valid/full.yaml")).questionnaire().orElseThrow();

        assertThat(q.questions()).extracting(Question::kind).containsExactly(QuestionKind.SINGLE, QuestionKind.MULTI,
                QuestionKind.SCALE, QuestionKind.RANKING, QuestionKind.NUMBER, QuestionKind.TEXT);
        assertThat(q.version()).isEqualTo("2.1.0-rc.1");
        assertThat(q.types()).hasSize(2);
        assertThat(q.types().get(0).weaknesses().get(0).learnFrom()).containsExactly("mutig");
        assertThat(q.dimensions()).hasSize(1);

        MultipleChoiceQuestion themen = (MultipleChoiceQuestion) q.question("themen").orElseThrow();
        assertThat(themen.minPicks()).isEqualTo(1);
        assertThat(themen.maxPicks()).isEqualTo(2);
        assertThat(themen.when()).contains(new AnswerConditionDocument("hat-strategie", java.util.List.of("ja"),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()));

        ScaleQuestion skala = (ScaleQuestion) q.question("offenheit-skala").orElseThrow();
        assertThat(skala.labels()).containsOnlyKeys(1, 5);
        assertThat(skala.weights()).containsEntry("offenheit", 1.0).containsEntry("mutig", 0.5);
        assertThat(skala.required()).isTrue();

        RankingQuestion rangfolge = (RankingQuestion) q.question("ziel-rangfolge").orElseThrow();
        assertThat(rangfolge.top()).isEqualTo(2);
        AllCondition all = (AllCondition) rangfolge.when().orElseThrow();
        assertThat(all.all().get(1)).isInstanceOf(NotCondition.class);
        assertThat(q.question("budget").orElseThrow().when().orElseThrow()).isInstanceOf(AnyCondition.class);
        assertThat(((AnswerCondition) q.question("anmerkungen").orElseThrow().when().orElseThrow()).answered())
                .contains(false);
        assertThat(((TextQuestion) q.question("anmerkungen").orElseThrow()).maxLength()).isEqualTo(500);

        assertThat(q.scoring().orElseThrow().strategy()).isEqualTo("test-weights");
        assertThat(q.scoring().orElseThrow().parameters()).containsEntry("scale", 2.5);
        assertThat(q.scoring().orElseThrow().missing()).isEqualTo(MissingAnswers.NEUTRAL);
        assertThat(q.scoring().orElseThrow().alternatives()).containsOnlyKeys("test-plain");
    }

    @Test
    void reads_json_as_well_as_yaml() {
        DefinitionRead read = reader.read(Fixtures.source("valid/full.json"));

        assertThat(read.problems()).isEmpty();
        assertThat(read.questionnaire().orElseThrow().types()).hasSize(2);
    }

    @Test
    void maps_every_node_to_where_it_stands_in_the_file() {
        SourceMap map = reader.read(Fixtures.source("valid/full.yaml")).sourceMap();

        assertThat(map.locate("/sections/1/questions/0/options/1/text/en"))
                .isEqualTo(new Location("valid/full.yaml", 114, 36, "/sections/1/questions/0/options/1/text/en"));
        assertThat(map.locate("/types/0/weaknesses/0/learnFrom/0"))
                .isEqualTo(new Location("valid/full.yaml", 36, 21, "/types/0/weaknesses/0/learnFrom/0"));
        assertThat(map.locate("/scoring/strategy").line()).isEqualTo(137);
    }

    @Test
    void records_the_content_hash_of_the_bytes() {
        DefinitionRead read = reader.read(new DefinitionSource("x.yaml", "a: 1".getBytes(StandardCharsets.UTF_8)));

        // sha256("a: 1")
        assertThat(read.contentHash())
                .isEqualTo("sha256:" + java.util.HexFormat.of().formatHex(sha256("a: 1")));
        assertThat(reader.read(Fixtures.source("invalid/empty.yaml")).contentHash())
                .isEqualTo("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    /**
     * A bracket left open at the end of a line ({@code locales: [de, en} with {@code title:} below):
     * SnakeYAML stops at the next line's colon, but the comma or the bracket is missing at the end
     * of the line before, which is where the problem stands; a tab where a line is indented stands
     * at the tab. CRLF line ends and a byte order mark change nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a list left open             | 'locales: [de, en\\ntitle:\\n  de: T\\n  en: T\\n'              | 2:17
            a list left open, comment    | 'locales: [de,\\n  en   # the two\\n\\ntitle: x\\n'             | 3:5
            a mapping left open          | 'title: {de: T, en: T\\nlocales: [de, en]\\n'                   | 2:21
            a tab indenting a line       | 'title:\\n\\tde: T\\n'                                           | 3:1
            a quote open to the end      | 'version: 1.0.0\\ntitle: "abc\\n'                              | 3:8
            a single quote open to the end | 'version: 1.0.0\\ntitle: ''it''''s\\n'                        | 3:8
            a quote closed lines below   | 'title:\\n  de: "Zwei\\n  en: "Two"\\n'                         | 3:7
            a single quote closed lines below | 'title:\\n  de: ''Zwei\\n  en: ''Two''\\n'                 | 3:7
            """)
    void a_yaml_slip_is_named_where_the_user_must_look(String slip, String yaml, String at) {
        String text = "id: x\n" + yaml.replace("\\n", "\n").replace("\\t", "\t");
        for (String written : List.of(text, "\uFEFF" + text.replace("\n", "\r\n"))) {
            DefinitionRead read = reader.read(new DefinitionSource("x.yaml", written.getBytes(StandardCharsets.UTF_8)));
            assertThat(read.problems()).as(written).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("syntax");
                assertThat(p.location().line() + ":" + p.location().column()).isEqualTo(at);
            });
        }
    }

    @Test
    void a_definition_without_an_ending_is_read_as_what_it_holds_yaml_or_json() {
        byte[] yaml = new String(Fixtures.bytes("valid/full.yaml"), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);

        DefinitionRead fromPipe = reader.read(new DefinitionSource("/dev/fd/63", yaml));
        DefinitionRead json = reader.read(new DefinitionSource("kreis", "{\"id\": \"x\",\n\u0001}".getBytes(StandardCharsets.UTF_8)));

        assertThat(fromPipe.problems()).isEmpty();
        assertThat(fromPipe.questionnaire()).isPresent();
        assertThat(json.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("Invalid JSON: "));
    }

    @Test
    void a_control_character_between_the_values_of_json_is_named_at_its_own_column() {
        DefinitionRead read = reader.read(new DefinitionSource("x.json", "{\"id\": \"x\",\n\u0001\"version\": \"1.0.0\"}".getBytes(StandardCharsets.UTF_8)));

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("syntax");
            assertThat(p.location().line() + ":" + p.location().column()).isEqualTo("2:1");
            assertThat(p.message()).contains("U+0001");
        });
    }

    @org.junit.jupiter.api.Test
    void a_control_character_yaml_does_not_allow_is_named_by_its_code_point_where_it_stands_in_either_language() {
        String full = new String(Fixtures.bytes("valid/full.yaml"), java.nio.charset.StandardCharsets.UTF_8);
        int secondLine = full.indexOf('\n') + 1;
        byte[] changed = (full.substring(0, secondLine + 3) + "\u0001" + full.substring(secondLine + 3))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            DefinitionRead read = new DefinitionReader(new Mappers(), new Messages(language))
                    .read(new de.typwerk.api.spi.DefinitionSource("full.yaml", changed));
            assertThat(read.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("syntax");
                assertThat(p.location().line() + ":" + p.location().column()).isEqualTo("2:4");
                assertThat(p.message()).contains("U+0001").doesNotContain("special characters")
                        .contains(language == Locale.GERMAN ? "das YAML nicht erlaubt" : "which YAML does not allow");
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            invalid/malformed.yaml          | syntax           | 8  | 7   | Invalid YAML: the indentation does not match the lines above
            invalid/malformed.json          | syntax           | 5  | 3   | Invalid JSON: a comma is missing between two entries
            invalid/not-utf8.yaml           | not-utf8         | 4  | 16  | not UTF-8: byte 0xF6
            invalid/unknown-key.yaml        | unknown-key      | 11 | 9   | Unknown key 'requird' - did you mean 'required'?
            invalid/missing-field.yaml      | missing-field    | 15 | 13  | The required field 'text' is missing in this option.
            invalid/wrong-type.yaml         | wrong-type       | 13 | 14  | expected a whole number, found the text 'fünf'
            invalid/unknown-kind.yaml       | unknown-kind     | 10 | 9   | 'slider' is not a question kind; known kinds: single, multi, scale, ranking, number, text
            invalid/condition-form.yaml     | condition-form   | 15 | 9   | a condition needs exactly one of the keys question, all, any or not
            invalid/duplicate-key.yaml      | duplicate-key    | 5  | 1   | The key 'version' appears twice here (first on line 2)
            invalid/second-document.yaml    | syntax           | 5  | 1   | more than one YAML document
            invalid/open-quote.yaml         | syntax           | 5  | 7   | Invalid YAML
            invalid/deep-nesting.yaml       | too-deep         | 70 | 129 | at most 64 levels
            invalid/alias-bomb.yaml         | too-many-aliases | 13 | 12  | aliases expand to more than 10000 values
            invalid/alias-chain.yaml        | too-many-aliases | 20 | 16  | aliases expand to more than 10000 values
            invalid/too-many-aliases.yaml   | too-many-aliases | 15 | 13  | Too many YAML aliases: at most 50
            """)
    void reports_bad_input_as_one_located_problem(String fixture, String code, int line, int column, String fragment) {
        DefinitionRead read = reader.read(Fixtures.source(fixture));

        assertThat(read.questionnaire()).isEmpty();
        assertThat(read.ok()).isFalse();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.location().source()).isEqualTo(fixture);
            assertThat(p.location().line()).as("line").isEqualTo(line);
            assertThat(p.location().column()).as("column").isEqualTo(column);
            assertThat(p.message()).contains(fragment);
            assertThat(p.isError()).isTrue();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            limit.yaml | en | 'A read limit is exceeded: a number of 1001 digits (at most 1000)'
            limit.yaml | de | 'Ein Lese-Limit ist überschritten: eine Zahl mit 1001 Ziffern (höchstens 1000)'
            limit.json | en | 'A read limit is exceeded: a number of 1001 digits (at most 1000)'
            limit.json | de | 'Ein Lese-Limit ist überschritten: eine Zahl mit 1001 Ziffern (höchstens 1000)'
            """)
    void names_a_read_limit_other_than_nesting_in_words_of_the_readers_language(String name, String language, String message) {
        String digits = "1".repeat(1001);
        String text = name.endsWith(".json") ? "{\"id\": \"x\",\n \"version\": " + digits + "}" : "id: x\nversion: " + digits + "\n";
        DefinitionReader in = new DefinitionReader(new Mappers(), new Messages(Locale.forLanguageTag(language)));

        DefinitionRead read = in.read(new DefinitionSource(name, text.getBytes(StandardCharsets.UTF_8)));

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("too-large");
            assertThat(p.message()).isEqualTo(message);
            assertThat(p.location().line()).isEqualTo(2);
        });
    }

    @Test
    void refuses_a_definition_saved_as_utf16_naming_the_encoding_by_its_byte_order_mark() {
        byte[] text = ("\uFEFFid: x\nversion: 1.0.0\n").getBytes(java.nio.charset.Charset.forName("UTF-16LE"));

        DefinitionRead read = reader.read(new DefinitionSource("unicode.yaml", text));

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("not-utf8");
            assertThat(p.message()).isEqualTo("The file is UTF-16 (it starts with the byte order mark FF FE), not UTF-8. Please save it as UTF-8.");
            assertThat(p.location()).isEqualTo(new Location("unicode.yaml", 1, 1, ""));
        });
    }

    @Test
    void refuses_a_definition_saved_as_utf16_without_a_byte_order_mark_naming_the_encoding_not_a_control_character() {
        byte[] text = "id: x\nversion: 1.0.0\n".getBytes(java.nio.charset.Charset.forName("UTF-16LE"));

        DefinitionRead read = reader.read(new DefinitionSource("unicode.yaml", text));

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("not-utf8");
            assertThat(p.message()).isEqualTo("The file is UTF-16LE (without a byte order mark, as the zero bytes at its start show), not UTF-8."
                    + " Please save it as UTF-8.");
            assertThat(p.location()).isEqualTo(new Location("unicode.yaml", 1, 1, ""));
        });
    }

    @Test
    void names_a_key_without_quotes_in_a_json_definition_whole_not_its_first_character() {
        byte[] text = "{\"id\": \"x\",\n  min-picks: 2}\n".getBytes(StandardCharsets.UTF_8);

        DefinitionRead read = reader.read(new DefinitionSource("kreis.json", text));

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("syntax");
            assertThat(p.message()).contains("the key “min-picks” is not in quotes: JSON writes \"min-picks\"");
            assertThat(p.location().line()).isEqualTo(2);
            assertThat(p.location().column()).isEqualTo(3);
        });
    }

    @Test
    void names_the_pointer_of_the_offending_node() {
        assertThat(only("invalid/unknown-key.yaml").location().pointer()).isEqualTo("/sections/0/questions/0/requird");
        assertThat(only("invalid/missing-field.yaml").location().pointer()).isEqualTo("/sections/0/questions/0/options/1");
        assertThat(only("invalid/wrong-type.yaml").location().pointer()).isEqualTo("/sections/0/questions/0/max");
        assertThat(only("invalid/unknown-kind.yaml").location().pointer()).isEqualTo("/sections/0/questions/0/kind");
        assertThat(only("invalid/condition-form.yaml").location().pointer()).isEqualTo("/sections/0/questions/1/when");
        assertThat(only("invalid/duplicate-key.yaml").location().pointer()).isEqualTo("/version");
    }

    @Test
    void refuses_an_empty_file() {
        Problem p = only("invalid/empty.yaml");

        assertThat(p.code()).isEqualTo("empty");
        assertThat(p.message()).isEqualTo("The file is empty.");
        assertThat(p.location()).isEqualTo(Location.source("invalid/empty.yaml"));
    }

    @Test
    void refuses_a_file_with_only_comments_as_empty() {
        Problem p = only("invalid/comments-only.yaml");

        assertThat(p.code()).isEqualTo("empty");
        assertThat(p.message()).contains("only white space or comments");
    }

    @Test
    void refuses_a_huge_file_before_parsing_it() {
        byte[] huge = new byte[Mappers.MAX_DOCUMENT_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        byte[] start = "id: riesig\ndescription: ".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(start, 0, huge, 0, start.length);

        DefinitionRead read = reader.read(new DefinitionSource("riesig.yaml", huge));

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("too-large");
            assertThat(p.message()).contains("4194305 bytes").contains("at most 4194304 bytes");
            assertThat(p.location().source()).isEqualTo("riesig.yaml");
        });
    }

    @Test
    void yaml_and_json_have_the_same_size_limit_the_yaml_parser_does_not_stop_earlier() {
        // 3.5 MB: over SnakeYAML's own default of 3,145,728 code points, under the engine's 4 MiB
        String padding = "x".repeat(3_500_000);
        String yaml = "id: gross\nversion: 1.0.0\nlocales: [de]\ntitle: {de: Großer Fragebogen}\ndescription: {de: \"" + padding + "\"}\n"
                + "sections:\n  - id: a\n    title: {de: A}\n    questions:\n      - id: q\n        kind: number\n        text: {de: Wie viele}\n";
        String json = "{\"id\":\"gross\",\"version\":\"1.0.0\",\"locales\":[\"de\"],\"title\":{\"de\":\"Großer Fragebogen\"},"
                + "\"description\":{\"de\":\"" + padding + "\"},\"sections\":[{\"id\":\"a\",\"title\":{\"de\":\"A\"},"
                + "\"questions\":[{\"id\":\"q\",\"kind\":\"number\",\"text\":{\"de\":\"Wie viele?\"}}]}]}";

        assertThat(reader.read("gross.yaml", yaml).problems()).isEmpty();
        assertThat(reader.read("gross.json", json).problems()).isEmpty();
    }

    @Test
    void a_yaml_file_of_exactly_the_limit_is_read_and_one_byte_more_is_too_large_with_its_size() {
        String head = "id: gross\nversion: 1.0.0\nlocales: [de]\ntitle: {de: Groß}\n"
                + "sections:\n  - id: a\n    title: {de: A}\n    questions:\n      - id: q\n        kind: number\n        text: {de: Wie viele}\n#";
        String exact = head + "x".repeat(Mappers.MAX_DOCUMENT_BYTES - head.getBytes(StandardCharsets.UTF_8).length);

        assertThat(reader.read(new DefinitionSource("gross.yaml", exact.getBytes(StandardCharsets.UTF_8))).problems()).isEmpty();
        assertThat(reader.read(new DefinitionSource("gross.yaml", (exact + "x").getBytes(StandardCharsets.UTF_8))).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("The file is too large at 4194305 bytes; at most 4194304 bytes are allowed."));
    }

    @Test
    void treats_a_yaml_alias_of_a_small_value_as_that_value() {
        DefinitionRead read = reader.read("alias.yaml", """
                id: alias
                version: 1.0.0
                locales: [de]
                title: &titel {de: Titel}
                description: *titel
                sections: []
                """);

        assertThat(read.problems()).isEmpty();
        assertThat(read.questionnaire().orElseThrow().description().orElseThrow().in("de")).contains("Titel");
    }

    @Test
    void refuses_a_yaml_tag_naming_it_where_it_stands_not_reading_the_value_as_if_it_were_not_there() {
        String minimal = new String(Fixtures.source("valid/minimal.yaml").content(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(minimal).contains("\nversion: 1.0.0\n");

        DefinitionRead own = reader.read("tag.yaml", minimal.replace("\nversion: 1.0.0\n", "\nversion: !foo 1.0.0\n"));
        DefinitionRead german = new DefinitionReader(new Mappers(), new Messages(Locale.GERMAN))
                .read("tag.yaml", minimal.replace("\nversion: 1.0.0\n", "\nversion: !!binary aGVsbG8=\n"));

        assertThat(own.questionnaire()).isEmpty();
        assertThat(own.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("The value is marked with the YAML tag !foo, which a definition does not read: write the value without it.");
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.location().pointer()).isEqualTo("/version");
        });
        assertThat(german.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("Der Wert ist mit dem YAML-Tag !!binary markiert, den eine Definition nicht liest: bitte den Wert ohne ihn schreiben."));
        assertThat(reader.read("tag.yaml", minimal.replace("\nversion: 1.0.0\n", "\nversion: !!str 1.0.0\n")).problems()).isEmpty();
    }

    @Test
    void refuses_a_whole_number_with_a_leading_zero_that_yaml_would_read_as_octal_saying_how_to_write_it() {
        String full = new String(Fixtures.source("valid/full.yaml").content(), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher max = java.util.regex.Pattern.compile("(?m)^( +max: )([1-7])$").matcher(full);
        assertThat(max.find()).isTrue();
        String written = full.substring(0, max.start()) + max.group(1) + "0" + max.group(2) + "0" + full.substring(max.end());

        DefinitionRead read = reader.read("octal.yaml", written);

        assertThat(read.questionnaire()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("The number 0" + max.group(2) + "0 starts with a zero, which makes YAML read it as an octal number;"
                    + " write it without the leading zero: " + max.group(2) + "0.");
            assertThat(p.location().line()).isEqualTo(full.substring(0, max.start()).split("\n", -1).length);
        });
    }

    @Test
    void refuses_a_whole_number_in_another_base_saying_how_to_write_it_where_its_value_was_taken_without_a_word() {
        String full = new String(Fixtures.source("valid/full.yaml").content(), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher max = java.util.regex.Pattern.compile("(?m)^( +max: )([1-7])$").matcher(full);
        assertThat(max.find()).isTrue();
        String written = full.substring(0, max.start()) + max.group(1) + "0x1" + max.group(2) + full.substring(max.end());

        DefinitionRead read = reader.read("hex.yaml", written);

        assertThat(read.questionnaire()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("The number 0x1" + max.group(2) + " is not written with the digits 0 to 9 (YAML reads it as "
                    + (16 + Integer.parseInt(max.group(2))) + "); write it so: " + (16 + Integer.parseInt(max.group(2))) + ".");
            assertThat(p.location().line()).isEqualTo(full.substring(0, max.start()).split("\n", -1).length);
        });
    }

    @Test
    void a_whole_number_in_yaml_1_2_octal_which_yaml_1_1_reads_as_text_says_what_number_it_stands_for() {
        String full = new String(Fixtures.source("valid/full.yaml").content(), java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher max = java.util.regex.Pattern.compile("(?m)^( +max: )([1-7])$").matcher(full);
        assertThat(max.find()).isTrue();
        String written = full.substring(0, max.start()) + max.group(1) + "0o1" + max.group(2) + full.substring(max.end());

        DefinitionRead read = reader.read("octal.yaml", written);

        assertThat(read.questionnaire()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            // it said only that it found the text '0o1…', as if the number were a typo
            assertThat(p.message()).endsWith("found the text '0o1" + max.group(2) + "'. Please write numbers with the digits 0 to 9: 0o1"
                    + max.group(2) + " is the number " + (8 + Integer.parseInt(max.group(2))) + " written in octal.");
            assertThat(p.location().line()).isEqualTo(full.substring(0, max.start()).split("\n", -1).length);
        });
    }

    @Test
    void refuses_an_alias_to_an_anchor_that_is_not_defined_before() {
        Problem p = reader.read("alias.yaml", "id: x\ntitle: *titel\n").problems().get(0);

        assertThat(p.code()).isEqualTo("unknown-alias");
        assertThat(p.location().line()).isEqualTo(2);
        assertThat(p.message()).contains("*titel");
    }

    @Test
    void an_alias_inside_what_its_own_anchor_names_is_told_so_not_that_there_is_no_such_anchor() {
        // the message said *a refers to no anchor &a on a list or mapping before it, while &a stood on the list around it
        Problem p = reader.read("alias.yaml", "id: x\nversion: 1.0.0\nlocales: &a [de, *a]\n").problems().get(0);

        assertThat(p.code()).isEqualTo("unknown-alias");
        assertThat(p.location().line()).isEqualTo(3);
        assertThat(p.message()).isEqualTo("The YAML alias *a stands inside the list or mapping the anchor &a names, which would then hold"
                + " itself; write the value itself here, or put the anchor on something that ends before it.");
        // after the list has ended, the alias is the list again
        assertThat(reader.read("alias.yaml", "id: x\nversion: 1.0.0\nlocales: &a [de]\nother: *a\n").problems())
                .noneMatch(q -> q.code().equals("unknown-alias"));
    }

    @Test
    void refuses_a_key_without_a_value() {
        Problem p = reader.read("leer.yaml", "id:\nversion: 1.0.0\nlocales: [de]\ntitle: {de: T}\n").problems().get(0);

        assertThat(p.code()).isEqualTo("empty-value");
        assertThat(p.location().line()).isEqualTo(1);
        assertThat(p.message()).startsWith("'id' has no value.");
    }

    @Test
    void catches_a_text_that_a_comma_split_in_two() {
        Problem p = reader.read("komma.yaml", "id: x\nversion: 1.0.0\nlocales: [de]\ntitle: {de: Erst prüfen, dann handeln.}\n")
                .problems().get(0);

        assertThat(p.code()).isEqualTo("empty-value");
        assertThat(p.location()).isEqualTo(new Location("komma.yaml", 4, 26, "/title/dann handeln."));
        assertThat(p.message()).contains("put texts with a comma or colon inside {…} in quotes");
    }

    @Test
    void refuses_an_empty_list_entry_where_it_stands() {
        Problem p = reader.read("leer.yaml", "id: x\nversion: 1.0.0\nlocales:\n  - de\n  -\ntitle: {de: T}\n").problems().get(0);

        assertThat(p.code()).isEqualTo("empty-entry");
        assertThat(p.location().pointer()).isEqualTo("/locales/1");
    }

    @Test
    void points_at_the_value_of_the_wrong_type_or_form_not_at_its_key() {
        Problem top = reader.read("art.yaml", "id: x\nversion: 1.0.0\nlocales: de\ntitle: {de: T}\n").problems().get(0);
        Problem option = reader.read("option.yaml", """
                id: x
                version: 1.0.0
                locales: [de]
                title: {de: T}
                sections:
                  - id: s
                    title: {de: S}
                    questions:
                      - id: q
                        kind: single
                        text: {de: Q}
                        options:
                          - id: a
                            text: [A]
                scoring: {strategy: s, missing:   ignorieren}
                """).problems().get(0);
        Problem missing = reader.read("fehlend.yaml", "id: x\nversion: 1.0.0\nlocales: [de]\ntitle: {de: T}\n"
                + "scoring: {strategy: s, missing:   ignorieren}\n").problems().get(0);

        assertThat(top.code()).isEqualTo("wrong-type");
        assertThat(top.location().line() + ":" + top.location().column()).isEqualTo("3:10");
        assertThat(top.location().pointer()).isEqualTo("/locales");
        assertThat(option.code()).isEqualTo("wrong-type");
        assertThat(option.location().pointer()).isEqualTo("/sections/0/questions/0/options/0/text");
        assertThat(option.location().line() + ":" + option.location().column()).isEqualTo("14:19");
        assertThat(missing.code()).isEqualTo("invalid-value");
        assertThat(missing.location().line() + ":" + missing.location().column()).isEqualTo("5:35");
    }

    @Test
    void points_at_the_value_of_the_wrong_type_also_for_a_finding_after_the_first() {
        List<Problem> problems = reader.pastProblems(reader.read("zwei.yaml", "id: x\nversion: 1.0\nlocales: de\ntitle: {de: T}\n"))
                .problems();

        assertThat(problems).extracting(p -> p.location().pointer() + " " + p.location().line() + ":" + p.location().column())
                .containsExactly("/version 2:10", "/locales 3:10");
    }

    @Test
    void refuses_a_number_where_text_is_expected_instead_of_converting_it_and_says_to_quote_it() {
        Problem p = reader.read("zahl.yaml", "id: x\nversion: 1.10\nlocales: [de]\ntitle: {de: T}\n").problems().get(0);

        assertThat(p.code()).isEqualTo("wrong-type");
        assertThat(p.location().line()).isEqualTo(2);
        assertThat(p.message()).isEqualTo("Wrong type: expected text, found the number 1.1 (YAML reads digits without quotes as a number,"
                + " and 1.10 as 1.1; put text in quotes, such as \"1.10\").");
    }

    @Test
    void refuses_a_whole_number_too_large_for_its_field() {
        Problem p = reader.read("gross.yaml", """
                id: x
                version: 1.0.0
                locales: [de]
                title: {de: T}
                sections:
                  - id: s
                    title: {de: S}
                    questions:
                      - {id: q, kind: text, text: {de: Q}, maxLength: 3000000000}
                """).problems().get(0);

        assertThat(p.code()).isEqualTo("invalid-value");
        assertThat(p.location().pointer()).isEqualTo("/sections/0/questions/0/maxLength");
        assertThat(p.message()).isEqualTo("The number 3000000000 is too large or too small here; expected a whole number.");
    }

    @Test
    void explains_that_yaml_reads_yes_as_a_boolean() {
        Problem p = reader.read("ja.yaml", "id: x\nversion: 1.0.0\nlocales: [de]\ntitle: {de: yes}\n").problems().get(0);

        assertThat(p.code()).isEqualTo("wrong-type");
        assertThat(p.location().pointer()).isEqualTo("/title/de");
        assertThat(p.message()).contains("put text in quotes");
    }

    @Test
    void lists_the_allowed_values_of_a_closed_set() {
        Problem p = reader.read("fehlend.yaml", """
                id: x
                version: 1.0.0
                locales: [de]
                title: {de: T}
                scoring: {strategy: s, missing: ignore}
                """).problems().get(0);

        assertThat(p.code()).isEqualTo("invalid-value");
        assertThat(p.location().pointer()).isEqualTo("/scoring/missing");
        assertThat(p.message()).isEqualTo("'ignore' is not allowed here; allowed: neutral, skip.");
    }

    @Test
    void names_the_known_kinds_when_a_question_has_none() {
        Problem p = reader.read("art.json", """
                {"id": "x", "version": "1.0.0", "locales": ["de"], "title": {"de": "T"},
                 "sections": [{"id": "s", "title": {"de": "S"}, "questions": [{"id": "q", "text": {"de": "Q"}}]}]}
                """).problems().get(0);

        assertThat(p.code()).isEqualTo("missing-field");
        assertThat(p.location().pointer()).isEqualTo("/sections/0/questions/0");
        assertThat(p.message()).contains("no 'kind'").contains("single, multi, scale, ranking, number, text");
    }

    @Test
    void lists_the_allowed_keys_when_no_key_is_close() {
        Problem p = reader.read("x.yaml", "id: x\nversion: 1.0.0\nlocales: [de]\ntitle: {de: T}\nfarbe: rot\n").problems().get(0);

        assertThat(p.message()).isEqualTo("Unknown key 'farbe'; allowed here: description, dimensions, extends, id, "
                + "locales, overlay, profileTopics, scoring, sections, source, title, types, version.");
    }

    @Test
    void speaks_german_by_default() {
        DefinitionReader german = new DefinitionReader(new Mappers(), new Messages(Locale.GERMAN));

        assertThat(german.read(Fixtures.source("invalid/unknown-key.yaml")).problems().get(0).message())
                .isEqualTo("Unbekannter Schlüssel „requird“ – meinten Sie „required“?");
        assertThat(german.read(Fixtures.source("invalid/not-utf8.yaml")).problems().get(0).message())
                .startsWith("Die Datei ist nicht in UTF-8 kodiert");
    }

    @Test
    void formats_problems_like_a_compiler() {
        assertThat(only("invalid/unknown-key.yaml").toString())
                .isEqualTo("invalid/unknown-key.yaml:11:9: error: Unknown key 'requird' - did you mean 'required'?");
    }

    @Test
    void keeps_problems_free_of_jackson_internals() {
        for (String fixture : new String[] {"invalid/missing-field.yaml", "invalid/wrong-type.yaml", "invalid/unknown-kind.yaml"}) {
            assertThat(only(fixture).message()).doesNotContain("de.typwerk").doesNotContain("java.").doesNotContain("Jackson");
        }
    }

    @Test
    void warns_of_a_number_a_double_does_not_keep_as_written_and_names_what_it_is_read_as() {
        // a bound of 20 digits was read as the nearest double without a word: typwerk validate said nothing
        DefinitionRead read = reader.read("gross.yaml", """
                id: gross
                version: 1.0.0
                locales: [de]
                title: {de: T}
                types:
                  - {id: a, name: {de: A}}
                sections:
                  - id: s
                    title: {de: S}
                    questions:
                      - id: betrag
                        kind: number
                        integer: true
                        min: 9007199254740992
                        max: 12345678901234567890
                        text: {de: Q}
                      - id: wahl
                        kind: single
                        text: {de: W}
                        options:
                          - {id: x, text: {de: X}, weights: {a: 0.1}}
                          - {id: y, text: {de: Y}, weights: {a: 0.30000000000000001}}
                scoring:
                  strategy: points
                  parameters: {grenze: 12345678901234567890, anteil: 0.12345678901234567890}
                  mixedMargin: 0.05
                """);

        assertThat(read.ok()).isTrue();
        assertThat(read.problems()).extracting(Problem::toString).containsExactly(
                "gross.yaml:15:14: warning: The number 12345678901234567890 has more digits than a definition keeps (about 16"
                        + " significant digits): it is read as 12345678901234567000. Write 12345678901234567000, or a number with fewer digits.",
                "gross.yaml:22:49: warning: The number 0.30000000000000001 has more digits than a definition keeps (about 16"
                        + " significant digits): it is read as 0.3. Write 0.3, or a number with fewer digits.",
                // a strategy's whole number may be a long of its record; a decimal is a double there too
                "gross.yaml:25:54: warning: The number 0.12345678901234567890 has more digits than a definition keeps (about 16"
                        + " significant digits): it is read as 0.12345678901234568. Write 0.12345678901234568, or a number with fewer digits.");
        assertThat(read.problems()).allSatisfy(p -> assertThat(p.code()).isEqualTo("inexact-number"));
        assertThat(new DefinitionReader(new Mappers(), new Messages(Locale.GERMAN)).read("gross.yaml", """
                id: gross
                version: 1.0.0
                locales: [de]
                title: {de: T}
                sections:
                  - id: s
                    title: {de: S}
                    questions:
                      - {id: betrag, kind: number, max: 12345678901234567890, text: {de: Q}}
                """).problems()).extracting(Problem::message).containsExactly("Die Zahl 12345678901234567890 hat mehr Stellen,"
                + " als eine Definition hält (etwa 16 gültige Ziffern): Sie wird als 12345678901234567000 gelesen. Schreiben Sie"
                + " 12345678901234567000 oder eine Zahl mit weniger Stellen.");
        // written as the warning says, the number is kept: no warning again for what it advised
        assertThat(reader.read("gross.yaml", """
                id: gross
                version: 1.0.0
                locales: [de]
                title: {de: T}
                sections:
                  - id: s
                    title: {de: S}
                    questions:
                      - {id: betrag, kind: number, min: -12345678901234567000, max: 12345678901234567000, text: {de: Q}}
                """).problems()).isEmpty();
    }

    private Problem only(String fixture) {
        return reader.read(Fixtures.source(fixture)).problems().get(0);
    }

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
