package de.typwerk.presentation.json;

import java.util.Optional;
import de.typwerk.engine.definition.document.QuestionnaireDocument;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.QuestionKind;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.definition.document.DocumentModule;

/**
 * A questionnaire as JSON in the definition format, so {@code show --format json} can be saved
 * and read again: the engine's JSON mapper (field order as the model declares it), plus each
 * question's {@code kind} (a derived value the model does not serialise by itself), without
 * absent or empty values.
 */
public final class QuestionnaireJson {

    private final ObjectWriter writer;

    /**
     * A writer with the project’s JSON settings.
     *
     * @param mappers the project’s JSON settings
     */
    public QuestionnaireJson(Mappers mappers) {
        this.writer = mappers.json().copy()
                .addMixIn(Question.class, KindOfQuestion.class)
                .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                        JsonInclude.Include.NON_EMPTY))
                .writer();
    }

    /**
     * {@return {@code questionnaire} as a JSON definition}
     *
     * @param questionnaire the questionnaire
     * @throws JsonProcessingException when Jackson cannot write a value of the model
     */
    public String write(Questionnaire questionnaire) throws JsonProcessingException {
        return writer.writeValueAsString(questionnaire);
    }

    /** Writes {@code kind} right after {@code id}, as authors write it (and keeps how a question's kind is read). */
    @JsonPropertyOrder({"id", "kind"})
    private interface KindOfQuestion extends DocumentModule.QuestionKinds {

        @JsonProperty("kind")
        QuestionKind kind();
    }

    /**
     * A resolved variant without its {@code extends}: a complete definition of its own, which reads
     * and validates again when saved (with {@code extends} it would be a variant with content).
     *
     * @param q a questionnaire, resolved
     * @return the same questionnaire without base and overlay
     */
    public static Questionnaire standalone(Questionnaire q) {
        return QuestionnaireDocument.builder(q).base(Optional.empty()).overlay(Optional.empty()).build();
    }
}
