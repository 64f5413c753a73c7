package de.typwerk.applications.batch;

import de.typwerk.engine.definition.StrictUtf8;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Splits CSV (RFC 4180: comma, double quotes, {@code ""} for a quote inside quotes, UTF-8) into
 * records, one at a time, recovering from what breaks a CSV file for everything after it. A file
 * whose header is separated by semicolons is read with semicolons (see {@link #delimiterFromHeader}).
 *
 * <p>A quoted field may run over several lines (a remark with a line break). But a quote left open
 * by mistake would swallow the rest of the file into one field, so every following row would be
 * lost. Therefore a record that runs over several lines must end with the expected number of
 * fields, have nothing but the delimiter or the line end after each closing quote, and stay within
 * {@code maxRecordBytes}; otherwise it is reported as a quote left open at
 * the line and column where it opened, and reading resumes with the next line. The lines read
 * ahead for that decision are bounded by {@code maxRecordBytes}, so memory stays bounded too.
 * Anything else is read leniently: a quote inside an unquoted field, or text after a closing
 * quote, is taken literally.
 *
 * <p>LimeSurvey's response export is not split here but by interop's {@code CsvLines}, whose
 * records go to the CSV parser whole: there a record ends where that parser ends one (at a lone
 * {@code \r} too, which {@link Lines} keeps inside its line; a record over several lines that the
 * parser refuses is taken as a quote left open on its first line, and the lines after it are read
 * again, as here), and the separator is known from the heading line.
 */
final class CsvRecords {

    /** What one record turned out to be. */
    sealed interface Record {

        /** The line the record starts on. */
        long line();
    }

    /**
     * A record and its fields.
     *
     * @param endsInput whether the input ended without a line end after it: a row cut short
     * @param columns   where each field starts on the record's first line, in characters from 1
     *                  (0 for a field that starts on a later line)
     */
    record Fields(long line, List<String> values, boolean endsInput, List<Integer> columns) implements Record {
    }

    /** A quoted field opened at {@code column} of {@code line} and never properly closed. */
    record OpenQuote(long line, int column) implements Record {
    }

    /** A line longer than the bound; its content was not kept. */
    record TooLong(long line) implements Record {
    }

    /**
     * A record whose fields were read, but one of its lines holds a byte that is not UTF-8 (a file
     * saved in Windows-1252): the first such byte, {@code value}, at {@code column} (in characters)
     * of line {@code at}. Its text would be garbled, so it is not handed out.
     */
    record NotUtf8(long line, long at, int column, int value) implements Record {
    }

    private final Lines lines;
    private final int maxRecordBytes;
    private final Deque<Lines.Line> pushedBack = new ArrayDeque<>();
    private char delimiter = ',';

    /**
     * Decides the delimiter from the first line that is not blank, the header, without consuming
     * it: {@code ;} where it holds a {@code ;} and no {@code ,} (what a spreadsheet set to German
     * writes), {@code ,} otherwise. {@return the delimiter}
     */
    char delimiterFromHeader() throws IOException {
        Optional<Lines.Line> line = nextLine();
        while (line.isPresent() && line.get().blank()) line = nextLine();
        if (line.isEmpty()) return delimiter;
        pushedBack.push(line.get());
        if (line.get().tooLong()) return delimiter;
        String header = decode(line.get());
        if (header.indexOf(';') >= 0 && header.indexOf(',') < 0) delimiter = ';';
        return delimiter;
    }

    /** Whether a record can be read without waiting for input (see {@link Lines#lineReady()}). */
    boolean ready() throws IOException {
        return !pushedBack.isEmpty() || lines.lineReady();
    }

    CsvRecords(Lines lines, int maxRecordBytes) {
        this.lines = lines;
        this.maxRecordBytes = maxRecordBytes;
    }

    /**
     * The next record, skipping blank lines, or empty at the end of the input.
     *
     * @param expectedFields the field count a record running over several lines must have; 0 to
     *                       accept any (the header)
     */
    Optional<Record> next(int expectedFields) throws IOException {
        Optional<Lines.Line> start = nextLine();
        while (start.isPresent() && start.get().blank()) start = nextLine();
        if (start.isEmpty()) return Optional.empty();
        Lines.Line first = start.get();
        if (first.tooLong()) return Optional.of(new TooLong(first.number()));

        List<Lines.Line> taken = new ArrayList<>();
        taken.add(first);
        List<String> values = new ArrayList<>();
        List<Integer> columns = new ArrayList<>(List.of(1));
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        boolean justClosed = false;
        boolean textAfterQuote = false;
        int quoteColumn = 0;
        int size = first.content().length;
        Optional<NotUtf8> notUtf8 = Optional.empty();
        String text = decode(first);
        if (text.indexOf('\uFFFD') >= 0) notUtf8 = notUtf8(first.number(), first);
        Lines.Line current = first;
        int i = 0;
        while (true) {
            if (i == text.length()) {
                if (!quoted) {
                    values.add(field.toString());
                    boolean suspicious = textAfterQuote || (expectedFields > 0 && values.size() != expectedFields);
                    if (taken.size() > 1 && suspicious) {
                        return Optional.of(openQuote(first, quoteColumn, taken));
                    }
                    if (notUtf8.isPresent()) return Optional.of(notUtf8.get());
                    return Optional.of(new Fields(first.number(), values, !current.complete(), columns));
                }
                Optional<Lines.Line> more = nextLine();
                if (more.isEmpty() || more.get().tooLong() || size + more.get().content().length > maxRecordBytes) {
                    more.ifPresent(taken::add);
                    return Optional.of(openQuote(first, quoteColumn, taken));
                }
                current = more.get();
                taken.add(current);
                size += current.content().length;
                field.append('\n');
                text = decode(current);
                if (notUtf8.isEmpty() && text.indexOf('\uFFFD') >= 0) notUtf8 = notUtf8(first.number(), current);
                i = 0;
                continue;
            }
            char c = text.charAt(i);
            if (justClosed && c != delimiter) textAfterQuote = true;
            justClosed = false;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    justClosed = true;
                } else {
                    field.append(c);
                }
            } else if (c == delimiter) {
                values.add(field.toString());
                columns.add(current == first ? i + 2 : 0);
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
                if (current == first) quoteColumn = i + 1;
            } else {
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
    }

    /** Bytes consumed from the input so far. */
    long bytesRead() {
        return lines.bytesRead();
    }

    /**
     * Reports the quote that opened on {@code first} and gives the lines read after it back, so
     * they are read again as rows of their own.
     */
    private OpenQuote openQuote(Lines.Line first, int column, List<Lines.Line> taken) {
        for (int k = taken.size() - 1; k >= 1; k--) pushedBack.push(taken.get(k));
        return new OpenQuote(first.number(), Math.max(1, column));
    }

    private Optional<Lines.Line> nextLine() throws IOException {
        if (!pushedBack.isEmpty()) return Optional.of(pushedBack.pop());
        return lines.next();
    }

    /**
     * Where {@code line}, whose text has a replacement character, is not UTF-8; empty when that
     * character is in the file as such (the bytes EF BF BD).
     */
    private static Optional<NotUtf8> notUtf8(long recordLine, Lines.Line line) {
        if (!(StrictUtf8.decode(line.content()) instanceof StrictUtf8.Malformed bad)) return Optional.empty();
        return Optional.of(new NotUtf8(recordLine, line.number(), bad.column(), bad.value()));
    }

    private static String decode(Lines.Line line) {
        return new String(line.content(), StandardCharsets.UTF_8);
    }
}
