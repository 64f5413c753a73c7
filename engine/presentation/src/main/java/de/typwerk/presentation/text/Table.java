package de.typwerk.presentation.text;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain text table: a header row, then one row per item, columns as wide as their widest cell
 * (counted in code points, so umlauts take one column), two spaces between columns, no trailing
 * spaces, {@code \n} after every row on every machine; columns of numbers may be right-aligned.
 * Cells never wrap (line breaks in a cell become a space); a terminal narrower than the table wraps
 * lines itself. The table is held whole to measure it: for listings and summaries, not for data.
 */
public final class Table {

    private static final String GAP = "  ";

    private final List<String> headers;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * A table whose columns are all left-aligned.
     *
     * @param headers the columns' headers
     */
    public Table(String... headers) {
        this(List.of(headers), new boolean[headers.length]);
    }

    /**
     * A table whose column {@code c} is right-aligned where {@code right[c]}.
     *
     * @param headers the columns' headers
     * @param right   for each column, whether it is right-aligned
     */
    public Table(List<String> headers, boolean[] right) {
        if (right.length != headers.size()) {
            throw new IllegalArgumentException("alignment for " + right.length + " columns, headers for " + headers.size());
        }
        this.headers = List.copyOf(headers);
        this.right = right.clone();
    }

    /**
     * Adds a row.
     *
     * @param cells its cells, one per column
     * @return this table
     */
    public Table row(String... cells) {
        return row(Arrays.asList(cells));
    }

    /**
     * Adds a row.
     *
     * @param cells its cells, one per column
     * @return this table
     */
    public Table row(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("a row needs " + headers.size() + " cells, got " + cells.size());
        }
        rows.add(cells.stream().map(Table::oneLine).toList());
        return this;
    }

    /**
     * Writes the table and flushes it.
     *
     * @param out where to
     */
    public void print(PrintWriter out) {
        try {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a PrintWriter does not throw
        }
        out.flush();
    }

    /**
     * Writes the table.
     *
     * @param out where to
     * @throws IOException if {@code out} does
     */
    public void write(Appendable out) throws IOException {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(headers.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        out.append(format(headers, widths)).append('\n');
        for (List<String> row : rows) {
            out.append(format(row, widths)).append('\n');
        }
    }

    private String format(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - width(cell));
            if (c > 0) b.append(GAP);
            if (right[c]) b.append(pad).append(cell);
            else b.append(cell).append(pad);
        }
        return b.toString().stripTrailing();
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
