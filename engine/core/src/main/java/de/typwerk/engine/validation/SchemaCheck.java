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
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Whether the parameters schema a strategy gives ({@code parametersSchema()}) is a JSON Schema
 * (2020-12) at all: checked when the strategy is loaded and when its jar is validated, so that a
 * broken schema is the plugin author's finding and not, later, every definition author's.
 */
public final class SchemaCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The meta-schema of 2020-12 by language, read and compiled once: it spans eight documents,
     * and reading them again for every strategy was most of the cost of loading one. A factory
     * caches schemas by location alone, whatever their configuration, so each language has a
     * factory of its own.
     */
    private static final ConcurrentMap<Locale, JsonSchema> META_SCHEMAS = new ConcurrentHashMap<>();

    private SchemaCheck() {
    }

    private static JsonSchema metaSchema(Locale locale) {
        // the validator's messages in the reader's language, never the JVM's default one
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().locale(locale).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(SchemaId.V202012), config);
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
        return META_SCHEMAS.computeIfAbsent(messages.locale(), SchemaCheck::metaSchema).validate(schema).stream()
                .min(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(m -> messages.get("validation.schemaInvalid", strategyId, m.getMessage()));
    }
}
