package de.typwerk.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Questionnaire;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Answers written as an answers file, so that the engine's reader can judge them as it judges a user's. */
final class AnswersFile {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private AnswersFile() {
    }

    static byte[] json(Questionnaire questionnaire, Map<String, Answer> answers) {
        Map<String, Object> values = new LinkedHashMap<>();
        answers.forEach((id, a) -> values.put(id, value(a)));
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("questionnaire", questionnaire.id());
        file.put("version", questionnaire.version());
        file.put("answers", values);
        try {
            return JSON.writeValueAsString(file).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(Answer a) {
        if (a instanceof Answer.Choice c) return c.option();
        if (a instanceof Answer.Choices c) return c.options();
        if (a instanceof Answer.Ranking r) return r.order();
        if (a instanceof Answer.Scale s) return s.value();
        if (a instanceof Answer.Number n) return n.value();
        return ((Answer.Text) a).text();
    }
}
