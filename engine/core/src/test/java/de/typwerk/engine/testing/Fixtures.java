package de.typwerk.engine.testing;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.DefinitionSource;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.definition.document.QuestionnaireDocument;
import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Test questionnaires, read with the engine's definition reader: a fixture with a problem fails loudly. */
public final class Fixtures {

    public static final Questionnaire TEAMS = questionnaire("fixtures/teams.yaml");

    private Fixtures() {
    }

    public static Questionnaire questionnaire(String resource) {
        DefinitionRead read = new DefinitionReader(new Mappers(), new Messages(Locale.ENGLISH))
                .read(new DefinitionSource(resource, bytes(resource)));
        if (!read.ok()) throw new IllegalStateException("fixture " + resource + " does not read: " + read.problems());
        return read.questionnaire().orElseThrow();
    }

    public static LoadedQuestionnaire loaded(Questionnaire questionnaire) {
        return new LoadedQuestionnaire(questionnaire, "test-fixtures", "fixtures/" + questionnaire.id() + ".yaml",
                "sha256:0000000000000000000000000000000000000000000000000000000000000000");
    }

    /** {@code questionnaire} scored as {@code scoring} says. */
    public static Questionnaire withScoring(Questionnaire q, de.typwerk.api.model.ScoringSpec scoring) {
        return QuestionnaireDocument.builder(q).scoring(java.util.Optional.ofNullable(scoring)).build();
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
