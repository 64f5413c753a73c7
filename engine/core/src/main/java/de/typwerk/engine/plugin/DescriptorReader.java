package de.typwerk.engine.plugin;

import de.typwerk.engine.definition.JsonPointers;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import de.typwerk.api.model.Location;
import de.typwerk.engine.plugin.PluginDescriptor;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.definition.NearMiss;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.i18n.ParserWords;
import de.typwerk.engine.i18n.TextControls;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plugin descriptor ({@value PluginDescriptor#RESOURCE}) strictly, with the engine's YAML
 * mapper: unknown keys, missing fields and malformed versions are problems with line and column.
 */
public final class DescriptorReader {

    /** Descriptors are a few lines; anything this large is not one. */
    static final int MAX_BYTES = 64 * 1024;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']*)'");
    private static final List<String> KEYS =
            List.of("id", "version", "api", "name", "vendor", "description", "questionnaires");

    private final Mappers mappers;
    private final Messages messages;

    @Inject
    public DescriptorReader(Mappers mappers, Messages messages) {
        this.mappers = mappers;
        this.messages = messages;
    }

    /** The outcome: a descriptor if it could be read and is sound, and every problem found. */
    public record Read(Optional<PluginDescriptor> descriptor, List<Problem> problems) {

        public Read {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads {@code content}; {@code source} names the descriptor in problems.
     *
     * @param content at most {@link #MAX_BYTES} + 1 bytes; more means too large
     */
    public Read read(String source, byte[] content) {
        if (content.length > MAX_BYTES) {
            return failed(problem("descriptor-too-large", messages.get("descriptor.too-large", String.valueOf(MAX_BYTES)),
                    Location.source(source)));
        }
        if (new String(content, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return failed(problem("descriptor-empty", messages.get("descriptor.empty"), Location.source(source)));
        }
        PluginDescriptor descriptor;
        TopLevel top;
        try {
            top = topLevel(source, content);
            if (!top.problems().isEmpty()) return new Read(Optional.empty(), top.problems());
            descriptor = mappers.yaml().readValue(content, PluginDescriptor.class);
        } catch (JacksonException e) {
            return failed(fromJackson(source, content, e));
        } catch (IOException e) {
            return failed(problem("descriptor-syntax", messages.get("descriptor.syntax", firstLine(e.getMessage())),
                    Location.source(source)));
        }
        if (descriptor == null) {
            return failed(problem("descriptor-empty", messages.get("descriptor.empty"), Location.source(source)));
        }
        List<Problem> problems = check(source, content, descriptor, top.version());
        return problems.isEmpty() ? new Read(Optional.of(descriptor), List.of()) : new Read(Optional.empty(), problems);
    }

    /**
     * Where a top-level key ({@code /api}) or an entry of a top-level list ({@code /questionnaires/1})
     * stands in a descriptor that reads: for a problem with a value found after reading (an API
     * range this engine is not in, a listed definition the jar lacks).
     *
     * @param source  names the descriptor in the location
     * @param content the descriptor as read by {@link #read}
     * @param pointer {@code /key} or {@code /key/index}
     * @return its line and column, or the descriptor without them if it is not there
     */
    public Location locate(String source, byte[] content, String pointer) {
        String[] parts = pointer.substring(1).split("/", 2);
        try (JsonParser parser = mappers.yaml().getFactory().createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return new Location(source, 0, 0, pointer);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                JsonLocation at = parser.currentTokenLocation();
                boolean found = parser.currentName().equals(parts[0]);
                JsonToken value = parser.nextToken();
                // the value's place, as for the values binding refuses (a range that does not read)
                if (found && parts.length == 1) return at(source, parser.currentTokenLocation(), pointer);
                if (found && value == JsonToken.START_ARRAY) {
                    int wanted = Integer.parseInt(parts[1]);
                    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                        if (i == wanted) return at(source, parser.currentTokenLocation(), pointer);
                        parser.skipChildren();
                    }
                    return at(source, at, pointer);
                }
                parser.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // it read before; a place is all that is lost
        }
        return new Location(source, 0, 0, pointer);
    }

    private static Location at(String source, JsonLocation at, String pointer) {
        return new Location(source, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), pointer);
    }

    /**
     * What one pass over the top-level keys finds: every unknown or repeated key, each where it
     * stands, and the version as the descriptor writes it where it is a text.
     *
     * @param problems the unknown or repeated keys
     * @param version  the {@code version} as written, which {@code Version.parse} takes more
     *                 leniently than a definition's version is checked ({@code "2024-01-05"},
     *                 {@code "1-rc"}); empty unless it is a text
     */
    private record TopLevel(List<Problem> problems, Optional<String> version) {
    }

    /**
     * Every unknown or repeated top-level key, each where it stands, and the version as written.
     * Checked before binding because binding stops at its first failure, and for a record that is a
     * missing field rather than the misspelt key that explains it ({@code vendr} for
     * {@code vendor}); a repeated key is said in a definition's words at the key, where Jackson's
     * "Duplicate field" stood at its value.
     */
    private TopLevel topLevel(String source, byte[] content) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Optional<String> version = Optional.empty();
        Map<String, Integer> seen = new HashMap<>();
        try (JsonParser parser = mappers.yaml().getFactory().createParser(content)) {
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            if (parser.nextToken() != JsonToken.START_OBJECT) return new TopLevel(problems, version);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation at = parser.currentTokenLocation();
                Integer first = seen.putIfAbsent(key, Math.max(at.getLineNr(), 0));
                if (first != null) {
                    problems.add(problem("duplicate-key", messages.get("definition.duplicateKey", key, first),
                            new Location(source, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0),
                                    "/" + JsonPointers.escape(key))));
                } else if (!KEYS.contains(key)) {
                    String message = NearMiss.among(key, KEYS)
                            .map(near -> messages.get("descriptor.unknown-key.suggest", key, near))
                            .orElseGet(() -> messages.get("descriptor.unknown-key", key, String.join(", ", KEYS)));
                    problems.add(problem("unknown-key", message, new Location(source, Math.max(at.getLineNr(), 0),
                            Math.max(at.getColumnNr(), 0), "/" + JsonPointers.escape(key))));
                }
                if (parser.nextToken() == JsonToken.VALUE_STRING && key.equals("version") && first == null) {
                    version = Optional.of(parser.getText());
                }
                parser.skipChildren();
            }
        }
        return new TopLevel(problems, version);
    }

    /** What binding cannot see, each at its place in {@code content}. */
    private List<Problem> check(String source, byte[] content, PluginDescriptor d, Optional<String> versionAsWritten) {
        List<Problem> problems = new ArrayList<>();
        requireText(source, content, "id", d.id(), problems);
        requireText(source, content, "name", d.name(), problems);
        requireText(source, content, "vendor", d.vendor(), problems);
        unwritable(source, content, "name", d.name(), problems);
        unwritable(source, content, "vendor", d.vendor(), problems);
        d.description().ifPresent(text -> unwritable(source, content, "description", text, problems));
        if (d.version() == null) problems.add(missing(source, content, "version"));
        // checked as a definition's is, so that "2024-01-05" is not the plugin 2024.0.0-01-05 and "1-rc", "1.0.0-rc..1",
        // "1.0.0-01" are no versions here either
        versionAsWritten.filter(v -> !de.typwerk.engine.validation.VersionText.wellFormed(v)).ifPresent(v -> problems.add(
                problem("invalid-value", messages.get("descriptor.invalid-version", v.strip()), locate(source, content, "/version"))));
        if (d.api() == null) problems.add(missing(source, content, "api"));
        if (d.id() != null && !d.id().isBlank() && !ID.matcher(d.id()).matches()) {
            problems.add(problem("invalid-plugin-id", messages.get("descriptor.invalid-id", d.id()),
                    locate(source, content, "/id")));
        }
        for (int i = 0; i < d.questionnaires().size(); i++) {
            String path = d.questionnaires().get(i);
            if (!safePath(path)) {
                problems.add(problem("invalid-path", messages.get("descriptor.invalid-path", String.valueOf(path)),
                        locate(source, content, "/questionnaires/" + i)));
            }
        }
        return problems;
    }


    /** Relative, {@code /}-separated, inside the plugin: nothing that could reach outside it. */
    static boolean safePath(String path) {
        if (path == null || path.isBlank() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals("..") || segment.equals(".")) return false;
        }
        return true;
    }

    /**
     * A name, vendor or description that holds a control character (other than a line break or a
     * tab) or a control of the text direction, as a definition's texts may not: typwerk plugins
     * printed an escape sequence in a plugin's name to the terminal, which obeyed it.
     */
    private void unwritable(String source, byte[] content, String field, String value, List<Problem> problems) {
        if (value == null) return;
        TextControls.first(value).ifPresent(found -> problems.add(problem("invalid-value",
                messages.get(found.direction() ? "descriptor.direction-control" : "descriptor.control-character",
                        field, found.named(), found.position()), locate(source, content, "/" + field))));
    }

    private void requireText(String source, byte[] content, String field, String value, List<Problem> problems) {
        if (value == null || value.isBlank()) problems.add(missing(source, content, field));
    }

    /**
     * A required key left out or blank: a blank value where it stands, a key left out where the
     * descriptor's keys begin (its first key), as a definition places a missing field at the start
     * of its mapping, so the message has a line to go to.
     */
    private Problem missing(String source, byte[] content, String field) {
        String pointer = "/" + field;
        Location at = locate(source, content, pointer);
        if (at.line() == 0) at = firstKey(source, content, pointer);
        return problem("missing-field", messages.get("descriptor.missing-field", field), at);
    }

    /** The place of the descriptor's first key, or the descriptor without a place if it has none. */
    private Location firstKey(String source, byte[] content, String pointer) {
        try (JsonParser parser = mappers.yaml().getFactory().createParser(content)) {
            if (parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME) {
                return at(source, parser.currentTokenLocation(), pointer);
            }
        } catch (IOException | RuntimeException e) {
            // it read before; a place is all that is lost
        }
        return new Location(source, 0, 0, pointer);
    }

    private Problem fromJackson(String source, byte[] content, JacksonException e) {
        JsonLocation at = e.getLocation();
        String pointer = e instanceof JsonMappingException m ? pointer(m.getPath()) : "";
        Location location = new Location(source, at == null ? 0 : Math.max(at.getLineNr(), 0),
                at == null ? 0 : Math.max(at.getColumnNr(), 0), pointer);
        String field = pointer.isEmpty() ? "" : pointer.substring(pointer.lastIndexOf('/') + 1);
        if (e instanceof UnrecognizedPropertyException u) {
            return problem("unknown-key", messages.get("descriptor.unknown-key", u.getPropertyName(), String.join(", ", KEYS)),
                    location);
        }
        Matcher missing = MISSING.matcher(e.getOriginalMessage());
        if (e instanceof MismatchedInputException && missing.find()) {
            // Jackson notices at the end of the document; the field is missing from the whole of it
            return missing(source, content, missing.group(1));
        }
        if (e instanceof MismatchedInputException && field.isEmpty()) {
            // the document as a whole has the wrong shape, e.g. a list or a plain string
            return problem("descriptor-shape", messages.get("descriptor.shape"), location);
        }
        if (e instanceof JsonMappingException) {
            String detail = e instanceof ValueInstantiationException && e.getCause() != null
                    ? e.getCause().getMessage() : e.getOriginalMessage();
            // the API's own words are English: a version or a range is said in the reader's, with how to write it
            Optional<String> number = (field.equals("api") || field.equals("version")) && detail != null
                    && detail.contains("from Number value") ? written(content, location) : Optional.empty();
            if (number.isPresent()) {
                // YAML read 1.0 (or 1.10, which it makes 1.1) as a number: quoted, it is the text the author wrote
                return problem("invalid-value", messages.get("descriptor.number-" + field, number.get()), location);
            }
            if (e instanceof MismatchedInputException && field.equals("questionnaires")) {
                return problem("invalid-value", messages.get("descriptor.not-a-list",
                        written(content, location).orElse("questionnaires/x.yaml")), location);
            }
            if (e instanceof MismatchedInputException && detail != null
                    && (detail.contains("from Array value") || detail.contains("from Object value"))) {
                return problem("invalid-value", messages.get("descriptor.not-a-text", field), location);
            }
            Matcher notVersion = detail == null ? null : NOT_A_VERSION.matcher(detail);
            if (notVersion != null && notVersion.find() && (field.equals("api") || field.equals("version"))) {
                return problem("invalid-value", messages.get("descriptor.invalid-" + field, notVersion.group(1)), location);
            }
            return problem("invalid-value", messages.get("descriptor.invalid-value", field, firstLine(detail)), location);
        }
        Optional<Problem> range = unquotedRange(source, content);
        if (range.isPresent()) return range.get();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException yaml) {
                // the YAML parser's own place and words ("found character '\t' that cannot start any
                // token" at the tab), said as a definition's are, where Jackson's first line ("while
                // scanning for the next token") stood at the end of the line before
                // (a bracket left open at the end of the line it is missing from, not at the next line's colon)
                String text = de.typwerk.engine.definition.StrictUtf8.withoutByteOrderMark(new String(content, java.nio.charset.StandardCharsets.UTF_8));
                de.typwerk.engine.definition.TextPosition mark = de.typwerk.engine.definition.YamlSlipPlace.of(yaml, text);
                Location place = mark == null ? location : new Location(source, mark.line(), mark.column(), pointer);
                String said = firstLine(yaml.getProblem() != null ? yaml.getProblem() : yaml.getContext());
                String words = de.typwerk.engine.definition.YamlSlipPlace.quoteClosedLater(yaml, text)
                        .map(q -> messages.get("syntax.yaml.quote-closed-later", String.valueOf(q.closed().line()), String.valueOf(q.closed().column())))
                        .orElse(ParserWords.say(said, messages));
                return problem("descriptor-syntax", messages.get("descriptor.syntax", words), place);
            }
        }
        return problem("descriptor-syntax", messages.get("descriptor.syntax", firstLine(e.getOriginalMessage())), location);
    }

    /** The plain value as written at {@code at} (up to a comment or the line's end), when there is one there. */
    private static Optional<String> written(byte[] content, Location at) {
        String[] lines = new String(content, java.nio.charset.StandardCharsets.UTF_8).split("\\R", -1);
        if (at.line() < 1 || at.line() > lines.length || at.column() < 1 || at.column() > lines[at.line() - 1].length()) {
            return Optional.empty();
        }
        String value = lines[at.line() - 1].substring(at.column() - 1).replaceFirst("\\s+#.*$", "").strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** How {@code Version.parse} and {@code VersionRange.parse} begin their refusal: the text in quotes. */
    private static final Pattern NOT_A_VERSION = Pattern.compile("^'(.*)' is not a version");

    private static final Pattern UNQUOTED_RANGE = Pattern.compile("^api\\s*:\\s*([\\[(][^#]*?)\\s*(#.*)?$");

    /**
     * An {@code api:} whose range lacks its quotes, at its value: YAML reads {@code [1.0,2.0)} as
     * the start of a list, which fails a line or more later, where its own message would point.
     */
    private Optional<Problem> unquotedRange(String source, byte[] content) {
        String[] lines = new String(content, java.nio.charset.StandardCharsets.UTF_8).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher api = UNQUOTED_RANGE.matcher(lines[i]);
            if (api.matches()) {
                return Optional.of(problem("descriptor-syntax", messages.get("descriptor.unquoted-range", api.group(1)),
                        new Location(source, i + 1, api.start(1) + 1, "/api")));
            }
        }
        return Optional.empty();
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            b.append('/');
            if (r.getFieldName() != null) {
                b.append(JsonPointers.escape(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                b.append(r.getIndex());
            }
        }
        return b.toString();
    }

    static String firstLine(String text) {
        if (text == null) return "";
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    private static Problem problem(String code, String message, Location location) {
        return Problem.error(code, message, location);
    }

    private static Read failed(Problem problem) {
        return new Read(Optional.empty(), List.of(problem));
    }
}
