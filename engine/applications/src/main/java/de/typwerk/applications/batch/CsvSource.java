package de.typwerk.applications.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import de.typwerk.api.model.QuestionKind;
import de.typwerk.engine.definition.StrictUtf8;
import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * CSV rows, each turned into an answers document by the {@link CsvLayout} of the questionnaire
 * the header was checked against. A row with another number of fields than the header, a quote
 * left open or a line that is too long becomes a broken row; reading goes on after it.
 */
final class CsvSource implements RowSource {

    /** A record (one row, quoted line breaks included) longer than this is taken for a quote left open. */
    static final int MAX_RECORD_BYTES = 1024 * 1024;

    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("[+-]?[0-9]{1,15}");
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[0-9]{1,15}");

    private final CsvRecords records;
    private final CsvLayout layout;
    private final List<String> header;
    private final Messages messages;
    private final ObjectWriter json;
    private final Deque<CsvRecords.Record> lookahead;
    private final char delimiter;
    private long rows;

    CsvSource(CsvRecords records, CsvLayout layout, List<String> header, Messages messages, ObjectWriter json,
              Deque<CsvRecords.Record> lookahead, char delimiter) {
        this.delimiter = delimiter;
        this.records = records;
        this.layout = layout;
        this.header = List.copyOf(header);
        this.messages = messages;
        this.json = json;
        this.lookahead = new ArrayDeque<>(lookahead);
    }

    @Override
    public Optional<Row> next() throws IOException {
        Optional<CsvRecords.Record> next = lookahead.isEmpty() ? records.next(header.size()) : Optional.of(lookahead.poll());
        if (next.isEmpty()) return Optional.empty();
        rows++;
        CsvRecords.Record record = next.get();
        long line = record.line();
        if (record instanceof CsvRecords.TooLong) {
            return broken(line, "too-large", messages.get("batch.line-too-long", String.valueOf(CsvSource.MAX_RECORD_BYTES)));
        }
        Optional<String> unreadable = unreadable(record, messages);
        if (unreadable.isPresent()) {
            return broken(line, record instanceof CsvRecords.OpenQuote ? "open-quote" : "not-utf8", unreadable.get());
        }
        CsvRecords.Fields fields = (CsvRecords.Fields) record;
        int found = fields.values().size();
        if (found != header.size()) {
            if (fields.endsInput() && found < header.size()) {
                return broken(line, "truncated", messages.get("batch.cut-short", String.valueOf(found), String.valueOf(header.size())));
            }
            return broken(line, "field-count", messages.get(found > header.size() ? "batch.too-many-fields" : "batch.too-few-fields",
                    String.valueOf(found), String.valueOf(header.size())) + (found > header.size() && delimiter == ',' ? decimalComma(fields.values()) : ""));
        }
        if (repeatsHeader(fields.values())) return broken(line, "header-again", messages.get("batch.header-again"));
        List<String> values = fields.values();
        if (delimiter == ';') {
            Optional<Row> grouped = groupedDigits(line, values);
            if (grouped.isPresent()) return grouped;
            values = withDecimalPoints(values);
        }
        Optional<Row> unreadableNumber = exponentTooLarge(line, values);
        if (unreadableNumber.isPresent()) return unreadableNumber;
        byte[] document;
        try {
            document = json.writeValueAsBytes(layout.document(header, values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answers document could not be written as JSON", e);
        }
        return Optional.of(new Row.Document(rows, line, document, PointerNames.COLUMNS));
    }

    /**
     * What makes a record unreadable where it names its own line: a quote left open, a byte that is
     * not UTF-8; empty for any other record.
     */
    static Optional<String> unreadable(CsvRecords.Record record, Messages messages) {
        if (record instanceof CsvRecords.OpenQuote open) {
            return Optional.of(messages.get("batch.open-quote", String.valueOf(open.line()), String.valueOf(open.column())));
        }
        if (record instanceof CsvRecords.NotUtf8 bad) {
            return Optional.of(messages.get("batch.not-utf8-csv", String.valueOf(bad.at()), String.valueOf(bad.column()),
                    StrictUtf8.hex(bad.value())));
        }
        return Optional.empty();
    }

    @Override
    public boolean ready() throws IOException {
        return !lookahead.isEmpty() || records.ready();
    }

    @Override
    public long bytesRead() {
        return records.bytesRead();
    }

    /** Whether a row is the header again, as where two files were joined (the second perhaps with its byte order mark). */
    private boolean repeatsHeader(List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i).strip();
            if (i == 0) value = StrictUtf8.withoutByteOrderMark(value).strip();
            if (!value.equals(header.get(i))) return false;
        }
        return true;
    }

