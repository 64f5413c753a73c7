package de.typwerk.engine.i18n;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import org.apiguardian.api.API;

/**
 * What went wrong, as a short phrase for people, for every message that reports a failure: a
 * strategy that threw, a jar that is no zip, an unexpected error. It says what the exception
 * says, never the Java class of the exception ({@code IllegalStateException},
 * {@code ZipException}, {@code JsonMappingException}); where an exception says nothing, a
 * phrase in the user's language stands for its kind. The class, and the stack trace, are for
 * {@code --debug}.
 */
@API(status = INTERNAL, since = "1.0")
public final class Failures {

    /** The most characters of a message a phrase takes. */
    private static final int MAX_LENGTH = 300;

    // the JVM's words for a class file too new for it; Java n reads class files up to n + 44
    private static final Pattern CLASS_VERSION = Pattern.compile(
            "(\\S+) has been compiled by a more recent version of the Java Runtime \\(class file version (\\d+)\\.\\d+\\)");
    private static final int JAVA_MINUS_CLASS_VERSION = 44;

    /** Where Jackson names a place inside its own message: {@code [Source: …; line: 10, column: 23]}. */
    private static final Pattern PLACE = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");
    /** Jackson's read limits: {@code Document nesting depth (65) exceeds the maximum allowed (64, from `…`)}. */
    private static final Pattern LIMIT = Pattern.compile(
            "^(Document nesting depth|Number value length|String value length|Name length|Document length|Token count) \\((\\d+)\\)"
                    + " exceeds the maximum (?:allowed|length) \\((\\d+)");
    /** Where a limit comes from, as an API name: {@code , from `StreamReadConstraints.getMaxNestingDepth()`}. */
    private static final Pattern API_NAME = Pattern.compile(",? from `[^`]*`");

    private Failures() {
    }

    /**
     * Why a JSON or YAML parser stopped, as one line for people: a read limit (nesting, the length
     * of a number, a text or a key) in the user's language with the limit it exceeded; a slip
     * {@link ParserWords} knows (a missing comma, a quote left open) in the user's words; else the
     * parser's own first line, where a place it names inside the sentence ("start marker at
     * {@code [Source: …; line: 10, column: 23]}") reads "line 10, column 23" and the API a limit
     * comes from is left out. The place where the parser stopped is not in it: a message shows that beside it.
     *
     * @param e        what the parser threw
     * @param messages the language to say it in
     * @return the phrase, never empty
     */
    public static String parser(JsonProcessingException e, Messages messages) {
        return parser(e, messages, place -> place);
    }

    /**
     * {@link #parser(JsonProcessingException, Messages)}, where a place the parser names inside its
     * sentence is first moved to where it stands for the reader: a parser that read one line of a
     * file counts that line as line 1 and its columns in bytes.
     *
     * @param e        what the parser threw
     * @param messages the language to say it in
     * @param moved    the place {@code {line, column}} as the parser counts it to the place as the reader counts it
     * @return the phrase, never empty
     */
    public static String parser(JsonProcessingException e, Messages messages, java.util.function.UnaryOperator<long[]> moved) {
        String original = e.getOriginalMessage();
        if (original == null || original.isBlank()) return messages.get("failure.no-message");
        String first = firstLine(original);
        if (e instanceof StreamConstraintsException) {
            Matcher limit = LIMIT.matcher(first);
            if (limit.find()) {
                return messages.get("failure.limit." + switch (limit.group(1)) {
                    case "Document nesting depth" -> "nesting";
                    case "Number value length" -> "number";
                    case "String value length" -> "text";
                    case "Name length" -> "name";
                    case "Document length" -> "document";
                    default -> "tokens";
                }, limit.group(2), limit.group(3));
            }
        }
        Matcher place = PLACE.matcher(first);
        StringBuilder said = new StringBuilder();
        while (place.find()) {
            long[] at = moved.apply(new long[] {Long.parseLong(place.group(1)), Long.parseLong(place.group(2))});
            place.appendReplacement(said, Matcher.quoteReplacement(messages.get("failure.place", String.valueOf(at[0]), String.valueOf(at[1]))));
        }
        place.appendTail(said);
        String line = API_NAME.matcher(said).replaceAll("").strip();
        if (line.isEmpty()) return messages.get("failure.no-message");
        return capped(ParserWords.say(line, messages));
    }

    /**
     * Where {@code parser} stopped at a read limit, which the exception does not say: a level of
     * nesting too many where it opens (in JSON the bracket or brace the parser has just read, in
     * YAML the token it was reading), as the check of definitions places it; any other limit where
     * the parser stopped.
     *
     * @param e      the limit exceeded
     * @param parser the parser that threw it
     * @return the place, from the parser's own counting (a JSON parser reading bytes counts bytes in columns)
     */
    /**
     * Where a JSON syntax error stands: Jackson's place, except for a control character between the
     * values ({@code {"a": 1,\n\u0001}}), which Jackson names after it has read past it, one column
     * to the right of the character.
     */
    public static JsonLocation syntaxAt(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (at == null || at.getColumnNr() < 2 || !String.valueOf(e.getOriginalMessage()).startsWith("Illegal character ((CTRL-CHAR")) return at;
        return new JsonLocation(at.contentReference(), at.getByteOffset() < 1 ? -1 : at.getByteOffset() - 1,
                at.getCharOffset() < 1 ? -1 : at.getCharOffset() - 1, at.getLineNr(), at.getColumnNr() - 1);
    }

