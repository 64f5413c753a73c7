package de.typwerk.engine.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.util.Locale;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a failure is called in a message: what it says, never the Java class it was thrown as. */
class FailuresTest {

    private final Messages english = new Messages(Locale.ENGLISH);
    private final Messages german = new Messages(Locale.GERMAN);

    @Test
    void a_failure_with_a_message_is_its_first_line_without_the_exception_class() {
        assertThat(Failures.describe(new IllegalStateException("no licence key configured\n\tdetails"), english))
                .isEqualTo("no licence key configured");
    }

    @Test
    void a_jackson_failure_is_the_parsers_reason_in_one_line_without_its_location_block() throws Exception {
        java.io.IOException jackson = null;
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"weights\": [1, 2,, 3]}");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            jackson = e;
        }
        assertThat(jackson).as("Jackson refuses the text").isNotNull();
        assertThat(jackson.getMessage()).as("Jackson's own message has a second line").contains("\n");

        // the reason in the reader's words: two commas leave a value out
        for (String phrase : new String[] {Failures.describe(jackson, english), Failures.describe(new UncheckedIOException(jackson), english)}) {
            assertThat(phrase).doesNotContain("\n").doesNotContain("[Source").startsWith("a value is expected here").endsWith("(found “,”)");
        }
        assertThat(Failures.io(jackson, german)).doesNotContain("\n").startsWith("hier wird ein Wert erwartet").endsWith("(gefunden: „,“)");

    }

    @Test
    void a_broken_jar_is_a_file_that_is_no_readable_zip_in_both_languages_without_the_jdks_english() {
        assertThat(Failures.describe(new ZipException("zip END header not found"), english)).isEqualTo("not a readable ZIP file"
                + " (its directory at the end of the file is missing: it is no ZIP archive, or it was cut short)");
        assertThat(Failures.describe(new ZipException("zip END header not found"), german)).isEqualTo("keine lesbare ZIP-Datei"
                + " (ihr Inhaltsverzeichnis am Dateiende fehlt: sie ist kein ZIP-Archiv oder abgeschnitten)");
        assertThat(Failures.describe(new ZipException("invalid CEN header (bad signature)"), english))
                .isEqualTo("not a readable ZIP file (it is damaged: written in part, or changed after it was packed)");
        assertThat(Failures.describe(new ZipException("invalid LOC header (bad signature)"), german))
                .isEqualTo("keine lesbare ZIP-Datei (sie ist beschädigt: unvollständig geschrieben oder nach dem Packen verändert)");
        assertThat(Failures.describe(new ZipException("zip file is empty"), german)).isEqualTo("keine lesbare ZIP-Datei (die Datei ist leer: 0 Bytes)");
        assertThat(Failures.describe(new ZipException("zip file is empty"), english)).isEqualTo("not a readable ZIP file (the file is empty: 0 bytes)");
    }

    @Test
    void a_class_compiled_for_a_newer_java_is_named_with_both_javas_and_how_to_compile_it_not_in_the_jvms_english() {
        UnsupportedClassVersionError tooNew = new UnsupportedClassVersionError("com/example/Helper has been compiled by a more"
                + " recent version of the Java Runtime (class file version 65.0), this version of the Java Runtime only"
                + " recognizes class file versions up to 61.0");
        int running = Runtime.version().feature();

        assertThat(Failures.describe(tooNew, german)).isEqualTo("die Klasse com.example.Helper ist für Java 21 übersetzt"
                + " (Klassendatei-Version 65), diese Engine läuft auf Java " + running + "; übersetzen Sie das Plugin für Java 17,"
                + " die älteste Java-Version, auf der Typwerk läuft (Maven: <maven.compiler.release>17</maven.compiler.release>;"
                + " javac: --release 17)");
        assertThat(Failures.describe(tooNew, english)).startsWith("the class com.example.Helper was compiled for Java 21");
    }

    @Test
    void what_plugin_code_threw_is_found_behind_reflection_and_initialisation() {
        Throwable wrapped = new InvocationTargetException(new ExceptionInInitializerError(new IllegalArgumentException("kaputt")));

        assertThat(Failures.describe(wrapped, english)).isEqualTo("kaputt");
    }

    @Test
    void a_failure_that_says_nothing_is_named_by_what_it_means_not_by_its_class() {
        assertThat(Failures.describe(new NullPointerException(), english)).isEqualTo("a value was missing (null)");
        assertThat(Failures.describe(new StackOverflowError(), english)).isEqualTo("endless recursion (stack overflow)");
        assertThat(Failures.describe(new IllegalStateException(), german)).isEqualTo("ein Fehler ohne Beschreibung");
        assertThat(Failures.describe(new NoClassDefFoundError("com/example/lib/Greeting"), english))
                .isEqualTo("a class it needs is missing: com.example.lib.Greeting");
    }

    @Test
    void a_file_system_failure_says_what_the_file_system_meant() {
        assertThat(Failures.describe(new UncheckedIOException(new AccessDeniedException("/x/plugin.jar")), english))
                .isEqualTo("permission denied");
    }

    @Test
    void a_place_the_parser_names_inside_its_sentence_reads_as_line_and_column() {
        JsonProcessingException cutOff = parsing("{\"a\": [1,\n2", JsonFactory.builder().build());

        assertThat(Failures.parser(cutOff, english))
                .isEqualTo("the document ends without closing the list […] opened at line 1, column 7 (cut off?)");
        assertThat(Failures.parser(cutOff, german))
                .isEqualTo("das Dokument endet, ohne die Liste […] von Zeile 1, Spalte 7 zu schließen (abgeschnitten?)");
    }

    @Test
    void a_document_cut_off_is_said_so_in_both_languages_not_in_jacksons_words_of_markers_and_input() {
        JsonProcessingException inObject = parsing("{\"a\": {\"b\": 1\n", JsonFactory.builder().build());
        JsonProcessingException inText = parsing("{\"a\": \"Landkr", JsonFactory.builder().build());
        JsonProcessingException between = parsing("{\"a\": 1, ", JsonFactory.builder().build());

        assertThat(Failures.parser(inObject, english)).isEqualTo("the document ends without closing the object {…} opened at line 1, column 7 (cut off?)");
        assertThat(Failures.parser(inObject, german)).isEqualTo("das Dokument endet, ohne das Objekt {…} von Zeile 1, Spalte 7 zu schließen (abgeschnitten?)");
        assertThat(Failures.parser(inText, english)).isEqualTo("the document ends inside a text, before its closing double quote (cut off?)");
        assertThat(Failures.parser(inText, german)).isEqualTo("das Dokument endet mitten in einem Text, vor dessen schließendem Anführungszeichen (abgeschnitten?)");
        assertThat(Failures.parser(between, english)).doesNotContain("end-of-input", "Object entries").contains("(cut off?)");
    }

    @Test
    void a_short_unicode_escape_and_a_key_written_twice_are_said_in_both_languages_not_in_jacksons_words() {
        JsonProcessingException escape = parsing("{\"a\": \"\\u12\"}", JsonFactory.builder().build());
        JsonProcessingException twice = parsing("{\"a\": 1, \"a\": 2}",
                JsonFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

        assertThat(Failures.parser(escape, english)).isEqualTo("JSON writes four hexadecimal digits (0–9, a–f) after \\u, such as \\u00fc for ü (found “\"”)");
        assertThat(Failures.parser(escape, german)).isEqualTo("nach \\u folgen in JSON vier Hexadezimalziffern (0–9, a–f), etwa \\u00fc für ü (gefunden: „\"“)");
        assertThat(Failures.parser(twice, english)).isEqualTo("the key “a” appears twice in the same object");
        assertThat(Failures.parser(twice, german)).isEqualTo("der Schlüssel „a“ steht zweimal im selben Objekt");
    }

    @Test
    void too_deep_a_document_is_named_with_its_limit_in_both_languages() {
        JsonFactory limited = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build();
        JsonProcessingException deep = parsing("[".repeat(100) + "]".repeat(100), limited);

        assertThat(Failures.parser(deep, english)).isEqualTo("nested deeper than allowed (65 levels, at most 64)");
        assertThat(Failures.parser(deep, german)).isEqualTo("tiefer verschachtelt als erlaubt (65 Ebenen, höchstens 64)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1e2345678]", "{\"a\": tru}", "[1,,2]", "{\"a\" 1}", "\"\\u12\"", "[1.2.3]"})
    void no_parser_reason_names_its_source_an_api_or_takes_more_than_one_line(String json) {
        JsonFactory limited = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(5).build()).build();
        JsonProcessingException e = parsing(json, limited);

        assertThat(Failures.parser(e, english)).isNotBlank().doesNotContain("\n", "Source", "`", "REDACTED");
    }

    @Test
    void a_second_document_after_the_first_is_said_in_both_languages_without_jacksons_feature_and_class_names() {
        JsonProcessingException trailing = null;
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree("{\"outcome\": 1}\n{\"outcome\": 2}\n");
        } catch (JsonProcessingException e) {
            trailing = e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        assertThat(trailing).as("Jackson refuses the second document").isNotNull();
        assertThat(Failures.parser(trailing, english)).isEqualTo("another value follows the end of the document; the file holds exactly one JSON document");
        assertThat(Failures.parser(trailing, german)).isEqualTo("nach dem Ende des Dokuments folgt ein weiterer Wert; die Datei enthält genau ein JSON-Dokument");
    }

    @Test
    void the_csv_readers_slips_are_said_in_both_languages() {
        String separator = "Unexpected character ('x' (code 120)): Expected column separator character (';' (code 59)) or end-of-line";

        assertThat(ParserWords.say(separator, english)).isEqualTo("after a value in quotes, the separator “;” or the end of the line is expected (found “x”)");
        assertThat(ParserWords.say(separator, german)).isEqualTo("nach einem Wert in Anführungszeichen wird das Trennzeichen „;“ oder das Zeilenende erwartet (gefunden: „x“)");
        // LimeSurvey's VV file, separated by tabs, which the parser names by their code
        String tab = "Unexpected character ('M' (code 77)): Expected column separator character ((CTRL-CHAR, code 9)) or end-of-line";
        assertThat(ParserWords.say(tab, english)).isEqualTo("after a value in quotes, a tab or the end of the line is expected (found “M”)");
        assertThat(ParserWords.say(tab, german)).isEqualTo("nach einem Wert in Anführungszeichen wird ein Tabulator oder das Zeilenende erwartet (gefunden: „M“)");
        assertThat(ParserWords.say("Missing closing quote for value", german)).isEqualTo("ein Anführungszeichen wird geöffnet und nicht wieder geschlossen");
    }

    /** What the parser throws on {@code json}, read to the end. */
    private static JsonProcessingException parsing(String json, JsonFactory factory) {
        try (JsonParser parser = factory.createParser(json)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken().isNumeric()) parser.getNumberValue();
            }
        } catch (JsonProcessingException e) {
            return e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("parsed without a problem: " + json);
    }
}
