package de.typwerk.interop.limesurvey;

import de.typwerk.interop.CountingStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import de.typwerk.engine.definition.Mappers;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.applications.batch.ProblemPlaces;
import de.typwerk.applications.batch.Row;
import de.typwerk.applications.batch.RowError;
import de.typwerk.applications.batch.RowSource;
import de.typwerk.interop.Coordinates;
import de.typwerk.interop.DefinitionTree;
import de.typwerk.interop.InteropMessages;
import de.typwerk.interop.Json;
import de.typwerk.interop.Respondent;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * LimeSurvey's response export as batch rows: CSV (UTF-8, with or without a byte order mark;
 * {@code ;} or {@code ,}, found from the heading line; values quoted or not), headings as question
 * codes ({@code Q01}, {@code Q05[SQ02]} or {@code Q05_SQ02}, a ranking's places {@code Q07[1]}).
 * Each response becomes an answers document by the codes of {@link LimeSurveyCodes}: a list's
 * answer code is the option, a multiple choice's {@code Y} a pick (empty or {@code N}: not picked),
 * a ranking's places in order its ranking. The column {@value LimeSurveyCodes#MARKER} names the
 * questionnaire; without it, the questionnaire given to the reader. A response whose {@code
 * submitdate} is empty was not submitted and is an error row {@code not-completed}. LimeSurvey's
 * other columns ({@code id}, {@code lastpage}, {@code startlanguage}, …) and any other column that
 * is none of the questionnaire's codes are passed over. A finding names the question and the column.
 */
public final class LimeSurveyResponses implements RowSource {

    /** The code LimeSurvey writes in a list's column for its "Other"; the text is in the column {@code Q05[other]}. */
    private static final String OTHER = "-oth-";
    /**
     * What a multiple choice's picked and not picked cells hold where the export was told to
     * "Convert Y to" and "Convert N to" the values LimeSurvey's export form offers for it.
     */
    private static final String CONVERTED_Y = "1";
    private static final String CONVERTED_N = "2";
    /**
     * What a multiple choice's cells hold in an export of full answers, in the languages Typwerk
     * speaks: LimeSurvey writes "Yes" for picked and "No" for not picked, translated.
     */
    private static final java.util.Set<String> FULL_YES_NO = java.util.Set.of("yes", "no", "ja", "nein");

    private final Typwerk engine;
    private final InteropMessages messages;
    private final Optional<LoadedQuestionnaire> assumed;
    private final CountingStream counted;
    /** The records as text, each split into its cells by {@link #cells}. */
    private final CsvLines lines;
    private final ObjectReader cells;
    private final List<String> headings;
    /** Whether the file is LimeSurvey's VV file, not its CSV export. */
    private final boolean vv;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final Map<String, LimeSurveyCodes> codesByQuestionnaire = new HashMap<>();
    private long rows;
    /** The row {@link #hasRows} read ahead to find out, if it did. */
    private Optional<Row> peeked;

    private LimeSurveyResponses(Typwerk engine, InputStream in, InteropMessages messages, Optional<LoadedQuestionnaire> assumed)
            throws IOException {
        this.engine = engine;
        this.messages = messages;
        this.assumed = assumed;
        this.counted = new CountingStream(in);
        BufferedInputStream buffered = new BufferedInputStream(counted, 1 << 16);
        char separator = separator(buffered);
        this.vv = separator == '\t';
        // split into records here, each handed to the CSV parser alone: reading the stream itself, the
        // parser ended a record only at the first character of the next, so a batch fed through a
        // pipe or a streaming request held each row back until the next came. Decoded here too, not
        // by the parser, which stops the whole file at a byte that is no UTF-8 (a file saved again as
        // Windows-1252): such a byte becomes U+FFFD, and its row an error row
        this.lines = new CsvLines(buffered, separator, Mappers.MAX_DOCUMENT_BYTES);
        this.cells = new CsvMapper().readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator));
        this.headings = new ArrayList<>();
        Optional<CsvLines.Text> heading = lines.next();
        // a VV file's first line holds the question texts, its second the codes
        if (vv && heading.isPresent()) {
            Optional<CsvLines.Text> second = lines.next();
            if (second.isPresent()) heading = second;
        }
        if (heading.isPresent()) {
            String[] cells;
            try {
                cells = cells(heading.get().text());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw placed(e, heading.get().line());
            }
            for (String h : cells) headings.add(h.strip());
        }
        for (int i = 0; i < headings.size(); i++) {
            // a column the reader takes, twice: one would be read, the other passed over without a word
            String code = LimeSurveyCodes.headingCode(headings.get(i));
            Integer first = firstOfCode.putIfAbsent(code, i);
            if (first != null && duplicate.isEmpty() && READ.matcher(code).matches()) duplicate = Optional.of(new int[] {first, i});
        }
        for (int i = 0; i < headings.size(); i++) columnIndex.putIfAbsent(headings.get(i), i);
        // headings of code and text ("Q03. Wie …"): found by their code too, where no heading is that code alone
        for (int i = 0; i < headings.size(); i++) columnIndex.putIfAbsent(LimeSurveyCodes.headingCode(headings.get(i)), i);
    }

    /** The cells of one record's text; none for an empty line. */
    private String[] cells(String text) throws IOException {
        if (text.isEmpty()) return new String[0];
        try (MappingIterator<String[]> records = cells.readValues(text)) {
            return records.hasNextValue() ? records.nextValue() : new String[0];
        }
    }

    /** What the parser threw for a record that starts on line {@code line}, placed in the file, not in the record. */
    private static com.fasterxml.jackson.core.JsonProcessingException placed(com.fasterxml.jackson.core.JsonProcessingException e, long line) {
        var at = e.getLocation();
        if (line == 1 || at == null || at.getLineNr() < 1) return e;
        return new com.fasterxml.jackson.core.JsonParseException(null, e.getOriginalMessage(), new com.fasterxml.jackson.core.JsonLocation(
                at.contentReference(), at.getByteOffset(), at.getCharOffset(), (int) (at.getLineNr() + line - 1), at.getColumnNr()));
    }

    /**
     * The message key for a file of LimeSurvey's, or one like it, that holds no responses to read,
     * judged by its beginning {@code head}: the survey structure ({@code .txt}, as the export writes
     * it and LimeSurvey imports it: a heading line {@code id}, {@code related_id}, {@code class},
     * {@code type/scale}), an XML export ({@code .lss} structure, {@code .lsr} responses) or a ZIP
     * archive ({@code .lsa}, or an Excel workbook); empty for anything else. Read as CSV, each line
     * of such a file would be an error row of its own that says nothing of the file.
     */
    public static Optional<String> notResponses(byte[] head) {
        int start = de.typwerk.engine.definition.StrictUtf8.byteOrderMarkAt(head, 0, head.length) ? 3 : 0;
        String text = new String(head, start, head.length - start, StandardCharsets.ISO_8859_1);
        if (text.startsWith("PK\u0003\u0004")) return Optional.of("limesurvey.archive");
        String first = text.lines().findFirst().orElse("");
        if (STRUCTURE_HEADINGS.matcher(first).lookingAt()) return Optional.of("limesurvey.structure");
        String lead = text.stripLeading();
        if (lead.startsWith("<?xml") || lead.startsWith("<document>")) return Optional.of("limesurvey.xml");
        return Optional.empty();
    }

    /** The first columns of LimeSurvey's tab-separated survey structure, as its own export and {@code LimeSurveyExport} write them. */
    private static final java.util.regex.Pattern STRUCTURE_HEADINGS = java.util.regex.Pattern.compile(
            "\"?id\"?\t\"?related_id\"?\t\"?class\"?\t\"?type/scale\"?(\t|$)");

    /** Opens {@code in} (which the caller closes). */
    public static LimeSurveyResponses open(Typwerk engine, InputStream in, InteropMessages messages, Optional<LoadedQuestionnaire> assumed)
            throws IOException {
        return new LimeSurveyResponses(engine, in, messages, assumed);
    }

    /** The codes of the columns the reader takes: the questionnaire's ({@code Q05[SQ02]}, {@code Q05_SQ02}), the respondent's, {@code TYPWERK}. */
    private static final java.util.regex.Pattern READ = java.util.regex.Pattern.compile(
            "Q[0-9]+(?:\\[[A-Za-z0-9]+\\]|_[A-Za-z0-9]+)?|RESP[A-Z]+|" + LimeSurveyCodes.MARKER);
    private final Map<String, Integer> firstOfCode = new HashMap<>();
    /** LimeSurvey's column of the time a response was submitted; empty for one that was not. */
    private static final String SUBMITDATE = "submitdate";
    /** The first column the reader takes that the heading line has twice: both indexes. */
    private Optional<int[]> duplicate = Optional.empty();

    /**
     * The sentence that refuses the file as a whole, if its heading line has a column the reader
     * takes twice (as the batch refuses such a CSV header): which of the two holds the answer
     * cannot be told.
     */
    public Optional<String> duplicateColumn() {
        return duplicate.map(d -> messages.get("limesurvey.duplicate-column",
                LimeSurveyCodes.headingCode(headings.get(d[0])), d[0] + 1, d[1] + 1));
    }

    /**
     * The sentence that refuses the file as a whole, if its heading line (of a CSV export) names
     * none of the columns the reader takes: LimeSurvey wrote the headings as question texts ("Full
     * question text", "Abbreviated question text"), so that each response would be an error row
     * asking for --questionnaire, and then one of missing columns.
     */
    public Optional<String> noCodes() {
        if (vv || headings.isEmpty()) return Optional.empty();
        for (String heading : headings) {
            if (READ.matcher(LimeSurveyCodes.headingCode(heading)).matches()) return Optional.empty();
        }
        return Optional.of(messages.get("limesurvey.no-codes", LimeSurveyCodes.MARKER));
    }

    /** The line of the heading line: the first, or a VV file's second. */
    public long headingLine() {
        return vv ? 2 : 1;
    }

    /** Whether there is a heading line; a file without one has no rows either. */
    public boolean hasHeadings() {
        return !headings.isEmpty();
    }

    public boolean hasRows() throws IOException {
        if (peeked == null) peeked = read();
        return peeked.isPresent();
    }

    /**
     * Whether the next response can be read without waiting for the input: one was read ahead, or
     * its line end has come ({@link CsvLines#ready}). A batch fed through a pipe or a streaming
     * {@code POST /v1/batch} writes the rows it has before it waits, as for its own JSON Lines and
     * CSV, where it held every row back until the next came (a client that sends a response and
     * waits for its result waited for ever).
     */
    @Override
    public boolean ready() throws IOException {
        return peeked != null || lines.ready();
    }

    @Override
    public Optional<Row> next() throws IOException {
        Optional<Row> row = peeked != null ? peeked : read();
        peeked = null;
        return row;
    }

    private Optional<Row> read() throws IOException {
        long line;
        long spans;
        String[] record;
        do {
            Optional<CsvLines.Text> text = lines.next();
            if (text.isEmpty()) return Optional.empty();
            line = text.get().line();
            spans = text.get().lines();
            if (text.get().tooLong()) {
                rows++;
                return Optional.of(new Row.Broken(rows, line, RowError.ofRow("too-large", line,
                        messages.get("import.line-too-long", String.valueOf(Mappers.MAX_DOCUMENT_BYTES)))));
            }
            try {
                record = cells(text.get().text());
            } catch (IOException e) {
                if (spans > 1) return Optional.of(openQuote(line));
                return Optional.of(unreadable(e, line));
            }
            // no response: the blank line LimeSurvey ends every export with, and the record of
            // empty values it writes for a survey without responses
        } while (Arrays.stream(record).allMatch(String::isEmpty));
        // a record over several lines that is no response: a quote left open on its first line took the
        // lines after it in (every response after it, to the end of the file); they are read again
        if (record.length != headings.size() && spans > 1) return Optional.of(openQuote(line));
        if (vv) record = Arrays.stream(record).map(LimeSurveyResponses::vvValue).toArray(String[]::new);
        rows++;
        if (record.length != headings.size()) {
            return Optional.of(new Row.Broken(rows, line, RowError.ofRow("field-count", line,
                    messages.get("limesurvey.field-count", line, record.length, headings.size()))));
        }
        for (int i = 0; i < record.length; i++) {
            if (record[i].indexOf('\uFFFD') >= 0) {
                String column = LimeSurveyCodes.headingCode(headings.get(i));
                return Optional.of(failed(line, "not-utf8", Optional.empty(), column, messages.get("limesurvey.not-utf8", line, column)));
            }
        }
        return Optional.of(convert(record, line));
    }

    /**
     * A value as LimeSurvey's VV export writes it ({@code vvexport}): {@code {question_not_shown}}
     * for a question not shown (no answer), and a leading quote, line breaks, tabs and braces spelt
     * out.
     */
    private static String vvValue(String value) {
        if (value.equals("{question_not_shown}")) return "";
        String v = value.startsWith("{quote}") ? "\"" + value.substring("{quote}".length()) : value;
        return v.replace("{newline}", "\n").replace("{cr}", "\r").replace("{tab}", "\t").replace("{lbrace}", "{");
    }

    /**
     * The record that starts on {@code line} as its first line only, a quote left open there: an error
     * row for that line, and the lines after it read again, each a response of its own, as the
     * batch's own CSV does.
     */
    private Row openQuote(long line) {
        rows++;
        int column = lines.readAgainAfterFirstLine();
        return new Row.Broken(rows, line, RowError.ofRow("open-quote", line, messages.get("limesurvey.open-quote", line, column)));
    }

    private Row unreadable(IOException e, long line) {
        rows++;
        // the parser's own sentence, without its source and reference chain (lines of its own); it
        // read the record alone, so its lines are moved to the file's
        String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException p
                ? messages.parser(p, at -> new long[] {at[0] + line - 1, at[1]}) : e.getMessage();
        var where = e instanceof com.fasterxml.jackson.core.JsonProcessingException p ? p.getLocation() : null;
        String message = where == null || where.getLineNr() < 1
                ? messages.get("limesurvey.csv-syntax", line, why)
                : messages.get("limesurvey.csv-syntax-at", line, where.getLineNr() + line - 1, column((com.fasterxml.jackson.core.JsonProcessingException) e), why);
        return new Row.Broken(rows, line, RowError.ofRow("csv-syntax", line, message));
    }

    /**
     * The column a CSV parser's complaint stands at, in characters from 1: where it found a character
     * it did not expect (a separator of another kind after a quoted value), the column of that
     * character, which the parser has read already and so reports as the one after it.
     */
    public static int column(com.fasterxml.jackson.core.JsonProcessingException e) {
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        return String.valueOf(e.getOriginalMessage()).startsWith("Unexpected character") && column > 1 ? column - 1 : Math.max(column, 0);
    }

    private Row convert(String[] record, long line) {
        // LimeSurvey's "submitdate" is empty for a response not submitted (the respondent stopped, or
        // is still answering); its export writes such responses too, as "Completion state: All
        // responses" asks. Scored, they would pass for the municipality's result, as FHIR's in-progress would
        Integer submitted = columnIndex.get(SUBMITDATE);
        if (submitted != null && record[submitted].isBlank()) {
            return failed(line, "not-completed", Optional.empty(), headings.get(submitted), messages.get("limesurvey.not-completed"));
        }
        Optional<Coordinates> named = Optional.empty();
        Integer marker = columnIndex.get(LimeSurveyCodes.MARKER);
        if (marker != null && !record[marker].isBlank()) {
            named = Coordinates.parse(record[marker]);
            if (named.isEmpty()) {
                return failed(line, "bad-questionnaire", Optional.empty(), LimeSurveyCodes.MARKER,
                        messages.get("limesurvey.bad-marker", LimeSurveyCodes.MARKER, record[marker]));
            }
        }
        if (named.isPresent() && assumed.isPresent() && !named.get().id().equals(assumed.get().questionnaire().id())) {
            return failed(line, "other-questionnaire", Optional.empty(), LimeSurveyCodes.MARKER,
                    messages.get("import.other-questionnaire", named.get().toString(), assumed.get().questionnaire().coordinates()));
        }
        Optional<Coordinates> naming = named;
        Optional<LoadedQuestionnaire> target = naming.isPresent()
                ? engine.questionnaire(naming.get().toString()).or(() -> engine.questionnaire(naming.get().id()))
                : assumed;
        if (target.isEmpty()) {
            return named.isPresent()
                    ? failed(line, "unknown-questionnaire", Optional.empty(), LimeSurveyCodes.MARKER,
                            messages.get("limesurvey.unknown-questionnaire", named.get().toString()))
                    : failed(line, "no-questionnaire", Optional.empty(), LimeSurveyCodes.MARKER,
                            messages.get("limesurvey.no-marker", LimeSurveyCodes.MARKER));
        }
        String version = named.map(Coordinates::version).orElse(target.get().questionnaire().version());
        LoadedQuestionnaire answered = target.get();
        LimeSurveyCodes codes = codesByQuestionnaire.computeIfAbsent(answered.questionnaire().coordinates(),
                k -> new LimeSurveyCodes(DefinitionTree.of(answered.questionnaire())));
        DefinitionTree definition = codes.definition();

        ObjectNode document = Json.object();
        document.put("questionnaire", definition.id());
        document.put("version", version);
        ObjectNode respondent = Json.object();
        for (Respondent field : Respondent.FIELDS) {
            Integer i = columnIndex.get(field.code());
            if (i != null && !record[i].isEmpty()) respondent.put(field.field(), record[i]);
        }
        if (!respondent.isEmpty()) document.set("respondent", respondent);
        ObjectNode answers = document.putObject("answers");
        Map<String, String> columns = new LinkedHashMap<>();
        for (JsonNode question : definition.questions()) {
            String id = question.path("id").asText();
            String code = codes.question(id);
            String kind = DefinitionTree.kind(question);
            List<String> wanted = columnsOf(codes, question);
            columns.put(id, wanted.get(0));
            // a multiple choice's option the survey did not have (the questionnaire gained it after
            // the survey was made from it) is not picked; the question itself must be there
            boolean asked = kind.equals("multi") && wanted.stream().anyMatch(c -> find(c).isPresent());
            for (String column : wanted) {
                if (find(column).isEmpty() && !asked) {
                    return failed(line, "missing-column", Optional.of(id), column,
                            messages.get(vv ? "limesurvey.missing-column-vv" : "limesurvey.missing-column", column, id));
                }
            }
            switch (kind) {
                case "single", "scale" -> {
                    String value = record[find(code).get()].strip();
                    if (value.isEmpty()) continue;
                    if (value.equals(OTHER)) {
                        return other(line, id, code, find(code + "[other]").map(i -> record[i].strip()).filter(t -> !t.isEmpty()).orElse(OTHER));
                    }
                    if (kind.equals("scale")) {
                        Integer point = codes.points(question).get(value);
                        if (point == null) return unknownCode(line, question, id, code, value, codes.points(question).keySet());
                        answers.put(id, point);
                    } else {
                        Optional<String> option = codes.optionOf(question, value);
                        if (option.isEmpty()) return unknownCode(line, question, id, code, value, codes.options(question).values());
                        answers.put(id, option.get());
                    }
                }
                case "multi" -> {
                    ArrayNode picked = Json.NODES.arrayNode();
                    for (Map.Entry<String, String> o : codes.options(question).entrySet()) {
                        String column = code + "[" + o.getValue() + "]";
                        String value = find(column).map(i -> record[i].strip()).orElse("");
                        if (value.equals("Y") || value.equals(CONVERTED_Y)) {
                            picked.add(o.getKey());
                        } else if (FULL_YES_NO.contains(value.toLowerCase(java.util.Locale.ROOT))) {
                            return fullAnswer(line, id, heading(column), value);
                        } else if (!value.isEmpty() && !value.equals("N") && !value.equals(CONVERTED_N)) {
                            return failed(line, "unknown-code", Optional.of(id), heading(column),
                                    messages.get("limesurvey.not-y", heading(column), value, id));
                        }
                    }
                    Optional<String> otherText = find(code + "[other]").map(i -> record[i].strip()).filter(t -> !t.isEmpty());
                    if (otherText.isPresent()) return other(line, id, code + "[other]", otherText.get());
                    if (!picked.isEmpty()) answers.set(id, picked);
                }
                case "ranking" -> {
                    ArrayNode order = Json.NODES.arrayNode();
                    int gap = 0;
                    for (int place = 1; place <= question.path("options").size(); place++) {
                        String column = code + "[" + place + "]";
                        Optional<Integer> at = find(column);
                        String value = at.map(i -> record[i].strip()).orElse("");
                        if (value.isEmpty()) {
                            if (gap == 0) gap = place;
                            continue;
                        }
                        if (gap != 0) {
                            return failed(line, "ranking-place-missing", Optional.of(id), heading(column),
                                    messages.get("limesurvey.ranking-gap", heading(code + "[" + gap + "]"), id));
                        }
                        Optional<String> option = codes.optionOf(question, value);
                        if (option.isEmpty()) return unknownCode(line, question, id, heading(column), value, codes.options(question).values());
                        order.add(option.get());
                    }
                    if (!order.isEmpty()) answers.set(id, order);
                }
                case "number" -> {
                    String value = record[find(code).get()].strip();
                    if (value.isEmpty()) continue;
                    try {
                        answers.put(id, new BigDecimal(value).stripTrailingZeros());
                    } catch (NumberFormatException notANumber) {
                        if (EXPONENT_NUMBER.matcher(value).matches()) {
                            // 1e2147483648: digits whose exponent no decimal holds; the answers reader would ask to drop quotes a cell does not have
                            return failed(line, "wrong-kind", Optional.of(id), heading(code),
                                    messages.get("limesurvey.exponent-too-large", heading(code), value, id));
                        }
                        answers.put(id, value);   // the answers reader says what is wrong with it
                    }
                }
                default -> {
                    String value = record[find(code).get()];
                    if (!value.isEmpty()) answers.put(id, value);
                }
            }
        }
        return new Row.Document(rows, line, Json.line(document), places(columns));
    }

    /** A number as a cell may spell it, with an exponent; one that does not parse has an exponent too large. */
    private static final java.util.regex.Pattern EXPONENT_NUMBER =
            java.util.regex.Pattern.compile("[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)[eE][+-]?[0-9]+");

    /** The columns a question's answers are in: its code, or one per subquestion or ranked place (heading style {@code Q05[SQ02]}). */
    private static List<String> columnsOf(LimeSurveyCodes codes, JsonNode question) {
        String code = codes.question(question.path("id").asText());
        List<String> columns = new ArrayList<>();
        switch (DefinitionTree.kind(question)) {
            case "multi" -> codes.options(question).values().forEach(sq -> columns.add(code + "[" + sq + "]"));
            case "ranking" -> {
                for (int place = 1; place <= DefinitionTree.rankedPlaces(question); place++) columns.add(code + "[" + place + "]");
            }
            default -> columns.add(code);
        }
        return columns;
    }

    /** A column by its code heading, {@code Q05[SQ02]} also found as {@code Q05_SQ02}. */
    private Optional<Integer> find(String column) {
        Integer i = columnIndex.get(column);
        if (i == null && column.endsWith("]")) i = columnIndex.get(column.replace('[', '_').substring(0, column.length() - 1));
        return Optional.ofNullable(i);
    }

    /** The column's code as the file writes it ({@code Q05_SQ02}), without a question's text after it. */
    private String heading(String column) {
        return find(column).map(headings::get).map(LimeSurveyCodes::headingCode).orElse(column);
    }

    /** A full answer where LimeSurvey writes an answer code when it exports answer codes. */
    private Row fullAnswer(long line, String id, String column, String value) {
        return failed(line, "full-answers", Optional.of(id), column, messages.get("limesurvey.full-answer", column, value, id));
    }

    /** Whether a cell holds an answer's text: as LimeSurvey keeps it (HTML), or as a spreadsheet shows it; space and case aside. */
    private static boolean sameText(String text, String value) {
        // the text as the structure file gives it (LimeSurveyExport.html); a cell that shows it plain is escaped the same way
        String kept = normalised(text);
        return kept.equalsIgnoreCase(normalised(value)) || kept.equalsIgnoreCase(normalised(LimeSurveyExport.html(value)));
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * An answer to LimeSurvey's "Other" (Sonstiges), which Typwerk's export never switches on: the
     * survey was changed after the export, and the answer is an option the question does not
     * have. Scoring the response without it would score another answer than the one given.
     */
    private Row other(long line, String id, String column, String value) {
        return failed(line, "unknown-code", Optional.of(id), heading(column),
                messages.get("limesurvey.other", heading(column), value, id));
    }

    /**
     * An answer code the question does not have; where it is the text of one of the question's
     * answers instead (LimeSurvey's default export, "full answers"), a finding that says so.
     */
    private Row unknownCode(long line, JsonNode question, String id, String column, String value, java.util.Collection<String> allowed) {
        if (LimeSurveyExport.answerTexts(question).anyMatch(text -> sameText(text, value))) return fullAnswer(line, id, heading(column), value);
        return failed(line, "unknown-code", Optional.of(id), heading(column),
                messages.get("limesurvey.unknown-code", heading(column), value, id, String.join(", ", allowed)));
    }

    private Row failed(long line, String code, Optional<String> question, String column, String message) {
        return new Row.Broken(rows, line, new RowError(code, question, Optional.of(column), Optional.empty(), line, message, 0));
    }

    /** A finding names the question and its (first) column. */
    private ProblemPlaces places(Map<String, String> columns) {
        return (Problem first, long line, int more) -> {
            String pointer = first.location().pointer();
            Optional<String> question = ProblemPlaces.question(pointer);
            Optional<String> column = question.map(columns::get).map(this::heading);
            Optional<String> rest = Optional.empty();
            if (pointer.startsWith("/respondent/")) {
                column = Respondent.at(pointer).map(Respondent::code);
            } else if (pointer.equals("/questionnaire") || pointer.equals("/version")) {
                column = Optional.of(LimeSurveyCodes.MARKER);
            } else if (question.isEmpty() && !pointer.isEmpty()) {
                rest = Optional.of(pointer);
            }
            return new RowError(first.code(), question, column, rest, line, first.message(), more);
        };
    }

    @Override
    public long bytesRead() {
        return counted.count();
    }

    /**
     * {@code ;} or {@code ,}: whichever the heading line has more of outside quotes (LimeSurvey
     * writes {@code ;} or {@code ,} by the export's setting); a tab where the line has one outside
     * quotes, as LimeSurvey's VV file has and no heading of its CSV export.
     */
    private static char separator(BufferedInputStream in) throws IOException {
        // the heading line, and no more: reading 64 KiB whatever came waited for ever on a stream
        // of one response shorter than that, sent by a client that waits for its result
        in.mark(1 << 16);
        byte[] head = new byte[1 << 16];
        int n = 0;
        boolean quoted = false;
        for (int b; n < head.length && (b = in.read()) >= 0; ) {
            head[n++] = (byte) b;
            if (b == '"') quoted = !quoted;
            else if (b == '\n' && !quoted) break;
        }
        in.reset();
        return separator(new String(head, 0, n, StandardCharsets.UTF_8));
    }

    /** The separator of a LimeSurvey export whose text starts with {@code text}, found on its heading line as above. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && (c == '\n' || c == '\r')) break;
            else if (!quoted && c == ';') semicolons++;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == '\t') tabs++;
        }
        if (tabs > 0) return '\t';
        return semicolons > commas ? ';' : ',';
    }
}
