package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

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
        this.answers = b.answers.size() <= AnswerMap.MOST ? new AnswerMap(b.answers) : Lists.copy(b.answers);
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
        private final Map<String, Answer> answers = new LinkedHashMap<>();

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
            answers.put(Objects.requireNonNull(questionId, "questionId"), Objects.requireNonNull(answer, "answer"));
            return this;
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
