package de.typwerk.applications.batch;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Writes CSV cells as RFC 4180 says: quoted only when they hold the separator (a comma, or the
 * semicolon of {@link CsvDialect#EXCEL_DE}), a quote, a line break, or spaces at either end.
 */
@API(status = INTERNAL, since = "1.0")
public final class CsvText {

    /** A number as Typwerk writes one: a spreadsheet reads it as that number, never as a formula. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");
    /** The same with a decimal comma, as {@link CsvDialect#EXCEL_DE} writes it. */
    private static final Pattern NUMBER_WITH_COMMA = Pattern.compile("[-+]?[0-9]+(,[0-9]+)?");

    private CsvText() {
    }

    /** One cell, quoted if it must be. */
    public static String cell(String value) {
        return cell(value, ',');
    }

    private static String cell(String value, char separator) {
        boolean quote = !value.isEmpty()
                && (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1)));
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == separator || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Cells joined into one line (without line end). */
    public static String line(List<String> cells) {
        return joined(cells, CsvText::cell);
    }

    /**
     * Cells joined by {@code dialect}'s separator into one line (without line end), each quoted where
     * it holds that separator, a quote or a line break; the cells are written as they are (a number's
     * decimal separator is the caller's, {@link CsvDialect#decimal}), with no apostrophe before a text
     * that starts as a formula: a line of answers to be read back, not a report.
     */
    public static String line(List<String> cells, CsvDialect dialect) {
        return joined(cells, c -> cell(c, dialect.separator()), dialect.separator());
    }

    /**
     * One cell of a file meant to be opened in a spreadsheet, quoted if it must be: a text that
     * starts as a formula does ({@code = + - @}, a tab or a carriage return), such as a respondent's
     * name {@code =HYPERLINK(…)}, gets an apostrophe in front, so that Excel or LibreOffice shows
     * the text instead of running it (what OWASP calls CSV injection). Numbers stay as they are.
     */
    public static String forSpreadsheet(String value) {
        return forSpreadsheet(value, CsvDialect.STANDARD);
    }

    /**
     * One cell of a file meant to be opened in a spreadsheet, in {@code dialect}: as
     * {@link #forSpreadsheet(String)}, quoted where it holds the dialect's separator, and a number
     * with the dialect's decimal separator ({@code -0,5} in {@link CsvDialect#EXCEL_DE}) left as it is.
     */
    public static String forSpreadsheet(String value, CsvDialect dialect) {
        Pattern number = dialect.decimalSeparator() == ',' ? NUMBER_WITH_COMMA : NUMBER;
        boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !number.matcher(value).matches();
        return cell(formula ? "'" + value : value, dialect.separator());
    }

    /** Cells of a file meant to be opened in a spreadsheet ({@link #forSpreadsheet}) joined into one line (without line end). */
    public static String lineForSpreadsheet(List<String> cells) {
        return lineForSpreadsheet(cells, CsvDialect.STANDARD);
    }

    /**
     * Cells of a file meant to be opened in a spreadsheet, in {@code dialect}
     * ({@link #forSpreadsheet(String, CsvDialect)}), joined by its separator into one line (without
     * line end). Numbers are written by the caller with the dialect's decimal separator
     * ({@link CsvDialect#decimal}).
     */
    public static String lineForSpreadsheet(List<String> cells, CsvDialect dialect) {
        return joined(cells, c -> forSpreadsheet(c, dialect), dialect.separator());
    }

    private static String joined(List<String> cells, UnaryOperator<String> cell) {
        return joined(cells, cell, ',');
    }

    private static String joined(List<String> cells, UnaryOperator<String> cell, char separator) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append(separator);
            b.append(cell.apply(cells.get(i)));
        }
        return b.toString();
    }
}
