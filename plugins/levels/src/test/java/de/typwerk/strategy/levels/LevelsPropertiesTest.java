package de.typwerk.strategy.levels;

import static org.assertj.core.api.Assertions.assertThat;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.SingleChoiceQuestion;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.engine.definition.document.DimensionDocument;
import de.typwerk.engine.definition.document.MultipleChoiceDocument;
import de.typwerk.engine.definition.document.OptionDocument;
import de.typwerk.engine.definition.document.QuestionnaireDocument;
import de.typwerk.engine.definition.document.ScaleDocument;
import de.typwerk.engine.definition.document.SectionDocument;
import de.typwerk.engine.definition.document.SingleChoiceDocument;
import de.typwerk.engine.definition.document.TypeDocument;
import de.typwerk.testkit.TestResponses;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import static org.assertj.core.api.Assertions.within;

/**
 * Properties over generated maturity models (2 to 6 levels, 1 to 4 criteria, up to 8 single,
 * multiple-choice and scale questions) and generated responses.
 */
class LevelsPropertiesTest {

    private final Fixtures.Levels strategy = new Fixtures.Levels();

    record Scenario(Questionnaire questionnaire, LevelsParameters parameters, Response response, MissingAnswers missing) {

        Fixtures.Request request() {
            return new Fixtures.Request(questionnaire, parameters, response, missing);
        }

        Scenario with(Response other) {
            return new Scenario(questionnaire, parameters, other, missing);
        }
    }

