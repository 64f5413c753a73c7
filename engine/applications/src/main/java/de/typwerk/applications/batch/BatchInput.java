package de.typwerk.applications.batch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.answers.AnswersRead;
import de.typwerk.engine.definition.NearMiss;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.definition.BinaryFiles;
import de.typwerk.engine.definition.StrictUtf8;
import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Opens a batch input and checks what concerns every row before any row is scored: that there is
 * a row at all, and for CSV the header. A header problem (a missing or unknown column, a column
 * twice, the wrong delimiter) would fail every row alike, so it is reported once, as a refusal
 * with one sentence per problem, and nothing is scored.
 *
 * <p>A CSV header is checked against the questionnaire that its first row names (columns
 * {@code questionnaire} and {@code version}): it must hold exactly that questionnaire's columns
 * ({@link CsvLayout#columns()}), in any order. Rows are read ahead, at most
 * {@value #LOOKAHEAD_ROWS}, to find the first that names a loaded questionnaire.
 */
@API(status = EXPERIMENTAL, since = "1.0")
public final class BatchInput {

    static final int LOOKAHEAD_ROWS = 1000;

    /** What opening gave. */
    @API(status = EXPERIMENTAL, since = "1.0")
    public sealed interface Opening {
    }

    /** Ready to hand out rows. */
    @API(status = EXPERIMENTAL, since = "1.0")
    public record Ready(RowSourceHandle rows) implements Opening {
    }

    /**
     * Not to be scored: the reasons, one sentence each, and where each stands in the input
     * ({@code places}, one per reason, in their order).
     */
    @API(status = EXPERIMENTAL, since = "1.0")
    public record Refused(List<String> reasons, List<Place> places) implements Opening {
        public Refused {
            reasons = List.copyOf(reasons);
            places = List.copyOf(places);
            if (places.size() != reasons.size()) throw new IllegalArgumentException("a place for each reason");
        }

        /** Reasons without a place in the input (no rows at all). */
        public Refused(List<String> reasons) {
            this(reasons, java.util.Collections.nCopies(reasons.size(), Place.NONE));
        }
    }

    /**
     * Where a reason of a refusal stands: a line of the input and a column in characters, both from
     * 1; a column of 0 says the line alone (a column missing from the header), a line of 0 no place.
     */
    @API(status = EXPERIMENTAL, since = "1.0")
    public record Place(long line, int column) {
        /** No place in the input. */
        public static final Place NONE = new Place(0, 0);
    }

    /** An opened input, for {@link Batch#run}. */
    @API(status = EXPERIMENTAL, since = "1.0")
    public static final class RowSourceHandle {

        private final RowSource source;
        private final Optional<LoadedQuestionnaire> questionnaire;

        RowSourceHandle(RowSource source, Optional<LoadedQuestionnaire> questionnaire) {
            this.source = source;
            this.questionnaire = questionnaire;
        }

        /**
         * The rows themselves, for a caller that reads them one by one instead of handing this
         * handle to {@link Batch#run} ({@code typwerk score} reads the one response of another
         * tool's file this way). Either read them or run a batch on them, not both: the rows are
         * handed out once.
         */
        public RowSource source() {
            return source;
        }

        /** For CSV: the questionnaire the header was checked against. */
        public Optional<LoadedQuestionnaire> questionnaire() {
            return questionnaire;
        }

        /** Bytes of the input consumed so far. */
        public long bytesRead() {
            return source.bytesRead();
        }
    }

    private final Typwerk engine;
    private final Messages messages;
    private final ObjectWriter json = new Mappers().json().writer().without(SerializationFeature.INDENT_OUTPUT);

    /**
     * Opens inputs for {@code engine}.
     *
     * @throws NullPointerException if {@code engine} is null (named in the message, as every null argument here)
     */
    public BatchInput(Typwerk engine) {
        this.engine = java.util.Objects.requireNonNull(engine, "engine");
        this.messages = engine.messages();
    }

    /**
     * Opens {@code in}, which the caller closes. What makes every row unusable (no rows, a bad CSV
     * header, another encoding than UTF-8) is a {@link Refused} with its reasons, never an exception.
     *
     * @throws IOException if reading {@code in} fails
     * @throws NullPointerException if {@code input} or {@code format} is null, naming it (a null format read the input as CSV)
     */
    public Opening open(InputStream input, BatchFormat format) throws IOException {
        java.util.Objects.requireNonNull(input, "input");
        java.util.Objects.requireNonNull(format, "format");
        InputStream in = markable(input);
        Optional<Refused> encoding = otherEncoding(in, messages);
        if (encoding.isPresent()) return encoding.get();
        if (format == BatchFormat.JSONL) {
            JsonLinesSource source = new JsonLinesSource(in, messages);
            if (!source.hasRows()) return refused(messages.get("batch.no-rows"));
            if (source.startsWithCsvHeader()) return refused(messages.get("batch.csv-as-jsonl"), new Place(1, 1));
            if (source.endsLinesWithCarriageReturns()) return refused(messages.get("batch.cr-line-ends"));
            return new Ready(new RowSourceHandle(source, Optional.empty()));
        }
        return openCsv(in);
    }

    /** {@return {@code in}, or a buffer on it where it cannot be looked ahead into ({@link #otherEncoding} needs to)} */
    public static InputStream markable(InputStream in) {
        return in.markSupported() ? in : new java.io.BufferedInputStream(in);
    }

    /**
     * The refusal of an input in UTF-16 or UTF-32 (Windows' "Unicode"), with a byte order mark or
     * without, which would fail every row alike, or the CSV header: said once; empty for any other.
     * Reads ahead only: {@code in} (see {@link #markable}) is where it was.
     */
    public static Optional<Refused> otherEncoding(InputStream in, Messages messages) throws IOException {
        // a spreadsheet, a PDF or an archive passed by mistake: said once as what it is, where each of its lines would be a row of garbage
        Optional<BinaryFiles.Found> binary = BinaryFiles.recognizeAhead(in);
        if (binary.isPresent()) return Optional.of(refused(binary.get().message(messages, "batch.binary")));
        Optional<StrictUtf8.OtherEncoding> other = StrictUtf8.otherEncodingAhead(in);
        if (other.isPresent()) return Optional.of(refused(messages.get("batch.other-encoding", other.get().name(), other.get().mark())));
        return StrictUtf8.unmarkedEncodingAhead(in).map(name -> refused(messages.get("batch.unmarked-encoding", name)));
    }

    /** Ready to hand out the rows of {@code source}: an input another reader has opened (e.g. another tool's responses). */
    public static Ready ready(RowSource source) {
        return new Ready(new RowSourceHandle(source, Optional.empty()));
    }

    /** How many columns of a CSV header the questionnaire has no question for get a reason each; the rest are counted in one. */
    static final int MAX_UNKNOWN_COLUMNS = 100;

    private Opening openCsv(InputStream in) throws IOException {
        CsvRecords records = new CsvRecords(new Lines(in, CsvSource.MAX_RECORD_BYTES), CsvSource.MAX_RECORD_BYTES);
        char delimiter = records.delimiterFromHeader();
        Optional<CsvRecords.Record> first = records.next(0);
        if (first.isEmpty()) return refused(messages.get("batch.no-rows"));
        if (first.get() instanceof CsvRecords.NotUtf8 bad) {
            return refused(messages.get("batch.not-utf8-csv", String.valueOf(bad.at()), String.valueOf(bad.column()),
                    StrictUtf8.hex(bad.value())), new Place(bad.at(), bad.column()));
        }
        if (!(first.get() instanceof CsvRecords.Fields headerRecord)) {
            Place at = first.get() instanceof CsvRecords.OpenQuote open ? new Place(open.line(), open.column())
                    : new Place(first.get().line(), 0);
            return refused(messages.get("batch.header-unreadable"), at);
        }
        Place headerLine = new Place(headerRecord.line(), 0);
        // a carriage return left in the header: the lines end with CR alone (Excel for Mac's
        // "CSV (Macintosh)"), so the whole input is one line; its cells would be called columns
        if (headerRecord.values().stream().anyMatch(v -> v.indexOf('\r') >= 0)) return refused(messages.get("batch.cr-line-ends"), headerLine);
        List<String> header = headerRecord.values().stream().map(String::strip).toList();
        if (header.get(0).startsWith("{")) return refused(messages.get("batch.jsonl-as-csv"), new Place(headerRecord.line(), 1));

        if (header.size() == 1) {
            for (String other : List.of(";", "\t")) {
                if (header.get(0).contains(other)) {
                    return refused(messages.get("batch.wrong-delimiter", other.equals("\t") ? "TAB" : other), headerLine);
                }
            }
        }
        List<String> reasons = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Place cell = new Place(headerRecord.line(), headerRecord.columns().get(i));
            // a trailing ',' on every line, as a spreadsheet writes for a formatted column beyond the data
            if (header.get(i).isEmpty()) {
                reasons.add(messages.get("batch.unnamed-column", String.valueOf(i + 1)));
                places.add(cell);
                continue;
            }
            Integer before = seen.putIfAbsent(header.get(i), i + 1);
            if (before != null) {
                reasons.add(messages.get("batch.duplicate-column", header.get(i), String.valueOf(before), String.valueOf(i + 1)));
                places.add(cell);
            }
        }
        for (String needed : List.of("questionnaire", "version")) {
            if (!header.contains(needed)) {
                reasons.add(messages.get("batch.missing-column", needed));
                places.add(headerLine);
            }
        }
        if (!reasons.isEmpty()) return new Refused(reasons, places);

        Deque<CsvRecords.Record> lookahead = new ArrayDeque<>();
        Optional<LoadedQuestionnaire> questionnaire = Optional.empty();
        Optional<String> firstReason = Optional.empty();
        Place firstReasonAt = Place.NONE;
        while (lookahead.size() < LOOKAHEAD_ROWS) {
            Optional<CsvRecords.Record> next = records.next(header.size());
            if (next.isEmpty()) break;
            lookahead.add(next.get());
            // a row that cannot be read says so itself, as the first reason (all rows of a file saved in Windows-1252)
            if (firstReason.isEmpty()) {
                firstReason = CsvSource.unreadable(next.get(), messages);
                if (firstReason.isPresent()) firstReasonAt = new Place(next.get().line(), 0);
            }
            if (!(next.get() instanceof CsvRecords.Fields row)) continue;
            if (row.values().size() != header.size()) {
                // every row one field more or less than the header (a ',' at the end of the rows only): say so, where
                if (firstReason.isEmpty()) {
                    firstReason = Optional.of(messages.get("batch.fields-in-line", String.valueOf(row.line()),
                            String.valueOf(row.values().size()), String.valueOf(header.size())));
                    firstReasonAt = new Place(row.line(), 0);
                }
                continue;
            }
            Resolution resolution = resolve(cell(header, row, "questionnaire"), cell(header, row, "version"));
            if (resolution.questionnaire().isPresent()) {
                questionnaire = resolution.questionnaire();
                break;
            }
            if (firstReason.isEmpty()) {
                firstReason = Optional.of(resolution.reason());
                firstReasonAt = new Place(row.line(), row.columns().get(header.indexOf("questionnaire")));
            }
        }
        if (lookahead.isEmpty()) return refused(messages.get("batch.no-rows"));
        if (questionnaire.isEmpty()) {
            return refused(messages.get("batch.no-questionnaire", firstReason.orElse(messages.get("batch.no-complete-row"))), firstReasonAt);
        }

        CsvLayout layout = new CsvLayout(questionnaire.get().questionnaire());
        // a column misspelt ('fokuss' for 'fokus') is one mistake: said once, at the misspelt heading
        Set<String> misspelt = new HashSet<>();
        Set<String> headings = new HashSet<>(header);
        // past the first hundred unknown columns, the rest are counted in one reason: a header of
        // 100,000 made-up columns took 46 seconds and 400 MB, and gave as many lines (34 MB of
        // problem+json at POST /v1/batch)
        int unknown = 0;
        Place firstUnlisted = null;
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (layout.columns().contains(column) || column.isEmpty()) continue;
            Place at = new Place(headerRecord.line(), headerRecord.columns().get(i));
            if (++unknown > MAX_UNKNOWN_COLUMNS) {
                if (firstUnlisted == null) firstUnlisted = at;
                continue;
            }
            Optional<String> near = NearMiss.among(column, layout.columns());
            if (near.isPresent() && !headings.contains(near.get()) && misspelt.add(near.get())) {
                reasons.add(messages.get("batch.misspelt-column", de.typwerk.engine.answers.Lookalikes.visible(column), near.get()));
                places.add(at);
                continue;
            }
            String hint = near.map(s -> messages.get("answers.did-you-mean", s)).orElse("");
            reasons.add(messages.get("batch.unknown-column", de.typwerk.engine.answers.Lookalikes.visible(column), hint,
                    questionnaire.get().questionnaire().coordinates()));
            places.add(at);
        }
        if (firstUnlisted != null) {
            reasons.add(messages.get("batch.unknown-columns-unlisted", unknown - MAX_UNKNOWN_COLUMNS,
                    questionnaire.get().questionnaire().coordinates(), MAX_UNKNOWN_COLUMNS));
            places.add(firstUnlisted);
        }
        for (String column : layout.columns()) {
            if (!headings.contains(column) && !misspelt.contains(column)) {
                reasons.add(messages.get("batch.missing-column", column));
                places.add(headerLine);
            }
        }
        if (!reasons.isEmpty()) return new Refused(reasons, places);
        return new Ready(new RowSourceHandle(new CsvSource(records, layout, header, messages, json, lookahead, delimiter), questionnaire));
    }

    private record Resolution(Optional<LoadedQuestionnaire> questionnaire, String reason) {
    }

    /** The loaded questionnaire that answers for {@code id} in {@code version} are read against, as the answers reader finds it. */
    private Resolution resolve(String id, String version) throws IOException {
        ObjectNode probe = JsonNodeFactory.instance.objectNode();
        probe.put("questionnaire", id.isEmpty() ? null : id);
        probe.put("version", version.isEmpty() ? null : version);
        probe.set("answers", JsonNodeFactory.instance.objectNode());
        AnswersRead read = engine.readPartialAnswers("header.json", json.writeValueAsBytes(probe));
        String reason = read.problems().stream().filter(Problem::isError).map((Problem p) -> p.message()).findFirst().orElse("");
        return new Resolution(read.questionnaire(), reason);
    }

    private static String cell(List<String> header, CsvRecords.Fields row, String column) {
        return row.values().get(header.indexOf(column)).strip();
    }

    private static Refused refused(String reason) {
        return new Refused(List.of(reason));
    }

    private static Refused refused(String reason, Place at) {
        return new Refused(List.of(reason), List.of(at));
    }
}
