package de.typwerk.engine.validation;

import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where each question stands: its JSON pointer and its place in the order a respondent meets
 * the questions, which is what "earlier" means for conditions.
 */
final class Layout {

    /** A question, its pointer ({@code /sections/1/questions/0}) and its position (0-based, over all sections). */
    record QuestionAt(Question question, String pointer, int order) {
    }

    private final List<QuestionAt> questions = new ArrayList<>();
    private final Map<String, QuestionAt> byId = new LinkedHashMap<>();

    Layout(Questionnaire q) {
        int order = 0;
        for (int s = 0; s < q.sections().size(); s++) {
            Section section = q.sections().get(s);
            for (int i = 0; i < section.questions().size(); i++) {
                Question question = section.questions().get(i);
                QuestionAt at = new QuestionAt(question, "/sections/" + s + "/questions/" + i, order++);
                questions.add(at);
                // the first of two questions with one id is the one conditions see; the duplicate is reported
                if (question.id() != null) byId.putIfAbsent(question.id(), at);
            }
        }
    }

    List<QuestionAt> questions() {
        return questions;
    }

    Optional<QuestionAt> question(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Set<String> questionIds() {
        return new TreeSet<>(byId.keySet());
    }
}
