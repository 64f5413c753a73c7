package de.typwerk.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Severity;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Fixtures;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.definition.SourceMap;
import de.typwerk.engine.definition.document.QuestionnaireDocument;
import de.typwerk.engine.definition.document.SectionDocument;
import de.typwerk.engine.definition.document.TextDocument;
import de.typwerk.engine.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValidatorTest {

    private final Messages english = new Messages(Locale.ENGLISH);
    private final DefinitionReader reader = new DefinitionReader(new Mappers(), english);
    private final Validator validator = new Validator(english, TestStrategies.both());

    @ParameterizedTest
    @ValueSource(strings = {"valid/minimal.yaml", "valid/full.yaml", "valid/full.json"})
    void finds_nothing_wrong_with_the_valid_fixtures(String fixture) {
        assertThat(validate(fixture)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            invalid/duplicate-id.yaml                | duplicate-id      | 12 | 9  | /sections/0/questions/1/id                   | The id 'frage' is used twice; first at line 9 (/sections/0/questions/0/id). Give one of the two another id.
            invalid/unknown-type.yaml                | unknown-reference | 11 | 21 | /types/0/weaknesses/0/learnFrom/0            | There is no type 'schnel'; did you mean 'schnell'?
            invalid/unknown-question.yaml            | unknown-reference | 15 | 16 | /sections/0/questions/1/when/question        | There is no question 'altr'; did you mean 'alter'?
            invalid/unknown-option.yaml              | unknown-reference | 18 | 51 | /sections/0/questions/1/when/anyOf/1         | The question 'zufrieden' has no option 'vielleicht'; known: ja, nein
            invalid/unknown-dimension.yaml           | unknown-reference | 20 | 25 | /sections/0/questions/0/weights/offenhet     | There is no type or dimension 'offenhet'; did you mean 'offenheit'?
            invalid/later-question.yaml              | forward-reference | 14 | 16 | /sections/0/questions/0/when/any/0/question  | The question 'zweite' comes later, at line 18 (/sections/1/questions/0); conditions may only look at earlier questions.
            invalid/self-reference.yaml              | self-reference    | 16 | 17 | /sections/0/questions/1/when/not/question    | The condition looks at its own question 'kreis'
            invalid/unknown-strategy.yaml            | unknown-strategy  | 13 | 3  | /scoring/strategy                            | Unknown scoring strategy 'test-weight'; did you mean 'test-weights'?
            invalid/strategy-parameters-schema.yaml  | invalid-parameter | 18 | 5  | /scoring/parameters/scale                    | The parameters do not fit the strategy 'test-weights': scale: must have an exclusive minimum value of 0 (rule exclusiveMinimum)
            invalid/strategy-parameters-binding.yaml | unknown-key       | 16 | 5  | /scoring/parameters/facter                   | Unknown key 'facter' - did you mean 'factor'?
            invalid/strategy-parameters-check.yaml   | invalid-parameter | 22 | 18 | /scoring/alternatives/test-weights/focus/1   | focus names the unknown type b
            invalid/missing-translation.yaml         | missing-text      | 16 | 13 | /sections/0/questions/0/options/1/text/en    | The English text (en) is missing: add it here, as 'locales' lists en.
            invalid/unconfirmed-weakness.yaml        | unknown-reference | 12 | 50 | /types/0/weaknesses/0/confirmedWhen/anyOf/0  | has no option 'kuam'
            invalid/no-answer-weights.yaml           | invalid-value     | 21 | 71 | /sections/0/questions/0/options/2/weights    | cannot carry weights
            """)
    void reports_what_a_definition_gets_wrong_where_it_stands(String fixture, String code, int line, int column,
                                                              String pointer, String fragment) {
        assertThat(validate(fixture)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.location().source()).isEqualTo(fixture);
            assertThat(p.location().line()).as("line").isEqualTo(line);
            assertThat(p.location().column()).as("column").isEqualTo(column);
            assertThat(p.location().pointer()).isEqualTo(pointer);
            assertThat(p.message()).contains(fragment);
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void calls_an_unknown_strategy_unknown_even_when_no_strategy_is_loaded() {
        Validator withoutStrategies = new Validator(english, new TestStrategies());

        assertThat(withoutStrategies.validate(read("invalid/unknown-strategy.yaml").questionnaire().orElseThrow(),
                read("invalid/unknown-strategy.yaml").sourceMap()))
                .singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo("unknown-strategy");
                    assertThat(p.message()).isEqualTo("Unknown scoring strategy 'test-weight'; no scoring strategy is loaded");
                });
    }

    @Test
    void lists_the_known_strategies_when_none_is_close() {
        List<Problem> problems = validate("x.yaml", base() + "scoring: {strategy: ganz-anders}\n");

        assertThat(problems).singleElement().extracting((Problem p) -> p.message())
                .isEqualTo("Unknown scoring strategy 'ganz-anders'; known: test-plain, test-weights");
    }

    @Test
    void warns_about_parameters_for_an_alternative_strategy_that_is_not_loaded() {
        List<Problem> problems = validate("x.yaml", base()
                + "scoring:\n  strategy: test-plain\n  parameters: {factor: 1}\n  alternatives:\n    anderswo: {a: 1}\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.code()).isEqualTo("unknown-strategy");
            assertThat(p.location().pointer()).isEqualTo("/scoring/alternatives/anderswo");
        });
    }

    @Test
    void reports_a_missing_required_parameter_by_name() {
        List<Problem> problems = validate("x.yaml", base() + "scoring:\n  strategy: test-plain\n  parameters: {}\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("missing-field");
            assertThat(p.message()).contains("'factor'");
            assertThat(p.location().pointer()).isEqualTo("/scoring/parameters");
            assertThat(p.location().line()).isEqualTo(11);
        });
    }

    @Test
    void names_a_slip_for_a_required_parameter_as_the_slip_it_is_not_as_the_parameter_missing() {
        List<Problem> problems = validate("x.yaml", base() + "scoring:\n  strategy: test-plain\n  parameters: {factr: 2}\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("unknown-key");
            assertThat(p.message()).isEqualTo("Unknown key 'factr' - did you mean 'factor'?");
            assertThat(p.location().pointer()).isEqualTo("/scoring/parameters/factr");
            assertThat(p.location().line()).isEqualTo(11);
        });
    }

    @Test
    void reports_a_strategy_that_throws_instead_of_throwing() {
        Validator failing = new Validator(english, new TestStrategies(new WeightsStrategy() {
            @Override
            public Optional<String> parametersSchema() {
                throw new IllegalStateException("boom");
            }
        }, new PlainStrategy()));
        DefinitionRead read = read("valid/full.yaml");

        assertThat(failing.validate(read.questionnaire().orElseThrow(), read.sourceMap()))
                .extracting(Problem::code).containsExactly("strategy-failed");
    }

    @Test
    void checks_the_limits_of_the_scoring_block() {
        List<Problem> problems = validate("x.yaml", base()
                + "scoring:\n  strategy: test-plain\n  parameters: {factor: 1}\n  mixedMargin: 1\n  minAnswered: 1.5\n");

        assertThat(problems).extracting(p -> p.location().pointer())
                .containsExactly("/scoring/mixedMargin", "/scoring/minAnswered");
    }

    @Test
    void checks_ids_version_and_languages() {
        List<Problem> problems = validate("x.yaml", """
                id: Gross_Buchstaben
                version: eins
                locales: [de, klingonisch, de]
                title: {de: T}
                sections:
                  - id: s
                    title: {de: S}
                    questions:
                      - {id: q, kind: text, text: {de: Q}}
                """);

        assertThat(problems).extracting(Problem::code, p -> p.location().pointer()).containsExactly(
                Tuple.tuple("invalid-id", "/id"),
                Tuple.tuple("invalid-version", "/version"),
                Tuple.tuple("unknown-locale", "/locales/1"),
                Tuple.tuple("duplicate-locale", "/locales/2"));
    }

    @Test
    void a_date_as_version_is_no_version_in_both_languages_not_version_2024_with_a_label() {
        String yaml = base().replace("version: 1.0.0", "version: 2024-01-05");
        assertThat(validate("x.yaml", yaml)).extracting(Problem::code, Problem::message).contains(
                Tuple.tuple("invalid-version", "'2024-01-05' is not a version; expected MAJOR.MINOR.PATCH, e.g. 1.0.0."));
        DefinitionRead read = reader.read("x.yaml", yaml);
        assertThat(new Validator(new Messages(Locale.GERMAN), TestStrategies.both()).validate(read.questionnaire().orElseThrow(), read.sourceMap()))
                .extracting(Problem::code, Problem::message).contains(
                        Tuple.tuple("invalid-version", "„2024-01-05“ ist keine Version; erwartet wird MAJOR.MINOR.PATCH, z. B. 1.0.0."));
    }

    @Test
    void a_label_without_minor_and_patch_or_with_a_leading_zero_is_no_version_at_its_line_in_both_languages() {
        // Version.parse read 1-rc as 1.0.0-rc and 24-01-05 (a date of two-digit year) as 24.0.0 with the label 01-05
        for (String version : List.of("1-rc", "24-01-05", "1.2-beta", "1.0.0-rc.01", "1.0.0-rc..1")) {
            String yaml = base().replace("version: 1.0.0", "version: " + version);
            assertThat(validate("x.yaml", yaml)).as(version).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("invalid-version");
                assertThat(p.location().line()).isEqualTo(2);
                assertThat(p.message()).isEqualTo("'" + version + "' is not a version: a label such as -rc.1 follows the whole version"
                        + " MAJOR.MINOR.PATCH and is made of letters, digits and hyphens, separated by dots, a number in it without"
                        + " a leading zero; expected such as 1.0.0 or 1.0.0-rc.1.");
            });
        }
        DefinitionRead read = reader.read("x.yaml", base().replace("version: 1.0.0", "version: 1-rc"));
        assertThat(new Validator(new Messages(Locale.GERMAN), TestStrategies.both()).validate(read.questionnaire().orElseThrow(), read.sourceMap()))
                .extracting(Problem::message).containsExactly("„1-rc“ ist keine Version: ein Zusatz wie -rc.1 folgt auf die ganze Version"
                        + " MAJOR.MINOR.PATCH und besteht aus Buchstaben, Ziffern und Bindestrichen, durch Punkte getrennt, eine Zahl darin"
                        + " ohne führende Null; erwartet wird etwa 1.0.0 oder 1.0.0-rc.1.");
        // what the format allows stays allowed
        for (String version : List.of("1.0.0-rc.1", "2.1.0-0.3.7", "1.0.0-x-y.10", "\"1.10\"", "\"2\"")) {
            assertThat(validate("x.yaml", base().replace("version: 1.0.0", "version: " + version))).as(version).isEmpty();
        }
    }

    @Test
    void keeps_types_and_dimensions_apart_because_weights_name_either() {
        List<Problem> problems = validate("x.yaml", base()
                + "types: [{id: offen, name: {de: Offen}}]\ndimensions: [{id: offen, name: {de: Offen}}]\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("duplicate-id");
            assertThat(p.location().pointer()).isEqualTo("/dimensions/0/id");
            assertThat(p.message()).contains("first at line 9 (/types/0/id)");
        });
    }

    @Test
    void checks_the_ranges_of_each_question_kind() {
        List<Problem> problems = validate("x.yaml", """
                id: x
                version: 1.0.0
                locales: [de]
                title: {de: T}
                sections:
                  - id: s
                    title: {de: S}
                    questions:
                      - id: eine-option
                        kind: single
                        text: {de: Q}
                        options: [{id: a, text: {de: A}}]
                      - id: picks
                        kind: multi
                        text: {de: Q}
                        minPicks: 3
                        maxPicks: 2
                        options: [{id: a, text: {de: A}}, {id: b, text: {de: B}}]
                      - id: rang
                        kind: ranking
                        text: {de: Q}
                        top: 3
                        options: [{id: a, text: {de: A}}, {id: b, text: {de: B}}]
                      - id: skala
                        kind: scale
                        text: {de: Q}
                        min: 1
                        max: 5
                        labels: {0: {de: null-punkt}}
                      - id: verkehrt
                        kind: scale
                        text: {de: Q}
                        min: 5
                        max: 1
                      - id: zahl
                        kind: number
                        text: {de: Q}
                        min: 10
                        max: 1.5
                      - id: einwohner
                        kind: number
                        text: {de: Q}
                        min: 1
                        max: 1000000
                        typical: {gemeinde: [25000, 300], stadt: [3000], kreis: [60000, 2000000]}
                """);

        assertThat(problems).extracting(Problem::code, p -> p.location().pointer(), (Problem p) -> p.message()).containsExactly(
                Tuple.tuple("too-few-options", "/sections/0/questions/0/options",
                        "The question 'eine-option' has 1 option(s); it needs at least two."),
                Tuple.tuple("invalid-range", "/sections/0/questions/1/minPicks",
                        "'minPicks' (3) lies above 'maxPicks' (2)."),
                Tuple.tuple("invalid-range", "/sections/0/questions/2/top",
                        "'top' is 3 but must lie between 1 and the number of options (2)."),
                Tuple.tuple("invalid-range", "/sections/0/questions/3/labels/0",
                        "The label for 0 lies outside the scale from 1 to 5."),
                Tuple.tuple("invalid-range", "/sections/0/questions/4/min",
                        "The scale runs from 5 to 1; its minimum must lie below its maximum."),
                Tuple.tuple("invalid-range", "/sections/0/questions/5/min",
                        "The minimum 10 lies above the maximum 1.5."),
                Tuple.tuple("invalid-range", "/sections/0/questions/6/typical/gemeinde",
                        "The typical answers for 'gemeinde' are two numbers, the smaller first, e.g. [300, 25000]."),
                Tuple.tuple("invalid-range", "/sections/0/questions/6/typical/stadt",
                        "The typical answers for 'stadt' are two numbers, the smaller first, e.g. [300, 25000]."),
                Tuple.tuple("invalid-range", "/sections/0/questions/6/typical/kreis",
                        "The typical answers for 'kreis' (60000 to 2000000) do not lie within the allowed ones (1 to 1000000)."));
    }

    @Test
    void names_the_largest_limit_a_definition_can_hold_short_not_in_309_digits() {
        List<Problem> problems = validate("x.yaml", """
                id: x
                version: 1.0.0
                locales: [de]
                title: {de: T}
                sections:
                  - id: s
                    title: {de: S}
                    questions:
                      - id: betrag
                        kind: number
                        min: 1.7976931348623157e308
                        max: -1.7976931348623157e308
                        text: {de: Q}
                """);

        assertThat(problems).extracting(Problem::code, (Problem p) -> p.message()).containsExactly(Tuple.tuple("invalid-range",
                "The minimum 1.7976931348623157E+308 lies above the maximum -1.7976931348623157E+308."));
    }

    @Test
    void warns_of_typical_answers_for_a_kind_no_generated_respondent_has() {
        List<Problem> problems = validate("x.yaml", """
                id: x
                version: 1.0.0
                locales: [de]
                title: {de: T}
                sections:
                  - id: s
                    title: {de: S}
                    questions:
                      - id: einwohner
                        kind: number
                        text: {de: Q}
                        typical: {kries: [60000, 600000], landkreis: [60000, 600000], gemeinde: [300, 25000]}
                """);

        assertThat(problems).extracting(Problem::code, Problem::severity, p -> p.location().pointer(), (Problem p) -> p.message())
                .containsExactly(
                        Tuple.tuple("no-effect", Severity.WARNING, "/sections/0/questions/0/typical/kries",
                                "The typical answers for 'kries' have no effect: typwerk generate makes municipalities of these"
                                        + " kinds only: gemeinde, stadt, kreis – did you mean 'kreis'?"),
                        Tuple.tuple("no-effect", Severity.WARNING, "/sections/0/questions/0/typical/landkreis",
                                "The typical answers for 'landkreis' have no effect: typwerk generate makes municipalities of these"
                                        + " kinds only: gemeinde, stadt, kreis."));
    }

    @Test
    void checks_that_a_condition_tests_what_its_question_can_answer() {
        List<Problem> problems = validate("x.yaml", """
                id: x
                version: 1.0.0
                locales: [de]
                title: {de: T}
                sections:
                  - id: s
                    title: {de: S}
                    questions:
                      - {id: freitext, kind: text, text: {de: Q}}
                      - {id: zahl, kind: number, text: {de: Q}}
                      - id: folge
                        kind: text
                        text: {de: Q}
                        when:
                          all:
                            - {question: freitext, anyOf: [a]}
                            - {question: freitext, min: 1}
                            - {question: zahl, min: 5, max: 1}
                            - {any: []}
                """);

        assertThat(problems).extracting(Problem::code, p -> p.location().pointer()).containsExactly(
                Tuple.tuple("condition-mismatch", "/sections/0/questions/2/when/all/0/anyOf"),
                Tuple.tuple("condition-mismatch", "/sections/0/questions/2/when/all/1/min"),
                Tuple.tuple("invalid-range", "/sections/0/questions/2/when/all/2/min"),
                Tuple.tuple("empty-condition", "/sections/0/questions/2/when/all/3/any"));
    }

    @Test
    void warns_when_a_type_leaves_a_profile_topic_unanswered_and_refuses_unknown_topics() {
        List<Problem> problems = validate("x.yaml", base() + """
                profileTopics:
                  - {id: kern, title: {de: Kern}}
                  - {id: ziele, title: {de: Ziele}}
                types:
                  - id: a
                    name: {de: A}
                    profile:
                      kern: {de: Kern}
                      ziel: {de: Ziel}
                """);

        assertThat(problems).extracting(Problem::severity, Problem::code, p -> p.location().pointer()).containsExactly(
                Tuple.tuple(Severity.WARNING, "missing-profile", "/types/0/profile"),
                Tuple.tuple(Severity.ERROR, "unknown-reference", "/types/0/profile/ziel"));
        assertThat(problems.get(0).message()).isEqualTo("The profile of type 'a' does not answer the topic 'ziele'.");
        assertThat(problems.get(1).message()).isEqualTo("There is no profile topic 'ziel'; did you mean 'ziele'?");
    }

    @Test
    void refuses_a_type_that_learns_from_itself() {
        List<Problem> problems = validate("x.yaml", base() + """
                types:
                  - id: a
                    name: {de: A}
                    weaknesses: [{id: w, text: {de: W}, learnFrom: [a]}]
                """);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("self-reference");
            assertThat(p.location().pointer()).isEqualTo("/types/0/weaknesses/0/learnFrom/0");
        });
    }

    @Test
    void checks_the_strengths_a_weakness_names_of_the_types_it_learns_from() {
        List<Problem> problems = validate("x.yaml", base() + """
                types:
                  - id: a
                    name: {de: A}
                    weaknesses:
                      - id: w
                        text: {de: W}
                        learnFrom: [b]
                        strengths: {b: [planen, zuhoeren], c: [planung], d: [x]}
                  - id: b
                    name: {de: B}
                    strengths: [{id: planung, text: {de: Plant}}, {id: zuhoeren, text: {de: Hört zu}}]
                  - id: c
                    name: {de: C}
                    strengths: [{id: planung, text: {de: Plant}}]
                """);

        assertThat(problems).extracting(Problem::code, p -> p.location().pointer(), p -> p.location().line(),
                p -> p.location().column(), (Problem p) -> p.message()).containsExactly(
                Tuple.tuple("unknown-reference", "/types/0/weaknesses/0/strengths/b/0", 16, 25,
                        "The type 'b' has no strength 'planen'; did you mean 'planung'?"),
                Tuple.tuple("unknown-reference", "/types/0/weaknesses/0/strengths/c", 16, 44,
                        "'strengths' names the type 'c', which 'learnFrom' does not name (it names: b); add it there or drop it here."),
                Tuple.tuple("unknown-reference", "/types/0/weaknesses/0/strengths/d", 16, 58,
                        "There is no type 'd'; did you mean 'a'?"));
    }

    @Test
    void a_slip_in_learn_from_is_one_error_not_also_one_at_the_strengths_it_meant() {
        List<Problem> problems = validate("x.yaml", base() + """
                types:
                  - id: a
                    name: {de: A}
                    weaknesses:
                      - id: w
                        text: {de: W}
                        learnFrom: [verwaltr]
                        strengths: {verwalter: [planen]}
                  - id: verwalter
                    name: {de: V}
                    strengths: [{id: planung, text: {de: Plant}}]
                """);

        // the strength ids of a type that exists are still checked
        assertThat(problems).extracting(Problem::code, p -> p.location().line(), p -> p.location().column(),
                (Problem p) -> p.message()).containsExactly(
                Tuple.tuple("unknown-reference", 15, 21, "There is no type 'verwaltr'; did you mean 'verwalter'?"),
                Tuple.tuple("unknown-reference", 16, 33, "The type 'verwalter' has no strength 'planen'; did you mean 'planung'?"));
    }

    @Test
    void a_language_key_that_is_a_slip_for_a_declared_one_is_one_error_where_it_stands() {
        List<Problem> problems = validate("x.yaml", """
                id: x
                version: 1.0.0
                locales: [de, en]
                title: {de: Titel, eng: Title}
                sections:
                  - id: s
                    title: {de: S, en: S, fr: S}
                    questions:
                      - {id: q, kind: number, text: {de: Q, en: Q}}
                """);

        assertThat(problems).extracting(Problem::severity, p -> p.location().pointer(), p -> p.location().line(),
                (Problem p) -> p.message()).containsExactly(
                Tuple.tuple(Severity.ERROR, "/title/eng", 4, "'eng' is not a language of 'locales' - did you mean 'en'?"
                        + " The English text (en) is missing otherwise."),
                // a language that is a slip for none that is missing stays a warning
                Tuple.tuple(Severity.WARNING, "/sections/0/title/fr", 7, "Text in the language 'fr', which 'locales'"
                        + " does not declare (de, en)."));
    }

    @Test
    void names_every_missing_translation_and_warns_about_undeclared_languages() {
        List<Problem> problems = validate("x.yaml", """
                id: x
                version: 1.0.0
                locales: [de, en]
                title: {de: Titel, en: "  ", fr: Titre}
                sections:
                  - id: s
                    title: {de: S}
                    questions:
                      - {id: q, kind: number, text: {de: Q, en: Q}, unit: {de: Euro}}
                """);

        assertThat(problems).extracting(Problem::code, p -> p.location().pointer()).containsExactly(
                Tuple.tuple("missing-text", "/title/en"),
                Tuple.tuple("undeclared-locale", "/title/fr"),
                Tuple.tuple("missing-text", "/sections/0/title/en"),
                Tuple.tuple("missing-text", "/sections/0/questions/0/unit/en"));
    }

    @Test
    void names_the_missing_language_in_german_too() {
        Validator german = new Validator(new Messages(Locale.GERMAN), TestStrategies.both());
        DefinitionRead read = read("invalid/missing-translation.yaml");

        assertThat(german.validate(read.questionnaire().orElseThrow(), read.sourceMap()))
                .extracting((Problem p) -> p.message()).containsExactly("Der Text auf Englisch (en) fehlt: Ergänzen Sie ihn hier, da „locales“ en nennt.");
    }

    @Test
    void accepts_a_definition_without_a_scoring_block() {
        assertThat(validate("x.yaml", base())).isEmpty();
    }

    @Test
    void refuses_a_questionnaire_without_questions() {
        assertThat(validate("x.yaml", "id: x\nversion: 1.0.0\nlocales: [de]\ntitle: {de: T}\n"))
                .extracting(Problem::code).containsExactly("no-questions");
    }

    @Test
    void validates_questionnaires_built_in_code_with_pointers_but_no_lines() {
        Questionnaire q = new QuestionnaireDocument("x", "1.0.0", Optional.empty(), List.of("de", "en"), LocalizedText.of("de", "T"), Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), List.of(new SectionDocument("s", LocalizedText.of("de", "S"), Optional.empty(), List.of(
                        new TextDocument("q", LocalizedText.of("de", "Q"), Optional.empty(), false, Optional.empty(), null)))), Optional.empty(), Optional.empty());

        assertThat(validator.validate(q, SourceMap.empty("code"))).extracting(p -> p.location().toString(), p -> p.location().pointer())
                .containsExactly(
                        Tuple.tuple("code", "/title/en"),
                        Tuple.tuple("code", "/sections/0/title/en"),
                        Tuple.tuple("code", "/sections/0/questions/0/text/en"));
    }

    private static String base() {
        return """
                id: x
                version: 1.0.0
                locales: [de]
                title: {de: T}
                sections:
                  - id: s
                    title: {de: S}
                    questions: [{id: q, kind: text, text: {de: Q}}]
                """;
    }

    private DefinitionRead read(String fixture) {
        return reader.read(Fixtures.source(fixture));
    }

    @Test
    void lets_a_weak_spot_be_confirmed_by_any_question_and_warns_about_exclusive_where_it_has_no_effect() {
        List<Problem> problems = validate("x.yaml", """
                id: x
                version: 1.0.0
                locales: [en]
                title: {en: X}
                types:
                  - id: a
                    name: {en: A}
                    weaknesses:
                      - id: w
                        text: {en: W}
                        learnFrom: [b]
                        confirmedWhen:
                          any:
                            - {question: late, anyOf: [none]}
                            - not: {question: late, answered: true}
                  - id: b
                    name: {en: B}
                sections:
                  - id: s
                    title: {en: S}
                    questions:
                      - id: early
                        kind: single
                        text: {en: Early}
                        options:
                          - {id: x, text: {en: X}, weights: {a: 1}}
                          - {id: y, text: {en: "Y"}, exclusive: true, weights: {b: 1}}
                      - id: late
                        kind: multi
                        text: {en: Late}
                        options:
                          - {id: some, text: {en: Some}, weights: {b: 1}}
                          - {id: none, text: {en: None}, exclusive: true}
                          - {id: unsure, text: {en: Don't know}, noAnswer: true}
                """);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("no-effect");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.location().pointer()).isEqualTo("/sections/0/questions/0/options/1/exclusive");
            assertThat(p.location().line()).isEqualTo(27);
        });
    }

    @Test
    void refuses_a_no_answer_option_in_a_ranking() {
        List<Problem> problems = validate("x.yaml", """
                id: x
                version: 1.0.0
                locales: [en]
                title: {en: X}
                sections:
                  - id: s
                    title: {en: S}
                    questions:
                      - id: goals
                        kind: ranking
                        text: {en: Goals}
                        options:
                          - {id: a, text: {en: A}}
                          - {id: b, text: {en: B}}
                          - {id: unsure, text: {en: Don't know}, noAnswer: true}
                """);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("invalid-value");
            assertThat(p.location().pointer()).isEqualTo("/sections/0/questions/0/options/2/noAnswer");
            assertThat(p.location().line()).isEqualTo(15);
        });
    }

    private List<Problem> validate(String fixture) {
        DefinitionRead read = read(fixture);
        assertThat(read.problems()).as("read problems").isEmpty();
        return validator.validate(read.questionnaire().orElseThrow(), read.sourceMap());
    }

    private List<Problem> validate(String name, String yaml) {
        DefinitionRead read = reader.read(name, yaml);
        assertThat(read.problems()).as("read problems").isEmpty();
        return validator.validate(read.questionnaire().orElseThrow(), read.sourceMap());
    }
}
