package de.typwerk.engine.answers;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.definition.BinaryFiles;
import de.typwerk.engine.definition.CharacterColumns;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.definition.SourceMap;
import de.typwerk.engine.definition.StrictUtf8;
import de.typwerk.engine.definition.TextPosition;
import de.typwerk.engine.definition.YamlSlipPlace;
import de.typwerk.engine.definition.YamlSlips;
import de.typwerk.engine.i18n.Failures;
import de.typwerk.engine.i18n.ParserWords;
import de.typwerk.engine.i18n.Messages;
import java.io.CharConversionException;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads a YAML or JSON document token by token into a tree, noting the line and column of every
 * node, so that every later finding can point into the file. Duplicate keys are findings here,
 * not exceptions, so the message can name both lines. Never throws on bad input.
 */
final class TreeReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** YAML's numbers that are no numbers: not a number, and the infinities, in the spellings YAML knows. */
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
    /** A number with an exponent, as YAML writes one ({@code 1e999999999999}, {@code -2.5E-7}). */
    private static final Pattern EXPONENT = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)[eE][-+]?\\d+");

    /** Stops the walk at a value an answers file cannot hold, with the problem that says so. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Refused(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private final Mappers mappers;
    private final Messages messages;

    TreeReader(Mappers mappers, Messages messages) {
        this.mappers = mappers;
        this.messages = messages;
    }

    LocatedTree read(String source, byte[] content) {
        return read(source, content, true);
    }

    /**
     * @param locate whether to note where each node stands; without, every location is the
     *               source alone (line 0), which is enough for a document that turns out to have
     *               no problem and saves building a location for every node
     */
    LocatedTree read(String source, byte[] content, boolean locate) {
        Duplicates duplicates = new Duplicates();
        LocatedTree tree = read(source, content, locate, duplicates);
        if (duplicates.firstUnlisted == null) return tree;
        // the rest in one finding, after the last one named
        List<Problem> problems = new ArrayList<>(tree.problems());
        int after = 0;
        for (int i = 0; i < problems.size(); i++) if (problems.get(i).code().equals("duplicate-key")) after = i + 1;
        problems.add(after, Problem.error("duplicate-key", messages.get("answers.duplicates-unlisted",
                duplicates.count - MAX_DUPLICATES, MAX_DUPLICATES), duplicates.firstUnlisted));
        return new LocatedTree(tree.root(), tree.sourceMap(), problems, tree.located());
    }

    /**
     * How many keys written twice one document gets a finding each for: past them, the rest are
     * counted in one finding, so that a file (or a request body) of 100,000 copies of one key
     * costs neither 100,000 findings nor the memory and time to make and send them.
     */
    static final int MAX_DUPLICATES = 100;

    /** The keys written twice in one document: how many, and where the first not named on its own stands. */
    private static final class Duplicates {
        private int count;
        private Location firstUnlisted;
    }

    private LocatedTree read(String source, byte[] content, boolean locate, Duplicates duplicates) {
        CharacterColumns columns = new CharacterColumns(content);
        Map<String, Location> locations = new HashMap<>();
        // where a member's value stands, beside its key in locations: findings about the value point there
        Map<String, Location> values = locate ? new HashMap<>() : Map.of();
        List<Problem> problems = new ArrayList<>();
        SourceMap empty = SourceMap.empty(source);
        // a spreadsheet, a PDF or an archive passed by mistake: said as what it is, before its size or its first byte
        Optional<BinaryFiles.Found> binary = BinaryFiles.recognize(content);
        if (binary.isPresent()) {
            problems.add(Problem.error("not-utf8", binary.get().message(messages, "answers.binary"), new Location(source, 1, 1, "")));
            return new LocatedTree(Optional.empty(), empty, problems, locate);
        }
        if (content.length > Mappers.MAX_DOCUMENT_BYTES) {
            problems.add(Problem.error("too-large", messages.get("answers.too-large",
                    String.valueOf(content.length), String.valueOf(Mappers.MAX_DOCUMENT_BYTES)),
                    Location.source(source)));
            return new LocatedTree(Optional.empty(), empty, problems, locate);
        }
        // Jackson reads JSON in UTF-16 or UTF-32 as readily as UTF-8; answers are UTF-8, as YAML's
        // reading and every definition already hold them to
        Optional<StrictUtf8.OtherEncoding> other = StrictUtf8.otherEncoding(content);
        if (other.isPresent()) {
            problems.add(Problem.error("not-utf8", messages.get("answers.other-encoding", other.get().name(), other.get().mark()),
                    new Location(source, 1, 1, "")));
            return new LocatedTree(Optional.empty(), empty, problems, locate);
        }
        Optional<String> unmarked = StrictUtf8.unmarkedEncoding(content);
        if (unmarked.isPresent()) {
            problems.add(Problem.error("not-utf8", messages.get("answers.unmarked-encoding", unmarked.get()), new Location(source, 1, 1, "")));
            return new LocatedTree(Optional.empty(), empty, problems, locate);
        }
        ObjectMapper mapper = mappers.forDocument(source, content);
        String format = mapper == mappers.yaml() ? "YAML" : "JSON";
        try (JsonParser parser = mapper.getFactory().createParser(content)) {
            // duplicates are reported below with both lines; the parser would stop at the first
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            // a file of UTF-8's byte order mark alone (an empty file Notepad saved "as UTF-8") is empty as YAML reads it:
            // Jackson's JSON parser looks for the mark only where four bytes are, and would quote the mark it read as a character
            if (onlyByteOrderMark(content) || parser.nextToken() == null) {
                // an empty document is empty from its first line: 1:1, so compilers-style lines stay uniform
                problems.add(Problem.error("empty", messages.get("answers.empty"), new Location(source, 1, 1, "")));
                return new LocatedTree(Optional.empty(), empty, problems, locate);
            }
            JsonNode root;
            JsonToken after;
            try {
                root = new Walk(source, content, columns, parser, locate ? locations : null, values, problems, duplicates).value("");
                after = parser.nextToken();
            } catch (Refused e) {
                problems.add(e.problem);
                return new LocatedTree(Optional.empty(), new SourceMap(source, locations), problems, locate);
            } catch (StreamConstraintsException e) {
                // a read limit (nesting, a number's length): the parser knows where it stopped, the exception does not
                problems.add(Problem.error("syntax", messages.get("answers.syntax", format, Failures.parser(e, messages)),
                        location(source, Failures.stoppedAt(e, parser), "", columns)));
                return new LocatedTree(Optional.empty(), new SourceMap(source, locations), problems, locate);
            }
            if (after != null) {
                // a JSON object at the start of the next line: answers one per line (JSON Lines), the input of a batch
                com.fasterxml.jackson.core.JsonLocation next = parser.currentTokenLocation();
                boolean perLine = format.equals("JSON") && after == JsonToken.START_OBJECT && root.isObject()
                        && next.getColumnNr() == 1 && next.getLineNr() > 1;
                problems.add(Problem.error("trailing-content", messages.get("answers.trailing")
                                + (perLine ? " " + messages.get("answers.hint.json-lines") : ""),
                        location(source, next, "", columns)));
                return new LocatedTree(Optional.empty(), new SourceMap(source, locations), problems, locate);
            }
            return new LocatedTree(Optional.of(root), new SourceMap(source, locations, values), problems, locate);
        } catch (JsonEOFException e) {
            problems.add(Problem.error("truncated", messages.get("answers.truncated", format), location(source, e.getLocation(), "", columns)));
        } catch (StreamReadException e) {
            Optional<Problem> encoding = notUtf8(source, content, e);
            if (encoding.isPresent()) {
                problems.add(encoding.get());
                return new LocatedTree(Optional.empty(), new SourceMap(source, locations), problems, locate);
            }
            Optional<Problem> control = controlCharacter(source, content, e);
            if (control.isPresent()) {
                problems.add(control.get());
                return new LocatedTree(Optional.empty(), new SourceMap(source, locations), problems, locate);
            }
            String detail = detail(e);
            String lower = detail.toLowerCase(Locale.ROOT);
            boolean truncated = lower.contains("<stream end>") || lower.contains("end of the stream")
                    || String.valueOf(e.getOriginalMessage()).contains("end-of-input") || cutOffInText(e, content);
            problems.add(truncated
                    ? Problem.error("truncated", messages.get("answers.truncated", format), location(source, e.getLocation(), "", columns))
                    : Problem.error("syntax", messages.get("answers.syntax", format, quoteClosedLater(content, e)
                            .or(() -> ParserWords.unquotedKey(firstLine(e.getOriginalMessage()), following(content, e.getLocation()), messages))
                                    .orElse(ParserWords.say(detail, messages))),
                            syntaxLocation(source, content, e, columns)));
        } catch (IOException | RuntimeException e) {
            // a reader must not throw, whatever the bytes; whatever broke is named, without a trace
            Optional<Problem> encoding = notUtf8(source, content, e);
            if (encoding.isPresent()) {
                problems.add(encoding.get());
                return new LocatedTree(Optional.empty(), new SourceMap(source, locations), problems, locate);
            }
            problems.add(Problem.error("unreadable", messages.get("answers.unreadable", firstLine(String.valueOf(e.getMessage()))),
                    Location.source(source)));
        }
        return new LocatedTree(Optional.empty(), new SourceMap(source, locations), problems, locate);
    }

    private static boolean onlyByteOrderMark(byte[] content) {
        return content.length == 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF;
    }

    /**
     * When the parser failed on bytes that are not UTF-8 (Jackson's "Invalid UTF-8 middle byte",
     * SnakeYAML's CharConversionException): the first bad byte, in words and at its line and
     * column, as for a definition. Asked only after a failure, so good input is never decoded twice.
     */
    private Optional<Problem> notUtf8(String source, byte[] content, Exception e) {
        boolean encoding = false;
        for (Throwable t = e; t != null && !encoding; t = t.getCause() == t ? null : t.getCause()) {
            encoding = t instanceof CharConversionException
                    || (t.getMessage() != null && t.getMessage().contains("Invalid UTF-8"));
        }
        // (a byte order mark of UTF-16 or UTF-32 never gets here: read refuses it before parsing). Outside a
        // text Jackson reads a byte that is no UTF-8 as a character of Latin-1 ("Unexpected character ('ÿ'
        // (code 255))"): a bad byte at or before where the parser stopped is what stopped it there too
        long stopped = e instanceof StreamReadException r && r.getLocation() != null ? r.getLocation().getByteOffset() : -1;
        if (!(StrictUtf8.decode(content) instanceof StrictUtf8.Malformed m)) return Optional.empty();
        if (!encoding && (stopped < 0 || m.offset() > stopped)) return Optional.empty();
        return Optional.of(Problem.error("not-utf8", messages.get("answers.not-utf8", StrictUtf8.hex(m.value())),
                new Location(source, m.line(), m.column(), "")));
    }

    /**
     * A control character YAML does not allow (SnakeYAML's ReaderException, which carries no line):
     * named by its code point at its line and column, as a definition's is, not at 1:1.
     */
    private Optional<Problem> controlCharacter(String source, byte[] content, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ReaderException r) {
                // the position counts code points after a byte order mark, which the YAML reader skips
                String text = StrictUtf8.withoutByteOrderMark(new String(content, java.nio.charset.StandardCharsets.UTF_8));
                TextPosition at = TextPosition.ofCodePoint(text, r.getPosition());
                return Optional.of(Problem.error("syntax", messages.get("answers.control-character",
                        String.format(Locale.ROOT, "U+%04X", r.getCodePoint())), new Location(source, at.line(), at.column(), "")));
            }
        }
        return Optional.empty();
    }

    /** The text of {@code content} from the character before where the parser stopped on (a little of it: a key's length). */
    private static String following(byte[] content, JsonLocation at) {
        if (at == null || at.getByteOffset() < 1 || at.getByteOffset() > content.length) return "";
        int from = (int) at.getByteOffset() - 1;
        return new String(content, from, Math.min(content.length - from, 256), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Whether JSON ends inside a text with only the file's last line break (or white space) after
     * where it was cut off: Jackson takes that line break for a control character in the text,
     * where the file is cut off, as it is said where no line break follows.
     */
    private static boolean cutOffInText(StreamReadException e, byte[] content) {
        if (!de.typwerk.engine.i18n.ParserWords.lineBreakInText(e.getOriginalMessage())) return false;
        long offset = e.getLocation() == null ? -1 : e.getLocation().getByteOffset();
        if (offset < 0 || offset >= content.length) return false;
        for (long i = offset; i < content.length; i++) {
            byte b = content[(int) i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') return false;
        }
        return true;
    }

    /**
     * Where YAML that SnakeYAML refused must be looked at, as a definition's is ({@link YamlSlipPlace}):
     * a tab at the tab, not at the end of the line before, where Jackson's last token ended, and a
     * bracket left open at the end of the line it is missing from; the rest (and JSON) where Jackson stopped.
     */
    private static Location syntaxLocation(String source, byte[] content, StreamReadException e, CharacterColumns columns) {
        if (e.getCause() instanceof MarkedYAMLException m) {
            java.util.Optional<TextPosition> place = YamlSlipPlace.beyondToken(m,
                    StrictUtf8.withoutByteOrderMark(new String(content, java.nio.charset.StandardCharsets.UTF_8)));
            if (place.isPresent()) return new Location(source, place.get().line(), place.get().column(), "");
        }
        return location(source, Failures.syntaxAt(e), "", columns);
    }

    /**
     * A quote opened on one line and closed only by the first quote of its kind lines below, after
     * which SnakeYAML stopped ({@link YamlSlipPlace#quoteClosedLater}): said as that, at the opening
     * quote, where SnakeYAML's sentence (the indentation does not match) spoke of the line below.
     */
    private Optional<String> quoteClosedLater(byte[] content, StreamReadException e) {
        if (!(e.getCause() instanceof MarkedYAMLException m)) return Optional.empty();
        return YamlSlipPlace.quoteClosedLater(m, StrictUtf8.withoutByteOrderMark(new String(content, java.nio.charset.StandardCharsets.UTF_8)))
                .map(q -> messages.get("syntax.yaml.quote-closed-later", String.valueOf(q.closed().line()), String.valueOf(q.closed().column())));
    }

    private static Location location(String source, JsonLocation at, String pointer, CharacterColumns columns) {
        if (at == null) return new Location(source, 0, 0, pointer);
        return new Location(source, Math.max(0, at.getLineNr()), columns.column(at), pointer);
    }

    /** The parser's reason in one line; SnakeYAML's own words when it is YAML that failed ({@link ParserWords} says them for the reader). */
    private String detail(StreamReadException e) {
        if (e.getCause() instanceof MarkedYAMLException m) {
            String context = m.getContext() == null ? "" : m.getContext().strip() + ": ";
            return firstLine(context + (m.getProblem() == null ? "" : m.getProblem()));
        }
        return Failures.parser(e, messages);
    }

    private static String firstLine(String text) {
        if (text == null) return "";
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }

    /** One pass over the tokens of one document. */
    private final class Walk {

        private final String source;
        private final byte[] content;
        private final JsonParser parser;
        /** Null when not locating: then no pointer is built either. */
        private final Map<String, Location> locations;
        private final Map<String, Location> values;
        private final List<Problem> problems;
        private final Duplicates duplicates;
        private final CharacterColumns columns;
        /** The YAML anchors (&name) of lists and mappings met so far, with their line. */
        private final Map<String, Integer> anchors = new HashMap<>();

        Walk(String source, byte[] content, CharacterColumns columns, JsonParser parser, Map<String, Location> locations,
             Map<String, Location> values, List<Problem> problems, Duplicates duplicates) {
            this.source = source;
            this.duplicates = duplicates;
            this.content = content;
            this.columns = columns;
            this.parser = parser;
            this.locations = locations;
            this.values = values;
            this.problems = problems;
        }

        /** The value at the current token; its location is recorded, as the member's unless a key already placed it. */
        JsonNode value(String pointer) throws IOException {
            if (locations != null) {
                Location at = location(source, parser.currentTokenLocation(), pointer, columns);
                if (locations.putIfAbsent(pointer, at) != null) values.put(pointer, at);
            }
            JsonToken token = parser.currentToken();
            if (parser instanceof YAMLParser yaml) {
                anchorOrAlias(yaml, pointer);
                tag(yaml, pointer);
            }
            switch (token) {
                case START_OBJECT:
                    return object(pointer);
                case START_ARRAY:
                    return array(pointer);
                case VALUE_STRING:
                    return NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    return integer();
                case VALUE_NUMBER_FLOAT:
                    return decimal();
                case VALUE_TRUE:
                    return bool(true);
                case VALUE_FALSE:
                    return bool(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    // e.g. YAML binary: not a value an answers file has
                    return NODES.textNode(parser.getText() == null ? "" : parser.getText());
            }
        }

        /**
         * Notes an anchor ({@code &name}); refuses an alias ({@code *name}), which the parser hands
         * over as a text of the anchor's name: {@code art: *n} would be read as the answer "n".
         * An answers file is written by a tool or by hand, one value per question: it has no use
         * for aliases, and an alias expanded would let a small file grow.
         */
        private void anchorOrAlias(YAMLParser yaml, String pointer) throws IOException {
            if (yaml.isCurrentAlias()) {
                String name = yaml.getText();
                JsonLocation at = parser.currentTokenLocation();
                Integer line = anchors.containsKey(name) ? anchors.get(name) : anchorLine(name, at.getLineNr(), at.getColumnNr());
                String message = line == null ? messages.get("answers.alias-unknown", name)
                        : messages.get("answers.alias", name, String.valueOf(line));
                throw new Refused(Problem.error("alias", message, location(source, at, pointer, columns)));
            }
            Object anchor = yaml.getObjectId();
            if (anchor != null) anchors.putIfAbsent(anchor.toString(), parser.currentTokenLocation().getLineNr());
        }

        /**
         * Refuses a YAML tag other than YAML's own for what the value already is ({@code !!str},
         * {@code !!int}, …): {@code fokus: !foo 3} would be read as the text "3" and refused as a
         * number in quotes, where there are none, and {@code !!binary} as its letters.
         */
        private void tag(YAMLParser yaml, String pointer) throws IOException {
            Optional<String> written = YamlSlips.foreignTag(yaml.getTypeId());
            if (written.isPresent()) {
                throw new Refused(Problem.error("tag", messages.get("answers.tag", written.get()),
                        location(source, parser.currentTokenLocation(), pointer, columns)));
            }
        }

        /**
         * The line of the last {@code &name} before line {@code line}, column {@code column}, or
         * null: the parser names the anchors of lists and mappings only, not those of single
         * values, so these are looked for in the text, once an alias has been found.
         */
        private Integer anchorLine(String name, int line, int column) {
            Pattern anchor = Pattern.compile("&" + Pattern.quote(name) + "(?=[\\s,\\]}]|$)");
            List<String> lines = new String(content, java.nio.charset.StandardCharsets.UTF_8).lines().limit(Math.max(0, line)).toList();
            for (int i = lines.size() - 1; i >= 0; i--) {
                String text = i == line - 1 ? lines.get(i).substring(0, Math.min(lines.get(i).length(), Math.max(0, column - 1))) : lines.get(i);
                if (anchor.matcher(text).find()) return i + 1;
            }
            return null;
        }

        private JsonNode object(String pointer) throws IOException {
            ObjectNode node = NODES.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String child = locations == null ? "" : pointer + LocatedTree.segment(name);
                Location keyAt = locations == null ? Location.source(source) : location(source, parser.currentTokenLocation(), child, columns);
                parser.nextToken();
                if (node.has(name) && ++duplicates.count > MAX_DUPLICATES) {
                    if (duplicates.firstUnlisted == null) duplicates.firstUnlisted = keyAt;
                    parser.skipChildren();
                    continue;
                }
                if (node.has(name)) {
                    Location first = locations == null ? null : locations.get(child);
                    String key = pointer.equals("/answers") ? "answers.duplicate-answer" : "answers.duplicate-key";
                    // on one line (a JSON Lines row, a file written without breaks) the line says nothing: the column does
                    boolean sameLine = first != null && first.line() == keyAt.line();
                    problems.add(Problem.error("duplicate-key", sameLine
                            ? messages.get(key + "-same-line", name, String.valueOf(first.column()))
                            : messages.get(key, name, String.valueOf(first == null ? 0 : first.line())), keyAt));
                    parser.skipChildren();
                    continue;
                }
                // a member is placed where its key stands: that is the line a reader looks for
                if (locations != null) locations.put(child, keyAt);
                node.set(name, value(child));
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) throw new JsonEOFException(parser, null, "end-of-input");
            return node;
        }

        private JsonNode array(String pointer) throws IOException {
            ArrayNode node = NODES.arrayNode();
            int index = 0;
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                if (t == null) throw new JsonEOFException(parser, null, "end-of-input");
                node.add(value(locations == null ? "" : pointer + "/" + index));
                index++;
            }
            return node;
        }

        /** A boolean, with the word written where it is not true or false (YAML's no, yes, on, off). */
        private JsonNode bool(boolean value) throws IOException {
            String text = parser instanceof YAMLParser ? parser.getText() : null;
            if (text == null || text.equalsIgnoreCase(String.valueOf(value))) return NODES.booleanNode(value);
            return new WrittenBoolean(value, text);
        }

        private JsonNode integer() throws IOException {
            // YAML 1.1 reads 010 as the octal number 8: kept as written, for the question's check to
            // say so (an AGS such as 01001000 is then the text it is, as 08436000 is read anyway); so is a
            // number in another base (0x10, 0b101), which YAML 1.1 reads as 16 and 5 and YAML 1.2's 0o17 not
            // at all: refused alike, with its decimal value, as JSON and CSV refuse them
            if (parser instanceof YAMLParser && (YamlSlips.octal(parser.getText()) || YamlSlips.otherBase(parser.getText()).isPresent())) {
                return NODES.textNode(parser.getText());
            }
            JsonParser.NumberType type = parser.getNumberType();
            String text = parser.getText();
            if (type == JsonParser.NumberType.INT) return whole(parser.getIntValue(), text);
            if (type == JsonParser.NumberType.LONG && parser.getLongValue() != Long.MIN_VALUE) {
                return whole(parser.getLongValue(), text);
            }
            BigInteger value = parser.getBigIntegerValue();
            if (value.bitLength() < 63) return whole(value.longValue(), text);
            return kept(text, de.typwerk.engine.report.Decimals.written(new java.math.BigDecimal(value).stripTrailingZeros())) ? new WrittenNumber.Big(value, text) : NODES.numberNode(value);
        }

        /** A whole number, with how it was written where that is not how it prints ({@code -0}, {@code +5}). */
        private JsonNode whole(long value, String text) {
            return kept(text, Long.toString(value)) ? new WrittenNumber.Small(value, text) : NODES.numberNode(value);
        }

        /** Whether the written {@code text} is worth keeping: other than {@code printed}, and short. */
        private boolean kept(String text, String printed) {
            return text != null && !text.equals(printed) && text.length() <= WrittenNumber.MAX_WRITTEN;
        }

        private JsonNode decimal() throws IOException {
            // YAML's .nan and .inf have no decimal form (the parser calls them malformed): kept as
            // what they are, for the question's check to refuse with what it expects
            String text = parser.getText();
            if (text != null && NOT_FINITE.matcher(text).matches()) {
                String lower = text.toLowerCase(Locale.ROOT);
                return NODES.numberNode(lower.endsWith("nan") ? Double.NaN
                        : lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            }
            try {
                java.math.BigDecimal value = parser.getDecimalValue();
                return kept(text, de.typwerk.engine.report.Decimals.written(value))
                        ? new WrittenNumber.Decimal(value, text) : NODES.numberNode(value);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // YAML's parser calls such a number malformed, at the end of its line: named as written at its place instead
                if (parser instanceof YAMLParser && text != null && EXPONENT.matcher(text).matches()) return new WrittenNumber.Unreadable(text);
                throw e;
            } catch (NumberFormatException e) {
                // an exponent beyond any decimal (1e2147483648, 1e-2147483649): as a double it would be
                // infinity, named .inf, or 0, named 0.0 and, in a range from 0, refused as out of it
                if (text != null) return new WrittenNumber.Unreadable(text);
                return NODES.numberNode(parser.getDoubleValue());
            }
        }
    }
}