    public static JsonLocation stoppedAt(StreamConstraintsException e, JsonParser parser) {
        Matcher limit = LIMIT.matcher(firstLine(String.valueOf(e.getOriginalMessage())));
        if (!limit.find() || !limit.group(1).equals("Document nesting depth")) {
            return e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        }
        if (parser instanceof YAMLParser) return parser.currentTokenLocation();
        JsonLocation after = parser.currentLocation();
        if (after.getColumnNr() < 2) return after;
        return new JsonLocation(after.contentReference(), after.getByteOffset() < 1 ? -1 : after.getByteOffset() - 1,
                after.getCharOffset() < 1 ? -1 : after.getCharOffset() - 1, after.getLineNr(), after.getColumnNr() - 1);
    }

    /**
     * The phrase for {@code thrown}: its message (the first line), else what its kind means.
     *
     * @param thrown   what was thrown (reflection's wrappers are looked through)
     * @param messages the language to say it in
     * @return the phrase, never empty
     */
    public static String describe(Throwable thrown, Messages messages) {
        Throwable t = thrown;
        while ((t instanceof InvocationTargetException || t instanceof ExceptionInInitializerError
                || t instanceof UncheckedIOException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ZipException) {
            // the JDK's words for a file that has no ZIP directory at its end: not a zip at all, or cut short
            String said = String.valueOf(t.getMessage());
            String reason = said.equals("zip END header not found") ? messages.get("failure.zip.no-directory")
                    : said.equals("zip file is empty") ? messages.get("failure.zip.empty")
                    // the JDK's "invalid CEN header (bad signature)", "invalid LOC header", …: the archive's own records are broken
                    : said.matches("invalid (?:CEN|END|LOC|zip64 extra data field|generic flag)[ a-zA-Z]*(?: \\(.*\\))?")
                            ? messages.get("failure.zip.damaged") : detail(t, messages);
            return messages.get("failure.zip", reason);
        }
        if (t instanceof IOException io) return io(io, messages);
        if (t instanceof StackOverflowError) return messages.get("failure.stack-overflow");
        if (t instanceof OutOfMemoryError) return messages.get("failure.out-of-memory");
        if (t instanceof InterruptedException) return messages.get("failure.interrupted");
        if (t instanceof UnsupportedClassVersionError) {
            Optional<String> tooNew = classVersion(t.getMessage(), messages);
            if (tooNew.isPresent()) return tooNew.get();
        }
        if (t instanceof NoClassDefFoundError && t.getMessage() != null) {
            return messages.get("failure.class-missing", t.getMessage().strip().replace('/', '.'));
        }
        return detail(t, messages);
    }

    /**
     * What the JVM's {@link UnsupportedClassVersionError} says, in words of the user's language: the
     * class, the Java it was compiled for, the Java that runs, and how to compile for the engine. A
     * plugin author meets this when the build targets a newer Java than the engine runs on.
     *
     * @param jvmMessage the error's message ({@code x/Y has been compiled by a more recent version of
     *                   the Java Runtime (class file version 65.0), this version …})
     * @param messages   the language to say it in
     * @return the phrase, or empty for a message of another form
     */
    public static Optional<String> classVersion(String jvmMessage, Messages messages) {
        if (jvmMessage == null) return Optional.empty();
        Matcher m = CLASS_VERSION.matcher(jvmMessage);
        if (!m.find()) return Optional.empty();
        int major = Integer.parseInt(m.group(2));
        return Optional.of(messages.get("failure.class-version", m.group(1).replace('/', '.'),
                String.valueOf(major - JAVA_MINUS_CLASS_VERSION), String.valueOf(major),
                String.valueOf(Runtime.version().feature())));
    }

    /**
     * Why a file could not be read or written, as a short phrase for people: "permission denied"
     * rather than {@code AccessDeniedException}.
     *
     * @param e        what the file system said
     * @param messages the language to say it in
     * @return the phrase
     */
    public static String io(IOException e, Messages messages) {
        if (e instanceof AccessDeniedException) return messages.get("io.permission-denied");
        if (e instanceof NoSuchFileException) return messages.get("io.no-such-file");
        // Jackson's own message puts "at [Source: …; line, column]" on a second line
        if (e instanceof JsonProcessingException json) return parser(json, messages);
        String text = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (text == null || text.isBlank()) return messages.get("io.failed");
        if (text.contains("Permission denied")) return messages.get("io.permission-denied");
        if (text.contains("Is a directory")) return messages.get("io.is-a-folder");
        return firstLine(text);
    }

    private static String detail(Throwable t, Messages messages) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t instanceof NullPointerException ? messages.get("failure.null") : messages.get("failure.no-message");
        }
        // the message is plugin code's or a library's: an escape sequence or a right-to-left override in it is shown, not obeyed
        return capped(TextControls.visible(firstLine(message), false));
    }

    /** The first line of {@code text}, without the white space around it. */
    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("").strip();
    }

    /** {@code line}, cut after {@value #MAX_LENGTH} characters with an ellipsis. */
    private static String capped(String line) {
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "…" : line;
    }
}
