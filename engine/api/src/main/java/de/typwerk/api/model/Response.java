package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A respondent's answers to one questionnaire, checked against it. Unanswered questions are
 * absent from {@link #answers()}. Immutable; made with {@link #builder(String, Version)}.
 */
@API(status = STABLE, since = "1.0")
public final class Response {

    private final String questionnaireId;
    private final Version questionnaireVersion;
    private final Respondent respondent;
    private final Map<String, Answer> answers;

    private Response(Builder b) {
        this.questionnaireId = b.questionnaireId;
        this.questionnaireVersion = b.questionnaireVersion;
        this.respondent = b.respondent;
        // an array-backed map, unmodifiable itself: what a strategy reads some thirty times per
        // response (AnswerMap), without a wrapper in between
        this.answers = b.count <= AnswerMap.MOST
                ? new AnswerMap(Arrays.copyOf(b.ids, b.count), Arrays.copyOf(b.given, b.count))
                : Lists.copy(b.inOrder());
    }

    /**
     * A builder of a response to a questionnaire, with no answers and an anonymous respondent
     * until they are set.
     *
     * @param questionnaireId      the id of the questionnaire answered
     * @param questionnaireVersion the version answered
     * @return the builder
     */
    public static Builder builder(String questionnaireId, Version questionnaireVersion) {
        return new Builder(questionnaireId, questionnaireVersion);
    }

    /** {@return the id of the questionnaire answered} */
    public String questionnaireId() {
        return questionnaireId;
    }

    /** {@return the version of the questionnaire answered} */
    public Version questionnaireVersion() {
        return questionnaireVersion;
    }

    /** {@return who answered} */
    public Respondent respondent() {
        return respondent;
    }

    /** {@return the answers by question id, in questionnaire order; unanswered questions absent} */
    public Map<String, Answer> answers() {
        return answers;
    }

    /**
     * The answer to a question.
     *
     * @param questionId a question id
     * @return its answer, or empty if it was not answered
     */
    public Optional<Answer> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Response r && r.questionnaireId.equals(questionnaireId)
                && r.questionnaireVersion.equals(questionnaireVersion) && r.respondent.equals(respondent)
                && r.answers.equals(answers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(questionnaireId, questionnaireVersion, respondent, answers);
    }

    @Override
    public String toString() {
        return "Response[questionnaireId=" + questionnaireId + ", questionnaireVersion=" + questionnaireVersion
                + ", respondent=" + respondent + ", answers=" + answers + "]";
    }

    /** Builds a {@link Response}. */
    @API(status = STABLE, since = "1.0")
    public static final class Builder {

        private final String questionnaireId;
        private final Version questionnaireVersion;
        private Respondent respondent = Respondent.ANONYMOUS;
        /**
         * The answers in the order added, as two arrays (what {@link AnswerMap} keeps, copied once
         * when built), with a table of positions by hash to find an id added before: no node per
         * answer, as a linked hash map makes, for a response of some thirty answers.
         */
        private String[] ids = new String[16];
        private Answer[] given = new Answer[16];
        private int count;
        /** Per slot, the position of the answer whose id hashes there, plus one; 0: empty. Open addressing, linear probing. */
        private int[] slots = new int[32];

        private Builder(String questionnaireId, Version questionnaireVersion) {
            this.questionnaireId = Objects.requireNonNull(questionnaireId, "questionnaireId");
            this.questionnaireVersion = Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        }

        /**
         * Sets who answered.
         *
         * @param respondent the respondent; {@code null} for {@link Respondent#ANONYMOUS}
         * @return this builder
         */
        public Builder respondent(Respondent respondent) {
            this.respondent = respondent == null ? Respondent.ANONYMOUS : respondent;
            return this;
        }

        /**
         * Adds (or replaces) one answer; answers keep the order they were added in.
         *
         * @param questionId the question's id
         * @param answer     its answer
         * @return this builder
         */
        public Builder answer(String questionId, Answer answer) {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(answer, "answer");
            int hash = questionId.hashCode();
            int mask = slots.length - 1;
            int slot = AnswerMap.spread(hash) & mask;
            for (int at; (at = slots[slot]) != 0; slot = (slot + 1) & mask) {
                String id = ids[at - 1];
                if (id == questionId || (id.hashCode() == hash && id.equals(questionId))) {
                    // replaced in its place, the id first given kept (as a map's put does)
                    given[at - 1] = answer;
                    return this;
                }
            }
            if (count == ids.length) {
                ids = Arrays.copyOf(ids, count * 2);
                given = Arrays.copyOf(given, count * 2);
            }
            ids[count] = questionId;
            given[count] = answer;
            slots[slot] = ++count;
            if (count * 2 > slots.length) rehash();
            return this;
        }

        /** A table twice the size, every position in it again. */
        private void rehash() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int at = 0; at < count; at++) {
                int slot = AnswerMap.spread(ids[at].hashCode()) & mask;
                while (slots[slot] != 0) slot = (slot + 1) & mask;
                slots[slot] = at + 1;
            }
        }

        /** The answers in order, as a map (for more answers than {@link AnswerMap} holds). */
        private Map<String, Answer> inOrder() {
            Map<String, Answer> all = new LinkedHashMap<>();
            for (int at = 0; at < count; at++) all.put(ids[at], given[at]);
            return all;
        }

        /**
         * Adds (or replaces) answers, in the map's order.
         *
         * @param answers answers by question id
         * @return this builder
         */
        public Builder answers(Map<String, Answer> answers) {
            answers.forEach(this::answer);
            return this;
        }

        /** {@return the response} */
        public Response build() {
            return new Response(this);
        }
    }
}
