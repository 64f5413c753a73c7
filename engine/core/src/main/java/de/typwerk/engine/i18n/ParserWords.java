package de.typwerk.engine.i18n;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * What a JSON or YAML parser says when it stops, in the reader's words and language: the common
 * slips of a hand that edits a file (a missing comma or colon, a quote left open, a tab, a line
 * indented differently from its block) say what is wrong and what is expected, in German or
 * English, instead of Jackson's or SnakeYAML's English sentence ({@code was expecting comma to
 * separate Object entries}, {@code mapping values are not allowed here}). A sentence not known
 * here is passed on as the parser wrote it. Where the parser stopped is not in the words: a
 * message shows the line and column beside them.
 */
@API(status = INTERNAL, since = "1.0")
public final class ParserWords {

    /** A parser's sentence, found anywhere in its line, and the message that says it. */
    private record Known(Pattern sentence, String key, Function<Matcher, Object[]> args) {

        Known(String sentence, String key) {
            this(Pattern.compile(sentence), key, m -> new Object[0]);
        }

        Known(String sentence, String key, Function<Matcher, Object[]> args) {
            this(Pattern.compile(sentence), key, args);
        }
    }

    /** Jackson's "Unexpected character ('x' (code 120))", the character it found. */
    private static final String FOUND = "^Unexpected character \\('(.*?)' \\(code [^)]*\\)\\): ";

    private static final List<Known> KNOWN = List.of(
            // JSON, as Jackson words it
            new Known(FOUND + "was expecting comma to separate (?:Object|Array) entries", "syntax.json.comma", ParserWords::first),
            new Known(FOUND + "was expecting double-quote to start field name", "syntax.json.name", ParserWords::first),
            new Known(FOUND + "was expecting a colon to separate field name and value", "syntax.json.colon", ParserWords::first),
            new Known(FOUND + "expected a (?:valid )?value", "syntax.json.value", ParserWords::first),
            new Known("^Unrecognized token '(.*?)': was expecting", "syntax.json.token", ParserWords::first),
            new Known("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): has to be escaped", "syntax.json.control",
                    ParserWords::codePoint),
            new Known("^Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): only regular white space", "syntax.json.control-between",
                    ParserWords::codePoint),
            new Known("^Unrecognized character escape '(.*?)' \\(code", "syntax.json.escape", ParserWords::first),
            new Known("^Unexpected close marker '(.)': expected '(.)'", "syntax.json.close-other",
                    m -> new Object[] {m.group(1), m.group(2)}),
            new Known("^Unexpected close marker '(.)': no open", "syntax.json.close-none", ParserWords::first),
            new Known("^Invalid numeric value: Leading zeroes not allowed", "syntax.json.leading-zero"),
            new Known("^Trailing token \\(of type [A-Z_]+\\) found after value", "syntax.json.trailing"),
            new Known("^Non-standard token '(.*?)'", "syntax.json.non-numeric", ParserWords::first),
            new Known("^Unexpected character \\('\\+' \\(code 43\\)\\) in numeric value: JSON spec does not allow numbers to have plus signs",
                    "syntax.json.plus"),
            new Known("^Unexpected character \\('(.*?)' \\(code [^)]*\\)\\) in numeric value: "
                    + "(?:expected digit \\(0-9\\) to follow (minus) sign|(Decimal point) not followed by a digit|(Exponent) indicator not followed)",
                    "syntax.json.digit-expected", m -> new Object[] {shown(m.group(1)), m.group(2) != null ? "-" : m.group(3) != null ? "." : "e"}),
            new Known("^Unexpected character \\('/' \\(code 47\\)\\): maybe a \\(non-standard\\) comment", "syntax.json.comment"),
            new Known(FOUND + "expected a hex-digit for character escape sequence", "syntax.json.unicode-escape", ParserWords::first),
            new Known("^Duplicate (?:field|Object property) '(.*?)'", "syntax.json.duplicate", m -> new Object[] {m.group(1)}),
            // a document cut off (a download broken off, a file copied in part): Jackson's words name its tokens
            new Known("^Unexpected end-of-input: expected close marker for Object \\(start marker at (.+)\\)", "syntax.json.end-object",
                    ParserWords::first),
            new Known("^Unexpected end-of-input: expected close marker for Array \\(start marker at (.+)\\)", "syntax.json.end-array",
                    ParserWords::first),
            new Known("^Unexpected end-of-input: was expecting closing quote", "syntax.json.end-text"),
            new Known("^Unexpected end-of-input", "syntax.json.end"),
            // CSV, as Jackson's CSV reader words it (LimeSurvey's exports)
            new Known(FOUND + "Expected column separator character \\('(.)' \\(code \\d+\\)\\) or end-of-line", "syntax.csv.separator",
                    m -> new Object[] {shown(m.group(1)), m.group(2)}),
            // a tab (LimeSurvey's VV file), which Jackson names by its code only
            new Known(FOUND + "Expected column separator character \\(\\(CTRL-CHAR, code 9\\)\\) or end-of-line", "syntax.csv.separator-tab",
                    m -> new Object[] {shown(m.group(1))}),
            new Known("^Missing closing quote for value", "syntax.csv.open-quote"),
            // YAML, as SnakeYAML words it (its problem, with or without the context before it)
            new Known("could not find expected ':'", "syntax.yaml.colon"),
            new Known("mapping values are not allowed here", "syntax.yaml.mapping-values"),
            new Known("sequence entries are not allowed here", "syntax.yaml.sequence-entries"),
            new Known("found character '\\\\t\\(TAB\\)' that cannot start any token", "syntax.yaml.tab"),
            new Known("found character '(.+?)' that cannot start any token", "syntax.yaml.reserved", ParserWords::first),
            new Known("(?:while scanning a quoted scalar: )?found unexpected end of stream", "syntax.yaml.open-quote"),
            new Known("expected ',' or '\\}', but got", "syntax.yaml.flow-mapping"),
            new Known("expected ',' or '\\]', but got", "syntax.yaml.flow-sequence"),
            new Known("expected <block end>, but found", "syntax.yaml.block-end"),
            new Known("expected the node content, but found '?(.*?)'?$", "syntax.yaml.no-value", ParserWords::first),
            new Known("expected '<document start>', but found", "syntax.yaml.document-start"),
            new Known("found unknown escape character (.+?)\\(\\d+\\)", "syntax.yaml.escape", ParserWords::first),
            new Known("expected escape sequence of (\\d+) hexadecimal numbers, but found: ?(.*)$", "syntax.yaml.hex-escape",
                    m -> new Object[] {m.group(1), m.group(2)}),
            new Known("while scanning an? (?:alias|anchor): (?:unexpected character found|expected alphabetic or numeric character)",
                    "syntax.yaml.anchor-name"),
            // a complex key ("? [a, b]"), which Jackson reads as no field name and names by SnakeYAML's event class
            new Known("^Expected a field name \\(Scalar value in YAML\\), got this instead: <org\\.yaml\\.snakeyaml\\.events\\.SequenceStartEvent",
                    "syntax.yaml.key-list"),
            new Known("^Expected a field name \\(Scalar value in YAML\\), got this instead: <org\\.yaml\\.snakeyaml\\.events\\.MappingStartEvent",
                    "syntax.yaml.key-mapping"),
            new Known("^Expected a field name \\(Scalar value in YAML\\), got this instead", "syntax.yaml.key-other"),
            new Known("expected chomping or indentation indicators, but found (.+?)\\(\\d+\\)", "syntax.yaml.block-indicator",
                    ParserWords::first));

