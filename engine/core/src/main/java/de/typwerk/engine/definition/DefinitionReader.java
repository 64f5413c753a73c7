package de.typwerk.engine.definition;

import de.typwerk.api.spi.DefinitionSource;
import de.typwerk.engine.i18n.Messages;
import jakarta.inject.Inject;

/**
 * Reads a questionnaire definition (YAML or JSON) strictly. Never throws on bad input: whatever
 * the bytes, the result is a questionnaire or a list of problems with file, line, column and JSON
 * pointer.
 */
public final class DefinitionReader {

    private final Mappers mappers;
    private final Messages messages;

    @Inject
    public DefinitionReader(Mappers mappers, Messages messages) {
        this.mappers = mappers;
        this.messages = messages;
    }

    public DefinitionRead read(DefinitionSource source) {
        throw new UnsupportedOperationException("TODO(definition)");
    }
}
