package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A respondent's answers to one questionnaire, checked against it. Unanswered questions are
 * absent from {@code answers}.
 *
 * @param answers answers by question id, in questionnaire order
 */
@API(status = STABLE, since = "1.0")
public record Response(String questionnaireId, Version questionnaireVersion, Respondent respondent,
                       Map<String, Answer> answers) {

    public Response {
        respondent = respondent == null ? Respondent.ANONYMOUS : respondent;
        answers = Lists.copy(answers);
    }

    public Optional<Answer> answer(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }
}