    /** Jackson's words for a key without quotes: the key's first character only, which is all it read. */
    private static final Pattern UNQUOTED_NAME = Pattern.compile(
            "^Unexpected character \\('([A-Za-z0-9_$])' \\(code [^)]*\\)\\): was expecting double-quote to start field name");
    /** Where a key without quotes ends: at white space or what JSON writes between and around its entries. */
    private static final Pattern KEY = Pattern.compile("[^\\s:,{}\\[\\]\"']{1,80}");

    private ParserWords() {
    }

    /**
     * A key without quotes named whole ({@code o-craft}), where Jackson quotes only its first
     * character ({@code 'o'}), which is all it read: said when {@code parserLine} is Jackson's
     * sentence for it and {@code at} is the document's text from the offset where the parser
     * stopped (that character, or the one after it) on.
     *
     * @return the sentence, or empty where {@code parserLine} says something else or the key is not found at {@code at}
     */
    public static java.util.Optional<String> unquotedKey(String parserLine, CharSequence at, Messages messages) {
        Matcher m = UNQUOTED_NAME.matcher(parserLine == null ? "" : parserLine);
        if (!m.find()) return java.util.Optional.empty();
        char first = m.group(1).charAt(0);
        for (int start = 0; start < Math.min(2, at.length()); start++) {
            if (at.charAt(start) != first) continue;
            Matcher key = KEY.matcher(at).region(start, at.length());
            if (key.lookingAt()) return java.util.Optional.of(messages.get("syntax.json.unquoted-name", key.group()));
        }
        return java.util.Optional.empty();
    }

    /**
     * Whether {@code parserLine} (Jackson's own message) says that a text holds a line break: where
     * only white space follows that place, the document was cut off inside the text and the
     * line break is the file's last, not a control character the text holds.
     *
     * @param parserLine the parser's original message
     * @return true for Jackson's "Illegal unquoted character" of a line feed or a carriage return
     */
    public static boolean lineBreakInText(String parserLine) {
        String said = String.valueOf(parserLine);
        return said.startsWith("Illegal unquoted character ((CTRL-CHAR, code 10))")
                || said.startsWith("Illegal unquoted character ((CTRL-CHAR, code 13))");
    }

    /**
     * {@code parserLine} in the words of {@code messages}' language where it is a sentence known
     * here; else {@code parserLine} as it is.
     */
    public static String say(String parserLine, Messages messages) {
        if (parserLine == null) return "";
        for (Known known : KNOWN) {
            Matcher m = known.sentence().matcher(parserLine);
            if (m.find()) return messages.get(known.key(), known.args().apply(m));
        }
        return parserLine;
    }

    private static Object[] first(Matcher m) {
        return new Object[] {shown(m.group(1))};
    }

    /** A character as the parser quoted it, shown so that one that is not seen (a space) is. */
    private static String shown(String character) {
        return character.isBlank() ? String.format(Locale.ROOT, "U+%04X", character.isEmpty() ? 0 : (int) character.charAt(0))
                : character;
    }

    private static Object[] codePoint(Matcher m) {
        return new Object[] {String.format(Locale.ROOT, "U+%04X", Integer.parseInt(m.group(1)))};
    }
}
