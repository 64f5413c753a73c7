package de.typwerk.engine.definition;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.i18n.Failures;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.i18n.ParserWords;
import de.typwerk.engine.i18n.WrittenNumbers;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * The first pass over a document: builds its tree and records where every node stands, so that
 * later problems can name line and column. It also enforces what the parser alone does not:
 * exact locations for too deep nesting and duplicate keys, YAML aliases expanded within limits
 * (Jackson hands them over unexpanded, as the anchor's name), one document per file, and no
 * {@code null} values: a key without a value is refused, not read as absent.
 */
final class DocumentTree {

    /** At most this many characters of a number too large to hold are quoted in the message. */
    private static final int WRITTEN = 40;
    /** YAML's numbers that are no numbers: not a number, and the infinities, in the spellings YAML knows. */
    private static final java.util.regex.Pattern NOT_FINITE = java.util.regex.Pattern.compile("[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

    /**
     * The tree, if the document could be read, where its nodes stand, and what went wrong; with the
     * tree, the warnings of reading it (a number no double keeps as written).
     */
    record Outcome(Optional<JsonNode> root, SourceMap sourceMap, Optional<Problem> problem, List<Problem> warnings) {

        Outcome(Optional<JsonNode> root, SourceMap sourceMap, Optional<Problem> problem) {
            this(root, sourceMap, problem, List.of());
        }
    }

    /**
     * Where a whole number keeps its digits whatever it is bound to: a strategy's parameters, which
     * its own record may read into a {@code long} or a {@code BigInteger}; everywhere else in a
     * definition a number is a double.
     */
    private static final java.util.regex.Pattern STRATEGY_PARAMETERS =
            java.util.regex.Pattern.compile("^(/overlay)?/scoring/(parameters|alternatives)(/.*)?$");

    /** Raised inside the pass to stop at the first problem; never leaves this class. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Stop(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    private final JsonFactory factory;
    private final boolean yaml;
    private final String source;
    private final Messages messages;

    /**
     * @param base the factory of the engine's mapper; this pass uses a copy that lets one more
     *             level of nesting and duplicate keys through, so that it can report both itself,
     *             at the exact place
     */
    DocumentTree(JsonFactory base, String source, Messages messages) {
        this.yaml = base instanceof YAMLFactory;
        this.source = source;
        this.messages = messages;
        var limits = base.streamReadConstraints().rebuild().maxNestingDepth(Mappers.MAX_DEPTH + 1).build();
        this.factory = yaml
                ? ((YAMLFactory) base).rebuild().loaderOptions(Mappers.loaderOptions()).streamReadConstraints(limits)
                        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                        // "key:" with nothing after it is null in YAML, not an empty text
                        .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build()
                : base.rebuild().streamReadConstraints(limits)
                        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    }

    Outcome parse(String text) {
        Pass pass = new Pass(text);
        try (JsonParser parser = factory.createParser(text)) {
            pass.parser = parser;
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Outcome(Optional.empty(), SourceMap.empty(source),
                        Optional.of(Problem.error("empty", messages.get("definition.empty.noContent"), Location.source(source))));
            }
            JsonNode root = pass.value(0);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                throw new Stop(problem("syntax", yaml ? documentStart(text, pass.tokenLocation()) : pass.tokenLocation(), "",
                        messages.get(yaml ? "definition.syntax.secondDocument" : "definition.syntax.trailing")));
            }
            if (root == null) {
                throw new Stop(Problem.error("empty", messages.get("definition.empty.noContent"), Location.source(source)));
            }
            return new Outcome(Optional.of(root), pass.sourceMap(), Optional.empty(), List.copyOf(pass.inexact));
        } catch (Stop stop) {
            return new Outcome(Optional.empty(), pass.sourceMap(), Optional.of(stop.problem));
        } catch (StreamConstraintsException e) {
            return new Outcome(Optional.empty(), pass.sourceMap(), Optional.of(limitExceeded(e, pass)));
        } catch (JsonProcessingException e) {
            return new Outcome(Optional.empty(), pass.sourceMap(), Optional.of(syntaxError(e, pass, text)));
        } catch (IOException | RuntimeException e) {
            // SnakeYAML and number parsing may throw unchecked exceptions on odd input
            return new Outcome(Optional.empty(), pass.sourceMap(), Optional.of(problem("syntax", pass.here(), "",
                    messages.get(syntaxKey(), firstLine(e.getMessage())))));
        }
    }

    private Problem limitExceeded(StreamConstraintsException e, Pass pass) {
        String detail = firstLine(e.getMessage());
        if (detail.contains("nesting depth")) {
            return problem("too-deep", pass.here(), pass.lastPointer, messages.get("definition.tooDeep", Mappers.MAX_DEPTH));
        }
        // where the parser stopped: a JSON parser reads a member's value with its key, before the
        // pass sees the key's token; the limit in words of the reader's language ("a number of
        // 1001 digits (at most 1000)"), not Jackson's sentence
        JsonLocation stopped = pass.parser == null ? e.getLocation() : Failures.stoppedAt(e, pass.parser);
        Location at = stopped == null || stopped.getLineNr() < 1 ? pass.here()
                : new Location(source, stopped.getLineNr(), Math.max(0, stopped.getColumnNr()), "");
        return problem("too-large", at, pass.lastPointer, messages.get("definition.limit", Failures.parser(e, messages)));
    }

    private Problem syntaxError(JsonProcessingException e, Pass pass, String text) {
        int line = 0;
        int column = 0;
        String detail = firstLine(e.getOriginalMessage());
        java.util.Optional<String> quoteClosedLater = java.util.Optional.empty();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                TextPosition place = YamlSlipPlace.of(m, text);
                if (place != null) {
                    line = place.line();
                    column = place.column();
                }
                detail = firstLine(m.getProblem() != null ? m.getProblem() : m.getContext());
                quoteClosedLater = YamlSlipPlace.quoteClosedLater(m, text).map(q -> messages.get("syntax.yaml.quote-closed-later",
                        String.valueOf(q.closed().line()), String.valueOf(q.closed().column())));
                break;
            }
            if (t instanceof ReaderException r) {
                TextPosition at = TextPosition.ofCodePoint(text, r.getPosition());
                line = at.line();
                column = at.column();
                // "special characters are not allowed": which one, in the reader's words
                detail = messages.get("syntax.yaml.control", String.format(Locale.ROOT, "U+%04X", r.getCodePoint()));
                break;
            }
        }
        if (line == 0) {
            JsonLocation l = Failures.syntaxAt(e);
            Location at = l == null ? pass.here() : new Location(source, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()), "");
            line = at.line();
            column = at.column();
        }
        JsonLocation stopped = e.getLocation();
        long offset = stopped == null ? -1 : stopped.getCharOffset();
        String following = offset < 1 || offset > text.length() ? "" : text.substring((int) offset - 1, (int) Math.min(text.length(), offset + 255));
        String said = detail;
        return problem("syntax", new Location(source, line, column, ""), pass.lastPointer,
                messages.get(syntaxKey(), quoteClosedLater.or(() -> ParserWords.unquotedKey(said, following, messages))
                        .orElse(ParserWords.say(said, messages))));
    }

    /**
     * Where a second YAML document starts: its {@code ---} line, the nearest one above its first
     * content, where the user must look (not the content line below, nor the comments between).
     */
    private Location documentStart(String text, Location content) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = Math.min(content.line(), lines.length) - 1; i >= 0; i--) {
            if (lines[i].equals("---") || lines[i].startsWith("--- ") || lines[i].startsWith("---\t")) {
                return new Location(source, i + 1, 1, "");
            }
        }
        return content;
    }

    private static String firstLine(String message) {
        if (message == null) return "";
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    private Problem problem(String code, Location at, String pointer, String message) {
        return Problem.error(code, message, new Location(source, at.line(), at.column(), pointer));
    }

    /** The state of one pass over one document. */
    private final class Pass {

        private final Map<String, Location> locations = new HashMap<>();
        /** Where the value of a member stands, which {@link #locations} places at its key. */
        private final Map<String, Location> values = new HashMap<>();
        private final Map<String, JsonNode> anchors = new HashMap<>();
        private final Map<String, Integer> anchorSizes = new HashMap<>();
        /** The anchors of the lists and mappings being read: an alias to one of them stands inside what it names. */
        private final java.util.Set<String> open = new java.util.HashSet<>();
        private JsonParser parser;
        /** Numbers written with more digits than a double keeps: a warning each. */
        private final List<Problem> inexact = new ArrayList<>();
        private int aliases;
        private long expanded;
        private String lastPointer = "";
        private Location lastLocation;

        Pass(String text) {
            this.lastLocation = new Location(source, text.isEmpty() ? 0 : 1, text.isEmpty() ? 0 : 1, "");
        }

        SourceMap sourceMap() {
            return new SourceMap(source, locations, values);
        }

        /** Where the parser stands: the last token it gave. */
        Location here() {
            return lastLocation;
        }

        private Location tokenLocation() {
            JsonLocation l = parser.currentTokenLocation();
            Location at = new Location(source, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()), "");
            lastLocation = at;
            return at;
        }

        /** Reads the value at the current token; {@code null} for an explicit null. */
        JsonNode value(int depth) throws IOException {
            // at a container's start token the parser's context is already the new container's,
            // whose path is still the container's own
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            JsonToken token = parser.currentToken();
            lastPointer = pointer;
            Location at = tokenLocation();
            if (locations.putIfAbsent(pointer, at) != null) values.put(pointer, at);
            tag(pointer, at);
            String anchor = parser.canReadObjectId() ? asString(parser.getObjectId()) : null;
            boolean alias = isAlias();
            boolean opened = anchor != null && !alias && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && open.add(anchor);
            JsonNode node = switch (token) {
                case START_OBJECT -> object(depth + 1, pointer, at);
                case START_ARRAY -> array(depth + 1, pointer, at);
                case VALUE_STRING -> alias ? alias(parser.getText(), pointer, at) : JsonNodeFactory.instance.textNode(parser.getText());
                case VALUE_NUMBER_INT -> integer(pointer, at);
                case VALUE_NUMBER_FLOAT -> decimal(pointer, at);
                case VALUE_TRUE -> JsonNodeFactory.instance.booleanNode(true);
                case VALUE_FALSE -> JsonNodeFactory.instance.booleanNode(false);
                case VALUE_NULL -> null;
                default -> throw new Stop(problem("unsupported-value", at, pointer, messages.get("definition.unsupportedValue")));
            };
            if (opened) open.remove(anchor);
            if (anchor != null && !alias) {
                anchors.put(anchor, node == null ? JsonNodeFactory.instance.nullNode() : node);
                anchorSizes.put(anchor, size(node));
            }
            return node;
        }

        private JsonNode integer(String pointer, Location at) throws IOException {
            // YAML 1.1 reads 010 as the octal number 8, which is never what an author meant by it
            if (parser instanceof YAMLParser && YamlSlips.octal(parser.getText())) {
                String digits = YamlSlips.decimal(parser.getText());
                throw new Stop(problem("wrong-type", at, pointer, messages.get("definition.leadingZero", parser.getText(), digits)));
            }
            // so does 0x10 as 16 and 0b101 as 5, which an answers file refuses: a bound of 0x10 was 16 without a word
            Optional<YamlSlips.OtherBase> based = parser instanceof YAMLParser ? YamlSlips.otherBase(parser.getText()) : Optional.empty();
            if (based.isPresent()) {
                throw new Stop(problem("wrong-type", at, pointer, messages.get("definition.otherBase", parser.getText(), based.get().value().toString())));
            }
            JsonNode node = switch (parser.getNumberType()) {
                case INT -> JsonNodeFactory.instance.numberNode(parser.getIntValue());
                case LONG -> JsonNodeFactory.instance.numberNode(parser.getLongValue());
                default -> big(parser.getBigIntegerValue(), pointer, at);
            };
            if (!STRATEGY_PARAMETERS.matcher(pointer).matches()) {
                // kept where the shortest decimal of the double is what was written, as for a decimal below:
                // that decimal is what every message, export and answer check takes as the number
                BigInteger written = node.bigIntegerValue();
                double read = written.doubleValue();
                if (new BigDecimal(written).compareTo(BigDecimal.valueOf(read)) != 0) inexact(parser.getText(), read, pointer, at);
            }
            return node;
        }

        /**
         * A number a double does not keep as written (more than about 16 significant digits, such as
         * a bound of 12345678901234567890): read as the nearest double, which the author did not write
         * and no message would name, so {@code typwerk validate} warns of it, naming what it is read as.
         */
        private void inexact(String written, double read, String pointer, Location at) {
            String text = written.length() <= WRITTEN ? written : written.substring(0, WRITTEN - 1) + "…";
            inexact.add(Problem.warning("inexact-number", messages.get("definition.inexactNumber", text, WrittenNumbers.of(read)),
                    new Location(source, at.line(), at.column(), pointer)));
        }

        /**
         * A whole number beyond a long, refused where no double holds it: a bound of 309 nines was
         * read as infinite, and typwerk show, take and the answers template asked for a whole number
         * "from -Infinity to Infinity", as 1e309 written with an exponent is refused as not finite.
         */
        private JsonNode big(BigInteger value, String pointer, Location at) {
            if (Double.isInfinite(value.doubleValue())) {
                String text = value.toString();
                int digits = text.length() - (value.signum() < 0 ? 1 : 0);
                String written = text.length() <= WRITTEN ? text : text.substring(0, WRITTEN - 1) + "…";
                throw new Stop(problem("wrong-type", at, pointer, messages.get("definition.beyondDouble", written, digits,
                        WrittenNumbers.of(-Double.MAX_VALUE), WrittenNumbers.of(Double.MAX_VALUE))));
            }
            return JsonNodeFactory.instance.numberNode(value);
        }

        private JsonNode decimal(String pointer, Location at) throws IOException {
            // YAML's .inf and .nan, which its parser calls malformed when asked for their value ("Malformed numeric
            // value '.inf'", in English and at the end of the line): refused as written, at their place
            if (parser instanceof YAMLParser && NOT_FINITE.matcher(String.valueOf(parser.getText())).matches()) {
                throw new Stop(problem("wrong-type", at, pointer, messages.get("definition.notFinite", parser.getText())));
            }
            double d = parser.getDoubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new Stop(problem("wrong-type", at, pointer, messages.get("definition.notFinite", parser.getText())));
            }
            // a decimal is a double wherever it stands, a strategy's parameters too
            String text = parser.getText();
            written(text).filter(w -> w.compareTo(BigDecimal.valueOf(d)) != 0).ifPresent(w -> inexact(text, d, pointer, at));
            return JsonNodeFactory.instance.numberNode(d);
        }

        /** A number's text as a decimal, where it is one as Java writes it (YAML's {@code 1_000.5} is not). */
        private static Optional<BigDecimal> written(String text) {
            try {
                return Optional.of(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        /**
         * Refuses a YAML tag other than YAML's own for what the value already is ({@code !!str},
         * {@code !!int}, …): {@code version: !foo 1.0.0} would be read as if it were not there.
         */
        private void tag(String pointer, Location at) throws IOException {
            Optional<String> written = YamlSlips.foreignTag(parser instanceof YAMLParser y ? y.getTypeId() : null);
            if (written.isPresent()) throw new Stop(problem("unsupported-value", at, pointer, messages.get("definition.tag", written.get())));
        }

        private boolean isAlias() {
            return parser instanceof YAMLParser y && y.isCurrentAlias();
        }

        private ObjectNode object(int depth, String pointer, Location at) throws IOException {
            checkDepth(depth, pointer, at);
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            Set<String> keys = new HashSet<>();
            JsonToken t;
            while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String keyPointer = parser.getParsingContext().pathAsPointer().toString();
                lastPointer = keyPointer;
                Location keyAt = tokenLocation();
                if (!keys.add(name)) {
                    Location first = locations.get(keyPointer);
                    throw new Stop(problem("duplicate-key", keyAt, keyPointer,
                            messages.get("definition.duplicateKey", name, first == null ? 0 : first.line())));
                }
                if (yaml && "<<".equals(name)) {
                    throw new Stop(problem("unsupported-value", keyAt, keyPointer, messages.get("definition.mergeKey")));
                }
                locations.put(keyPointer, keyAt);
                parser.nextToken();
                JsonNode v = value(depth);
                if (v == null || v.isNull()) {
                    // refused rather than read as absent: in YAML it is most often a text with a
                    // comma in {…} that split into a second key ({de: Erst prüfen, dann handeln.})
                    throw new Stop(problem("empty-value", keyAt, keyPointer, messages.get("definition.emptyValue", name)));
                }
                object.set(name, v);
            }
            if (t != JsonToken.END_OBJECT) {
                throw new Stop(problem("syntax", here(), pointer, messages.get("definition.syntax.unexpectedEnd")));
            }
            return object;
        }

        private ArrayNode array(int depth, String pointer, Location at) throws IOException {
            checkDepth(depth, pointer, at);
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new Stop(problem("syntax", here(), pointer, messages.get("definition.syntax.unexpectedEnd")));
                }
                JsonNode v = value(depth);
                if (v == null || v.isNull()) {
                    throw new Stop(problem("empty-entry", lastLocation, lastPointer, messages.get("definition.emptyEntry")));
                }
                array.add(v);
            }
            return array;
        }

        private void checkDepth(int depth, String pointer, Location at) {
            if (depth > Mappers.MAX_DEPTH) {
                throw new Stop(problem("too-deep", at, pointer, messages.get("definition.tooDeep", Mappers.MAX_DEPTH)));
            }
        }

        private JsonNode alias(String name, String pointer, Location at) {
            aliases++;
            if (aliases > Mappers.MAX_ALIASES) {
                throw new Stop(problem("too-many-aliases", at, pointer, messages.get("definition.tooManyAliases", Mappers.MAX_ALIASES)));
            }
            JsonNode target = anchors.get(name);
            if (target == null) {
                // &a [*a]: the anchor is there, but what it names is not read to its end yet, and would hold itself
                throw new Stop(problem("unknown-alias", at, pointer,
                        messages.get(open.contains(name) ? "definition.aliasInsideAnchor" : "definition.unknownAlias", name)));
            }
            expanded += anchorSizes.getOrDefault(name, 1);
            if (expanded > Mappers.MAX_ALIAS_EXPANSION) {
                throw new Stop(problem("too-many-aliases", at, pointer,
                        messages.get("definition.aliasExpansion", Mappers.MAX_ALIAS_EXPANSION)));
            }
            // shared, not copied: the tree is only read from here on, and the budget above bounds
            // how often the binder walks a shared node
            return target.isNull() ? null : target;
        }

        private int size(JsonNode node) {
            if (node == null || !node.isContainerNode()) return 1;
            int n = 1;
            for (JsonNode child : node) {
                n += size(child);
                if (n > Mappers.MAX_ALIAS_EXPANSION) return n;
            }
            return n;
        }
    }

    private static String asString(Object id) {
        return id == null ? null : id.toString();
    }

    private String syntaxKey() {
        return yaml ? "definition.syntax.yaml" : "definition.syntax.json";
    }
}
