package de.typwerk.strategy.levels;

import com.fasterxml.jackson.core.StreamReadFeature;
import de.typwerk.testkit.TestQuestionnaires;
import de.typwerk.testkit.TestResponses;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.testkit.TestScoringContext;
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
        return questionnaire("/fixtures/stufen.yaml");
    }

    /** A definition read as the engine reads it (the model's types are interfaces the engine implements). */
    static Questionnaire questionnaire(String resource) {
        return TestQuestionnaires.read(resource);
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

    static Request request(Questionnaire q, LevelsParameters p, Response r) {
        return new Request(q, p, r, MissingAnswers.SKIP);
    }

    /** One scoring call in a test: what the engine prepares the strategy for, and what it then scores. */
    record Request(Questionnaire questionnaire, LevelsParameters parameters, Response response, MissingAnswers missing) {

        TestScoringContext context() {
            return TestScoringContext.of(response).missing(missing);
        }
    }

    /** The strategy as the tests call it: prepared for the request's questionnaire and parameters, then scoring its response. */
    static final class Levels {

        private final LevelsStrategy strategy = new LevelsStrategy();

        ScoreSheet score(Request r) {
            return strategy.prepare(r.questionnaire(), r.parameters()).score(r.context());
        }

        Maturity assess(Request r) {
            return strategy.assess(r.questionnaire(), r.parameters(), r.context());
        }
    }

    static LevelsParameters threshold(double t) {
        return new LevelsParameters(t, null, null, null, null, null);
    }
}
