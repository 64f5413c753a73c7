package de.typwerk.engine.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.util.Comparator;
import java.util.Optional;

/**
 * Whether the parameters schema a strategy gives ({@code parametersSchema()}) is a JSON Schema
 * (2020-12) at all: checked when the strategy is loaded and when its jar is validated, so that a
 * broken schema is the plugin author's finding and not, later, every definition author's.
 */
public final class SchemaCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaCheck() {
    }

    /** What is wrong with {@code schemaText}, one line in the reader's language; empty if it is a valid schema. */
    public static Optional<String> problem(String strategyId, String schemaText, Messages messages) {
        JsonNode schema;
        try {
            schema = JSON.readTree(schemaText);
        } catch (IOException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return Optional.of(messages.get("validation.schemaNotJson", strategyId, detail));
        }
        if (schema == null || !(schema.isObject() || schema.isBoolean())) {
            return Optional.of(messages.get("validation.schemaNotJson", strategyId, String.valueOf(schema)));
        }
        // the validator's messages in the reader's language, never the JVM's default one
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().locale(messages.locale()).build();
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(SchemaId.V202012), config);
        return meta.validate(schema).stream()
                .min(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(m -> messages.get("validation.schemaInvalid", strategyId, m.getMessage()));
    }
}