    @Property
    void shares_sum_to_one_and_the_reached_level_holds_the_largest(@ForAll("scenarios") Scenario s) {
        ScoreSheet sheet = strategy.score(s.request());
        int level = strategy.assess(s.request()).level();

        assertThat(sheet.types().stream().mapToDouble(ScoreSheet.TypeScore::share).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(sheet.types()).allSatisfy(t -> {
            assertThat(t.share()).isBetween(0.0, 1.0);
            assertThat(t.score()).isBetween(0.0, 1.0);
        });
        for (int k = 0; k < sheet.types().size(); k++) {
            if (k == level) continue;
            assertThat(sheet.types().get(k).share()).isLessThan(sheet.types().get(level).share());
            assertThat(sheet.types().get(k).score()).isLessThan(sheet.types().get(level).score());
        }
        assertThat(sheet.dimensions()).allSatisfy(d -> assertThat(d.value()).isBetween(0.0, 1.0));
    }

    @Property
    void contributions_are_positive_votes_that_sum_to_one(@ForAll("scenarios") Scenario s) {
        ScoreSheet sheet = strategy.score(s.request());
        boolean anyEvidence = sheet.dimensions().stream().anyMatch(d -> d.answers() > 0);

        assertThat(sheet.contributions()).allSatisfy(c -> assertThat(c.weight()).isPositive());
        assertThat(sheet.contributions().stream().mapToDouble(ScoreSheet.Contribution::weight).sum())
                .isCloseTo(anyEvidence ? 1.0 : 0.0, within(1e-9));
    }

    @Property
    void the_order_of_the_answers_changes_nothing(@ForAll("scenarios") Scenario s, @ForAll Random random) {
        List<Map.Entry<String, Answer>> entries = new ArrayList<>(s.response().answers().entrySet());
        Collections.shuffle(entries, random);
        Map<String, Answer> shuffled = new LinkedHashMap<>();
        entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
        Response reordered = Response.builder(s.response().questionnaireId(), s.response().questionnaireVersion()).respondent(s.response().respondent()).answers(shuffled).build();

        assertThat(strategy.score(s.with(reordered).request())).isEqualTo(strategy.score(s.request()));
    }

    @Property
    void raising_one_answer_never_lowers_the_level(@ForAll("scenarios") Scenario s,
                                                   @ForAll @IntRange(min = 0, max = 10_000) int pick) {
        List<Map.Entry<String, Answer>> raises = raises(s);
        Assume.that(!raises.isEmpty());
        Map.Entry<String, Answer> raise = raises.get(pick % raises.size());
        Map<String, Answer> answers = new LinkedHashMap<>(s.response().answers());
        answers.put(raise.getKey(), raise.getValue());
        Response raised = Response.builder(s.response().questionnaireId(), s.response().questionnaireVersion()).respondent(s.response().respondent()).answers(answers).build();

        assertThat(strategy.assess(s.with(raised).request()).level())
                .isGreaterThanOrEqualTo(strategy.assess(s.request()).level());
    }

    /**
     * Every answer that shows, on each criterion its question speaks to, at least the stage the
     * current answer shows: a dominating option, a superset of picks, a higher scale value.
     */
    private static List<Map.Entry<String, Answer>> raises(Scenario s) {
        List<Map.Entry<String, Answer>> out = new ArrayList<>();
        for (Question q : s.questionnaire().questions()) {
            Optional<Answer> current = s.response().answer(q.id());
            if (current.isEmpty()) continue;
            if (current.get() instanceof Answer.Choice c) {
                Option now = q.option(c.option()).orElseThrow();
                for (Option o : q.choices()) {
                    boolean dominates = q.choices().stream().flatMap(x -> x.weights().keySet().stream())
                            .allMatch(k -> o.weights().getOrDefault(k, 0.0) >= now.weights().getOrDefault(k, 0.0));
                    if (dominates && !o.equals(now)) out.add(Map.entry(q.id(), new Answer.Choice(o.id())));
                }
            } else if (current.get() instanceof Answer.Choices c) {
                for (Option o : q.choices()) {
                    if (c.options().contains(o.id())) continue;
                    List<String> more = q.choices().stream().map(Option::id)
                            .filter(id -> id.equals(o.id()) || c.options().contains(id)).toList();
                    out.add(Map.entry(q.id(), new Answer.Choices(more)));
                }
            } else if (current.get() instanceof Answer.Scale v && q instanceof ScaleQuestion scale) {
                for (int higher = v.value() + 1; higher <= scale.max(); higher++) {
                    out.add(Map.entry(q.id(), new Answer.Scale(higher)));
                }
            }
        }
        return out;
    }

    // --- generators ---------------------------------------------------------------------------

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Combinators.combine(Arbitraries.integers().between(2, 6), Arbitraries.integers().between(1, 4))
                .flatAs((levels, criteria) -> question(levels - 1, criteria).list().ofMinSize(1).ofMaxSize(8)
                        .flatMap(questions -> Combinators.combine(
                                        parameters(levels, criteria),
                                        Arbitraries.integers().between(0, 10_000).list().ofSize(questions.size()),
                                        Arbitraries.of(MissingAnswers.class))
                                .as((parameters, seeds, missing) -> {
                                    Questionnaire q = questionnaire(levels, criteria, questions);
                                    return new Scenario(q, parameters, response(q, seeds), missing);
                                })));
    }

    private static List<String> criteria(int count) {
        return IntStream.range(0, count).mapToObj(i -> "c" + i).toList();
    }

