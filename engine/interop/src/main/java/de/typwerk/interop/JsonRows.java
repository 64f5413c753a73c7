package de.typwerk.interop;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.typwerk.applications.batch.Lines;
import de.typwerk.applications.batch.Row;
import de.typwerk.applications.batch.RowError;
import de.typwerk.applications.batch.RowSource;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.definition.StrictUtf8;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Responses written as JSON, in the three shapes tools write them: one JSON value per line (JSON
 * Lines, FHIR's NDJSON), an array of values, or one document (which {@link Shape#expand} may open
 * up, a FHIR Bundle into its entries). Every value becomes one row through {@link Shape#convert}.
 * Whatever follows a document or an array (documents written one after another) is read the same
 * way, never dropped.
 *
 * <p>Per line, a broken line costs that row only. In an array or a single document a syntax error
 * ends the input, since nothing after it can be told apart: it becomes one error row with its line
 * and column, and the rows before it stand.
 */
public final class JsonRows implements RowSource {

    /** The largest single document (an array or a Bundle) read; larger inputs are written one value per line. */
    public static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

    /** What a tool's JSON means. */
    public interface Shape {

        /** The values one top-level document holds: itself, or (a Bundle) its entries. */
        default List<Located> expand(JsonNode document, long line) {
            return List.of(new Located(document, line));
        }

        Converted convert(JsonNode value, long line);
    }

    /** A value with the line it starts on. */
    public record Located(JsonNode value, long line) {
    }

    private static final ObjectMapper LARGE = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxDocumentLength(MAX_DOCUMENT_BYTES).maxStringLength(Mappers.MAX_DOCUMENT_BYTES)
                            .maxNestingDepth(Mappers.MAX_DEPTH).build())
                    .build())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // numbers as written, as an answers file reads them: as a double, 1e400 would be Infinity and
            // 284000.0000000000000000001 a whole number, neither what the response says
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(Json.NODES)
            .build();

    /** The parser's words for a byte that is no UTF-8 (Jackson's UTF8StreamJsonParser); the byte it names may be the one after. */
    private static final java.util.regex.Pattern NOT_UTF8 = java.util.regex.Pattern.compile("Invalid UTF-8 (?:start|middle) byte");

    private final Shape shape;
    private final InteropMessages messages;
    private final Deque<Located> pending = new ArrayDeque<>();
    private Lines lines;
    private JsonParser parser;
    private boolean inArray;
    private boolean done;
    private long rows;
    private final CountingStream counted;
    private Columns columns;

    private JsonRows(InputStream in, Shape shape, InteropMessages messages) {
        this.counted = new CountingStream(in);
        this.shape = shape;
        this.messages = messages;
    }

    /** Opens {@code in} (which the caller closes), finding out which of the three shapes it has. */
    public static JsonRows open(InputStream in, Shape shape, InteropMessages messages) throws IOException {
        JsonRows rows = new JsonRows(in, shape, messages);
        rows.start();
        return rows;
    }

    private void start() throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(counted, 1 << 16);
        buffered.mark(MAX_DOCUMENT_BYTES);
        // the probe never reads past the mark: a first line longer than it (70 MB on one line) is too long, not the end of the run
        Bounded bounded = new Bounded(buffered, MAX_DOCUMENT_BYTES - 1);
        Lines probe = new Lines(bounded, Mappers.MAX_DOCUMENT_BYTES);
        Optional<Lines.Line> first = probe.next();
        while (first.isPresent() && first.get().blank()) first = probe.next();
        boolean perLine = false;
        if (first.isPresent() && first.get().tooLong() && bounded.left == 0) {
            // a first line as long as the largest document read: no document it starts can be read, and every
            // line after it is read one value per line (the first its error row), where reading it as a document
            // ended the input at it and left every line after it without a row
            perLine = true;
        } else if (first.isPresent()) {
            String text = first.get().tooLong() ? "" : new String(first.get().content(), StandardCharsets.UTF_8).strip();
            // a whole value on the first line: one value per line, unless it is an array, which holds the values
            if (!first.get().tooLong() && !text.startsWith("[")) perLine = wholeValue(text);
            if (!perLine && (first.get().tooLong() && first.get().complete() || text.startsWith("{") && text.endsWith("}"))) {
                // a broken line as a line of JSON Lines is, or one too long, with a whole value on the next: one value per
                // line (as a line too long after the first is its row), where reading it as a document would end the input
                // at its error and leave every line after it without a row. Only a next line already there is looked at: a
                // client streaming its rows waits for this one's row first
                Optional<Lines.Line> second = Optional.empty();
                while (probe.ready() && (second = probe.next()).isPresent() && second.get().blank()) second = Optional.empty();
                if (second.isPresent() && !second.get().tooLong()) {
                    String next = new String(second.get().content(), StandardCharsets.UTF_8).strip();
                    perLine = next.startsWith("{") && wholeValue(next);
                }
            } else if (!perLine && text.startsWith("{")) {
                // a first line cut off in the middle of its value ({"typwerkQuestionnaire":"oefit@1.0 and no more) with
                // whole values on the lines after it: one value per line, where reading it as a document ended the input
                // at its error and left every line after it without a row: when the next line is one object and nothing
                // else, and the one after it too, or there is none. An object written over several lines has no such
                // lines ({"data":, then {"a":1}, then }), nor has a Bundle with an entry on each line ({"resource":…},)
                perLine = nextLineIsOneObject(probe) && nextLineIsOneObject(probe, true);
            }
        }
        buffered.reset();
        if (perLine) {
            lines = new Lines(buffered, Mappers.MAX_DOCUMENT_BYTES);
            return;
        }
        skipByteOrderMark(buffered);
        columns = new Columns(buffered);
        parser = new Exponents(LARGE.getFactory().createParser(columns), documentRefusals, columns::column, entryLines, itemLines);
    }

    /** The first {@code left} bytes of a stream, then its end. */
    private static final class Bounded extends java.io.FilterInputStream {
        private long left;

        Bounded(InputStream in, long left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) return -1;
            int b = super.read();
            if (b >= 0) left--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) return -1;
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) left -= n;
            return n;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), left);
        }
    }

    /**
     * Whether the next line that is not blank, already there to be read, holds one JSON object and
     * nothing after it; {@code orNone}: or there is no such line.
     */
    private static boolean nextLineIsOneObject(Lines probe, boolean orNone) throws IOException {
        Optional<Lines.Line> line = Optional.empty();
        while (probe.ready() && (line = probe.next()).isPresent() && line.get().blank()) line = Optional.empty();
        if (line.isEmpty()) return orNone && !probe.ready();
        if (line.get().tooLong()) return false;
        String text = new String(line.get().content(), StandardCharsets.UTF_8).strip();
        if (!text.startsWith("{") || !text.endsWith("}")) return false;
        try (JsonParser p = new Exponents(LARGE.getFactory().createParser(text))) {
            LARGE.readTree(p);
            return p.nextToken() == null;
        } catch (ExponentTooLarge e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean nextLineIsOneObject(Lines probe) throws IOException {
        return nextLineIsOneObject(probe, false);
    }

    private static boolean wholeValue(String text) {
        try (JsonParser p = new Exponents(LARGE.getFactory().createParser(text))) {
            LARGE.readTree(p);
            return true;
        } catch (ExponentTooLarge e) {
            return true;    // a whole value, one of whose numbers is refused as its row
        } catch (IOException e) {
            return false;   // a value over several lines
        }
    }

    /** A number whose exponent no decimal holds ({@code 1e2147483648}): where it stands, as written. */
    private static final class ExponentTooLarge extends com.fasterxml.jackson.core.JsonParseException {
        private static final long serialVersionUID = 1L;
        private final String written;

        ExponentTooLarge(JsonParser p, String written) {
            super(p, "exponent too large: " + written, p.currentTokenLocation());
            this.written = written;
        }
    }

    /**
     * The parser, with a number whose exponent no decimal holds refused as {@link ExponentTooLarge},
     * where Jackson's NumberFormatException ("Exponent overflow") ended the whole input without a row.
     * Given a list of refusals, it notes the number there instead and reads on (the number read as 0),
     * so that a value holding several responses (a Bundle) is read whole and only the response
     * holding the number is refused.
     */
    private static final class Exponents extends com.fasterxml.jackson.core.util.JsonParserDelegate {
        private final List<Refusal> refusals;
        private final java.util.function.ToLongFunction<com.fasterxml.jackson.core.JsonLocation> column;
        private final java.util.Map<String, Long> entryLines;
        private final java.util.Map<String, Long> itemLines;

        Exponents(JsonParser d) {
            this(d, null, null, null, null);
        }

        Exponents(JsonParser d, List<Refusal> refusals, java.util.function.ToLongFunction<com.fasterxml.jackson.core.JsonLocation> column,
                  java.util.Map<String, Long> entryLines) {
            this(d, refusals, column, entryLines, null);
        }

        Exponents(JsonParser d, List<Refusal> refusals, java.util.function.ToLongFunction<com.fasterxml.jackson.core.JsonLocation> column,
                  java.util.Map<String, Long> entryLines, java.util.Map<String, Long> itemLines) {
            super(d);
            this.itemLines = itemLines;
            this.refusals = refusals;
            this.column = column;
            this.entryLines = entryLines;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = super.nextToken();
            // a Bundle's /entry/N/resource is an object at depth 4: no pointer made for any other
            if (t == JsonToken.START_OBJECT && entryLines != null && getParsingContext().getNestingDepth() == 4) {
                // the line a Bundle's response starts on, for its row (a Bundle written over many lines starts on line 1)
                String at = getParsingContext().pathAsPointer().toString();
                if (ENTRY_RESOURCE.matcher(at).matches()) entryLines.put(at, (long) getTokenLocation().getLineNr());
            }
            if (t == JsonToken.START_OBJECT && itemLines != null) {
                // a FHIR item (an element of a list named item): its line, for an error row about its answer
                com.fasterxml.jackson.core.JsonStreamContext list = getParsingContext().getParent();
                if (list != null && list.inArray() && list.getParent() != null && "item".equals(list.getParent().getCurrentName())) {
                    itemLines.put(getParsingContext().pathAsPointer().toString(), (long) getTokenLocation().getLineNr());
                }
            }
            return t;
        }

        @Override
        public java.math.BigDecimal getDecimalValue() throws IOException {
            try {
                return super.getDecimalValue();
            } catch (NumberFormatException e) {
                ExponentTooLarge refused = new ExponentTooLarge(this, getText());
                if (refusals == null) throw refused;
                // the column now, in characters: the bytes it is counted from are not kept for long
                refusals.add(new Refusal(getParsingContext().pathAsPointer(), refused.getLocation().getLineNr(),
                        column.applyAsLong(refused.getLocation()), refused.written));
                return java.math.BigDecimal.ZERO;
            }
        }
    }

    /** A refused number: where it stands in the top-level value read, its line and column in characters, as written. */
    private record Refusal(com.fasterxml.jackson.core.JsonPointer pointer, long line, long column, String written) {
    }

    /** Where a resource in a Bundle read as one document stands: its pointer there. */
    private static final java.util.regex.Pattern ENTRY_RESOURCE = java.util.regex.Pattern.compile("/entry/[0-9]+/resource");

    /** The line each response of a Bundle read as one document starts on, by its pointer there. */
    private final java.util.Map<String, Long> entryLines = new java.util.HashMap<>();

    /**
     * The line each FHIR item ({@code …/item/N}) of the top-level value read as one document starts
     * on, by its pointer in the response's terms (in a Bundle from the Bundle, in an array from the
     * element): an error row about an answer there gives that line, where the row's own line is the
     * line the response starts on, lines above it in a document written over many lines.
     */
    private final java.util.Map<String, Long> itemLines = new java.util.HashMap<>();

    /** {@link #itemLines} of the top-level value read last, by the response they are in (its entry's pointer, "" for the value itself). */
    private java.util.Map<String, java.util.Map<String, Long>> responseItemLines = java.util.Map.of();

    /** The numbers refused while the current top-level value of a document or array was read. */
    private final List<Refusal> documentRefusals = new java.util.ArrayList<>();

    /**
     * The rows of a top-level value read whole ({@code refusals} its refused numbers, each
     * {@code pointer} relative to it): each value {@link Shape#expand} makes of it, where one holds
     * a refused number an error row for that number instead, so that a Bundle's other responses are
     * scored; a refused number none of them holds (a Bundle's own field) one error row more, before
     * them.
     */
    private List<Located> expand(JsonNode value, long line, List<Refusal> refusals, boolean lineOfValue) {
        List<Located> expanded = shape.expand(value, line);
        if (refusals.isEmpty()) return expanded;
        List<JsonNode> numbers = new java.util.ArrayList<>();
        for (Refusal refusal : refusals) numbers.add(value.at(refusal.pointer()));
        List<Located> located = new java.util.ArrayList<>();
        // a number no response holds (a Bundle's own "total", an entry giving no row): the value's own error row, first
        for (int i = 0; i < numbers.size(); i++) {
            JsonNode number = numbers.get(i);
            if (expanded.stream().noneMatch(one -> one.value() != null && holds(one.value(), number))) {
                Refusal refusal = refusals.get(i);
                Located refused = new Located(null, line);
                failed.put(refused, new Refused(lineOfValue ? line : refusal.line(), refusal.column(), refusal.written()));
                located.add(refused);
                break;
            }
        }
        for (Located one : expanded) {
            Refused first = null;
            for (int i = 0; i < numbers.size() && first == null; i++) {
                if (one.value() != null && holds(one.value(), numbers.get(i))) {
                    Refusal refusal = refusals.get(i);
                    first = new Refused(lineOfValue ? line : refusal.line(), refusal.column(), refusal.written());
                }
            }
            if (first == null) {
                located.add(one);
            } else {
                Located refused = new Located(null, one.line());
                failed.put(refused, first);
                located.add(refused);
            }
        }
        return located;
    }

    /** Whether {@code target} (that very node) stands in {@code tree}. */
    private static boolean holds(JsonNode tree, JsonNode target) {
        Deque<JsonNode> open = new ArrayDeque<>(List.of(tree));
        while (!open.isEmpty()) {
            JsonNode node = open.pop();
            if (node == target) return true;
            if (node.isContainerNode()) node.elements().forEachRemaining(open::push);
        }
        return false;
    }

    private Optional<JsonProcessingException> syntax = Optional.empty();
    /** The responses refused for a number whose exponent is too large, each its own error row. */
    private final java.util.Map<Located, Refused> failed = new java.util.IdentityHashMap<>();

    /** A refused number, its line and column in characters, and as written. */
    private record Refused(long line, long column, String written) {
    }

    /** The column, in characters, of the syntax error that ended the input. */
    private long syntaxColumn = 1;

    /** Whether the input holds any row. */
    public boolean hasRows() throws IOException {
        if (!pending.isEmpty()) return true;
        if (lines != null) {
            Optional<Lines.Line> line = nonBlank();
            line.ifPresent(l -> peeked = l);
            return line.isPresent();
        }
        fillFromDocument();
        return !pending.isEmpty();
    }

    private Lines.Line peeked;

    @Override
    public Optional<Row> next() throws IOException {
        // one value per line: a line may hold several responses (a Bundle), each its own row before the next line is read
        while (lines != null && pending.isEmpty()) {
            Lines.Line line = peeked != null ? peeked : nonBlank().orElse(null);
            peeked = null;
            if (line == null) return Optional.empty();
            if (line.tooLong()) {
                rows++;
                return broken(line.number(), "too-large", messages.get("import.line-too-long", String.valueOf(Mappers.MAX_DOCUMENT_BYTES)));
            }
            JsonNode value;
            List<Refusal> refusals = new java.util.ArrayList<>();
            byte[] content = line.content();
            // the parser counts bytes; an editor, and every message, characters (an umlaut before it is one)
            java.util.function.ToLongFunction<com.fasterxml.jackson.core.JsonLocation> column = at -> characterColumn(content, at);
            long second = 0;
            try (JsonParser p = new Exponents(LARGE.getFactory().createParser(content), refusals, column, null)) {
                value = LARGE.readTree(p);
                // whatever follows the value on its line: a second response (two written on one line) was dropped
                // without a row, and words after it ("} trailing") let through; now a value is one error row, and
                // words a syntax error row, as the batch's own JSON Lines refuses both
                if (p.nextToken() != null) second = column.applyAsLong(p.currentTokenLocation());
            } catch (JsonProcessingException e) {
                rows++;
                if (StrictUtf8.decode(line.content()) instanceof StrictUtf8.Malformed bad) {
                    // a line saved in Windows-1252: the parser's English 'Invalid UTF-8 start byte' would not say so
                    return broken(line.number(), "not-utf8", messages.get("import.not-utf8", String.valueOf(line.number()),
                            String.valueOf(bad.column()), StrictUtf8.hex(bad.value())));
                }
                // the parser read the line alone: a place its sentence names (where an object it misses the end of opened)
                // is in its line 1, counted in bytes
                long number = line.number();
                return broken(number, "syntax", messages.get("import.syntax",
                        String.valueOf(number), String.valueOf(e.getLocation() == null ? 1 : column.applyAsLong(e.getLocation())),
                        messages.parser(e, at -> at[0] != 1 ? at : new long[] {number, characterColumn(content, at[1])})));
            }
            if (second > 0) {
                rows++;
                return broken(line.number(), "trailing-content", messages.get("import.second-value",
                        String.valueOf(line.number()), String.valueOf(second)));
            }
            pending.addAll(expand(value, line.number(), refusals, true));
        }
        if (pending.isEmpty()) fillFromDocument();
        if (pending.isEmpty()) return Optional.empty();
        Located located = pending.poll();
        rows++;
        Refused refused = located.value() == null ? failed.remove(located) : null;
        if (refused != null) {
            return broken(located.line(), "wrong-kind", messages.get("import.exponent-too-large",
                    String.valueOf(refused.line()), String.valueOf(refused.column()), refused.written()));
        }
        if (located.value() == null) {
            JsonProcessingException e = syntax.orElseThrow();
            syntax = Optional.empty();
            String column = String.valueOf(syntaxColumn);
            java.util.regex.Matcher notUtf8 = NOT_UTF8.matcher(String.valueOf(e.getOriginalMessage()));
            if (notUtf8.lookingAt()) {
                return broken(located.line(), "not-utf8", messages.get("import.not-utf8-ends", String.valueOf(located.line()), column));
            }
            // a place the parser's sentence names (where the object it misses the end of opened) in characters, as the column
            return broken(located.line(), "syntax", messages.get("import.syntax-ends", String.valueOf(located.line()), column,
                    messages.parser(e, at -> new long[] {at[0], columns.column(at[0], at[1])})));
        }
        JsonNode value = located.value();
        String response = value.has("pointer") && value.has("resource") && value.size() == 2 ? value.get("pointer").asText() : "";
        java.util.Map<String, Long> items = responseItemLines.getOrDefault(response, java.util.Map.of());
        Converted converted = shape.convert(value, located.line());
        if (items.isEmpty()) return Optional.of(row(converted, located.line()));
        if (converted instanceof Converted.Failed failed) return Optional.of(row(new Converted.Failed(atItem(failed.error(), items)), located.line()));
        Converted.Document d = (Converted.Document) converted;
        // a finding of the engine about an answer, made when the row is scored: at its item's line too
        de.typwerk.applications.batch.ProblemPlaces places = d.places();
        return Optional.of(new Row.Document(rows, located.line(), Json.line(d.answers()),
                (first, line, more) -> atItem(places.error(first, line, more), items)));
    }

    /**
     * The lines of the items of a top-level value read as one document ({@code at} pointers into
     * it), by the response they are in: a Bundle entry's resource, or the value itself (""); in an
     * array (each element a value of its own), the index there left out, as the responses' own pointers leave it out.
     */
    private static java.util.Map<String, java.util.Map<String, Long>> byResponse(java.util.Map<String, Long> at, boolean inArray) {
        if (at.isEmpty()) return java.util.Map.of();
        java.util.Map<String, java.util.Map<String, Long>> grouped = new java.util.HashMap<>();
        at.forEach((pointer, line) -> {
            String own = inArray ? pointer.substring(Math.max(0, pointer.indexOf('/', 1))) : pointer;
            java.util.regex.Matcher entry = ENTRY_RESOURCE_PREFIX.matcher(own);
            String response = entry.lookingAt() ? entry.group() : "";
            grouped.computeIfAbsent(response, r -> new java.util.HashMap<>()).put(own, line);
        });
        return grouped;
    }

    /** A Bundle's entry's resource at the start of a pointer. */
    private static final java.util.regex.Pattern ENTRY_RESOURCE_PREFIX = java.util.regex.Pattern.compile("/entry/[0-9]+/resource(?=/)");

    /**
     * {@code error}, where it is about an answer in a response read as one document, at the line of
     * that answer's item ({@code items}, by pointer) rather than where the response starts.
     */
    private static RowError atItem(RowError error, java.util.Map<String, Long> items) {
        if (error.pointer().isEmpty()) return error;
        for (String at = error.pointer().get(); at.lastIndexOf('/') > 0; at = at.substring(0, at.lastIndexOf('/'))) {
            Long line = items.get(at);
            if (line != null) {
                return new RowError(error.code(), error.question(), error.column(), error.pointer(), line,
                        error.message(), error.more(), error.strategy(), error.plugin());
            }
        }
        return error;
    }

    /** The column of {@code at} on the line {@code content}, in characters, where the parser counts bytes. */
    private static long characterColumn(byte[] content, com.fasterxml.jackson.core.JsonLocation at) {
        return characterColumn(content, at.getColumnNr());
    }

    /** The column in characters of the byte column {@code byteColumn} (from 1) of {@code content}. */
    private static long characterColumn(byte[] content, long byteColumn) {
        String before = new String(content, 0, (int) Math.max(0, Math.min(byteColumn - 1, content.length)), StandardCharsets.UTF_8);
        return before.codePointCount(0, before.length()) + 1;
    }

    private Row row(Converted converted, long line) {
        if (converted instanceof Converted.Document d) return new Row.Document(rows, line, Json.line(d.answers()), d.places());
        return new Row.Broken(rows, line, ((Converted.Failed) converted).error());
    }

    /**
     * Reads top-level values until one gives a row: the values of a top-level array, or the value
     * itself, and after it whatever value follows (several documents one after another), so that
     * nothing in the input goes unread without a row.
     */
    private void fillFromDocument() throws IOException {
        if (parser == null || done) return;
        try {
            while (pending.isEmpty()) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    done = true;
                    return;
                }
                if (inArray ? token == JsonToken.END_ARRAY : token == JsonToken.START_ARRAY) {
                    inArray = !inArray;
                    continue;
                }
                long line = parser.currentTokenLocation().getLineNr();
                documentRefusals.clear();
                entryLines.clear();
                itemLines.clear();
                JsonNode value = LARGE.readTree(parser);
                responseItemLines = byResponse(itemLines, inArray);
                itemLines.clear();
                // a refused number is well-formed JSON: the response holding it is one error row, the others are scored
                List<Refusal> refusals = new java.util.ArrayList<>();
                for (Refusal refusal : documentRefusals) {
                    // in an array, the pointer starts with the value's index there
                    refusals.add(inArray ? new Refusal(refusal.pointer().tail(), refusal.line(), refusal.column(), refusal.written()) : refusal);
                }
                documentRefusals.clear();
                for (Located located : expand(value, line, refusals, false)) {
                    Long at = located.value() == null ? null : entryLines.get(located.value().path("pointer").asText());
                    pending.add(at == null ? located : new Located(located.value(), at));
                }
                entryLines.clear();
            }
        } catch (JsonProcessingException e) {
            pending.add(new Located(null, e.getLocation() == null ? 1 : e.getLocation().getLineNr()));
            syntax = Optional.of(e);
            syntaxColumn = e.getLocation() == null ? 1 : columns.column(e.getLocation());
            done = true;
        }
    }

    /** Where the first number whose exponent no decimal holds stands in {@code text}: line, column in characters, and as written. */
    record RefusedNumber(long line, long column, String written) {
    }

    /** The first number in {@code text} (one response) whose exponent no decimal holds, where it reads as JSON up to it. */
    static Optional<RefusedNumber> refusedNumber(byte[] text) {
        try {
            BufferedInputStream in = new BufferedInputStream(new java.io.ByteArrayInputStream(text));
            skipByteOrderMark(in);
            Columns columns = new Columns(in);
            try (JsonParser p = new Exponents(LARGE.getFactory().createParser(columns))) {
                for (JsonToken token = p.nextToken(); token != null; token = p.nextToken()) {
                    if (token != JsonToken.VALUE_NUMBER_FLOAT) continue;
                    try {
                        p.getDecimalValue();
                    } catch (ExponentTooLarge e) {
                        return Optional.of(new RefusedNumber(e.getLocation().getLineNr(), columns.column(e.getLocation()), e.written));
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The bytes the parser reads, remembered so that a column it counts in bytes can be told in
     * characters, as an editor and the per-line messages count them (an umlaut is one): the last
     * {@value #KEPT} bytes, and where the latest lines before them start.
     */
    private static final class Columns extends java.io.FilterInputStream {
        private static final int KEPT = 1 << 16;
        private final byte[] kept = new byte[KEPT];
        private long read;
        /** Line starts (offset, continuation bytes before it, line number), the oldest one before the kept bytes and all within them. */
        private final Deque<long[]> starts = new ArrayDeque<>(List.of(new long[] {0, 0, 1}));
        private long continuations;
        private long lineNumber = 1;
        private boolean afterReturn;

        Columns(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) take((byte) b);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            for (int i = 0; i < n; i++) take(b[off + i]);
            return n;
        }

        private void take(byte b) {
            kept[(int) (read % KEPT)] = b;
            read++;
            if ((b & 0xC0) == 0x80) continuations++;
            if (b == '\n' && afterReturn) {
                // \r\n ends one line, as the parser counts: the next starts after both
                long[] last = starts.getLast();
                last[0] = read;
                last[1] = continuations;
            } else if (b == '\n' || b == '\r') {
                starts.addLast(new long[] {read, continuations, ++lineNumber});
                // the oldest start stays while the next one is still within the kept bytes
                while (starts.size() > 1 && secondStart() <= read - KEPT) starts.removeFirst();
            }
            afterReturn = b == '\r';
        }

        /**
         * The column in characters of the byte column {@code byteColumn} on line {@code line} (as the
         * parser counts both); the byte column where that part of the line is no longer kept.
         */
        long column(long line, long byteColumn) {
            for (long[] start : starts) {
                if (start[2] != line) continue;
                long end = start[0] + byteColumn - 1;
                if (byteColumn < 1 || start[0] < read - KEPT || end > read) return byteColumn;
                long between = 0;
                for (long i = start[0]; i < end; i++) if ((kept[(int) (i % KEPT)] & 0xC0) == 0x80) between++;
                return byteColumn - between;
            }
            return byteColumn;
        }

        private long secondStart() {
            java.util.Iterator<long[]> each = starts.iterator();
            each.next();
            return each.next()[0];
        }

        /** The column of {@code at} in characters, where the parser counts bytes. */
        long column(com.fasterxml.jackson.core.JsonLocation at) {
            long bytes = at.getColumnNr();
            long offset = at.getByteOffset();
            long start = offset - (bytes - 1);
            if (offset < 0 || bytes < 1 || offset > read || offset < read - KEPT) return Math.max(1, bytes);
            long continuationsFrom = 0;
            for (long i = offset; i < read; i++) if ((kept[(int) (i % KEPT)] & 0xC0) == 0x80) continuationsFrom++;
            long atOffset = continuations - continuationsFrom;
            long atStart = -1;
            if (start >= read - KEPT) {
                long between = 0;
                for (long i = start; i < offset; i++) if ((kept[(int) (i % KEPT)] & 0xC0) == 0x80) between++;
                atStart = atOffset - between;
            } else {
                for (long[] line : starts) if (line[0] == start) atStart = line[1];
            }
            if (atStart < 0) return bytes;
            return bytes - (atOffset - atStart);
        }
    }

    private Optional<Lines.Line> nonBlank() throws IOException {
        Optional<Lines.Line> line = lines.next();
        while (line.isPresent() && line.get().blank()) line = lines.next();
        return line;
    }

    private Optional<Row> broken(long line, String code, String message) {
        return Optional.of(new Row.Broken(rows, line, RowError.ofRow(code, line, message)));
    }

    /**
     * One value per line: whether the next row is at hand (a response of a line read already, or
     * a whole line buffered or available), as the batch's own JSON Lines reader tells it, so that a
     * batch fed through a pipe or a streaming request writes the rows it has before it waits for
     * the next line, where it held each row back until the next had come. An array or a document
     * is read a value at a time by the parser, which cannot tell: always ready, as before.
     */
    @Override
    public boolean ready() throws IOException {
        if (!pending.isEmpty() || peeked != null || lines == null) return true;
        return lines.lineReady();
    }

    @Override
    public long bytesRead() {
        return counted.count();
    }

    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (!StrictUtf8.byteOrderMarkAt(head, 0, head.length)) in.reset();
    }
}