    /**
     * Where a row has a field too many: the first number or scale column whose cell and the next
     * are digits, a number written with a decimal comma and no quotes (3,5), which the comma split
     * in two; said as a guess, after the count. Empty where there is no such column.
     */
    private String decimalComma(List<String> values) {
        for (int i = 0; i + 1 < values.size() && i < header.size(); i++) {
            var kind = layout.question(header.get(i)).map(q -> q.kind());
            if (kind.isEmpty() || (kind.get() != QuestionKind.NUMBER && kind.get() != QuestionKind.SCALE)) continue;
            String whole = values.get(i).strip();
            String fraction = values.get(i + 1).strip();
            if (WHOLE.matcher(whole).matches() && DIGITS.matcher(fraction).matches()) {
                return " " + messages.get("batch.decimal-comma", header.get(i), whole, fraction);
            }
        }
        return "";
    }

    /**
     * The first number or scale cell written with an exponent no decimal holds (1e2147483648): read
     * as a number it would end the whole batch, read as text be answered with "write numbers
     * without quotes", which a cell has none of. Empty where there is no such cell.
     */
    private Optional<Row> exponentTooLarge(long line, List<String> values) {
        for (int i = 0; i < values.size() && i < header.size(); i++) {
            var kind = layout.question(header.get(i)).map(q -> q.kind());
            if (kind.isEmpty() || (kind.get() != QuestionKind.NUMBER && kind.get() != QuestionKind.SCALE)) continue;
            String cell = values.get(i).strip();
            if (!EXPONENT.matcher(cell).matches()) continue;
            try {
                new java.math.BigDecimal(cell);
            } catch (NumberFormatException tooLarge) {
                String column = header.get(i);
                return Optional.of(new Row.Broken(rows, line, new RowError("wrong-kind", Optional.of(column), Optional.of(column),
                        Optional.empty(), line, messages.get("batch.exponent-too-large", column, cell), 0)));
            }
        }
        return Optional.empty();
    }

    /**
     * A number with a decimal comma, as a spreadsheet set to German writes it in a file separated by
     * semicolons; as a number with a point is read (.5, 12.), also without digits on one side (,5, 12,).
     */
    private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("[+-]?([0-9]+,[0-9]*|,[0-9]+)");
    /** Digits grouped by points (12.500 or 12.500,5): in German a thousands separator, elsewhere a decimal point. */
    private static final java.util.regex.Pattern GROUPED = java.util.regex.Pattern.compile("[+-]?[0-9]{1,3}([.][0-9]{3})+(,[0-9]*)?");

    private boolean numeric(String column) {
        var kind = layout.question(column).map(q -> q.kind());
        return kind.isPresent() && (kind.get() == QuestionKind.NUMBER || kind.get() == QuestionKind.SCALE);
    }

    /** The cells of a row separated by semicolons, each number or scale cell written with a decimal comma (12,5) with a point instead. */
    private List<String> withDecimalPoints(List<String> values) {
        List<String> read = new java.util.ArrayList<>(values);
        for (int i = 0; i < read.size() && i < header.size(); i++) {
            String cell = read.get(i).strip();
            if (numeric(header.get(i)) && DECIMAL_COMMA.matcher(cell).matches()) read.set(i, cell.replace(',', '.'));
        }
        return read;
    }

    /**
     * The first number or scale cell of a row separated by semicolons whose digits are grouped by
     * points (12.500): a thousands separator in German, a decimal point in English, so it is not
     * guessed at. Empty where there is no such cell.
     */
    private Optional<Row> groupedDigits(long line, List<String> values) {
        for (int i = 0; i < values.size() && i < header.size(); i++) {
            String cell = values.get(i).strip();
            if (!numeric(header.get(i)) || !GROUPED.matcher(cell).matches()) continue;
            String column = header.get(i);
            return Optional.of(new Row.Broken(rows, line, new RowError("wrong-kind", Optional.of(column), Optional.of(column),
                    Optional.empty(), line, messages.get("batch.grouped-digits", column, cell), 0)));
        }
        return Optional.empty();
    }

    /** A number with an exponent, as {@link CsvLayout} reads a number or scale cell. */
    private static final java.util.regex.Pattern EXPONENT =
            java.util.regex.Pattern.compile("[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)[eE][+-]?[0-9]+");

    private Optional<Row> broken(long line, String code, String message) {
        return Optional.of(new Row.Broken(rows, line, RowError.ofRow(code, line, message)));
    }
}
