package de.typwerk.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.definition.QuestionIndex;
import de.typwerk.engine.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The answer texts of reasons: whatever the engine hands out for a question's answer (made from
 * option texts prepared once, or kept from an earlier result) is the text made the plain way from
 * the definition, for picks, several picks and rankings, with option ids that are the
 * definition's own strings, equal copies of them, or ids the question does not have.
 */
class AnswerTextPropertiesTest {

    private static final Questionnaire QUESTIONNAIRE = Fixtures.TEAMS;
    private static final AnswerText TEXTS = AnswerText.of(QUESTIONNAIRE);

    @Property(tries = 3000)
    void the_text_handed_out_is_the_text_made_from_the_definition(@ForAll("answered") Answered answered) {
        int position = QuestionIndex.of(QUESTIONNAIRE).position(answered.question().id());
        LocalizedText plain = TEXTS.of(answered.question(), answered.answer());

        assertThat(TEXTS.of(position, answered.question(), answered.answer())).isEqualTo(plain);
        // a second time: from what was kept, or made again
        assertThat(TEXTS.of(position, answered.question(), answered.answer())).isEqualTo(plain);
    }

    record Answered(Question question, Answer answer) {
    }

    @Provide
    Arbitrary<Answered> answered() {
        List<Question> withOptions = QUESTIONNAIRE.questions().stream().filter(q -> !q.choices().isEmpty()).toList();
        return Arbitraries.of(withOptions).flatMap(question -> {
            List<String> ids = new ArrayList<>(question.choices().stream().map(Option::id).toList());
            Arbitrary<String> id = Arbitraries.oneOf(
                    Arbitraries.of(ids),
                    // an equal copy, not the definition's string
                    Arbitraries.of(ids).map(String::new),
                    Arbitraries.of("unknown", "x"));
            Arbitrary<Answer> answer = Arbitraries.oneOf(
                    id.map(Answer.Choice::new),
                    id.list().ofMinSize(1).ofMaxSize(ids.size() + 1).map(Answer.Choices::new),
                    id.list().ofMinSize(1).ofMaxSize(ids.size() + 1).map(Answer.Ranking::new));
            return answer.map(a -> new Answered(question, a));
        });
    }
}
