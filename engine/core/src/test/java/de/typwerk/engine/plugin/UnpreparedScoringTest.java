package de.typwerk.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Response;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers scored with a strategy whose {@code prepare} threw when the engine started: the
 * problem says that the answers are not at fault and what the person scoring them can do, in
 * their language, naming the other strategies the questionnaire provides for that are ready.
 */
class UnpreparedScoringTest {

    private static final Path TEAMS = Path.of("src/test/resources/fixtures/teams.yaml");
    private static final Path GOOD = Path.of("src/test/resources/answers/good.yaml");

    @TempDir
    Path temp;

    @Test
    void names_the_other_strategies_the_questionnaire_provides_for_that_are_ready() throws IOException {
        Path plugins = plugins("""
                scoring:
                  strategy: unready
                  parameters: {}
                  alternatives:
                    counting: {threshold: 2}
                    missing: {}
                """);

        try (Typwerk english = engine(plugins, Locale.ENGLISH); Typwerk german = engine(plugins, Locale.GERMAN)) {
            assertThat(english.score(GOOD)).isInstanceOf(ScoreRun.Refused.class);
            assertThat(english.score(GOOD).problems()).extracting(Problem::message).singleElement().asString()
                    .startsWith("The scoring strategy 'unready' of the plugin 'teams' (")
                    .endsWith(" could not prepare for the questionnaire fixture-teams@1.2.0 (no licence key configured)."
                            + " The answers are not at fault: score them with another strategy the questionnaire provides"
                            + " for (counting), or ask the plugin’s maker for a version that can prepare for it.");
            assertThat(german.score(GOOD).problems()).extracting(Problem::message).singleElement().asString()
                    .endsWith(" An den Antworten liegt es nicht: Bewerten Sie sie mit einer anderen Strategie, die der"
                            + " Fragebogen vorsieht (counting), oder bitten Sie den Hersteller des Plugins um eine Version,"
                            + " die sich auf ihn vorbereiten kann.");
            // an engine speaking another language (typwerk serve answering ?lang=en, an application's
            // Typwerk.speaking) says the failure and the advice in the caller's language, as the engine built in it does
            try (Typwerk view = german.speaking(Locale.ENGLISH)) {
                assertThat(view.score(GOOD).problems()).extracting(Problem::message)
                        .isEqualTo(english.score(GOOD).problems().stream().map(Problem::message).toList());
                assertThat(view.unprepared()).extracting(Problem::message)
                        .isEqualTo(english.unprepared().stream().map(Problem::message).toList());
            }
            try (Typwerk view = english.speaking(Locale.GERMAN)) {
                assertThat(view.score(GOOD).problems()).extracting(Problem::message)
                        .isEqualTo(german.score(GOOD).problems().stream().map(Problem::message).toList());
            }
            // the strategy that is ready scores as before
            assertThat(english.score(GOOD, Optional.of("counting")).ok()).isTrue();
        }
    }

    @Test
    void says_so_when_the_questionnaire_provides_for_no_other_strategy_that_is_ready() throws IOException {
        Path plugins = plugins("""
                scoring:
                  strategy: counting
                  parameters: {threshold: 2}
                  alternatives:
                    unready: {}
                """);

        try (Typwerk english = engine(plugins, Locale.ENGLISH)) {
            assertThat(english.score(GOOD, Optional.of("unready")).problems()).extracting(Problem::message).singleElement()
                    .asString().endsWith("(no licence key configured). The answers are not at fault: score them with"
                            + " another strategy the questionnaire provides for (counting), or ask the plugin’s maker for a"
                            + " version that can prepare for it.");
        }
        Path alone = plugins("""
                scoring:
                  strategy: unready
                  parameters: {}
                """);
        try (Typwerk english = engine(alone, Locale.ENGLISH)) {
            assertThat(english.score(GOOD).problems()).extracting(Problem::message).singleElement().asString()
                    .endsWith("(no licence key configured). The answers are not at fault, and the questionnaire provides"
                            + " for no other strategy that is ready: ask the plugin’s maker for a version that can prepare"
                            + " for it.");
        }
    }

    @Test
    void names_no_strategy_that_cannot_prepare_for_a_questionnaire_the_application_hands_in() throws IOException {
        Path plugins = plugins("""
                scoring:
                  strategy: boom
                  parameters: {}
                  alternatives:
                    unready: {}
                    counting: {threshold: 2}
                """);

        try (Typwerk english = engine(plugins, Locale.ENGLISH)) {
            LoadedQuestionnaire own = english.questionnaire("fixture-teams").orElseThrow();
            // the same questionnaire, kept by the application from another engine: not one the engine prepared for
            LoadedQuestionnaire handedIn = new LoadedQuestionnaire(own.questionnaire(), own.pluginId(), own.source(), own.contentHash());
            Response response = english.readAnswers(GOOD.toString(), Files.readAllBytes(GOOD)).response().orElseThrow();
            for (LoadedQuestionnaire questionnaire : List.of(own, handedIn)) {
                assertThat(english.score(questionnaire, response, Optional.empty()).problems()).extracting(Problem::message)
                        .as(questionnaire == own ? "the engine's own" : "handed in").singleElement().asString()
                        .contains("The scoring strategy 'boom' of the plugin 'teams' (")
                        .endsWith(" failed (boom). The answers are not at fault: score them with another"
                                + " strategy the questionnaire provides for (counting), or ask the plugin’s maker to fix it.");
            }
        }
    }

