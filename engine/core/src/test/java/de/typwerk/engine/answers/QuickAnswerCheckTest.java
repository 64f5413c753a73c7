package de.typwerk.engine.answers;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Response;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.testing.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The quick check of a response built in code ({@link AnswersReader#plainlyFits}) takes only
 * answers that reading them back takes: for each answer, right, wrong and on the edge, the problems
 * are those of the long way, word for word.
 */
class QuickAnswerCheckTest {

    private final AnswersReader reader = new AnswersReader(new Mappers(), new Messages(Locale.ENGLISH));

    static Stream<Arguments> answers() {
        Map<String, List<Answer>> cases = Map.of(
                "q-anchor", List.of(new Answer.Choice("o-data"), new Answer.Choice(new String("o-data")), new Answer.Choice("o-nope"),
                        new Answer.Choice(""), new Answer.Scale(1), new Answer.Choices(List.of("o-data"))),
                "q-tools", List.of(new Answer.Choices(List.of()), new Answer.Choices(List.of("t-data")),
                        new Answer.Choices(List.of("t-data", "t-build")), new Answer.Choices(List.of("t-data", "t-build", "t-forum")),
                        new Answer.Choices(List.of("t-data", "t-data")), new Answer.Choices(List.of("t-nope")), new Answer.Choice("t-data")),
                "q-goals", List.of(new Answer.Ranking(List.of("g-service", "g-efficiency")), new Answer.Ranking(List.of("g-service")),
                        new Answer.Ranking(List.of("g-service", "g-service")), new Answer.Ranking(List.of("g-service", "g-nope")),
                        new Answer.Ranking(List.of("g-service", "g-efficiency", "g-community")), new Answer.Choices(List.of("g-service"))),
                "q-numbers", List.of(new Answer.Scale(1), new Answer.Scale(5), new Answer.Scale(0), new Answer.Scale(6),
                        new Answer.Scale(Integer.MIN_VALUE), new Answer.Number(BigDecimal.ONE), new Answer.Choice("1")),
                "q-size", List.of(new Answer.Number(BigDecimal.ZERO), new Answer.Number(new BigDecimal("0.000")),
                        new Answer.Number(new BigDecimal("4.0")), new Answer.Number(new BigDecimal("4.5")),
                        new Answer.Number(new BigDecimal("-1")), new Answer.Number(new BigDecimal("-0.0000000000000000000001")),
                        new Answer.Number(new BigDecimal("1e400")), new Answer.Number(new BigDecimal("12345678901234567890")),
                        new Answer.Scale(3), new Answer.Text("12")),
                "q-note", List.of(new Answer.Text(""), new Answer.Text("Gut so."), new Answer.Text("x".repeat(5000)),
                        new Answer.Text("😀".repeat(1000)), new Answer.Choice("o-data")),
                "q-unknown", List.of(new Answer.Text("x"), new Answer.Scale(3)));
        return cases.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream().map(a -> Arguments.of(e.getKey(), a)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("answers")
    void the_quick_check_finds_what_reading_the_answer_back_finds(String question, Answer answer) {
        Response response = Response.builder(Fixtures.TEAMS.id(), de.typwerk.api.model.Version.parse(Fixtures.TEAMS.version())).answer(question, answer).build();

        assertThat(reader.checkAnswers("", Fixtures.TEAMS, response, true))
                .isEqualTo(reader.checkAnswers("", Fixtures.TEAMS, response, false));
    }
}
