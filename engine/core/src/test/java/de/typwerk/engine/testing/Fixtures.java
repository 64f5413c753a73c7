package de.typwerk.engine.testing;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.LoadedQuestionnaire;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Test questionnaires, read with a plain strict YAML mapper: the definition reader is built
 * elsewhere, and these fixtures need nothing beyond strict Jackson.
 */
public final class Fixtures {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .addModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    public static final Questionnaire TEAMS = questionnaire("fixtures/teams.yaml");

    private Fixtures() {
    }

    public static Questionnaire questionnaire(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("no test resource " + resource);
            return YAML.readValue(in, Questionnaire.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LoadedQuestionnaire loaded(Questionnaire questionnaire) {
        return new LoadedQuestionnaire(questionnaire, "test-fixtures", "fixtures/" + questionnaire.id() + ".yaml",
                "sha256:0000000000000000000000000000000000000000000000000000000000000000");
    }

    /** {@code questionnaire} scored as {@code scoring} says. */
    public static Questionnaire withScoring(Questionnaire q, de.typwerk.api.model.ScoringSpec scoring) {
        return new Questionnaire(q.id(), q.version(), q.base(), q.locales(), q.title(), q.description(), q.source(),
                q.profileTopics(), q.types(), q.dimensions(), q.sections(), java.util.Optional.ofNullable(scoring));
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("no test resource " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
