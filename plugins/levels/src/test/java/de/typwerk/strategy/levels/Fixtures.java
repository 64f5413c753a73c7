package de.typwerk.strategy.levels;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Respondent;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.ScoringRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test fixtures: definitions read as strictly as the engine reads them, responses built in code. */
final class Fixtures {

    /** The engine's strictness, rebuilt here so this plugin's tests need only the API. */
    static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private Fixtures() {
    }

    static Questionnaire stufen() {
        return read("/fixtures/stufen.yaml", Questionnaire.class);
    }

    static <T> T read(String resource, Class<T> type) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + resource);
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers by question id, in the order given: alternating id, answer. */
    static Response response(Questionnaire q, Object... idsAndAnswers) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < idsAndAnswers.length; i += 2) {
            answers.put((String) idsAndAnswers[i], (Answer) idsAndAnswers[i + 1]);
        }
        return new Response(q.id(), Version.parse(q.version()), Respondent.ANONYMOUS, answers);
    }

    static ScoringRequest<LevelsParameters> request(Questionnaire q, LevelsParameters p, Response r) {
        return new ScoringRequest<>(q, p, r, MissingAnswers.SKIP);
    }

    static LevelsParameters threshold(double t) {
        return new LevelsParameters(t, null, null, null, null, null);
    }

    static Answer choice(String option) {
        return new Answer.Choice(option);
    }

    static Answer choices(String... options) {
        return new Answer.Choices(List.of(options));
    }

    static Answer scale(int value) {
        return new Answer.Scale(value);
    }
}
