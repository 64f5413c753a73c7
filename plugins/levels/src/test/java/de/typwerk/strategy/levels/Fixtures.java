package de.typwerk.strategy.levels;

import com.fasterxml.jackson.core.StreamReadFeature;
import de.typwerk.testkit.TestResponses;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import de.typwerk.api.spi.ScoringRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
        return TestResponses.of(q, idsAndAnswers);
    }

    static ScoringRequest<LevelsParameters> request(Questionnaire q, LevelsParameters p, Response r) {
        return new ScoringRequest<>(q, p, r, MissingAnswers.SKIP);
    }

    static LevelsParameters threshold(double t) {
        return new LevelsParameters(t, null, null, null, null, null);
    }
}
