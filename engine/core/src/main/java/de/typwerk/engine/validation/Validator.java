package de.typwerk.engine.validation;

import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.definition.SourceMap;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.scoring.StrategyCatalog;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Checks what a read definition means: unique ids, references that resolve, conditions that only
 * look back, complete translations, a known strategy with fitting parameters.
 */
public final class Validator {

    private final Messages messages;
    private final StrategyCatalog strategies;

    @Inject
    public Validator(Messages messages, StrategyCatalog strategies) {
        this.messages = messages;
        this.strategies = strategies;
    }

    /** Every problem of {@code questionnaire}, located through {@code sourceMap}. */
    public List<Problem> validate(Questionnaire questionnaire, SourceMap sourceMap) {
        throw new UnsupportedOperationException("TODO(validation)");
    }
}
