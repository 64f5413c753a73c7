package de.typwerk.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.engine.definition.Mappers;

/** JSON as the exports write it: two-space indents, {@code \n} line ends on every system, a final line end. */
public final class Json {

    public static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper MAPPER = new Mappers().json();
    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    private static final ObjectWriter LINE = MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** Indented, ending in a line end. */
    public static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree could not be written as JSON", e);
        }
    }

    /** On one line, as UTF-8 bytes. */
    public static byte[] line(JsonNode node) {
        try {
            return LINE.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree could not be written as JSON", e);
        }
    }

    /**
     * What a JSON value is, as the last part of a message key ({@code json.found.text}, {@code …number},
     * {@code …boolean}, {@code …list}, {@code …object}, {@code …null}): the words people read are in
     * the messages, in their language.
     */
    public static String kind(JsonNode node) {
        if (node.isTextual()) return "text";
        if (node.isNumber()) return "number";
        if (node.isBoolean()) return "boolean";
        if (node.isArray()) return "list";
        if (node.isObject()) return "object";
        return "null";
    }

    /** The JSON mapper of the engine, for reading. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
