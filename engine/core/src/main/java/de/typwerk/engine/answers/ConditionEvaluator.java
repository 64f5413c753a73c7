package de.typwerk.engine.answers;

import de.typwerk.api.model.AllCondition;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.AnswerCondition;
import de.typwerk.api.model.AnyCondition;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.NotCondition;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.i18n.Messages;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Which questions are asked, given the answers so far, and why. Total and pure: conditions are
 * true or false, never an error (an unanswered question fails every test but
 * {@code answered: false}). The truth itself is the model's ({@link Condition#holds}), so the
 * reader of answers files, an interactive session and a strategy cannot disagree; this class adds
 * what a session needs around it: walking a questionnaire in order, and saying in words when a
 * question is asked.
 */
public final class ConditionEvaluator {

    /**
     * The questions asked, in questionnaire order, given {@code answers}. Conditions only look
     * back, so each question is judged by the answers to the questions before it; an answer to a
     * question that is not asked does not count for later conditions.
     */
    public List<Question> askedQuestions(Questionnaire questionnaire, Map<String, Answer> answers) {
        return askedQuestions(de.typwerk.engine.definition.QuestionIndex.of(questionnaire), answers, null);
    }

    /**
     * As {@link #askedQuestions(Questionnaire, Map)}, for the questionnaire of {@code index}, with
     * {@code answers} by position ({@link de.typwerk.engine.definition.QuestionIndex#byPosition}, or
     * null: then by id) at hand.
     */
    public List<Question> askedQuestions(de.typwerk.engine.definition.QuestionIndex index, Map<String, Answer> answers,
                                         Answer[] byPosition) {
        List<Question> questions = index.questions();
        // by position only where each question's position is its id's
        Answer[] at = byPosition != null && index.distinctIds() ? byPosition : null;
        // without conditions every question is asked: the questionnaire's own (immutable) list
        if (!index.conditional()) return questions;
        List<Question> asked = new ArrayList<>(questions.size());
        // only looked up by conditions, and only for the questions they name: no order needed
        Counted counted = new Counted(index.lookedAtCount());
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            if (!question.isAskedGiven(counted)) continue;
            asked.add(question);
            if (!index.lookedAt(i)) continue;
            Answer answer = at != null ? at[i] : answers.get(question.id());
            if (answer != null) counted.add(question.id(), answer);
        }
        return asked;
    }

    /**
     * The answers to the questions asked so far that some condition looks at: a few, each added
     * once, looked up by id (by identity first: conditions name the definition's id strings).
     * Read only, as conditions read answers. The quick answers reader ({@link CleanJsonReader})
     * gives its conditions the same.
     */
    static final class Counted extends AbstractMap<String, Answer> {

        private final String[] ids;
        private final Answer[] answers;
        private int size;

        Counted(int capacity) {
            ids = new String[capacity];
            answers = new Answer[capacity];
        }

        void add(String id, Answer answer) {
            ids[size] = id;
            answers[size++] = answer;
        }

        @Override
        public Answer get(Object key) {
            for (int i = 0; i < size; i++) {
                if (ids[i] == key) return answers[i];
            }
            for (int i = 0; i < size; i++) {
                if (ids[i].equals(key)) return answers[i];
            }
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Set<Entry<String, Answer>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Answer>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Entry<String, Answer> next() {
                            if (next >= size) throw new NoSuchElementException();
                            int at = next++;
                            return new SimpleImmutableEntry<>(ids[at], answers[at]);
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
    }

    /** The ids of the questions {@code condition} looks at, in the order it names them. */
    public Set<String> references(Condition condition) {
        return de.typwerk.engine.definition.QuestionIndex.references(condition);
    }

    /** {@code condition} in words, in the language of {@code messages}, e.g. for "only asked when …". */
    public String describe(Condition condition, Messages messages) {
        if (condition instanceof AnswerCondition a) return describe(a, messages);
        if (condition instanceof AllCondition a) return join(a.all(), messages.get("answers.condition.and"), messages);
        if (condition instanceof AnyCondition a) return join(a.any(), messages.get("answers.condition.or"), messages);
        if (condition instanceof NotCondition n && n.not() != null) {
            return messages.get("answers.condition.not", describe(n.not(), messages));
        }
        return "";
    }

    private String join(List<Condition> parts, String glue, Messages messages) {
        List<String> words = new ArrayList<>();
        for (Condition c : parts) {
            String w = describe(c, messages);
            // a nested all or any needs brackets; a not brings its own
            words.add(c instanceof AllCondition || c instanceof AnyCondition ? "(" + w + ")" : w);
        }
        return String.join(glue, words);
    }

    private static String describe(AnswerCondition a, Messages messages) {
        List<String> tests = new ArrayList<>();
        if (!a.answered().orElse(true)) {
            tests.add(messages.get("answers.condition.unanswered", a.question()));
        }
        if (!a.anyOf().isEmpty()) {
            tests.add(messages.get("answers.condition.any-of", a.question(), String.join(", ", a.anyOf())));
        }
        a.min().ifPresent(min -> tests.add(messages.get("answers.condition.min", a.question(), number(min))));
        a.max().ifPresent(max -> tests.add(messages.get("answers.condition.max", a.question(), number(max))));
        if (tests.isEmpty()) tests.add(messages.get("answers.condition.answered", a.question()));
        return String.join(messages.get("answers.condition.and"), tests);
    }

    /** A bound as a definition author writes it: 3, not 3.0; the same on every machine; 1.7976931348623157E+308 not in 309 digits. */
    static String number(double value) {
        return de.typwerk.engine.report.Decimals.written(value);
    }
}
