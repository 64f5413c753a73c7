package de.typwerk.applications.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private static List<CsvRecords.Record> records(String csv, int fields) throws IOException {
        CsvRecords records = new CsvRecords(new Lines(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 1000), 200);
        List<CsvRecords.Record> all = new ArrayList<>();
        for (Optional<CsvRecords.Record> r = records.next(fields); r.isPresent(); r = records.next(fields)) all.add(r.get());
        return all;
    }

    private static List<String> values(CsvRecords.Record r) {
        return ((CsvRecords.Fields) r).values();
    }

    @Test
    void splits_fields_at_commas_and_reads_quoted_fields_as_rfc_4180_says() throws IOException {
        List<CsvRecords.Record> all = records("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\r\n", 3);

        assertThat(all).hasSize(2);
        assertThat(values(all.get(0))).containsExactly("a", "b", "c");
        assertThat(values(all.get(1))).containsExactly("x, y", "say \"hi\"", "");
        assertThat(all.get(1).line()).isEqualTo(2);
    }

    @Test
    void keeps_a_line_break_inside_quotes_and_counts_lines_from_where_the_row_starts() throws IOException {
        List<CsvRecords.Record> all = records("a,b\n\"one\ntwo\",x\nlast,row\n", 2);

        assertThat(values(all.get(1))).containsExactly("one\ntwo", "x");
        assertThat(all.get(2).line()).isEqualTo(4);
        assertThat(values(all.get(2))).containsExactly("last", "row");
    }

    @Test
    void reports_a_quote_left_open_and_reads_the_following_lines_as_rows_again() throws IOException {
        List<CsvRecords.Record> all = records("a,b\n\"open,x\n1,2\n3,4\n", 2);

        assertThat(all).hasSize(4);
        assertThat(all.get(1)).isEqualTo(new CsvRecords.OpenQuote(2, 1));
        assertThat(values(all.get(2))).containsExactly("1", "2");
        assertThat(values(all.get(3))).containsExactly("3", "4");
    }

    @Test
    void reports_a_quote_left_open_in_the_last_row_at_the_end_of_the_input() throws IOException {
        List<CsvRecords.Record> all = records("a,b\n1,\"open", 2);

        assertThat(all.get(1)).isEqualTo(new CsvRecords.OpenQuote(2, 3));
    }

    @Test
    void a_quote_that_closes_on_a_later_line_with_the_wrong_field_count_is_a_quote_left_open() throws IOException {
        List<CsvRecords.Record> all = records("a,b\n\"open,x\n1,2\n\"q\",4\n", 2);

        assertThat(all.get(1)).isInstanceOf(CsvRecords.OpenQuote.class);
        assertThat(all).hasSize(4);
        assertThat(values(all.get(3))).containsExactly("q", "4");
    }

    @Test
    void a_quoted_field_running_past_the_bound_is_a_quote_left_open() throws IOException {
        String longLine = "y".repeat(150);
        List<CsvRecords.Record> all = records("a,b\n\"open,x\n" + longLine + "\n" + longLine + "\"\n1,2\n", 2);

        assertThat(all.get(1)).isInstanceOf(CsvRecords.OpenQuote.class);
        assertThat(all).hasSize(5);
    }

    @Test
    void says_when_the_input_ends_without_a_line_end_and_skips_blank_lines() throws IOException {
        List<CsvRecords.Record> all = records("a,b\n\n1,2\n   \n3", 2);

        assertThat(all).hasSize(3);
        assertThat(((CsvRecords.Fields) all.get(1)).endsInput()).isFalse();
        assertThat(((CsvRecords.Fields) all.get(2)).endsInput()).isTrue();
        assertThat(all.get(2).line()).isEqualTo(5);
    }

    @Test
    void skips_a_byte_order_mark_and_reports_a_line_that_is_too_long() throws IOException {
        List<CsvRecords.Record> all = records("\uFEFFa,b\n" + "z".repeat(2000) + "\n1,2\n", 2);

        assertThat(values(all.get(0))).containsExactly("a", "b");
        assertThat(all.get(1)).isEqualTo(new CsvRecords.TooLong(2));
        assertThat(values(all.get(2))).containsExactly("1", "2");
    }

    @Test
    void a_row_with_a_byte_that_is_not_utf8_is_reported_at_its_line_and_column_and_the_next_row_is_read() throws IOException {
        // "Gemeinde Grünau" saved in Windows-1252: ü is the single byte 0xFC
        byte[] csv = bytes("a,b\nGemeinde Gr", 0xFC, "nau,1\n\"eins\nzwei \u00fc\",2\n\"drei\nvier ", 0xE4, "\",3\nx\uFFFD,4\n");
        CsvRecords records = new CsvRecords(new Lines(new ByteArrayInputStream(csv), 1000), 200);
        List<CsvRecords.Record> all = new ArrayList<>();
        for (Optional<CsvRecords.Record> r = records.next(2); r.isPresent(); r = records.next(2)) all.add(r.get());

        assertThat(all).hasSize(5);
        assertThat(all.get(1)).isEqualTo(new CsvRecords.NotUtf8(2, 2, 12, 0xFC));
        assertThat(values(all.get(2))).containsExactly("eins\nzwei \u00fc", "2");
        assertThat(all.get(3)).as("the bad byte on the second line of a quoted cell").isEqualTo(new CsvRecords.NotUtf8(5, 6, 6, 0xE4));
        assertThat(values(all.get(4))).as("a replacement character written as UTF-8 is text").containsExactly("x\uFFFD", "4");
    }

    private static byte[] bytes(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof Integer b) out.write(b);
            else out.writeBytes(((String) part).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
