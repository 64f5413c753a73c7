package de.typwerk.engine.definition;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import de.typwerk.engine.definition.document.DocumentModule;
import de.typwerk.engine.result.record.ResultModule;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The engine's object mappers, one for JSON and one for YAML, configured once and strictly:
 * unknown properties fail, duplicate keys fail, no default typing, read limits set. Modules are
 * registered by name, never discovered across class loaders.
 */
public final class Mappers {

    /** Largest definition or answers document read, in bytes. */
    public static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
    /** Deepest nesting of objects and arrays. */
    public static final int MAX_DEPTH = 64;
    /** Most YAML aliases in one document (alias bombs). */
    public static final int MAX_ALIASES = 50;
    /**
     * Most values that YAML aliases may add to a document when expanded. Bounds the billion-laughs
     * attack that stays under {@link #MAX_ALIASES} by nesting aliases of aliases.
     */
    public static final int MAX_ALIAS_EXPANSION = 10_000;

    private final ObjectMapper json;
    private final ObjectMapper yaml;

    public Mappers() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_DOCUMENT_BYTES)
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .build();
        YAMLFactory yamlFactory = YAMLFactory.builder().loaderOptions(loaderOptions()).streamReadConstraints(limits).build();
        this.yaml = configure(YAMLMapper.builder(yamlFactory)).build();
        this.json = configure(JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(limits).build())).build();
    }

    /**
     * Reads a document from {@code file}, at most one byte over {@link #MAX_DOCUMENT_BYTES}: enough
     * for the readers to call it too large, and a bound on memory whatever the file is
     * ({@code /dev/zero}, a pipe, standard input).
     */
    public static byte[] readBounded(java.nio.file.Path file) throws java.io.IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return in.readNBytes(MAX_DOCUMENT_BYTES + 1);
        }
    }

    /**
     * The size of a document {@link #readBounded} found too large: the file's own size where it is
     * a regular file, else empty (a device or pipe has no size; it is "more than the limit").
     */
    public static java.util.OptionalLong sizeOf(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) ? java.util.OptionalLong.of(java.nio.file.Files.size(file))
                    : java.util.OptionalLong.empty();
        } catch (java.io.IOException e) {
            return java.util.OptionalLong.empty();
        }
    }

    /**
     * SnakeYAML's limits for every YAML parser of the engine. Its own default stops a document at
     * 3,145,728 code points, below {@link #MAX_DOCUMENT_BYTES}: a YAML file would be refused as
     * invalid where the same content as JSON passes. {@code DocumentTree}'s copy of the factory
     * sets them again.
     */
    public static LoaderOptions loaderOptions() {
        LoaderOptions loader = new LoaderOptions();
        loader.setMaxAliasesForCollections(MAX_ALIASES);
        loader.setAllowDuplicateKeys(false);
        loader.setNestingDepthLimit(MAX_DEPTH);
        // a byte is at most one code point: no document within the byte limit reaches this
        loader.setCodePointLimit(MAX_DOCUMENT_BYTES);
        return loader;
    }

    private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B configure(B b) {
        return b.addModule(new Jdk8Module())
                // the plugin API's definition model is interfaces; this module reads them as the engine's records
                .addModule(new DocumentModule())
                // and the integrator API's result model, so that a result written as JSON reads back
                .addModule(new ResultModule())
                // a number or boolean where text is expected is an error, not silently text:
                // YAML reads "version: 1.10" as the number 1.1
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // a parser's message names no part of the file: people see the line and column, never bytes of the input
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** The JSON mapper. */
    public ObjectMapper json() {
        return json;
    }

    /** The YAML mapper. */
    public ObjectMapper yaml() {
        return yaml;
    }

    /**
     * Whether a file {@code name} ends as a definition does: {@code .yaml}, {@code .yml} or
     * {@code .json}, in any case. What a folder's walk checks and what a missing definition's
     * message offers instead are the files this names.
     *
     * @param name a file name or path
     * @return whether it names a definition by its ending
     */
    public static boolean isDefinitionName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    /** The mapper for a file name: YAML for {@code .yaml}/{@code .yml}, JSON otherwise. */
    public ObjectMapper forName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") ? yaml : json;
    }

    /**
     * The mapper for a document named {@code name}: by its ending where it has one
     * ({@link #forName}: {@code .yaml}, {@code .yml}, {@code .json}); else by its content, JSON
     * when it starts with <code>{</code> or {@code [} (after a byte order mark and white space),
     * YAML otherwise. So answers read from standard input or a pipe ({@code /dev/stdin}), or a file
     * without an ending, are read as what they are, not all as JSON.
     */
    public ObjectMapper forDocument(String name, byte[] content) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".yaml") || n.endsWith(".yml")) return yaml;
        if (n.endsWith(".json")) return json;
        int i = StrictUtf8.byteOrderMarkAt(content, 0, content.length) ? 3 : 0;
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r' || content[i] == '\n')) i++;
        return i < content.length && (content[i] == '{' || content[i] == '[') ? json : yaml;
    }
}
