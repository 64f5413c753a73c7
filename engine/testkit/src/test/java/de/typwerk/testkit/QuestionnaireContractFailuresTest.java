package de.typwerk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * What an author sees when a questionnaire plugin fails a check: the check, and every finding
 * with its place in the definition. The contract's methods are called as the test engine calls
 * them, on fixture plugins with one kind of fault each.
 */
class QuestionnaireContractFailuresTest {

    private static final String FIXTURES = "src/test/resources/plugins/";

    private static QuestionnairePluginContract plugin(String name) {
        return new QuestionnairePluginContract() {
            @Override
            public Path pluginRoot() {
                return Path.of(FIXTURES + name);
            }

            @Override
            public Locale locale() {
                return Locale.ENGLISH;
            }
        };
    }

    @Test
    void names_each_problem_of_an_invalid_definition_with_file_line_and_column() {
        String file = Path.of(FIXTURES + "invalid/questionnaires/invalid.yaml").toString();

        assertThatThrownBy(() -> plugin("invalid").every_definition_reads_and_validates_without_errors())
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Check \"definitions\" failed")
                .hasMessageContaining(file + ":29:")
                .hasMessageContaining("o-purple")
                .hasMessageContaining(file + ":57:");
    }

    @Test
    void names_a_problem_in_a_plugin_jar_by_jar_and_entry() {
        Path jar = FixtureJars.pack("invalid");
        QuestionnairePluginContract packed = new QuestionnairePluginContract() {
            @Override
            public Path pluginRoot() {
                return jar;
            }

            @Override
            public Locale locale() {
                return Locale.ENGLISH;
            }
        };

        assertThatThrownBy(packed::every_definition_reads_and_validates_without_errors)
                .hasMessageContaining(jar + "!/questionnaires/invalid.yaml:29:");
    }

    @Test
    void tells_how_to_load_a_strategy_of_another_plugin_that_a_definition_names() {
        String file = Path.of(FIXTURES + "foreign-strategy/questionnaires/foreign-strategy.yaml").toString();

        assertThatThrownBy(() -> plugin("foreign-strategy").every_definition_reads_and_validates_without_errors())
                .hasMessageStartingWith("Check \"definitions\" failed")
                .hasMessageContaining(file + ":59:")
                .hasMessageContaining("A strategy that does not come with Typwerk is loaded in the tests from its plugin’s jar:"
                        + " return its folder from pluginFolders() (e.g. List.of(Path.of(\"..\", \"median\", \"target\"))),"
                        + " or add the plugin to the pom.xml as a test dependency (scope test).");
        assertThatThrownBy(() -> plugin("foreign-strategy").the_engine_loads_the_plugin_with_its_questionnaires())
                .hasMessageContaining("return its folder from pluginFolders()");
        // a definition with other faults gets no such advice
        assertThatThrownBy(() -> plugin("invalid").every_definition_reads_and_validates_without_errors())
                .message().doesNotContain("pluginFolders()");
    }

    @Test
    void says_why_the_engine_refused_a_plugin_with_an_invalid_definition() {
        assertThatThrownBy(() -> plugin("invalid").the_engine_loads_the_plugin_with_its_questionnaires())
                .hasMessageStartingWith("Check \"loading\" failed")
                .hasMessageContaining(Path.of(FIXTURES + "invalid").toAbsolutePath().toString())
                .hasMessageContaining("o-purple");
    }

    @Test
    void the_checks_that_search_a_plugin_that_does_not_load_say_it_did_not_load_not_that_the_search_found_nothing() {
        assertThatThrownBy(() -> plugin("invalid").every_question_is_asked_for_some_answers_to_the_questions_before_it())
                .hasMessageStartingWith("Check \"every question is asked\" failed: the engine does not load the plugin with its"
                        + " questionnaires, so this check has no question to search.")
                .hasMessageContaining("o-purple");
        assertThatThrownBy(() -> plugin("invalid").every_type_is_the_primary_result_for_some_answers())
                .hasMessageStartingWith("Check \"every type can be reached\" failed: the engine does not load the plugin with its"
                        + " questionnaires, so this check has no type to search for.")
                .hasMessageContaining("o-purple");
    }

    @Test
    void names_the_files_of_a_plugin_that_does_not_load_by_their_sources_as_the_definitions_check_does() {
        Path root = Path.of(FIXTURES + "invalid");
        QuestionnairePluginContract built = new QuestionnairePluginContract() {
            @Override
            public Path pluginRoot() {
                return root;   // stands in for target/classes, with its sources beside it
            }

            @Override
            public Path sourceRoot() {
                return root;
            }

            @Override
            public Locale locale() {
                return Locale.ENGLISH;
            }
        };

        assertThatThrownBy(built::the_engine_loads_the_plugin_with_its_questionnaires)
                .hasMessageStartingWith("Check \"loading\" failed")
                .hasMessageContaining("\n  " + root.resolve("questionnaires/invalid.yaml") + ":29:")
                .message().doesNotContain(root.toAbsolutePath().toString());
    }

    @Test
    void says_in_german_why_the_engine_refused_the_plugin_without_the_english_words_of_its_source() {
        QuestionnairePluginContract german = new QuestionnairePluginContract() {
            @Override
            public Path pluginRoot() {
                return Path.of(FIXTURES + "future-api");
            }
        };

        assertThatThrownBy(german::the_engine_loads_the_plugin_with_its_questionnaires)
                .hasMessageStartingWith("Prüfung „Laden“ fehlgeschlagen")
                .hasMessageContaining("\n  Plugin future-api braucht die API-Version [2.0.0,3.0.0), eine sp\u00e4tere als die dieser Engine, 1.0.0: F\u00fchren Sie es mit einem Typwerk aus")
                .message().doesNotContain("class path");
    }

    @Test
    void names_each_error_of_a_plugin_refused_for_its_definitions_once_not_again_in_a_count_of_them() {
        String file = Path.of(FIXTURES + "invalid/questionnaires/invalid.yaml").toAbsolutePath().toString();
        for (ThrowingCallable check : List.<ThrowingCallable>of(
                () -> plugin("invalid").the_engine_loads_the_plugin_with_its_questionnaires(),
                () -> plugin("invalid").every_question_is_asked_for_some_answers_to_the_questions_before_it(),
                () -> plugin("invalid").every_type_is_the_primary_result_for_some_answers())) {
            assertThatThrownBy(check)
                    .hasMessageContaining("\n  " + file + ":29:")
                    .hasMessageNotContaining("in its definitions, first")
                    .satisfies(e -> assertThat(e.getMessage().split(Pattern.quote(file + ":29:"), -1))
                            .as("the first error appears once in:%n%s", e.getMessage()).hasSize(2));
        }
    }

    @Test
    void names_a_question_whose_condition_no_earlier_answers_make_true() {
        String file = Path.of(FIXTURES + "unreachable-question/questionnaires/unreachable-question.yaml").toString();

        assertThatThrownBy(() -> plugin("unreachable-question").every_question_is_asked_for_some_answers_to_the_questions_before_it())
                .hasMessageStartingWith("Check \"every question is asked\" failed")
                .hasMessageContaining(file + ":29:9: the question \"q-shades\" is never asked")
                .hasMessageContaining(file + ":51:9: the question \"q-why\" is never asked")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage().lines().count()).isEqualTo(3));
    }

    @Test
    void names_a_type_that_no_answers_make_the_clear_result() {
        String file = Path.of(FIXTURES + "unreachable-type/questionnaires/unreachable-type.yaml").toString();

        assertThatThrownBy(() -> plugin("unreachable-type").every_type_is_the_primary_result_for_some_answers())
                .hasMessageStartingWith("Check \"every type can be reached\" failed")
                .hasMessageContaining(file + ":11:5: the type \"blue\" was not the clear result")
                .hasMessageNotContaining("\"red\" was not")
                .hasMessageNotContaining("\"green\" was not");
    }

    @Test
    void refuses_a_descriptor_whose_api_range_excludes_this_engine() {
        assertThatThrownBy(() -> plugin("bad-descriptor").the_plugin_descriptor_reads_and_admits_this_engine())
                .hasMessageStartingWith("Check \"plugin descriptor\" failed")
                .hasMessageContaining(Path.of(FIXTURES + "bad-descriptor/META-INF/typwerk/plugin.yaml")
                        + ":4:6: The API range [2.0.0,3.0.0) in the descriptor excludes this engine’s API (1.0.0).");
    }

    @Test
    void names_a_listed_definition_that_is_missing_at_its_place_in_the_descriptor() {
        assertThatThrownBy(() -> plugin("bad-descriptor").every_definition_reads_and_validates_without_errors())
                .hasMessageContaining(Path.of(FIXTURES + "bad-descriptor/META-INF/typwerk/plugin.yaml") + ":8:5:")
                .hasMessageContaining("questionnaires/missing.yaml");
    }

    @Test
    void says_where_it_looked_when_there_is_no_descriptor_at_all() {
        assertThatThrownBy(() -> plugin("does-not-exist").the_plugin_descriptor_reads_and_admits_this_engine())
                .hasMessageContaining("No descriptor META-INF/typwerk/plugin.yaml in " + Path.of(FIXTURES + "does-not-exist"))
                .hasMessageContaining("mvn verify");
    }

    @Test
    void passes_the_other_checks_of_a_plugin_with_one_fault() {
        assertThatCode(() -> {
            plugin("unreachable-question").every_type_is_the_primary_result_for_some_answers();
            plugin("unreachable-type").every_question_is_asked_for_some_answers_to_the_questions_before_it();
            plugin("unreachable-type").every_definition_reads_and_validates_without_errors();
        }).doesNotThrowAnyException();
    }

    @Test
    void speaks_german_by_default() {
        QuestionnairePluginContract german = new QuestionnairePluginContract() {
            @Override
            public Path pluginRoot() {
                return Path.of(FIXTURES + "unreachable-type");
            }
        };

        assertThatThrownBy(german::every_type_is_the_primary_result_for_some_answers)
                .hasMessageStartingWith("Prüfung „Jeder Typ ist erreichbar“ fehlgeschlagen")
                .hasMessageContaining("Der Typ „blue“")
                .hasMessageFindingMatch("Vorsprung des Typs -?\\d+,\\d{3}\\.");
    }
}
