package de.typwerk.engine.definition;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A file that is no text, passed where text is read (an Excel workbook as answers, a PDF as a
 * definition), is recognised by its first bytes and named, so that the person who passed it reads
 * what it is; text in UTF-8, UTF-16 or UTF-32 is never taken for it.
 */
class BinaryFilesTest {

    /** A ZIP archive of empty entries with these names; the first stored uncompressed with {@code firstContent}. */
    static byte[] zip(String firstContent, String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < names.length; i++) {
                ZipEntry entry = new ZipEntry(names[i]);
                byte[] content = (i == 0 ? firstContent : "<x/>").getBytes(StandardCharsets.US_ASCII);
                if (i == 0) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** An Excel 97 workbook as far as it is told: the compound file's magic and, in its directory, the stream "Workbook". */
    static byte[] xls() {
        byte[] bytes = new byte[2048];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        byte[] root = "Root Entry\0".getBytes(StandardCharsets.UTF_16LE);
        byte[] workbook = "Workbook\0".getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(root, 0, bytes, 1024, root.length);
        System.arraycopy(workbook, 0, bytes, 1024 + 128, workbook.length);
        return bytes;
    }

    static byte[] xlsx() throws IOException {
        return zip("<Types/>", "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    private static BinaryFiles.Kind kind(byte[] bytes) {
        return BinaryFiles.recognize(bytes).map(BinaryFiles.Found::kind).orElse(null);
    }

    @Test
    void tells_office_files_by_the_entries_of_their_zip_archive_or_their_directory() throws IOException {
        assertThat(kind(xlsx())).isEqualTo(BinaryFiles.Kind.XLSX);
        assertThat(kind(zip("<Types/>", "[Content_Types].xml", "_rels/.rels", "word/document.xml"))).isEqualTo(BinaryFiles.Kind.DOCX);
        assertThat(kind(zip("<Types/>", "[Content_Types].xml", "ppt/presentation.xml"))).isEqualTo(BinaryFiles.Kind.PPTX);
        assertThat(kind(zip("application/vnd.oasis.opendocument.spreadsheet", "mimetype", "content.xml"))).isEqualTo(BinaryFiles.Kind.ODS);
        assertThat(kind(zip("application/vnd.oasis.opendocument.text", "mimetype", "content.xml"))).isEqualTo(BinaryFiles.Kind.ODT);
        assertThat(kind(zip("Manifest-Version: 1.0\n", "META-INF/MANIFEST.MF", "de/x/A.class"))).isEqualTo(BinaryFiles.Kind.JAR);
        assertThat(kind(zip("a", "answers.yaml"))).isEqualTo(BinaryFiles.Kind.ZIP);
        assertThat(kind(xls())).isEqualTo(BinaryFiles.Kind.XLS);
        byte[] word = xls();
        System.arraycopy("WordDocument\0".getBytes(StandardCharsets.UTF_16LE), 0, word, 1024 + 128, 26);
        assertThat(kind(word)).isEqualTo(BinaryFiles.Kind.DOC);
    }

    @Test
    void tells_documents_archives_and_images_by_their_first_bytes() {
        assertThat(kind("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(BinaryFiles.Kind.PDF);
        assertThat(kind(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0})).isEqualTo(BinaryFiles.Kind.GZIP);
        assertThat(kind(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).isEqualTo(BinaryFiles.Kind.PNG);
        assertThat(kind(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isEqualTo(BinaryFiles.Kind.JPEG);
    }

    @Test
    void calls_bytes_with_a_zero_near_their_start_binary_where_they_are_no_text_in_utf16_either() {
        byte[] bytes = {(byte) 0xFF, 0x00, 0x01, 0x02};

        assertThat(StrictUtf8.unmarkedEncoding(bytes)).as("no JSON or YAML starts with U+00FF").isEmpty();
        assertThat(BinaryFiles.recognize(bytes)).hasValueSatisfying(found -> {
            assertThat(found.kind()).isEqualTo(BinaryFiles.Kind.BINARY);
            assertThat(found.start()).isEqualTo("FF 00 01 02");
            assertThat(found.message(new Messages(Locale.ENGLISH), "answers.binary")).isEqualTo("The answers file is a binary file (it starts"
                    + " with the bytes FF 00 01 02 and holds zero bytes, which no text has), not a text file."
                    + " An answers file is YAML or JSON in UTF-8 (typwerk template writes one).");
        });
    }

    @Test
    void takes_text_in_utf8_utf16_or_utf32_with_or_without_a_byte_order_mark_for_text() {
        String yaml = "questionnaire: oefit-digitalisierungstypen\nversion: 1.0.0\nanswers:\n  einwohner: 3200 # Kurort\n";
        for (String charset : java.util.List.of("UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            java.nio.charset.Charset c = java.nio.charset.Charset.forName(charset);
            assertThat(BinaryFiles.recognize(yaml.getBytes(c))).as(charset).isEmpty();
            assertThat(BinaryFiles.recognize(("\uFEFF" + yaml).getBytes(c))).as(charset + " with a byte order mark").isEmpty();
        }
        assertThat(BinaryFiles.recognize(new byte[0])).isEmpty();
        // one stray zero byte in a text: its reader names the character, line and column, as before
        assertThat(BinaryFiles.recognize("questionnaire: x\u0000\nversion: 1.0.0\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(BinaryFiles.recognize(new byte[] {'S', 'Q', 'L', 'i', 't', 'e', 0, 1, 0x10, 0})).hasValueSatisfying(found ->
                assertThat(found.kind()).isEqualTo(BinaryFiles.Kind.BINARY));
        assertThat(BinaryFiles.recognize("PK".getBytes(StandardCharsets.US_ASCII))).as("a YAML document of one word").isEmpty();
    }

    @Test
    void looks_ahead_into_a_stream_without_taking_what_it_read() throws IOException {
        byte[] xlsx = xlsx();
        InputStream in = new java.io.BufferedInputStream(new ByteArrayInputStream(xlsx));

        assertThat(BinaryFiles.recognizeAhead(in).map(BinaryFiles.Found::kind)).contains(BinaryFiles.Kind.XLSX);
        assertThat(in.readAllBytes()).isEqualTo(xlsx);
    }

    @Test
    void says_what_the_file_is_and_what_to_do_with_it_in_german_and_english() throws IOException {
        BinaryFiles.Found xlsx = BinaryFiles.recognize(xlsx()).orElseThrow();

        assertThat(xlsx.message(new Messages(Locale.GERMAN), "answers.binary")).isEqualTo("Die Antwortdatei ist eine Excel-Arbeitsmappe"
                + " (.xlsx), keine Textdatei. Eine Antwortdatei ist YAML oder JSON (typwerk template schreibt eine); Antworten in einer"
                + " Tabelle liest typwerk batch, als „CSV UTF-8“ gespeichert.");
        assertThat(xlsx.message(new Messages(Locale.ENGLISH), "batch.binary")).isEqualTo("The input is an Excel workbook (.xlsx),"
                + " not a text file. Please save the sheet as “CSV UTF-8” and score that file.");
    }
}
