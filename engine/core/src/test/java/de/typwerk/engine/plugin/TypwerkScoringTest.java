package de.typwerk.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.Version;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.TypwerkStartException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Typwerk#score}, the facade integrators and the CLI share, with strategies from a real
 * plugin jar: an outside author's counting strategy, one that throws and one that never ends.
 * (In this package because the jar is built with {@link PluginJar}.)
 */
class TypwerkScoringTest {

    private static final Path TEAMS = Path.of("src/test/resources/fixtures/teams.yaml");
    private static final Path GOOD = Path.of("src/test/resources/answers/good.yaml");

    @TempDir
    Path temp;

    private Typwerk typwerk;

    @BeforeEach
    void start() throws IOException {
        String definition = Files.readString(TEAMS, StandardCharsets.UTF_8);
        definition = definition.substring(0, definition.indexOf("scoring:")) + """
                scoring:
                  strategy: counting
                  parameters: {threshold: 2}
                  alternatives:
                    boom: {}
                    sleepy: {}
                    nofit: {}
                    points: {}
                """;
        Path plugins = temp.resolve("plugins");
        PluginJar.named("teams.jar").descriptor("teams", "1.0.0", "[1.0,2.0)")
                .questionnaire("questionnaires/teams.yaml", definition)
                .source("org.example.strategy.CountingStrategy",
                        Files.readString(Path.of("src/test/java/org/example/strategy/CountingStrategy.java")))
                .source("org.example.strategy.Boom", strategy("Boom", "boom", "throw new IllegalStateException(\"kaputt\");"))
                .source("org.example.strategy.Sleepy", strategy("Sleepy", "sleepy",
                        "while (true) { try { Thread.sleep(60_000); } catch (InterruptedException e) { } }"))
                .strategy("org.example.strategy.CountingStrategy")
                .strategy("org.example.strategy.Boom")
                .source("org.example.strategy.NoFit", strategy("NoFit", "nofit",
                        "return new ScoreSheet(java.util.List.of(new ScoreSheet.TypeScore(\"analyst\", 0.1, 0.5), "
                                + "new ScoreSheet.TypeScore(\"builder\", 0.05, 0.25), new ScoreSheet.TypeScore(\"connector\", 0.05, 0.25)), "
                                + "java.util.List.of(), java.util.List.of()).withNoTypeFitting();"))
                .strategy("org.example.strategy.Sleepy")
                .strategy("org.example.strategy.NoFit")
                .writeTo(plugins);
        typwerk = Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).locale(Locale.ENGLISH)
                .scoringTimeout(Duration.ofSeconds(2)).strict(true).build();
    }

    @AfterEach
    void stop() {
        typwerk.close();
    }

    private static String strategy(String name, String id, String body) {
        return """
                package org.example.strategy;
                import de.typwerk.api.model.*;
                import de.typwerk.api.spi.*;
                import java.util.Map;
                public final class %s implements ScoringStrategy<Map> {
                    public String id() { return "%s"; }
                    public Version version() { return Version.parse("1.0.0"); }
                    public LocalizedText description() { return LocalizedText.of("en", "test"); }
                    public Class<Map> parametersType() { return Map.class; }
                    public PreparedScorer prepare(Questionnaire questionnaire, Map parameters) {
                        return request -> { %s };
                    }
                }
                """.formatted(name, id, body);
    }

    @Test
    void a_null_argument_to_score_is_refused_at_once_naming_the_parameter() {
        byte[] content = "questionnaire: teams".getBytes(StandardCharsets.UTF_8);

        assertThatNullPointerException().isThrownBy(() -> typwerk.score("a.yaml", null, Optional.empty())).withMessage("content");
        assertThatNullPointerException().isThrownBy(() -> typwerk.score(null, content, Optional.empty())).withMessage("source");
        assertThatNullPointerException().isThrownBy(() -> typwerk.score("a.yaml", content, null)).withMessage("strategyId");
        assertThatNullPointerException().isThrownBy(() -> typwerk.score((Path) null)).withMessage("answersFile");
    }

    @Test
    void a_language_typwerk_does_not_speak_is_spoken_as_german_without_a_second_view_of_the_engine() {
        // speaking(FRENCH) gave a German engine a new German view with scoring threads of its own on every call, where the
        // Javadoc promises this engine when it speaks the language already; and messages().locale() said "fr"
        Typwerk.Builder french = Typwerk.builder().classPathPlugins(false).locale(Locale.FRENCH);
        try (Typwerk german = typwerk.speaking(Locale.GERMAN); Typwerk fromFrench = french.build()) {
            assertThat(german.speaking(Locale.FRENCH)).isSameAs(german);
            assertThat(german.speaking(Locale.forLanguageTag("de-AT"))).isSameAs(german);
            assertThat(typwerk.speaking(Locale.UK)).isSameAs(typwerk);
            assertThat(fromFrench.messages().locale()).isEqualTo(Locale.GERMAN);
            assertThat(fromFrench.speaking(Locale.ITALIAN)).isSameAs(fromFrench);
            try (Typwerk view = typwerk.speaking(Locale.FRENCH)) {
                assertThat(view).isNotSameAs(typwerk);
                assertThat(view.messages().locale()).isEqualTo(Locale.GERMAN);
            }
        }
    }

    @Test
    void a_null_argument_anywhere_in_the_embedding_api_is_refused_at_once_naming_the_parameter() throws IOException {
        // as the class promises: where a caller's null went in, the JDK's "Cannot invoke String.indexOf"
        // named a variable of the engine's, and a null plugins folder or locale failed only at build()
        byte[] content = "questionnaire: teams".getBytes(StandardCharsets.UTF_8);
        LoadedQuestionnaire teams = typwerk.questionnaires().get(0);
        Response response = typwerk.readAnswers("a.yaml", Files.readAllBytes(GOOD)).response().orElseThrow();

        assertThatNullPointerException().isThrownBy(() -> typwerk.questionnaire(null)).withMessage("idOrCoordinates");
        assertThatNullPointerException().isThrownBy(() -> typwerk.speaking(null)).withMessage("locale");
        assertThatNullPointerException().isThrownBy(() -> typwerk.validate((Path) null)).withMessage("path");
        assertThatNullPointerException().isThrownBy(() -> typwerk.validate((de.typwerk.api.spi.DefinitionSource) null))
                .withMessage("definition");
        assertThatNullPointerException().isThrownBy(() -> typwerk.notLoadedNote(null)).withMessage("questionnaire");
        assertThatNullPointerException().isThrownBy(() -> typwerk.readAnswers(null, content)).withMessage("source");
        assertThatNullPointerException().isThrownBy(() -> typwerk.readPartialAnswers("a.yaml", null)).withMessage("content");
        assertThatNullPointerException().isThrownBy(() -> typwerk.strategiesFor(null)).withMessage("questionnaire");
        assertThatNullPointerException().isThrownBy(() -> typwerk.score(teams, null, Optional.empty())).withMessage("response");
        assertThatNullPointerException().isThrownBy(() -> typwerk.score(null, response, Optional.empty())).withMessage("questionnaire");
        assertThatNullPointerException().isThrownBy(() -> typwerk.score(teams, response, null)).withMessage("strategyId");

        Typwerk.Builder builder = Typwerk.builder();
        assertThatNullPointerException().isThrownBy(() -> builder.pluginsFrom((Path) null)).withMessage("dir");
        assertThatNullPointerException().isThrownBy(() -> builder.pluginsFrom(java.util.Arrays.asList(Path.of("a"), null))).withMessage("dirs");
        assertThatNullPointerException().isThrownBy(() -> builder.locale(null)).withMessage("locale");
        assertThatNullPointerException().isThrownBy(() -> builder.trust(null)).withMessage("sha256");
        assertThatNullPointerException().isThrownBy(() -> builder.scoringTimeout(null)).withMessage("timeout");
        assertThatNullPointerException().isThrownBy(() -> builder.classPathLoader(null)).withMessage("loader");
    }

    @Test
    void scores_an_answers_file_with_the_definitions_strategy_and_records_where_the_result_comes_from() {
        ScoreRun run = typwerk.score(GOOD);

        assertThat(run.problems()).isEmpty();
        Result result = run.asResult().orElseThrow();
        LoadedQuestionnaire loaded = typwerk.questionnaire("fixture-teams").orElseThrow();
        assertThat(result.questionnaire().id()).isEqualTo("fixture-teams");
        assertThat(result.questionnaire().version()).isEqualTo("1.2.0");
        assertThat(result.questionnaire().contentHash()).isEqualTo(loaded.contentHash()).startsWith("sha256:");
        assertThat(result.strategy().id()).isEqualTo("counting");
        assertThat(result.respondent().name()).contains("Gemeinde Musterhausen");
        assertThat(result.outcome()).isNotInstanceOf(Outcome.Insufficient.class);
    }

    @Test
    void a_strategy_from_a_plugin_jar_can_say_that_no_type_fits_and_the_result_then_names_none() {
        Result result = typwerk.score(GOOD, Optional.of("nofit")).asResult().orElseThrow();

        assertThat(result.outcome()).isInstanceOf(Outcome.None.class);
        assertThat(result.reasons()).isEmpty();
        assertThat(result.recommendations()).isEmpty();
        assertThat(result.types().get(0).id()).isEqualTo("analyst");
        assertThat(typwerk.resultJson().line(result)).contains("\"outcome\":{\"kind\":\"none\"}");
    }

    @Test
    void the_same_answers_from_bytes_and_from_a_checked_response_give_the_same_result() throws IOException {
        byte[] content = Files.readAllBytes(GOOD);
        Result fromFile = typwerk.score(GOOD).asResult().orElseThrow();
        Result fromBytes = typwerk.score("good.yaml", content, Optional.empty()).asResult().orElseThrow();
        var read = typwerk.readAnswers("good.yaml", content);
        Result fromResponse = typwerk.score(read.questionnaire().orElseThrow(), read.response().orElseThrow(), Optional.empty())
                .asResult().orElseThrow();

        assertThat(fromBytes).isEqualTo(fromFile);
        assertThat(fromResponse).isEqualTo(fromFile);
    }

    @Test
    void a_response_built_in_code_with_wrong_answers_is_refused_as_the_callers_not_passed_to_the_strategy() {
        LoadedQuestionnaire teams = typwerk.questionnaire("fixture-teams").orElseThrow();
        Response wrong = Response.builder("fixture-teams", Version.parse("1.2.0"))
                .answer("q-anchor", new Answer.Choice("o-nonsense"))
                .answer("q-numbers", new Answer.Scale(99))
                .answer("q-nosuch", new Answer.Text("x"))
                .build();

        ScoreRun run = typwerk.score(teams, wrong, Optional.empty());

        assertThat(run).isInstanceOf(ScoreRun.Refused.class);
        assertThat(run.problems()).extracting(Problem::code).containsExactly("unknown-option", "out-of-range", "unknown-question");
        assertThat(run.problems()).extracting(p -> p.location().pointer())
                .containsExactly("/answers/q-anchor", "/answers/q-numbers", "/answers/q-nosuch");
        assertThat(run.problems().get(1).message()).contains("q-numbers").contains("99");
    }

    @Test
    void a_refused_response_built_in_code_prints_each_problem_at_its_pointer_as_it_has_no_line() {
        LoadedQuestionnaire teams = typwerk.questionnaire("fixture-teams").orElseThrow();
        Response wrong = Response.builder("fixture-teams", Version.parse("1.2.0"))
                .answer("q-numbers", new Answer.Scale(99))
                .build();

        ScoreRun run = typwerk.score(teams, wrong, Optional.empty());

        // what docs/integrators.md's example prints with System.err::println
        assertThat(run.problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith("/answers/q-numbers: error: ").contains("99");
    }

    @Test
    void a_response_built_in_code_with_answers_left_out_is_scored_as_a_partial_one() {
        LoadedQuestionnaire teams = typwerk.questionnaire("fixture-teams").orElseThrow();
        Response partial = Response.builder("fixture-teams", Version.parse("1.2.0"))
                .answer("q-anchor", new Answer.Choice("o-craft"))
                .answer("q-numbers", new Answer.Scale(4))
                .build();

        assertThat(typwerk.score(teams, partial, Optional.empty()).ok()).isTrue();
    }

    @Test
    void a_response_built_in_code_for_another_major_or_a_later_version_is_refused_as_a_file_is() {
        LoadedQuestionnaire teams = typwerk.questionnaire("fixture-teams").orElseThrow();   // 1.2.0
        for (String version : List.of("2.0.0", "1.3.0", "0.9.0")) {
            Response response = Response.builder("fixture-teams", Version.parse(version))
                    .answer("q-anchor", new Answer.Choice("o-craft"))
                    .answer("q-numbers", new Answer.Scale(4))
                    .build();

            ScoreRun run = typwerk.score(teams, response, Optional.empty());

            assertThat(run).as(version).isInstanceOf(ScoreRun.Refused.class);
            assertThat(run.problems()).as(version).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("incompatible-version");
                assertThat(p.location().pointer()).isEqualTo("/version");
                assertThat(p.message()).contains(version).contains("1.2.0");
            });
        }
    }

    @Test
    void a_response_built_in_code_for_an_earlier_version_of_the_same_major_is_scored_with_a_warning() {
        LoadedQuestionnaire teams = typwerk.questionnaire("fixture-teams").orElseThrow();   // 1.2.0
        Response response = Response.builder("fixture-teams", Version.parse("1.0.0"))
                .answer("q-anchor", new Answer.Choice("o-craft"))
                .answer("q-numbers", new Answer.Scale(4))
                .build();

        ScoreRun run = typwerk.score(teams, response, Optional.empty());

        assertThat(run).isInstanceOf(ScoreRun.Done.class);
        assertThat(run.problems()).extracting(Problem::code).containsExactly("other-version");
    }

    @Test
    void a_response_to_another_questionnaire_is_refused_naming_both_not_scored_as_this_ones() {
        LoadedQuestionnaire teams = typwerk.questionnaire("fixture-teams").orElseThrow();
        Response other = Response.builder("fixture-teams-kreis", Version.parse("1.2.0"))
                .answer("q-anchor", new Answer.Choice("o-craft"))
                .answer("q-numbers", new Answer.Scale(4))
                .build();

        ScoreRun run = typwerk.score(teams, other, Optional.empty());

        assertThat(run).isInstanceOf(ScoreRun.Refused.class);
        assertThat(run.problems()).extracting(Problem::code).containsExactly("other-questionnaire");
        assertThat(run.problems().get(0).message()).contains("'fixture-teams-kreis'").contains("'fixture-teams'");
    }

    @Test
    void a_respondent_built_in_code_is_checked_as_a_files_is_a_bad_ags_or_a_control_character_refusing_the_run() {
        LoadedQuestionnaire teams = typwerk.questionnaire("fixture-teams").orElseThrow();
        java.util.function.Function<de.typwerk.api.model.Respondent, ScoreRun> score = respondent -> typwerk.score(teams,
                Response.builder("fixture-teams", Version.parse("1.2.0")).respondent(respondent)
                        .answer("q-anchor", new Answer.Choice("o-craft")).answer("q-numbers", new Answer.Scale(4)).build(),
                Optional.empty());

        // seven digits, as a spreadsheet leaves of 09162000; a state code that is none; a line break pasted into the name
        ScoreRun sevenDigits = score.apply(de.typwerk.api.model.Respondent.builder().ags("9162000").build());
        ScoreRun noState = score.apply(de.typwerk.api.model.Respondent.builder().ags("99162000").build());
        ScoreRun lineBreak = score.apply(de.typwerk.api.model.Respondent.builder().name("Gemeinde\nLindenau").build());
        ScoreRun halfCharacter = score.apply(de.typwerk.api.model.Respondent.builder().state("Bayern\ud800").build());

        assertThat(sevenDigits).isInstanceOf(ScoreRun.Refused.class);
        assertThat(sevenDigits.problems()).extracting(Problem::code).containsExactly("bad-ags");
        assertThat(sevenDigits.problems().get(0).location().pointer()).isEqualTo("/respondent/ags");
        assertThat(sevenDigits.problems().get(0).message()).contains("9162000").contains("09162000");
        assertThat(noState.problems()).extracting(Problem::code).containsExactly("bad-ags");
        assertThat(lineBreak.problems()).extracting(Problem::code).containsExactly("respondent-control-character");
        assertThat(lineBreak.problems().get(0).location().pointer()).isEqualTo("/respondent/name");
        assertThat(halfCharacter.problems()).extracting(Problem::code).containsExactly("respondent-lone-surrogate");
        // a right one is scored as before
        assertThat(score.apply(de.typwerk.api.model.Respondent.builder().name("Gemeinde Lindenau").ags("09162000").build()))
                .isInstanceOf(ScoreRun.Done.class);
    }

    @Test
    void strict_start_stops_at_a_plugins_folder_that_does_not_exist_naming_it() {
        Path missing = temp.resolve("plugin");   // a slip for "plugins"

        assertThatThrownBy(() -> Typwerk.builder().classPathPlugins(false).pluginsFrom(missing).locale(Locale.ENGLISH)
                .strict(true).build())
                .isInstanceOf(TypwerkStartException.class)
                .hasMessageStartingWith("Start aborted (strict mode): 1 plugin folder does not exist (or is not a folder)")
                .hasMessageContaining(missing.toString());
    }

    @Test
    void strict_start_counts_the_missing_plugin_folders_in_words_that_agree_with_their_number() {
        Path one = temp.resolve("plugin");
        Path other = temp.resolve("erweiterungen");

        assertThatThrownBy(() -> Typwerk.builder().classPathPlugins(false).pluginsFrom(one).locale(Locale.GERMAN)
                .strict(true).build())
                .hasMessageStartingWith("Start abgebrochen (strikter Modus): 1 Plugin-Ordner gibt es nicht (oder er ist kein Ordner)");
        assertThatThrownBy(() -> Typwerk.builder().classPathPlugins(false).pluginsFrom(one).pluginsFrom(other).locale(Locale.GERMAN)
                .strict(true).build())
                .hasMessageStartingWith("Start abgebrochen (strikter Modus): 2 Plugin-Ordner gibt es nicht (oder sie sind keine Ordner)");
        assertThatThrownBy(() -> Typwerk.builder().classPathPlugins(false).pluginsFrom(one).pluginsFrom(other).locale(Locale.ENGLISH)
                .strict(true).build())
                .hasMessageStartingWith("Start aborted (strict mode): 2 plugin folders do not exist (or are not folders)");
    }

    @Test
    void a_slip_of_a_strategy_the_definition_offers_is_told_the_one_meant_not_how_to_give_it_parameters() {
        ScoreRun run = typwerk.score(GOOD, Optional.of("pointz"));

        assertThat(run).isInstanceOf(ScoreRun.Refused.class);
        assertThat(run.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("strategy-not-offered");
            assertThat(p.message()).contains("'pointz'").endsWith("Did you mean 'points'?")
                    .doesNotContain("scoring.alternatives");
        });
    }

    @Test
    void a_document_in_memory_is_read_by_the_ending_of_its_name_and_without_one_by_its_content_as_the_javadoc_says() throws Exception {
        byte[] yaml = java.nio.file.Files.readAllBytes(GOOD);
        byte[] json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(
                new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(yaml));

        // no ending: JSON where it starts with { or [, YAML else
        assertThat(typwerk.score("answers", yaml, Optional.empty()).ok()).isTrue();
        assertThat(typwerk.score("answers", json, Optional.empty()).ok()).isTrue();
        assertThat(typwerk.readAnswers("<stdin>", yaml).problems()).isEmpty();
        // an ending decides whatever the content is
        assertThat(typwerk.score("answers.json", yaml, Optional.empty()).ok()).isFalse();
        assertThat(typwerk.score("answers.yaml", json, Optional.empty()).ok()).isTrue();
    }

    @Test
    void a_blank_strategy_is_refused_as_the_cli_and_the_server_refuse_it_not_taken_for_the_definitions_own() {
        for (String blank : new String[] {"", "  "}) {
            ScoreRun run = typwerk.score(GOOD, Optional.of(blank));

            assertThat(run).as("'" + blank + "'").isInstanceOf(ScoreRun.Refused.class);
            assertThat(run.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("strategy-empty");
                assertThat(p.message()).startsWith("The strategy is blank.").contains("Optional.empty()", "counting, nofit");
            });
        }
        // the definition's own, as asked for
        assertThat(typwerk.score(GOOD, Optional.empty()).ok()).isTrue();
        // and stripped, as the CLI strips --strategy
        assertThat(typwerk.score(GOOD, Optional.of(" nofit ")).ok()).isTrue();
    }

    @Test
    void a_strategy_the_definition_has_no_parameters_for_is_refused_naming_those_it_has() {
        ScoreRun run = typwerk.score(GOOD, Optional.of("prototype"));

        assertThat(run).isInstanceOf(ScoreRun.Refused.class);
        assertThat(run.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("strategy-not-offered");
            assertThat(p.location().source()).isEqualTo(GOOD.toString());
            assertThat(p.message()).contains("'prototype'", "counting, boom, nofit, points, sleepy");
        });
        assertThat(typwerk.strategiesFor(typwerk.questionnaire("fixture-teams").orElseThrow()))
                .containsExactly("counting", "boom", "nofit", "points", "sleepy");
    }

    @Test
    void a_strategy_with_parameters_but_no_plugin_is_refused_naming_the_loaded_ones() {
        ScoreRun run = typwerk.score(GOOD, Optional.of("points"));

        assertThat(run.problems()).extracting(Problem::code).containsExactly("unknown-strategy");
        assertThat(run.problems().get(0).message()).contains("'points'", "boom, counting, nofit, sleepy");
    }

    @Test
    void a_strategy_that_throws_is_reported_by_its_id_without_a_stack_trace() {
        ScoreRun run = typwerk.score(GOOD, Optional.of("boom"));

        assertThat(run.asResult()).isEmpty();
        assertThat(run.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("strategy-failed");
            assertThat(p.message()).contains("'boom'", "kaputt").doesNotContain("\tat ")
                    // what to do: the answers were checked, the plugin's code failed
                    .endsWith(" failed (kaputt). The answers are not at fault: score them with another strategy the"
                            + " questionnaire provides for (counting, nofit, sleepy), or ask the plugin’s maker to fix it.");
            assertThat(p.location().source()).isEqualTo(GOOD.toString());
        });
    }

    @Test
    void a_strategy_that_runs_too_long_is_stopped_and_reported_by_its_id() {
        ScoreRun run = typwerk.score(GOOD, Optional.of("sleepy"));

        assertThat(run.problems()).extracting(Problem::code).containsExactly("strategy-timeout");
        assertThat(run.problems().get(0).message()).contains("'sleepy'");
        // the engine still works afterwards
        assertThat(typwerk.score(GOOD).ok()).isTrue();
    }

    @Test
    void answers_that_do_not_check_are_refused_with_located_problems() throws IOException {
        Path bad = temp.resolve("bad.yaml");
        Files.writeString(bad, "questionnaire: fixture-teams\nversion: 1.2.0\nanswers:\n  q-anchor: o-nope\n");

        ScoreRun run = typwerk.score(bad);

        assertThat(run).isInstanceOf(ScoreRun.Refused.class);
        assertThat(run.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("unknown-option");
            assertThat(p.location().line()).isEqualTo(4);
            assertThat(p.location().source()).isEqualTo(bad.toString());
        });
    }

    @Test
    void a_file_that_cannot_be_read_is_a_problem_not_an_exception() {
        Path missing = temp.resolve("missing.yaml");

        ScoreRun run = typwerk.score(missing);

        assertThat(run.problems()).extracting(Problem::code).containsExactly("unreadable");
        assertThat(run.problems().get(0).location().source()).isEqualTo(missing.toString());
    }
}
