package de.typwerk.engine.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.definition.JsonPlaces;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.result.Recommendation;
import de.typwerk.engine.result.Result;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A {@link Result} as JSON, following the published schema {@value #SCHEMA_RESOURCE} (a copy is
 * {@code docs/result.schema.json}):
 *
 * <ul>
 *   <li>fields in the order the result records declare ({@code @JsonPropertyOrder});</li>
 *   <li>every fractional number with exactly {@value #DECIMALS} decimals ({@code 0.200000}), never in
 *       exponent notation, whatever the machine's locale: the result was decided on numbers rounded
 *       to six decimals, so the file shows what counted, and two runs give the same bytes;</li>
 *   <li>texts of the questionnaire in <em>every</em> language it has ({@code {"de": …, "en": …}}):
 *       one file serves readers of both languages, and a tool picks the language it needs;</li>
 *   <li>absent optional values (a respondent's missing AGS, a dimension without pole labels) are
 *       left out, never written as {@code null}.</li>
 * </ul>
 *
 * {@link #write} gives the indented form for people ({@link #document}: the same as the bytes of a
 * file), {@link #line} one line per result, for JSON Lines (one result per line, as a batch writes
 * them). Thread-safe. A null argument throws a {@link NullPointerException} naming it, where
 * {@link #write} wrote the text {@code null} as a result.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class ResultJson {

    /** The JSON Schema (draft 2020-12) every written result satisfies, as a class path resource. */
    public static final String SCHEMA_RESOURCE = "de/typwerk/engine/report/result.schema.json";
    /** Decimals of every fractional number written. */
    public static final int DECIMALS = Decimals.PLACES;

    private final ObjectMapper mapper;
    private final ObjectWriter pretty;
    private final ObjectWriter compact;
    /** {@link #pretty} with a line feed for a line break on every system, leaving the writer open. */
    private final ObjectWriter prettyLf;
    private final ThreadLocal<LineBuffer> buffers = ThreadLocal.withInitial(LineBuffer::new);
    private final ThreadLocal<DocumentBuffer> documents = ThreadLocal.withInitial(DocumentBuffer::new);

    public ResultJson() {
        this(new Mappers());
    }

    @Inject
    public ResultJson(Mappers mappers) {
        SimpleModule fixedDecimals = new SimpleModule("typwerk-fixed-decimals");
        fixedDecimals.addSerializer(Double.class, new FixedDecimals());
        fixedDecimals.addSerializer(double.class, new FixedDecimals());
        ObjectMapper base = mappers.json().copy().registerModule(fixedDecimals);
        SimpleModule repeated = new SimpleModule("typwerk-repeated-parts");
        repeated.setSerializerModifier(new RepeatedParts(Set.of(LocalizedText.class, Recommendation.class), base.getFactory()));
        this.mapper = base.registerModule(repeated);
        this.pretty = mapper.writer().with(SerializationFeature.INDENT_OUTPUT);
        this.compact = mapper.writer().without(SerializationFeature.INDENT_OUTPUT);
        // the default printer (objects indented, arrays on the line) with the line break write() leaves
        this.prettyLf = mapper.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** The result, indented, without a line break at the end. */
    public String write(Result result) {
        java.util.Objects.requireNonNull(result, "result");
        try {
            return pretty.writeValueAsString(result).replace("\r\n", "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a result could not be written as JSON", e);
        }
    }

    /**
     * {@link #write} with a line break at the end, as UTF-8: the bytes {@code typwerk score
     * --format json} prints and {@code POST /v1/score} answers. Encoded as it is written, into a
     * buffer kept per thread, instead of made a string, copied with its line break and encoded
     * (for a full ÖFIT result about a quarter less time). The same bytes: a character that
     * cannot be encoded (half of a surrogate pair) becomes {@code ?} either way.
     */
    public byte[] document(Result result) {
        java.util.Objects.requireNonNull(result, "result");
        DocumentBuffer buffer = documents.get();
        buffer.reset();
        try {
            prettyLf.writeValue(buffer.text, result);
            buffer.text.write('\n');
            buffer.text.flush();
        } catch (IOException e) {
            // a generator writing into memory fails only on a result it cannot write
            throw new IllegalStateException("a result could not be written as JSON", e);
        }
        byte[] document = buffer.toByteArray();
        buffer.shrink();
        return document;
    }

    /** The result on one line (no line break in it, none at the end): one line of a JSON Lines file. */
    public String line(Result result) {
        java.util.Objects.requireNonNull(result, "result");
        try {
            return compact.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a result could not be written as JSON", e);
        }
    }

    /**
     * {@link #line} as UTF-8 bytes, written straight as bytes (no text in between), into a buffer
     * kept per thread and copied out once: {@code writeValueAsBytes} grows a new buffer in pieces
     * for every result and joins them at the end, which for a full result of about 10 KB cost half
     * of writing it.
     */
    public byte[] lineBytes(Result result) {
        java.util.Objects.requireNonNull(result, "result");
        LineBuffer buffer = buffers.get();
        buffer.reset();
        try {
            compact.writeValue(buffer, result);
        } catch (IOException e) {
            // a generator writing into memory fails only on a result it cannot write
            throw new IllegalStateException("a result could not be written as JSON", e);
        }
        byte[] line = buffer.toByteArray();
        buffer.shrink();
        return line;
    }

    /** A byte buffer used again for every line of one thread; let go of when a line made it very large. */
    private static class LineBuffer extends ByteArrayOutputStream {

        private static final int INITIAL = 16 * 1024;
        private static final int KEPT = 1024 * 1024;

        LineBuffer() {
            super(INITIAL);
        }

        void shrink() {
            if (buf.length > KEPT) buf = new byte[INITIAL];
        }
    }

    /**
     * A {@link LineBuffer} with its UTF-8 writer. The writer's encoder keeps no state between
     * documents: each ends in a line break, so no half of a surrogate pair is left waiting.
     */
    private static final class DocumentBuffer extends LineBuffer {

        final Writer text = new OutputStreamWriter(this, StandardCharsets.UTF_8);
    }

    /** Reads a result written by {@link #write} or {@link #line}. */
    public Result read(String json) throws IOException {
        java.util.Objects.requireNonNull(json, "json");
        return mapper.readValue(json, Result.class);
    }

    /**
     * The first place, in document order, where {@code json} is not a result as the published
     * schema describes it (a field missing, null, or of another kind), said in {@code locale}'s
     * language at its line and column; empty when it is one. {@link #read} takes what the schema
     * refuses and leaves nulls in the result, which a report would fail on.
     *
     * @param source how the problem names the document
     * @param json   the text, which is valid JSON
     * @param locale the language of the message
     * @return the problem, code {@code not-a-result}, its pointer in the location
     */
    public static Optional<Problem> check(String source, String json, Locale locale)
            throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .locale(locale).pathType(PathType.JSON_POINTER).build();
        JsonSchema schema = JsonSchemaFactory
                .getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new String(schema(), StandardCharsets.UTF_8), config);
        var found = schema.validate(json, InputFormat.JSON);
        if (found.isEmpty()) return Optional.empty();
        // the earliest place in the text
        Map<String, JsonLocation> starts = starts(json);
        ValidationMessage first = found.stream()
                .min(Comparator.comparingLong((ValidationMessage m) -> offset(starts, m))
                        .thenComparing(ValidationMessage::getMessage))
                .orElseThrow();
        String pointer = first.getInstanceLocation().toString();
        String message = first.getMessage();
        // the validator starts its message with the place, which the location names already
        if (message.startsWith(pointer + ": ")) message = message.substring(pointer.length() + 2);
        return Optional.of(Problem.error("not-a-result", message, locate(source, json, pointer)));
    }

    /**
     * Where the value at {@code pointer} starts in {@code json}, a valid JSON text.
     *
     * @param source  how the location names the document
     * @param json    the text
     * @param pointer a JSON pointer into it
     * @return its line and column (in characters, as an editor counts them), 0 for both where the
     *         text has no value there
     */
    public static Location locate(String source, String json, String pointer) {
        int[] at = JsonPlaces.exactly(json.getBytes(StandardCharsets.UTF_8), pointer).orElse(new int[2]);
        return new Location(source, at[0], at[1], pointer.isEmpty() ? "/" : pointer);
    }

    /** Where each value of {@code json} starts, by its pointer, to put findings in the order of the text: the parser walks it once. */
    private static Map<String, JsonLocation> starts(String json) throws IOException {
        Map<String, JsonLocation> starts = new HashMap<>();
        try (JsonParser parser = new ObjectMapper().getFactory().createParser(json)) {
            for (var token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) continue;
                // a value's pointer is its container's at its name or index; an object or array's, its parent's
                var context = token.isStructStart() ? parser.getParsingContext().getParent() : parser.getParsingContext();
                starts.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation());
            }
        }
        return starts;
    }

    private static long offset(Map<String, JsonLocation> starts, ValidationMessage m) {
        var at = starts.get(m.getInstanceLocation().toString());
        return at == null ? Long.MAX_VALUE : at.getCharOffset();
    }

    /** The bytes of the published schema. */
    public static byte[] schema() {
        try (InputStream in = ResultJson.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 0.2} as {@code 0.200000}: fixed decimals, plain notation, half-even as the result rounds. */
    private static final class FixedDecimals extends StdSerializer<Double> {

        FixedDecimals() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value == null || !Double.isFinite(value)) {
                // the engine checks sheets for finite numbers; should one slip through, stay valid JSON
                gen.writeNull();
                return;
            }
            gen.writeNumber(Decimals.fixed(value));
        }
    }
}
