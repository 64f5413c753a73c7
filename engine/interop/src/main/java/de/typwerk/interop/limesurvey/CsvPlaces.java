package de.typwerk.interop.limesurvey;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a cell of a LimeSurvey response export stands: the line and column a finding about it is
 * placed at, since a row's line alone leaves a reader counting hundreds of separators. Columns
 * count characters (code points), as editors do, not bytes; a byte order mark is no column.
 */
public final class CsvPlaces {

    private CsvPlaces() {
    }

    /**
     * The line and column (1-based) the cell of {@code column} (its heading code, as a finding names
     * it: {@code Q01}, {@code Q05_SQ02}) starts at in the record that starts on {@code line}; the
     * record's start where the file has no such column; empty where it has no such line.
     */
    public static Optional<int[]> of(byte[] file, long line, Optional<String> column) {
        String decoded = new String(file, StandardCharsets.UTF_8);
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        char separator = LimeSurveyResponses.separator(text);
        List<Cell> row = record(text, line, separator);
        if (row.isEmpty()) return Optional.empty();
        int index = column.map(c -> indexOf(c, headings(text, separator))).orElse(-1);
        Cell cell = index >= 0 && index < row.size() ? row.get(index) : row.get(0);
        return Optional.of(new int[] {cell.line(), cell.column()});
    }

    private record Cell(int line, int column, String value) {
    }

    /** The headings: the first line's cells, in a VV file (tab-separated) the second's, its first holding the question texts. */
    private static List<String> headings(String text, char separator) {
        return record(text, separator == '\t' ? 2 : 1, separator).stream().map(c -> c.value().strip()).toList();
    }

    private static int indexOf(String column, List<String> headings) {
        for (int i = 0; i < headings.size(); i++) {
            String h = headings.get(i);
            if (h.equals(column) || LimeSurveyCodes.headingCode(h).equals(column)) return i;
        }
        return -1;
    }

    /** The cells of the record that starts on {@code wanted}, each with where it starts (a quoted cell may span lines). */
    private static List<Cell> record(String text, long wanted, char separator) {
        int i = 0;
        long line = 1;
        while (line < wanted && i < text.length()) {
            if (lineEnd(text, i++)) line++;
        }
        if (line < wanted || i >= text.length()) return List.of();
        List<Cell> cells = new ArrayList<>();
        int column = 1;
        while (true) {
            int startLine = (int) Math.min(line, Integer.MAX_VALUE);
            int startColumn = column;
            StringBuilder value = new StringBuilder();
            boolean quoted = false;
            boolean more = false;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        value.append('"');
                        i += 2;
                        column += 2;
                        continue;
                    }
                    if (c == '"') quoted = false;
                    else value.append(c);
                } else if (c == '"') {
                    quoted = true;
                } else if (c == separator) {
                    i++;
                    column++;
                    more = true;
                    break;
                } else if (c == '\n' || c == '\r') {
                    break;
                } else {
                    value.append(c);
                }
                if (lineEnd(text, i)) {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
                i++;
            }
            cells.add(new Cell(startLine, startColumn, value.toString()));
            if (!more) return cells;
        }
    }

    /** Whether the character at {@code i} ends a line: a line feed, or a carriage return not followed by one. */
    private static boolean lineEnd(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
    }
}
