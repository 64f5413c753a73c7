package de.typwerk.applications.cohort;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain text table: columns as wide as their widest cell (in code points), two spaces apart, no
 * trailing spaces; numbers may be right-aligned. Only for the small tables of a cohort report
 * (groups × outcomes), which are held whole to measure them.
 */
final class TextTable {

    private final List<String> headers;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> headers, boolean[] right) {
        this.headers = List.copyOf(headers);
        this.right = right.clone();
    }

    void row(List<String> cells) {
        rows.add(cells.stream().map(c -> c.replaceAll("\\s*\\R\\s*", " ").strip()).toList());
    }

    void write(Writer out) throws IOException {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(headers.get(c));
            for (List<String> row : rows) widths[c] = Math.max(widths[c], width(row.get(c)));
        }
        line(out, headers, widths);
        for (List<String> row : rows) line(out, row, widths);
    }

    private void line(Writer out, List<String> cells, int[] widths) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - width(cell));
            if (c > 0) b.append("  ");
            if (right[c]) b.append(pad).append(cell);
            else b.append(cell).append(pad);
        }
        out.write(b.toString().stripTrailing());
        out.write('\n');
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
