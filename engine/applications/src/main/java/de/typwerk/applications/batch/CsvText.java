package de.typwerk.applications.batch;

import java.util.List;

/** Writes CSV cells as RFC 4180 says: quoted only when they hold a comma, a quote or a line break. */
public final class CsvText {

    private CsvText() {
    }

    /** One cell, quoted if it must be. */
    public static String cell(String value) {
        boolean quote = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Cells joined into one line (without line end). */
    public static String line(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append(',');
            b.append(cell(cells.get(i)));
        }
        return b.toString();
    }
}
