package de.typwerk.engine.definition;

import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScaleQuestion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A questionnaire's questions in order and by id, made once per questionnaire instance
 * ({@link #of}): {@link Questionnaire#question} searches linearly and {@link Questionnaire#questions}
 * builds a new list on every call, which per answer of every row of a batch made reading answers
 * quadratic in the number of questions.
 */
public final class QuestionIndex {

    private static final IdentityMemo<QuestionIndex> MEMO = new IdentityMemo<>(16);

    private final List<Question> questions;
    private final List<String> ids;
    private final Map<String, Question> byId;
    private final Map<String, Integer> positions;
    private final java.util.Set<String> weighted;
    /** Per question position, whether it has a "don't know" option. */
    private final boolean[] offersNoAnswer;

    private QuestionIndex(Questionnaire questionnaire) {
        this.questions = questionnaire.questions();
        this.ids = questions.stream().map(Question::id).toList();
        Map<String, Question> map = new HashMap<>();
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            // the first of a doubled id wins, as Questionnaire.question finds it (the validator refuses doubles)
            map.putIfAbsent(questions.get(i).id(), questions.get(i));
            at.putIfAbsent(questions.get(i).id(), i);
        }
        this.byId = Map.copyOf(map);
        this.positions = Map.copyOf(at);
        this.offersNoAnswer = new boolean[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            offersNoAnswer[i] = questions.get(i).choices().stream().anyMatch(de.typwerk.api.model.Option::noAnswer);
        }
        this.weighted = java.util.Set.copyOf(questions.stream().filter(QuestionIndex::carriesWeights).map(Question::id).toList());
    }

    /** The index of {@code questionnaire}, made on first use and kept while it is in use. */
    public static QuestionIndex of(Questionnaire questionnaire) {
        return MEMO.get(() -> new QuestionIndex(questionnaire), questionnaire);
    }

    /** Every question in the order a respondent meets them. */
    public List<Question> questions() {
        return questions;
    }

    /** The question ids, in questionnaire order. */
    public List<String> ids() {
        return ids;
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Where the question stands in {@link #questions()}, -1 if it is not there. */
    public int position(String id) {
        Integer p = positions.get(id);
        return p == null ? -1 : p;
    }

    /**
     * Where the question stands, trying {@code hint} first by identity: callers that walk ids in
     * questionnaire order (a sheet's contributions) pass the position after the last one found, and
     * the engine's own readers hand out the definition's id strings.
     */
    public int position(String id, int hint) {
        if (hint >= 0 && hint < ids.size() && ids.get(hint) == id) return hint;
        return position(id);
    }

    /** Whether the question at {@code position} has an option that stands for "don't know". */
    public boolean offersNoAnswer(int position) {
        return position >= 0 && offersNoAnswer[position];
    }

    /** Whether a question is a choice, ranking or scale question that carries any weight. */
    public boolean isWeighted(Question question) {
        return weighted.contains(question.id()) && byId.get(question.id()) == question;
    }

    static boolean carriesWeights(Question question) {
        if (question instanceof ScaleQuestion s) return !s.weights().isEmpty();
        return question.choices().stream().anyMatch(o -> !o.weights().isEmpty());
    }
}
