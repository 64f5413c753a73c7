package de.typwerk.engine.definition;

import de.typwerk.api.model.Answer;
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
    /** The ids again, for the look-ahead of {@link #position(String, int)}; empty when two questions share an id. */
    private final String[] idArray;
    /** How many positions {@link #position(String, int)} tries by identity before it hashes the id. */
    private static final int AHEAD = 8;
    private final Map<String, Question> byId;
    private final Map<String, Integer> positions;
    private final java.util.Set<String> weighted;
    /** Per question position, the ids of its "don't know" options (none: empty), and whether its option ids are distinct. */
    private final String[][] noAnswerOptions;
    private final boolean[] distinctOptions;
    /** Per question position, its option ids in definition order (none: empty). */
    private final String[][] optionIds;
    /** Whether any question has a "don't know" option, and the positions of those that have one. */
    private final boolean anyNoAnswer;
    private final int[] noAnswerPositions;
    /** Per question position, whether it carries weights ({@link #carriesWeights}). */
    private final boolean[] weightedAt;
    /** Whether any question has a {@code when} condition: without one, every question is asked. */
    private final boolean conditional;
    /** Per question position, whether a later question's condition looks at its answer. */
    private final boolean[] lookedAt;
    private final int lookedAtCount;

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
        this.idArray = map.size() == questions.size() ? ids.toArray(new String[0]) : new String[0];
        this.positions = Map.copyOf(at);
        this.noAnswerOptions = new String[questions.size()][];
        this.distinctOptions = new boolean[questions.size()];
        this.optionIds = new String[questions.size()][];
        for (int i = 0; i < questions.size(); i++) {
            List<de.typwerk.api.model.Option> choices = questions.get(i).choices();
            noAnswerOptions[i] = choices.stream().filter(de.typwerk.api.model.Option::noAnswer)
                    .map(de.typwerk.api.model.Option::id).toArray(String[]::new);
            optionIds[i] = choices.stream().map(de.typwerk.api.model.Option::id).toArray(String[]::new);
            distinctOptions[i] = java.util.Arrays.stream(optionIds[i]).distinct().count() == optionIds[i].length;
        }
        this.noAnswerPositions = java.util.stream.IntStream.range(0, questions.size())
                .filter(i -> noAnswerOptions[i].length > 0).toArray();
        this.anyNoAnswer = noAnswerPositions.length > 0;
        this.weighted = java.util.Set.copyOf(questions.stream().filter(QuestionIndex::carriesWeights).map(Question::id).toList());
        this.weightedAt = new boolean[questions.size()];
        boolean anyCondition = false;
        for (int i = 0; i < questions.size(); i++) {
            weightedAt[i] = carriesWeights(questions.get(i)) && byId.get(questions.get(i).id()) == questions.get(i);
            anyCondition |= questions.get(i).when().isPresent();
        }
        this.conditional = anyCondition;
        this.lookedAt = new boolean[questions.size()];
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Question q : questions) q.when().ifPresent(c -> named.addAll(references(c)));
        int looked = 0;
        for (int i = 0; i < questions.size(); i++) {
            lookedAt[i] = named.contains(questions.get(i).id());
            if (lookedAt[i]) looked++;
        }
        this.lookedAtCount = looked;
    }

    /** The ids of the questions {@code condition} looks at, in the order it names them. */
    public static java.util.Set<String> references(de.typwerk.api.model.Condition condition) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        collect(condition, ids);
        return ids;
    }

    private static void collect(de.typwerk.api.model.Condition condition, java.util.Set<String> ids) {
        if (condition instanceof de.typwerk.api.model.AnswerCondition a) {
            ids.add(a.question());
        } else if (condition instanceof de.typwerk.api.model.AllCondition a) {
            a.all().forEach(c -> collect(c, ids));
        } else if (condition instanceof de.typwerk.api.model.AnyCondition a) {
            a.any().forEach(c -> collect(c, ids));
        } else if (condition instanceof de.typwerk.api.model.NotCondition n && n.not() != null) {
            collect(n.not(), ids);
        }
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

    /** Whether no two questions share an id (the validator sees to it): then a question's position is its id's. */
    public boolean distinctIds() {
        return idArray.length == questions.size();
    }

    /** Where the question stands in {@link #questions()}, -1 if it is not there. */
    public int position(String id) {
        Integer p = positions.get(id);
        return p == null ? -1 : p;
    }

    /**
     * Where the question stands, trying {@code hint} and the few positions after it first, by
     * identity: callers that walk ids in questionnaire order (a response's answers, a sheet's
     * contributions) pass the position after the last one found, and the engine's own readers hand
     * out the definition's id strings. The first question with the id, as {@link #position(String)}
     * finds it: ids are distinct (the validator sees to it), and where they are not, the look
     * ahead is not used.
     */
    public int position(String id, int hint) {
        // answers and contributions skip the questions left unanswered: look a few places ahead
        int end = Math.min(idArray.length, hint + AHEAD);
        for (int p = Math.max(hint, 0); p < end; p++) {
            if (idArray[p] == id) return p;
        }
        return position(id);
    }

    /**
     * Whether {@code optionId}, picked alone for the question at {@code position}, is an option
     * that stands for "don't know": the one the question's options find first by that id, as
     * {@link Question#option} finds it.
     */
    public boolean isNoAnswerOption(int position, String optionId) {
        if (!offersNoAnswer(position) || optionId == null) return false;
        if (!distinctOptions[position]) {
            // a doubled option id (the validator refuses it): the first option with the id decides
            for (de.typwerk.api.model.Option o : questions.get(position).choices()) {
                if (o.id().equals(optionId)) return o.noAnswer();
            }
            return false;
        }
        for (String id : noAnswerOptions[position]) {
            if (id == optionId || id.equals(optionId)) return true;
        }
        return false;
    }

    /**
     * Where option {@code optionId} stands among the options of the question at {@code position}:
     * the first option with that id, as {@link Question#option} finds it; -1 if none has it. By
     * identity first where the question's option ids are distinct (the validator sees to it): the
     * engine's readers hand out the definition's id strings.
     */
    public int optionAt(int position, String optionId) {
        String[] ids = optionIds[position];
        if (distinctOptions[position]) {
            for (int o = 0; o < ids.length; o++) {
                if (ids[o] == optionId) return o;
            }
        }
        for (int o = 0; o < ids.length; o++) {
            if (ids[o].equals(optionId)) return o;
        }
        return -1;
    }

    /**
     * The answers of {@code answers} by question position: element {@code p} the answer to the
     * question at {@code p}, {@code null} where it is unanswered; one walk over the answers, each
     * found by identity at the position after the last one (answers come in questionnaire order,
     * with the definition's id strings). {@code null} when an answer names a question that is not
     * here (a response the engine did not read): callers then look answers up by id.
     */
    public Answer[] byPosition(Map<String, Answer> answers) {
        Answer[] at = new Answer[ids.size()];
        int next = 0;
        for (Map.Entry<String, Answer> e : answers.entrySet()) {
            int p = position(e.getKey(), next);
            if (p < 0) return null;
            at[p] = e.getValue();
            next = p + 1;
        }
        return at;
    }

    /** How many questions have an option that stands for "don't know". */
    public int noAnswerQuestions() {
        return noAnswerPositions.length;
    }

    /** The position of the {@code i}-th question (in questionnaire order) with an option that stands for "don't know". */
    public int noAnswerQuestion(int i) {
        return noAnswerPositions[i];
    }

    /** Whether any question has an option that stands for "don't know". */
    public boolean anyOffersNoAnswer() {
        return anyNoAnswer;
    }

    /** Whether the question at {@code position} has an option that stands for "don't know". */
    public boolean offersNoAnswer(int position) {
        return position >= 0 && noAnswerOptions[position].length > 0;
    }

    /** Whether the question at {@code position} is a choice, ranking or scale question that carries any weight. */
    public boolean isWeighted(int position) {
        return position >= 0 && weightedAt[position];
    }

    /** Whether the answer to the question at {@code position} is looked at by some question's condition. */
    public boolean lookedAt(int position) {
        return position >= 0 && lookedAt[position];
    }

    /** How many questions some question's condition looks at. */
    public int lookedAtCount() {
        return lookedAtCount;
    }

    /** Whether any question is asked only under a condition; if none is, every question is always asked. */
    public boolean conditional() {
        return conditional;
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
