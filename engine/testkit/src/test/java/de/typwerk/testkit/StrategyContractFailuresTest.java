package de.typwerk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoringContext;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.strategy.StrategyRunner;
import de.typwerk.testkit.bilingual.BilingualStrategy;
import de.typwerk.testkit.fixtures.TallyStrategy;
import de.typwerk.testkit.monolingual.MonolingualStrategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * What a strategy author sees when a strategy breaks the contract. Each broken strategy wraps the
 * correct {@link TallyStrategy} and breaks one rule; the contract's checks are called with one
 * response, as jqwik calls them with many.
 */
class StrategyContractFailuresTest {

    private static final Questionnaire TALLY = TestQuestionnaires.read("questionnaires/tally.yaml");

    private static final Response RESPONSE = response(Map.of(
            "q-colour", new Answer.Choice("o-red"),
            "q-rank", new Answer.Ranking(List.of("r-blue", "r-green")),
            "q-intensity", new Answer.Scale(3)));

    private static Response response(Map<String, Answer> answers) {
        Map<String, Answer> ordered = new LinkedHashMap<>();
        TALLY.questions().forEach(q -> {
            if (answers.containsKey(q.id())) ordered.put(q.id(), answers.get(q.id()));
        });
        return TestResponses.of(TALLY, ordered);
    }

