package de.typwerk.cli;

import de.typwerk.presentation.Texts;
import de.typwerk.presentation.Language;
import de.typwerk.presentation.text.Page;
import de.typwerk.presentation.text.Table;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small pieces the output is built from: tables, wrapped paragraphs, the language look-ahead. */
class LayoutTest {

    @Test
    void a_table_aligns_columns_by_characters_not_bytes_and_has_no_trailing_spaces() {
        StringWriter s = new StringWriter();
        new Table("ID", "NAME", "STATE").row("bedaechtig", "Der Bedächtige", "geladen").row("x", "Ö", "").print(new PrintWriter(s, true));

        assertThat(s.toString().lines()).containsExactly(
                "ID          NAME            STATE",
                "bedaechtig  Der Bedächtige  geladen",
                "x           Ö");
    }

    @Test
    void a_table_cell_with_line_breaks_stays_on_one_line() {
        StringWriter s = new StringWriter();
        new Table("A", "B").row("eins\nzwei", "drei").print(new PrintWriter(s, true));

        assertThat(s.toString().lines()).containsExactly("A          B", "eins zwei  drei");
    }

    @Test
    void a_hanging_paragraph_wraps_under_its_text_not_under_its_label() {
        String text = new Page().hanging(2, "10. ", "Wie ist die Digitalisierung in der Strategie Ihrer Kommune "
                + "verankert, und wer trägt dafür die Verantwortung?").toString();

        assertThat(text.lines()).containsExactly(
                "  10. Wie ist die Digitalisierung in der Strategie Ihrer Kommune verankert, und",
                "      wer trägt dafür die Verantwortung?");
    }

    @Test
    void a_word_longer_than_the_line_gets_a_line_of_its_own() {
        assertThat(Page.wrap("a " + "x".repeat(90) + " b", 80)).containsExactly("a", "x".repeat(90), "b");
    }

    @Test
    void line_breaks_in_a_text_are_kept() {
        assertThat(new Page().paragraph(2, "eins\nzwei").toString()).isEqualTo("  eins\n  zwei\n");
    }

    @Test
    void the_language_is_looked_up_ahead_in_any_position_and_spelling() {
        assertThat(Language.requestedIn(new String[]{"show", "x", "--lang", "EN"})).contains(Language.EN);
        assertThat(Language.requestedIn(new String[]{"--lang=en-GB", "list"})).contains(Language.EN);
        assertThat(Language.requestedIn(new String[]{"list", "--lang", "fr"})).isEmpty();
        assertThat(Language.requestedIn(new String[]{"validate", "--", "--lang", "en"})).isEmpty();
        assertThat(Language.defaultFor(new Locale("tr", "TR"))).isEqualTo(Language.DE);
        assertThat(Language.defaultFor(Locale.US)).isEqualTo(Language.EN);
    }

    @Test
    void the_c_or_posix_locale_of_a_server_chooses_no_language_so_german_stays_the_default() {
        // the JVM reports LANG=C.UTF-8 as English; the variables say nobody chose English
        assertThat(Language.defaultFor(Environment.systemLocale(Map.of("LANG", "C.UTF-8"), Locale.US))).isEqualTo(Language.DE);
        assertThat(Environment.systemLocale(Map.of("LC_ALL", "POSIX", "LANG", "en_GB.UTF-8"), Locale.UK)).isEqualTo(Locale.ROOT);
        assertThat(Environment.systemLocale(Map.of("LC_MESSAGES", "C"), Locale.US)).isEqualTo(Locale.ROOT);
        // a language chosen in the variables, or none set at all (the JVM asks the system): the JVM's locale
        assertThat(Environment.systemLocale(Map.of("LC_ALL", "en_US.UTF-8", "LANG", "C"), Locale.US)).isEqualTo(Locale.US);
        assertThat(Environment.systemLocale(Map.of("LANG", "de_DE.UTF-8@euro"), Locale.GERMANY)).isEqualTo(Locale.GERMANY);
        assertThat(Environment.systemLocale(Map.of("LANG", " "), Locale.US)).isEqualTo(Locale.US);
        assertThat(Environment.systemLocale(Map.of(), Locale.US)).isEqualTo(Locale.US);
        // a locale named but not installed (a container that generated none): the JVM reports English, the name says German
        assertThat(Environment.systemLocale(Map.of("LANG", "de_DE.UTF-8"), Locale.US)).isEqualTo(Locale.GERMANY);
        assertThat(Language.defaultFor(Environment.systemLocale(Map.of("LC_ALL", "de_AT.UTF-8@euro"), Locale.US))).isEqualTo(Language.DE);
        assertThat(Language.defaultFor(Environment.systemLocale(Map.of("LANG", "en_GB.UTF-8"), new Locale("en", "US")))).isEqualTo(Language.EN);
    }

    @Test
    void every_cli_message_is_a_valid_pattern_in_both_languages() {
        for (Language l : Language.values()) {
            Texts messages = CliTexts.of(l);
            for (String key : messages.keys()) {
                if (key.matches("(usage|option|typwerk|mixinStandardHelpOptions)\\..*|show\\.id|validate\\.paths")) {
                    continue; // read by picocli, String.format syntax
                }
                // numbers in every place: a {3,choice} or {4,number,0} takes no text, and a plain {2} shows a number as well
                assertThat(messages.get(key, 1L, 2L, 3L, 4L, 5L)).as(l + " " + key).isNotBlank();
            }
        }
    }

    @Test
    void both_message_bundles_have_the_same_keys() {
        assertThat(CliTexts.of(Language.EN).keys())
                .containsExactlyInAnyOrderElementsOf(CliTexts.of(Language.DE).keys());
    }
}
