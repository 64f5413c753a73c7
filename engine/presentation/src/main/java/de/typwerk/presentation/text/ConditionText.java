package de.typwerk.presentation.text;

import de.typwerk.presentation.Texts;

import de.typwerk.api.model.AllCondition;
import de.typwerk.api.model.AnswerCondition;
import de.typwerk.api.model.AnyCondition;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.NotCondition;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A {@code when:} condition as a sentence a respondent understands: "question 3 (q-strategy):
 * “Yes” or “Partly” chosen", naming earlier questions by the number {@code show} gives them.
 */
public final class ConditionText {

    private final Questionnaire questionnaire;
    private final Map<String, Integer> numbers;
    private final Texts messages;
    private final String language;

    /**
     * Conditions of {@code questionnaire} in the language of {@code messages}.
     *
     * @param questionnaire the questionnaire whose questions and options the conditions name
     * @param numbers the number each question is shown with, by question id
     * @param messages the words of the sentence, in the reader’s language
     */
    public ConditionText(Questionnaire questionnaire, Map<String, Integer> numbers, Texts messages) {
        this.questionnaire = questionnaire;
        this.numbers = numbers;
        this.messages = messages;
        this.language = messages.language().tag();
    }

    /**
     * {@return {@code condition} as a sentence}
     *
     * @param condition a question’s {@code when:}
     */
    public String render(Condition condition) {
        // Java 17: no pattern switch yet; the interface is sealed, so these four are all there is
        if (condition instanceof AnswerCondition a) return answer(a);
        if (condition instanceof AllCondition all) return join(all.all(), "condition.and");
        if (condition instanceof AnyCondition any) return join(any.any(), "condition.or");
        NotCondition not = (NotCondition) condition;
        return messages.get("condition.not", render(not.not()));
    }

    private String join(List<Condition> parts, String wordKey) {
        String word = " " + messages.get(wordKey) + " ";
        return parts.stream().map(this::nested).collect(Collectors.joining(word));
    }

    /** Composite parts in parentheses, so "a and (b or c)" keeps its meaning. */
    private String nested(Condition c) {
        String text = render(c);
        return c instanceof AllCondition || c instanceof AnyCondition ? "(" + text + ")" : text;
    }

    private String answer(AnswerCondition a) {
        String question = questionRef(a.question());
        List<String> tests = new ArrayList<>();
        if (!a.anyOf().isEmpty()) {
            Optional<Question> q = questionnaire.question(a.question());
            String options = a.anyOf().stream()
                    .map(id -> messages.get("condition.option", q.flatMap(x -> x.option(id)).map(this::optionText).orElse(id)))
                    .collect(Collectors.joining(" " + messages.get("condition.or") + " "));
            tests.add(messages.get("condition.chosen", question, options));
        }
        if (a.min().isPresent() && a.max().isPresent()) {
            tests.add(messages.get("condition.between", question, number(a.min().get()), number(a.max().get())));
        } else if (a.min().isPresent()) {
            tests.add(messages.get("condition.at-least", question, number(a.min().get())));
        } else if (a.max().isPresent()) {
            tests.add(messages.get("condition.at-most", question, number(a.max().get())));
        }
        boolean answered = a.answered().orElse(true);
        if (!answered) {
            tests.add(messages.get("condition.unanswered", question));
        } else if (tests.isEmpty()) {
            tests.add(messages.get("condition.answered", question));
        }
        return String.join(" " + messages.get("condition.and") + " ", tests);
    }

    private String optionText(Option o) {
        return o.text().get(language, questionnaire.defaultLocale());
    }

    private String questionRef(String questionId) {
        Integer n = numbers.get(questionId);
        return n == null ? questionId : messages.get("condition.question", String.valueOf(n), questionId);
    }

    /**
     * {@return {@code d} as written in a condition: {@code 2.0} as {@code 2}, {@code 2.5} as {@code 2.5}, whatever the machine’s locale}
     *
     * @param d a number of a condition
     */
    public static String number(double d) {
        // 1.7976931348623157E+308, the largest a definition holds, not spelt out in 309 digits
        return de.typwerk.engine.report.Decimals.written(d);
    }
}
