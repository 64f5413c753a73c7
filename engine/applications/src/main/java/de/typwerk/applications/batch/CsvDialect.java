package de.typwerk.applications.batch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How a batch writes CSV: as RFC 4180 says, for programs ({@link #STANDARD}), or as Excel set to
 * German opens it with a double click ({@link #EXCEL_DE}). The columns, their order and every
 * text are the same in both; only separators, line ends and the byte order mark differ.
 *
 * <p>Excel takes the separator of a CSV file and the decimal separator from the regional settings
 * of Windows: set to German, it splits a line at {@code ;} only, so that a comma-separated file
 * lands in one column, reads {@code 0.792715} as a text (or a date) rather than a number, and reads
 * UTF-8 as Windows-1252 unless the file starts with a byte order mark ({@code Müllheim} shown as
 * {@code MÃ¼llheim}). {@link #EXCEL_DE} writes what it expects.
 */
@API(status = EXPERIMENTAL, since = "1.1")
public enum CsvDialect {
    /** Comma, decimal point, {@code \n} line ends, no byte order mark: RFC 4180 as programs read it. */
    STANDARD(',', '.', "\n", false),
    /**
     * Semicolon, decimal comma ({@code 0,792715}), {@code \r\n} line ends and a UTF-8 byte order mark
     * at the start, as Excel set to German writes "CSV UTF-8" and opens it with a double click.
     */
    EXCEL_DE(';', ',', "\r\n", true);

    private final char separator;
    private final char decimalSeparator;
    private final String lineEnd;
    private final boolean byteOrderMark;

    CsvDialect(char separator, char decimalSeparator, String lineEnd, boolean byteOrderMark) {
        this.separator = separator;
        this.decimalSeparator = decimalSeparator;
        this.lineEnd = lineEnd;
        this.byteOrderMark = byteOrderMark;
    }

    /** What separates the cells of a line. */
    public char separator() {
        return separator;
    }

    /** What separates a number's whole part from its decimals. */
    public char decimalSeparator() {
        return decimalSeparator;
    }

    /** What ends a line. */
    public String lineEnd() {
        return lineEnd;
    }

    /** Whether the output starts with the byte order mark of UTF-8 (EF BB BF). */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /** A number written with a decimal point ({@code 0.792715}), written with this dialect's decimal separator. */
    public String decimal(String withPoint) {
        return decimalSeparator == '.' ? withPoint : withPoint.replace('.', decimalSeparator);
    }

    /** {@code standard} or {@code excel-de}, as typed on a command line or in a query. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The id, as listed in a command's help. */
    @Override
    public String toString() {
        return id();
    }

    /** The dialect {@code id} names ({@code standard}, {@code excel-de}, any case). */
    public static Optional<CsvDialect> of(String id) {
        for (CsvDialect d : values()) {
            if (d.id().equalsIgnoreCase(id.strip())) return Optional.of(d);
        }
        return Optional.empty();
    }
}
