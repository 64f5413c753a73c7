package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that is no text passed where Typwerk reads text (an Excel workbook as answers, a PDF as
 * a result): every command says in one line what the file is and what to do, where they spoke of
 * a control character U+0003 in column 3, a byte 0xD0 that is not UTF-8, or UTF-16LE text.
 */
class BinaryInputTest {

    @TempDir
    Path temp;

    private Cli cli() {
        return new Cli(temp.resolve("home"));
    }

    /** An Excel workbook as far as its beginning tells: a ZIP archive whose entries are under xl/. */
    private Path xlsx(String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : new String[] {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"}) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        Path file = temp.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    private Path file(String name, byte[] content) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, content);
        return file;
    }

    @Test
    void score_names_an_excel_workbook_and_says_to_save_it_as_csv_for_batch() throws IOException {
        Path answers = xlsx("antworten.xlsx");

        Cli.Result en = cli().run("score", answers.toString(), "--lang", "en");
        Cli.Result de = cli().run("score", answers.toString(), "--lang", "de");

        assertThat(en.exitCode()).as(en.toString()).isEqualTo(1);
        assertThat(en.out()).isEqualTo(answers + ":1:1: error: The answers file is an Excel workbook (.xlsx), not a text file. An answers"
                + " file is YAML or JSON (typwerk template writes one); answers in a spreadsheet are read by typwerk batch, saved as"
                + " “CSV UTF-8”.\n");
        assertThat(de.out()).isEqualTo(answers + ":1:1: error: Die Antwortdatei ist eine Excel-Arbeitsmappe (.xlsx), keine Textdatei."
                + " Eine Antwortdatei ist YAML oder JSON (typwerk template schreibt eine); Antworten in einer Tabelle liest typwerk batch,"
                + " als „CSV UTF-8“ gespeichert.\n");
    }

    @Test
    void score_of_bytes_that_are_no_text_calls_them_binary_not_utf16() throws IOException {
        Path answers = file("a.yaml", new byte[] {(byte) 0xFF, 0x00, 0x01, 0x02});

        Cli.Result r = cli().run("score", answers.toString(), "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(answers + ":1:1: error: The answers file is a binary file (it starts with the bytes FF 00 01 02"
                + " and holds zero bytes, which no text has), not a text file. An answers file is YAML or JSON in UTF-8 (typwerk template"
                + " writes one).\n");
    }

    @Test
    void batch_refuses_a_workbook_once_instead_of_a_row_of_garbage() throws IOException {
        Path answers = xlsx("antworten.xlsx");
        Path out = temp.resolve("results.jsonl");

        Cli.Result r = cli().run("batch", answers.toString(), "--out", out.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).startsWith("typwerk: The input is an Excel workbook (.xlsx), not a text file. Please save the sheet as"
                + " “CSV UTF-8” and score that file.\n");
        assertThat(r.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void report_cohort_and_validate_name_a_pdf_or_a_workbook_too() throws IOException {
        Path pdf = file("ergebnis.pdf", "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1));
        Path workbook = xlsx("ergebnisse.xlsx");
        Path definition = file("fragebogen.yaml", Files.readAllBytes(workbook));

        Cli.Result report = cli().run("report", pdf.toString(), "--lang", "en");
        Cli.Result cohort = cli().run("cohort", workbook.toString(), "--lang", "en");
        Cli.Result validate = cli().run("validate", definition.toString(), "--lang", "en");

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.out()).isEqualTo(pdf + ":1:1: error: The file is a PDF document, not a text file. The input is a result (JSON,"
                + " from typwerk score --format json) or an answers file (YAML or JSON).\n");
        assertThat(cohort.exitCode()).isEqualTo(2);
        assertThat(cohort.err()).startsWith("typwerk: “" + workbook + "” is an Excel workbook (.xlsx), not a text file. typwerk cohort"
                + " reads the JSON Lines typwerk batch writes; save answers in a spreadsheet as “CSV UTF-8” and score them with typwerk"
                + " batch first.\n");
        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.out()).startsWith(definition + ":1:1: error: The file is an Excel workbook (.xlsx), not a text file."
                + " A questionnaire definition is YAML or JSON in UTF-8.\n");
    }
}
