package de.typwerk.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoringContext;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.definition.document.ScoringDocument;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.testing.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StrategyRunnerTest {

    /** Test strategies take no parameters; the questionnaire below offers none for each of them. */
    public record None() {
    }

    private static final Questionnaire TEAMS = Fixtures.withScoring(Fixtures.TEAMS, new ScoringDocument("fixed", Map.of(),
            Map.of("boom", Map.of(), "slow", Map.of(), "sloppy", Map.of(), "typed", Map.of("threshold", 2)),
            null, null, MissingAnswers.NEUTRAL));

    private static final Response RESPONSE = Response.builder("fixture-teams", Version.parse("1.2.0")).answers(Map.of("q-anchor", new Answer.Choice("o-data"))).build();

    private final StrategyRunner scorer = new StrategyRunner(new Mappers(), new Messages(Locale.ENGLISH), Duration.ofSeconds(2));

    @AfterEach
    void close() {
        scorer.close();
    }

    /** A strategy whose sheet is whatever the test says. */
    private static ScoringStrategy<None> strategy(String id, Function<ScoringContext, ScoreSheet> score) {
        return new ScoringStrategy<>() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Version version() {
                return Version.parse("2.1.0");
            }

            @Override
            public LocalizedText description() {
                return LocalizedText.of("en", "test");
            }

            @Override
            public Class<None> parametersType() {
                return None.class;
            }

            @Override
            public PreparedScorer prepare(Questionnaire questionnaire, None parameters) {
                return score::apply;
            }
        };
    }

    private static ScoreSheet sheet(double... shares) {
        List<String> ids = List.of("analyst", "builder", "connector");
        List<ScoreSheet.TypeScore> types = new java.util.ArrayList<>();
        for (int i = 0; i < shares.length; i++) types.add(new ScoreSheet.TypeScore(ids.get(i), shares[i], shares[i]));
        return new ScoreSheet(types, List.of(), List.of());
    }

    private Problem theOneProblem(RunOutcome outcome) {
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.scored()).isEmpty();
        assertThat(outcome.problems()).hasSize(1);
        return outcome.problems().get(0);
    }

    @Test
    void runs_a_strategy_with_the_definitions_missing_answer_rule_and_records_its_id_and_version() {
        RunOutcome outcome = scorer.score(strategy("fixed", r -> {
            assertThat(r.missing()).isEqualTo(MissingAnswers.NEUTRAL);
            assertThat(r.response()).isSameAs(RESPONSE);
            return sheet(0.5, 0.25, 0.25);
        }), TEAMS, RESPONSE);

        assertThat(outcome.ok()).isTrue();
        CheckedSheet scored = outcome.scored().orElseThrow();
        assertThat(scored.strategyId()).isEqualTo("fixed");
        assertThat(scored.strategyVersion()).isEqualTo("2.1.0");
        assertThat(scored.missing()).isEqualTo(MissingAnswers.NEUTRAL);
        assertThat(scored.sheet()).isEqualTo(sheet(0.5, 0.25, 0.25));
    }

    @Test
    void reports_a_strategy_that_throws_by_its_id_without_a_stack_trace() {
        Problem problem = theOneProblem(scorer.score(strategy("boom", r -> {
            throw new IllegalStateException("kaputt\n\tat somewhere.Deep(Deep.java:1)");
        }), TEAMS, RESPONSE));

        assertThat(problem.code()).isEqualTo("strategy-failed");
        assertThat(problem.message()).isEqualTo("The scoring strategy 'boom' failed (kaputt).");
    }

    @Test
    void reports_a_strategy_that_runs_too_long_by_its_id_and_stops_waiting_for_it() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        ScoringStrategy<None> slow = strategy("slow", r -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return sheet(1, 0, 0);
        });

        Problem problem = theOneProblem(scorer.score(slow, TEAMS, RESPONSE));

        assertThat(problem.code()).isEqualTo("strategy-timeout");
        assertThat(problem.message()).isEqualTo("The scoring strategy 'slow' gave no result within 2 s and was stopped.");
        // the strategy's thread was interrupted, so a well-behaved strategy ends
        interrupted.await();
    }

    @Test
    void a_call_after_close_is_the_callers_error_not_a_failure_blamed_on_the_strategy() {
        scorer.close();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scorer.score(strategy("fixed", r -> sheet(0.5, 0.25, 0.25)), TEAMS, RESPONSE))
                .isInstanceOf(IllegalStateException.class).hasMessage(StrategyRunner.CLOSED);
    }

    @Test
    void a_call_that_close_overtakes_while_the_strategy_runs_is_the_callers_error_not_a_failure_blamed_on_the_strategy()
            throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        // a strategy that honours the interrupt close() sends, as a well-behaved one does, by giving up
        ScoringStrategy<None> waiting = strategy("slow", r -> {
            running.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                throw new IllegalStateException("interrupted");
            }
            return sheet(1, 0, 0);
        });
        java.util.concurrent.CompletableFuture<RunOutcome> call =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> scorer.score(waiting, TEAMS, RESPONSE));
        running.await();

        scorer.close();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> call.get(10, java.util.concurrent.TimeUnit.SECONDS))
                .hasCauseInstanceOf(IllegalStateException.class).cause().hasMessage(StrategyRunner.CLOSED);
    }

    @Test
    void reports_a_strategy_whose_shares_do_not_sum_to_one() {
        Problem problem = theOneProblem(scorer.score(strategy("sloppy", r -> sheet(0.5, 0.25, 0.2)), TEAMS, RESPONSE));

        assertThat(problem.code()).isEqualTo("strategy-bad-sheet");
        assertThat(problem.message()).isEqualTo(
                "The scoring strategy 'sloppy' returned an invalid result: the shares add up to 0.95 instead of 1.");
    }

    @Test
    void writes_the_sum_of_the_shares_with_a_decimal_comma_in_german() {
        try (StrategyRunner german = new StrategyRunner(new Mappers(), new Messages(Locale.GERMAN), Duration.ofSeconds(2))) {
            Problem problem = theOneProblem(german.score(strategy("sloppy", r -> sheet(0.5, 0.25, 0.2)), TEAMS, RESPONSE));

            assertThat(problem.message()).isEqualTo(
                    "Die Bewertungsstrategie „sloppy“ hat ein ungültiges Ergebnis geliefert: die Anteile ergeben zusammen 0,95 statt 1.");
        }
    }

    @Test
    void reports_a_sheet_with_a_missing_type_a_stranger_and_a_score_that_is_not_a_number() {
        ScoreSheet bad = new ScoreSheet(List.of(
                new ScoreSheet.TypeScore("analyst", Double.NaN, 0.5),
                new ScoreSheet.TypeScore("dreamer", 0.5, 0.5)),
                List.of(new ScoreSheet.DimensionValue("tech", 1.5, 1)), List.of());

        Problem problem = theOneProblem(scorer.score(strategy("sloppy", r -> bad), TEAMS, RESPONSE));

        assertThat(problem.message()).isEqualTo("The scoring strategy 'sloppy' returned an invalid result:"
                + " the score of 'analyst' is not a finite number (NaN); 'dreamer' is not a type of the questionnaire;"
                + " the type 'builder' is missing; the type 'connector' is missing;"
                + " the value of the dimension 'tech' does not lie between 0 and 1 (1.5).");
    }

    @Test
    void reports_a_strategy_that_returns_no_sheet_at_all() {
        Problem problem = theOneProblem(scorer.score(strategy("sloppy", r -> null), TEAMS, RESPONSE));

        assertThat(problem.message()).isEqualTo("The scoring strategy 'sloppy' returned an invalid result: it is missing or has empty entries.");
    }

    @Test
    void refuses_a_strategy_the_definition_has_no_parameters_for() {
        Problem problem = theOneProblem(scorer.score(strategy("other", r -> sheet(1, 0, 0)), TEAMS, RESPONSE));

        assertThat(problem.code()).isEqualTo("no-parameters");
        assertThat(problem.message()).isEqualTo("The questionnaire fixture-teams@1.2.0 has no parameters for the strategy 'other';"
                + " it provides for: fixed, boom, sloppy, slow, typed.");
    }

    @Test
    void reports_parameters_that_do_not_fit_the_strategys_parameter_type() {
        Problem problem = theOneProblem(scorer.score(strategy("typed", r -> sheet(1, 0, 0)), TEAMS, RESPONSE));

        assertThat(problem.code()).isEqualTo("bad-parameters");
        assertThat(problem.message()).startsWith("The parameters for the strategy 'typed' do not fit: ").contains("threshold");
    }

    @Test
    void runs_the_strategy_with_the_plugins_class_loader_as_context_class_loader() {
        ClassLoader[] seen = new ClassLoader[1];
        ScoringStrategy<None> fixed = strategy("fixed", r -> {
            seen[0] = Thread.currentThread().getContextClassLoader();
            return sheet(1, 0, 0);
        });

        assertThat(scorer.score(fixed, TEAMS, RESPONSE).ok()).isTrue();
        assertThat(seen[0]).isSameAs(fixed.getClass().getClassLoader());
    }

    /** Parameters whose record sets the answers a dimension needs, as a plugin's strategy may. */
    public record Thin(Integer minAnswersPerDimension) {
        public Thin {
            minAnswersPerDimension = minAnswersPerDimension == null ? 3 : minAnswersPerDimension;
        }
    }

    /** A strategy reading {@link Thin}, scoring every response alike. */
    private static ScoringStrategy<Thin> thin(String id) {
        return new ScoringStrategy<>() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Version version() {
                return Version.parse("1.0.0");
            }

            @Override
            public LocalizedText description() {
                return LocalizedText.of("en", "test");
            }

            @Override
            public Class<Thin> parametersType() {
                return Thin.class;
            }

            @Override
            public PreparedScorer prepare(Questionnaire questionnaire, Thin parameters) {
                return context -> sheet(1, 0, 0);
            }
        };
    }

    @Test
    void gives_the_result_the_answers_a_dimension_needs_as_the_strategys_parameters_record_sets_them_where_the_definition_leaves_them_out() {
        Questionnaire questionnaire = Fixtures.withScoring(Fixtures.TEAMS, new ScoringDocument("fixed", Map.of(),
                Map.of("median", Map.of(), "written", Map.of("minAnswersPerDimension", 5)), null, null, MissingAnswers.SKIP));

        // left out: the record's default, 3, where the result fell back to 2 behind the strategy's back
        CheckedSheet defaulted = scorer.score(thin("median"), questionnaire, RESPONSE).scored().orElseThrow();
        assertThat(defaulted.parameters()).containsEntry("minAnswersPerDimension", 3);
        // written: as written
        CheckedSheet written = scorer.score(thin("written"), questionnaire, RESPONSE).scored().orElseThrow();
        assertThat(written.parameters()).containsEntry("minAnswersPerDimension", 5);
    }

    @Test
    void leaves_the_parameters_as_written_where_the_strategys_type_has_no_such_component() {
        assertThat(StrategyRunner.withBoundMinimum(Map.of("threshold", 2), new None())).isEqualTo(Map.of("threshold", 2));
        assertThat(StrategyRunner.withBoundMinimum(Map.of(), Map.of("minAnswersPerDimension", 4))).isEmpty();
        assertThat(StrategyRunner.withBoundMinimum(Map.of(), new Thin(null))).isEqualTo(Map.of("minAnswersPerDimension", 3));
    }
}