    /** The contract for a strategy that changes the tally's sheet with {@code breaking}. */
    private static ScoringStrategyContract<TallyStrategy.Parameters> contract(String id,
            BiFunction<PreparedScorer, ScoringContext, ScoreSheet> breaking) {
        ScoringStrategy<TallyStrategy.Parameters> strategy = new TallyStrategy() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public PreparedScorer prepare(Questionnaire questionnaire, TallyStrategy.Parameters parameters) {
                PreparedScorer tally = super.prepare(questionnaire, parameters);
                return context -> breaking.apply(tally, context);
            }
        };
        return contract(strategy, TALLY);
    }

    private static ScoringStrategyContract<TallyStrategy.Parameters> contract(
            ScoringStrategy<TallyStrategy.Parameters> strategy, Questionnaire questionnaire) {
        return new ScoringStrategyContract<>() {
            @Override
            public ScoringStrategy<TallyStrategy.Parameters> strategy() {
                return strategy;
            }

            @Override
            public Questionnaire questionnaire() {
                return questionnaire;
            }

            @Override
            public Locale locale() {
                return Locale.ENGLISH;
            }
        };
    }

    @Test
    void passes_a_correct_strategy_on_a_hand_made_response() {
        ScoringStrategyContract<TallyStrategy.Parameters> correct = contract("tally", PreparedScorer::score);

        assertThatCode(() -> {
            correct.scores_every_valid_response_with_one_entry_per_type_and_shares_that_sum_to_one(RESPONSE, MissingAnswers.SKIP);
            correct.gives_equal_sheets_for_the_same_request_twice(RESPONSE, MissingAnswers.NEUTRAL);
            correct.gives_the_same_sheet_whatever_the_order_of_the_answers(RESPONSE, MissingAnswers.SKIP, new Random(1));
        }).doesNotThrowAnyException();
    }

    @Test
    void names_the_exception_and_the_answers_when_a_strategy_throws() {
        ScoringStrategyContract<TallyStrategy.Parameters> throwing = contract("tally", (tally, r) -> {
            throw new IllegalStateException("rankings are hard");
        });

        assertThatThrownBy(() -> throwing.scores_every_valid_response_with_one_entry_per_type_and_shares_that_sum_to_one(
                RESPONSE, MissingAnswers.SKIP))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Check \"total\" failed")
                .hasMessageContaining("The strategy threw java.lang.IllegalStateException: rankings are hard for the answers {q-colour=")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_strategy_that_throws_fails_the_checks_that_compare_sheets_as_unscored_not_as_two_sheets_that_differ() {
        ScoringStrategyContract<TallyStrategy.Parameters> throwing = contract("tally", (tally, r) -> {
            throw new IllegalStateException("rankings are hard");
        });

        assertThatThrownBy(() -> throwing.gives_equal_sheets_for_the_same_request_twice(RESPONSE, MissingAnswers.SKIP))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Check \"deterministic\" failed: the strategy does not score a valid response,"
                        + " so this check has no two score sheets to compare.")
                .hasMessageContaining("The strategy threw java.lang.IllegalStateException: rankings are hard for the answers {q-colour=")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> throwing.gives_the_same_sheet_whatever_the_order_of_the_answers(
                RESPONSE, MissingAnswers.SKIP, new Random(1)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Check \"order\" failed: the strategy does not score a valid response,"
                        + " so this check has no two score sheets to compare.")
                .hasMessageContaining("The strategy threw java.lang.IllegalStateException: rankings are hard")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_strategy_that_throws_in_prepare_fails_each_scoring_check_as_a_prepare_failure_not_as_that_checks_fault() {
        ScoringStrategyContract<TallyStrategy.Parameters> unready = contract(new TallyStrategy() {
            @Override
            public PreparedScorer prepare(Questionnaire questionnaire, TallyStrategy.Parameters parameters) {
                throw new IllegalArgumentException("no licence key configured");
            }
        }, TALLY);

        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable check : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                () -> unready.scores_every_valid_response_with_one_entry_per_type_and_shares_that_sum_to_one(RESPONSE, MissingAnswers.SKIP),
                () -> unready.gives_equal_sheets_for_the_same_request_twice(RESPONSE, MissingAnswers.SKIP),
                () -> unready.gives_the_same_sheet_whatever_the_order_of_the_answers(RESPONSE, MissingAnswers.SKIP, new Random(1)))) {
            assertThatThrownBy(check).isInstanceOf(AssertionFailedError.class)
                    .hasMessageStartingWith("Check \"prepare\" failed: the strategy does not prepare for its test questionnaire,"
                            + " so this check can score nothing.")
                    .hasMessageContaining("java.lang.IllegalArgumentException: no licence key configured")
                    .hasCauseInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void lists_every_fault_of_a_sheet_whose_shares_do_not_sum_to_one_and_that_misses_a_type() {
        ScoringStrategyContract<TallyStrategy.Parameters> sloppy = contract("tally", (tally, r) -> {
            List<ScoreSheet.TypeScore> types = new ArrayList<>(tally.score(r).types());
            types.remove(2);
            types.set(0, new ScoreSheet.TypeScore("red", Double.NaN, 1.5));
            return new ScoreSheet(types, List.of(), List.of());
        });

        assertThatThrownBy(() -> sloppy.scores_every_valid_response_with_one_entry_per_type_and_shares_that_sum_to_one(
                RESPONSE, MissingAnswers.SKIP))
                .hasMessageContaining("The score of \"red\" is not finite: NaN.")
                .hasMessageContaining("The share of \"red\" does not lie in 0..1: 1.5.")
                .hasMessageContaining("No entry for the type \"blue\".")
                .hasMessageContaining("The shares sum to ");
    }

    /** A tally whose every share is multiplied by {@code factor}, and the first one moved by {@code shift}. */
    private static ScoringStrategy<TallyStrategy.Parameters> skewed(double factor, double shift) {
        return new TallyStrategy() {
            @Override
            public PreparedScorer prepare(Questionnaire questionnaire, TallyStrategy.Parameters parameters) {
                PreparedScorer tally = super.prepare(questionnaire, parameters);
                return context -> {
                    List<ScoreSheet.TypeScore> types = new ArrayList<>();
                    for (ScoreSheet.TypeScore t : tally.score(context).types()) {
                        double share = t.share() * factor + (types.isEmpty() ? shift : 0);
                        types.add(new ScoreSheet.TypeScore(t.type(), t.score(), share));
                    }
                    return new ScoreSheet(types, List.of(), List.of());
                };
            }
        };
    }

    /** The tally's response whose shares are one type's alone: 1, 0, 0. */
    private static final Response ALL_RED = response(Map.of("q-colour", new Answer.Choice("o-red")));

    @Test
    void passes_exactly_the_sheets_the_engine_accepts_with_one_tolerance_for_the_share_sum() {
        record Case(String what, double factor, double shift, Response response, boolean sound) {
        }
        List<Case> cases = List.of(
                new Case("sum off by 1e-8", 1 + 1e-8, 0, RESPONSE, true),
                new Case("sum off by 9e-7", 1 + 9e-7, 0, RESPONSE, true),
                new Case("sum off by 2e-6", 1 + 2e-6, 0, RESPONSE, false),
                new Case("sum off by -2e-6", 1 - 2e-6, 0, RESPONSE, false),
                new Case("a share of 1 + 5e-10", 1, 5e-10, ALL_RED, true),
                new Case("a share of 1 + 5e-9", 1, 5e-9, ALL_RED, false));
        try (StrategyRunner engine = new StrategyRunner(new Mappers(), new Messages(Locale.ENGLISH))) {
            for (Case c : cases) {
                ScoringStrategy<TallyStrategy.Parameters> strategy = skewed(c.factor(), c.shift());
                boolean engineAccepts = engine.score(strategy, TALLY, c.response()).ok();
                boolean kitPasses;
                try {
                    contract(strategy, TALLY).scores_every_valid_response_with_one_entry_per_type_and_shares_that_sum_to_one(
                            c.response(), MissingAnswers.SKIP);
                    kitPasses = true;
                } catch (AssertionFailedError e) {
                    kitPasses = false;
                }
                assertThat(engineAccepts).as("the engine, %s", c.what()).isEqualTo(c.sound());
                assertThat(kitPasses).as("the test kit, %s", c.what()).isEqualTo(c.sound());
            }
        }
        assertThat(contract(skewed(1, 0), TALLY).shareTolerance()).isEqualTo(1e-6);
    }

    @Test
    void names_the_engines_tolerance_when_the_shares_sum_too_far_from_one() {
        ScoringStrategyContract<TallyStrategy.Parameters> rounding = contract(skewed(1 + 1e-5, 0), TALLY);

        assertThatThrownBy(() -> rounding.scores_every_valid_response_with_one_entry_per_type_and_shares_that_sum_to_one(
                RESPONSE, MissingAnswers.SKIP))
                .hasMessageContaining("The shares sum to 1.00001 instead of 1 (tolerance 0.000001).");
    }

    @Test
    void catches_a_strategy_that_gives_a_different_sheet_the_second_time() {
        AtomicInteger calls = new AtomicInteger();
        ScoringStrategyContract<TallyStrategy.Parameters> forgetful = contract("tally", (tally, r) -> {
            ScoreSheet sheet = tally.score(r);
            if (calls.incrementAndGet() % 2 == 1) return sheet;
            List<ScoreSheet.TypeScore> types = sheet.types().stream()
                    .map(t -> new ScoreSheet.TypeScore(t.type(), t.score() + 1e-15, t.share())).toList();
            return new ScoreSheet(types, sheet.dimensions(), sheet.contributions());
        });

        assertThatThrownBy(() -> forgetful.gives_equal_sheets_for_the_same_request_twice(RESPONSE, MissingAnswers.SKIP))
                .hasMessageStartingWith("Check \"deterministic\" failed")
                .hasMessageContaining("The types differ");
    }

    @Test
    void catches_a_strategy_that_lets_the_first_answer_decide() {
        ScoringStrategyContract<TallyStrategy.Parameters> firstWins = contract("tally", (tally, r) -> {
            String first = r.response().answers().keySet().iterator().next();
            List<ScoreSheet.TypeScore> types = new ArrayList<>();
            for (int i = 0; i < TALLY.types().size(); i++) {
                String type = TALLY.types().get(i).id();
                double share = i == Math.floorMod(first.hashCode(), 3) ? 1 : 0;
                types.add(new ScoreSheet.TypeScore(type, share, share));
            }
            return new ScoreSheet(types, List.of(), List.of());
        });
        // a seed whose shuffle puts another question first; found, not hoped for
        long seed = 0;
        while (shuffledFirst(seed).equals("q-colour") || Math.floorMod(shuffledFirst(seed).hashCode(), 3)
                == Math.floorMod("q-colour".hashCode(), 3)) {
            seed++;
        }
        long chosen = seed;

        assertThatThrownBy(() -> firstWins.gives_the_same_sheet_whatever_the_order_of_the_answers(
                RESPONSE, MissingAnswers.SKIP, new Random(chosen)))
                .hasMessageStartingWith("Check \"order\" failed")
                .hasMessageContaining("The types differ");
    }

    private static String shuffledFirst(long seed) {
        List<String> keys = new ArrayList<>(RESPONSE.answers().keySet());
        java.util.Collections.shuffle(keys, new Random(seed));
        return keys.get(0);
    }

    @Test
    void accepts_sums_in_another_order_that_differ_only_in_the_last_bits() {
        ScoringStrategyContract<TallyStrategy.Parameters> summingInAnswerOrder = contract("tally", (tally, r) -> {
            ScoreSheet sheet = tally.score(r);
            double wobble = r.response().answers().keySet().iterator().next().length() * 1e-16;
            List<ScoreSheet.TypeScore> types = sheet.types().stream()
                    .map(t -> new ScoreSheet.TypeScore(t.type(), t.score() + wobble, t.share())).toList();
            List<ScoreSheet.Contribution> reversed = new ArrayList<>(sheet.contributions());
            java.util.Collections.reverse(reversed);
            return new ScoreSheet(types, sheet.dimensions(), r.response().answers().size() % 2 == 0 ? reversed : sheet.contributions());
        });

        assertThatCode(() -> summingInAnswerOrder.gives_the_same_sheet_whatever_the_order_of_the_answers(
                RESPONSE, MissingAnswers.SKIP, new Random(7))).doesNotThrowAnyException();
    }

    @Test
    void reports_what_the_strategy_finds_wrong_with_the_questionnaires_parameters() {
        Questionnaire ignoring = TestQuestionnaires.read("questionnaires/tally-bad-parameters.yaml");
        ScoringStrategyContract<TallyStrategy.Parameters> contract = contract(new TallyStrategy(), ignoring);

        assertThatThrownBy(contract::finds_no_problem_in_the_parameters_of_its_test_questionnaire)
                .hasMessageStartingWith("Check \"parameters\" failed")
                // at the line and column of the parameter, as typwerk validate names it
                .hasMessageContaining("questionnaires/tally-bad-parameters.yaml:23:35: error: no question 'q-nope'");
    }

    /** The tally questionnaire with {@code parameters} for its strategy, read as an author's test reads it. */
    private static Questionnaire tallyWith(String name, String parameters) {
        try (java.io.InputStream in = StrategyContractFailuresTest.class.getClassLoader().getResourceAsStream("questionnaires/tally.yaml")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return TestQuestionnaires.parse(name, text.replace("  parameters: {}", "  parameters: " + parameters));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void refuses_parameters_that_break_the_strategys_schema_at_their_line_as_the_engine_does() {
        ScoringStrategy<TallyStrategy.Parameters> schematic = new TallyStrategy() {
            @Override
            public java.util.Optional<String> parametersSchema() {
                return java.util.Optional.of("""
                        {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                         "properties": {"ignore": {"type": "array", "maxItems": 1}}}""");
            }
        };
        ScoringStrategyContract<TallyStrategy.Parameters> contract = contract(schematic,
                tallyWith("tally-schema.yaml", "{ignore: [q-colour, q-rank]}"));

        // the engine refuses such a definition, so the check does not pass it on to check() or to scoring
        assertThatThrownBy(contract::finds_no_problem_in_the_parameters_of_its_test_questionnaire)
                .hasMessageStartingWith("Check \"parameters\" failed")
                .hasMessageContaining("tally-schema.yaml:60:16: error: The parameters do not fit the strategy 'tally': ignore:");
        assertThatThrownBy(() -> contract.scores_every_valid_response_with_one_entry_per_type_and_shares_that_sum_to_one(
                RESPONSE, MissingAnswers.SKIP))
                .hasMessageStartingWith("Check \"parameters\" failed")
                .hasMessageContaining("tally-schema.yaml:60:16: error: The parameters do not fit the strategy 'tally'");
    }

    @Test
    void names_a_parameter_of_the_wrong_kind_at_its_line_in_the_engines_words() {
        ScoringStrategyContract<TallyStrategy.Parameters> contract = contract(new TallyStrategy(),
                tallyWith("tally-kind.yaml", "{ignore: {q-colour: true}}"));

        assertThatThrownBy(contract::finds_no_problem_in_the_parameters_of_its_test_questionnaire)
                .hasMessageStartingWith("Check \"parameters\" failed")
                .hasMessageContaining("the parameters of its test questionnaire do not fit the strategy")
                .hasMessageContaining("tally-kind.yaml:60:24: error: Wrong type: expected a list")
                .hasMessageNotContaining("Cannot deserialize");
    }

    @Test
    void refuses_a_test_questionnaire_the_engine_would_not_load_whatever_its_parameters() throws java.io.IOException {
        String text;
        try (java.io.InputStream in = StrategyContractFailuresTest.class.getClassLoader().getResourceAsStream("questionnaires/tally.yaml")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        // a weight keyed by no type or dimension: read, yet refused by the engine, which would never call the strategy with it
        Questionnaire misspelt = TestQuestionnaires.parse("tally-weight.yaml", text.replace("weights: {red: 2}", "weights: {rot: 2}"));
        ScoringStrategyContract<TallyStrategy.Parameters> contract = contract(new TallyStrategy(), misspelt);

        assertThatThrownBy(contract::finds_no_problem_in_the_parameters_of_its_test_questionnaire)
                .hasMessageStartingWith("Check \"parameters\" failed: the engine refuses the test questionnaire")
                .hasMessageContaining("tally-weight.yaml:22:65: error: There is no type or dimension 'rot'");
    }

    @Test
    void says_when_the_questionnaire_has_no_parameters_for_the_strategy() {
        ScoringStrategyContract<TallyStrategy.Parameters> elsewhere = contract("median", PreparedScorer::score);

        assertThatThrownBy(elsewhere::finds_no_problem_in_the_parameters_of_its_test_questionnaire)
                .hasMessageContaining("The test questionnaire fixture-tally@1.0.0 has no parameters for the strategy \"median\"");
    }

    @Test
    void says_which_strategies_the_engine_found_when_it_does_not_find_this_one() {
        ScoringStrategyContract<TallyStrategy.Parameters> unregistered = contract("median", PreparedScorer::score);

        assertThatThrownBy(unregistered::is_found_by_the_engine_under_its_id)
                .hasMessageStartingWith("Check \"found\" failed")
                .hasMessageContaining("no strategy \"median\"; loaded are: tally.");
    }

    @Test
    void tells_a_strategy_that_speaks_german_and_english_that_its_bundle_lacks_the_english_file() {
        ScoringStrategyContract<TallyStrategy.Parameters> german = contract(new MonolingualStrategy(), TALLY);

        assertThatThrownBy(german::gives_each_language_it_speaks_texts_of_its_own)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Check \"languages\" failed: the strategy gives readers of different languages the same texts.")
                .hasMessageContaining("de/typwerk/testkit/monolingual/messages.properties is the only file of its bundle for the languages de, en")
                .hasMessageContaining("Add de/typwerk/testkit/monolingual/messages_en.properties (translated)");
    }

    @Test
    void passes_a_strategy_whose_bundle_has_an_english_file_beside_the_german_one() {
        // beside its bundle the package holds settings (defaults.properties), which have no languages: not taken for texts
        assertThat(BilingualStrategy.class.getResource("defaults.properties")).isNotNull();
        ScoringStrategyContract<TallyStrategy.Parameters> both = contract(new BilingualStrategy(), TALLY);

        assertThatCode(both::gives_each_language_it_speaks_texts_of_its_own).doesNotThrowAnyException();
    }

    @Test
    void tells_a_strategy_whose_description_gives_german_and_english_one_text() {
        ScoringStrategyContract<TallyStrategy.Parameters> same = contract(new TallyStrategy() {
            @Override
            public LocalizedText description() {
                return LocalizedText.of(Map.of("de", "Zählt Gewichte.", "en", "Zählt Gewichte."));
            }
        }, TALLY);

        assertThatThrownBy(same::gives_each_language_it_speaks_texts_of_its_own)
                .hasMessageContaining("description() gives \"de\" and \"en\" the same text: \"Zählt Gewichte.\"");
    }
}
