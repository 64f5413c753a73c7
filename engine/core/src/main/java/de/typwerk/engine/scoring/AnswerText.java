package de.typwerk.engine.scoring;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.ScaleQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An answer as the respondent saw it, in every language of the questionnaire: option texts (a
 * ranking numbered), a scale point as {@code 4/5} with its label, a number with its unit.
 */
final class AnswerText {

    private final List<String> languages;
    private final String fallback;

    AnswerText(List<String> languages, String fallback) {
        this.languages = languages.isEmpty() ? List.of(fallback) : List.copyOf(languages);
        this.fallback = fallback;
    }

    LocalizedText of(Question question, Answer answer) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : languages) texts.put(language, in(language, question, answer));
        return LocalizedText.of(texts);
    }

    private String in(String language, Question question, Answer answer) {
        if (answer instanceof Answer.Choice c) return option(language, question, c.option());
        if (answer instanceof Answer.Choices c) {
            List<String> parts = new ArrayList<>();
            for (String id : c.options()) parts.add(option(language, question, id));
            return String.join(", ", parts);
        }
        if (answer instanceof Answer.Ranking r) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < r.order().size(); i++) parts.add((i + 1) + ". " + option(language, question, r.order().get(i)));
            return String.join(", ", parts);
        }
        if (answer instanceof Answer.Scale s) {
            String text = s.value() + (question instanceof ScaleQuestion q ? "/" + q.max() : "");
            if (question instanceof ScaleQuestion q && q.labels().containsKey(s.value())) {
                text += " (" + q.labels().get(s.value()).get(language, fallback) + ")";
            }
            return text;
        }
        if (answer instanceof Answer.Number n) {
            String text = n.value().toPlainString();
            if (question instanceof NumberQuestion q && q.unit().isPresent()) text += " " + q.unit().get().get(language, fallback);
            return text;
        }
        if (answer instanceof Answer.Text t) return t.text();
        return "";
    }

    private String option(String language, Question question, String id) {
        return question.option(id).map(Option::text).map(t -> t.get(language, fallback)).orElse(id);
    }
}
