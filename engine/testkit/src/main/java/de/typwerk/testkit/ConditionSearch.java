package de.typwerk.testkit;

import de.typwerk.api.model.AllCondition;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.AnswerCondition;
import de.typwerk.api.model.AnyCondition;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.NotCondition;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides for each conditional question whether some answers to the earlier questions make its
 * condition true, by trying the {@link AnswerSpace candidates} of every question the condition
 * depends on (directly, or through the conditions of those questions), depth first. An answer only
 * counts when its question is asked; a required question that is asked is always answered, as in a
 * complete response. The search stops at the first answers that work, or after
 * {@link #BUDGET} combinations.
 */
final class ConditionSearch {

    /** Combinations tried per question at most; real conditions need a handful. */
    static final int BUDGET = 200_000;

    private final Questionnaire questionnaire;
    private final AnswerSpace space;

    ConditionSearch(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        this.space = new AnswerSpace(questionnaire);
    }

    /** What the search found for one question. */
    sealed interface Reach {
        /** Answers to earlier questions under which the question is asked. */
        record Asked(Map<String, Answer> answers) implements Reach {
        }

        /** Every combination was tried; none asks the question. */
        record Never() implements Reach {
        }

        /** The budget ran out first. */
        record Undecided(int tried) implements Reach {
        }
    }

    Reach reach(Question question) {
        if (question.when().isEmpty()) return new Reach.Asked(Map.of());
        List<Question> relevant = dependencies(question);
        Walk walk = new Walk(question, relevant);
        Optional<Map<String, Answer>> found = walk.from(0, new LinkedHashMap<>());
        if (found.isPresent()) return new Reach.Asked(found.get());
        return walk.exhausted ? new Reach.Undecided(walk.tried) : new Reach.Never();
    }

    /** The earlier questions {@code question}'s asking depends on, in questionnaire order. */
    private List<Question> dependencies(Question question) {
        Set<String> ids = new HashSet<>();
        Deque<Condition> open = new ArrayDeque<>();
        question.when().ifPresent(open::add);
        while (!open.isEmpty()) {
            for (String id : references(open.pop())) {
                if (ids.add(id)) questionnaire.question(id).flatMap(Question::when).ifPresent(open::add);
            }
        }
        List<Question> ordered = new ArrayList<>();
        for (Question q : questionnaire.questions()) {
            if (q.id().equals(question.id())) break;
            if (ids.contains(q.id())) ordered.add(q);
        }
        return ordered;
    }

    private static Set<String> references(Condition condition) {
        Set<String> ids = new HashSet<>();
        Deque<Condition> open = new ArrayDeque<>(List.of(condition));
        while (!open.isEmpty()) {
            Condition c = open.pop();
            if (c instanceof AnswerCondition a) ids.add(a.question());
            else if (c instanceof AllCondition a) open.addAll(a.all());
            else if (c instanceof AnyCondition a) open.addAll(a.any());
            else if (c instanceof NotCondition n && n.not() != null) open.add(n.not());
        }
        return ids;
    }

    /** One depth-first walk over the answers to {@code relevant}. */
    private final class Walk {

        private final Question target;
        private final List<Question> relevant;
        private int tried;
        private boolean exhausted;

        Walk(Question target, List<Question> relevant) {
            this.target = target;
            this.relevant = relevant;
        }

        Optional<Map<String, Answer>> from(int index, Map<String, Answer> answers) {
            if (exhausted) return Optional.empty();
            if (index == relevant.size()) {
                if (++tried >= BUDGET) exhausted = true;
                return target.isAskedGiven(answers)
                        ? Optional.of(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers))) : Optional.empty();
            }
            Question q = relevant.get(index);
            if (!q.isAskedGiven(answers)) return from(index + 1, answers);
            for (Answer a : space.candidates(q)) {
                answers.put(q.id(), a);
                Optional<Map<String, Answer>> found = from(index + 1, answers);
                answers.remove(q.id());
                if (found.isPresent() || exhausted) return found;
            }
            return q.required() ? Optional.empty() : from(index + 1, answers);
        }
    }
}