    @Test
    void prepares_a_strategy_for_a_questionnaire_once_when_a_response_is_first_scored_with_it() throws Exception {
        Path plugins = plugins("""
                scoring:
                  strategy: counting
                  parameters: {threshold: 2}
                  alternatives:
                    tally: {}
                """);
        System.clearProperty(Tally.PREPARED);

        try (Typwerk english = engine(plugins, Locale.ENGLISH)) {
            // a command scoring with the questionnaire's own strategy does not pay for the others
            assertThat(english.score(GOOD).ok()).isTrue();
            assertThat(System.getProperty(Tally.PREPARED)).as("prepared before it was used").isNull();
            // the first responses scored with it, on eight threads at once, prepare it once
            java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<ScoreRun>> runs = new java.util.ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    runs.add(threads.submit(() -> {
                        start.await();
                        return english.score(GOOD, Optional.of("tally"));
                    }));
                }
                start.countDown();
                for (java.util.concurrent.Future<ScoreRun> run : runs) assertThat(run.get().ok()).isTrue();
            } finally {
                threads.shutdown();
            }
            assertThat(System.getProperty(Tally.PREPARED)).isEqualTo("fixture-teams@1.2.0");
            // an engine in another language shares what was prepared
            try (Typwerk german = english.speaking(Locale.GERMAN)) {
                assertThat(german.score(GOOD, Optional.of("tally")).ok()).isTrue();
                assertThat(german.unprepared()).isEmpty();
            }
            assertThat(System.getProperty(Tally.PREPARED)).isEqualTo("fixture-teams@1.2.0");
        } finally {
            System.clearProperty(Tally.PREPARED);
        }
    }

    /** The system property in which the strategy {@code tally} notes each questionnaire it prepares for. */
    private static final class Tally {
        static final String PREPARED = "typwerk.test.tally.prepared";
    }

    private static Typwerk engine(Path plugins, Locale locale) {
        return Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).locale(locale).build();
    }

    private Path plugins(String scoring) throws IOException {
        String definition = Files.readString(TEAMS, StandardCharsets.UTF_8);
        definition = definition.substring(0, definition.indexOf("scoring:")) + scoring;
        Path plugins = Files.createTempDirectory(temp, "plugins");
        PluginJar.named("teams.jar").descriptor("teams", "1.0.0", "[1.0,2.0)")
                .questionnaire("questionnaires/teams.yaml", definition)
                .source("org.example.strategy.CountingStrategy",
                        Files.readString(Path.of("src/test/java/org/example/strategy/CountingStrategy.java")))
                .source("org.example.strategy.Unready", """
                        package org.example.strategy;
                        import de.typwerk.api.model.*;
                        import de.typwerk.api.spi.*;
                        import java.util.Map;
                        public final class Unready implements ScoringStrategy<Map> {
                            public String id() { return "unready"; }
                            public Version version() { return Version.parse("1.0.0"); }
                            public LocalizedText description() { return LocalizedText.of("en", "test"); }
                            public Class<Map> parametersType() { return Map.class; }
                            public PreparedScorer prepare(Questionnaire questionnaire, Map parameters) {
                                throw new IllegalStateException("no licence key configured");
                            }
                        }
                        """)
                .source("org.example.strategy.Boom", """
                        package org.example.strategy;
                        import de.typwerk.api.model.*;
                        import de.typwerk.api.spi.*;
                        import java.util.Map;
                        public final class Boom implements ScoringStrategy<Map> {
                            public String id() { return "boom"; }
                            public Version version() { return Version.parse("1.0.0"); }
                            public LocalizedText description() { return LocalizedText.of("en", "test"); }
                            public Class<Map> parametersType() { return Map.class; }
                            public PreparedScorer prepare(Questionnaire questionnaire, Map parameters) {
                                return context -> { throw new IllegalStateException("boom"); };
                            }
                        }
                        """)
                .source("org.example.strategy.Tally", """
                        package org.example.strategy;
                        import de.typwerk.api.model.*;
                        import de.typwerk.api.spi.*;
                        import java.util.List;
                        import java.util.Map;
                        public final class Tally implements ScoringStrategy<Map> {
                            public String id() { return "tally"; }
                            public Version version() { return Version.parse("1.0.0"); }
                            public LocalizedText description() { return LocalizedText.of("en", "test"); }
                            public Class<Map> parametersType() { return Map.class; }
                            public PreparedScorer prepare(Questionnaire questionnaire, Map parameters) {
                                synchronized (System.class) {
                                    String before = System.getProperty("typwerk.test.tally.prepared");
                                    System.setProperty("typwerk.test.tally.prepared",
                                            (before == null ? "" : before + " ") + questionnaire.coordinates());
                                }
                                List<ScoreSheet.TypeScore> types = questionnaire.types().stream()
                                        .map(t -> new ScoreSheet.TypeScore(t.id(), 0.5, 1.0 / questionnaire.types().size())).toList();
                                return context -> new ScoreSheet(types, List.of(), List.of());
                            }
                        }
                        """)
                .strategy("org.example.strategy.CountingStrategy")
                .strategy("org.example.strategy.Tally")
                .strategy("org.example.strategy.Unready")
                .strategy("org.example.strategy.Boom")
                .writeTo(plugins);
        return plugins;
    }
}