    private static Arbitrary<Map<String, Double>> weights(int maxStage, int criteria) {
        Arbitrary<Double> stage = Arbitraries.integers().between(0, 2 * maxStage).map(i -> i / 2.0);
        return Arbitraries.subsetOf(criteria(criteria)).flatMap(keys -> stage.list().ofSize(keys.size()).map(stages -> {
            Map<String, Double> w = new LinkedHashMap<>();
            List<String> sorted = keys.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) w.put(sorted.get(i), stages.get(i));
            return w;
        }));
    }

    /** A question without its id; the id is its position, given when the questionnaire is built. */
    private Arbitrary<IntFunction<Question>> question(int maxStage, int criteria) {
        Arbitrary<List<Map<String, Double>>> options = weights(maxStage, criteria).list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<IntFunction<Question>> single = options.map(ws -> i ->
                new SingleChoiceDocument("q" + i, text("q" + i), Optional.empty(), false, Optional.empty(), options(ws)));
        Arbitrary<IntFunction<Question>> multi = options.map(ws -> i ->
                new MultipleChoiceDocument("q" + i, text("q" + i), Optional.empty(), false, Optional.empty(), options(ws),
                        null, null));
        Arbitrary<IntFunction<Question>> scale = Combinators.combine(
                        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 4), weights(maxStage, criteria))
                .as((min, span, w) -> i -> new ScaleDocument("q" + i, text("q" + i), Optional.empty(), false,
                        Optional.empty(), min, min + span, Map.of(), w));
        return Arbitraries.oneOf(single, multi, scale);
    }

    private static List<Option> options(List<Map<String, Double>> weights) {
        return IntStream.range(0, weights.size())
                .mapToObj(j -> (Option) new OptionDocument("o" + j, text("o" + j), weights.get(j))).toList();
    }

    private static Arbitrary<LevelsParameters> parameters(int levels, int criteria) {
        Arbitrary<Double> share = Arbitraries.doubles().between(0.0, 1.0).ofScale(2);
        Arbitrary<Map<String, LevelsParameters.Requirement>> requirement = Combinators.combine(
                        Arbitraries.integers().between(0, levels), share, Arbitraries.subsetOf(criteria(criteria)))
                .as((level, threshold, subset) -> level == levels
                        ? Map.<String, LevelsParameters.Requirement>of()
                        : Map.of("l" + level, new LevelsParameters.Requirement(Optional.of(threshold),
                                subset.stream().sorted().toList())));
        return Combinators.combine(share, Arbitraries.of(Aggregation.class),
                        Arbitraries.doubles().between(0.0, 0.5).ofScale(2), requirement)
                .as((threshold, aggregation, lookahead, levelsMap) ->
                        new LevelsParameters(threshold, aggregation, lookahead, null, levelsMap, null));
    }

    private static Questionnaire questionnaire(int levels, int criteria,
                                               List<IntFunction<Question>> questions) {
        List<TypeDefinition> types = IntStream.range(0, levels).mapToObj(k -> (TypeDefinition) new TypeDocument("l" + k, text("L" + k),
                Optional.empty(), Optional.empty(), Map.of(), List.of(), List.of())).toList();
        List<Dimension> dimensions = criteria(criteria).stream().map(c -> (Dimension) new DimensionDocument(c, text(c),
                Optional.empty(), Optional.empty(), Optional.empty())).toList();
        List<Question> qs = IntStream.range(0, questions.size()).mapToObj(i -> questions.get(i).apply(i)).toList();
        return new QuestionnaireDocument("generated", "1.0.0", Optional.empty(), List.of("de"), text("G"), Optional.empty(), Optional.empty(), List.of(), types, dimensions, List.of(new SectionDocument("s", text("S"), Optional.empty(), qs)), Optional.empty(), Optional.empty());
    }

    /** One answer (or none) per question, decoded from a seed so that every kind of answer occurs. */
    private static Response response(Questionnaire q, List<Integer> seeds) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        List<Question> questions = q.questions();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            int seed = seeds.get(i);
            if (question instanceof SingleChoiceQuestion single) {
                int pick = seed % (single.options().size() + 1);
                if (pick < single.options().size()) answers.put(question.id(), new Answer.Choice(single.options().get(pick).id()));
            } else if (question instanceof MultipleChoiceQuestion multi) {
                if (seed % 5 == 0) continue;
                int mask = seed / 5;
                List<String> picked = IntStream.range(0, multi.options().size()).filter(j -> (mask >> j & 1) == 1)
                        .mapToObj(j -> multi.options().get(j).id()).toList();
                answers.put(question.id(), new Answer.Choices(picked));
            } else if (question instanceof ScaleQuestion scale) {
                int value = scale.min() + seed % (scale.max() - scale.min() + 2);
                if (value <= scale.max()) answers.put(question.id(), new Answer.Scale(value));
            }
        }
        return TestResponses.of(q, answers);
    }

    private static LocalizedText text(String s) {
        return LocalizedText.of("de", s);
    }
}
