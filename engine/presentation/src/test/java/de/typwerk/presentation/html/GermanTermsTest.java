package de.typwerk.presentation.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GermanTermsTest {

    private static Phrase.Part en(String text) {
        return new Phrase.Part(text, null);
    }

    private static Phrase.Part de(String text) {
        return new Phrase.Part(text, "de");
    }

    @Test
    void an_english_text_has_each_german_word_of_administration_marked_as_german_and_keeps_its_text() {
        String text = "Municipality (Gemeinde, including Markt, Amt or Verbandsgemeinde)";
        Phrase phrase = GermanTerms.in(text, null, "en");
        assertThat(phrase.parts()).containsExactly(en("Municipality ("), de("Gemeinde"), en(", including "), de("Markt"), en(", "),
                de("Amt"), en(" or "), de("Verbandsgemeinde"), en(")"));
        assertThat(phrase.plain()).isEqualTo(text);
        // a term of two words is one part; a gendered form with its ending whole
        assertThat(GermanTerms.in("including a Große Kreisstadt, or a kreisfrei city", null, "en").parts())
                .containsExactly(en("including a "), de("Große Kreisstadt"), en(", or a "), de("kreisfrei"), en(" city"));
        assertThat(GermanTerms.in("the Bürgermeister:in or the Landrät:in", null, "en").parts())
                .containsExactly(en("the "), de("Bürgermeister:in"), en(" or the "), de("Landrät:in"));
    }

    @Test
    void a_term_inside_a_longer_word_or_written_in_another_case_is_left_as_it_is() {
        // "Landkreis" is one German word, not "Land" and an English rest
        assertThat(GermanTerms.in("a district (Landkreis)", null, "en").parts()).containsExactly(en("a district ("), de("Landkreis"), en(")"));
        assertThat(GermanTerms.in("Landscape, land use, Amtrak and Kreisel", null, "en").parts())
                .containsExactly(en("Landscape, land use, Amtrak and Kreisel"));
        assertThat(GermanTerms.in("Land-level offers", null, "en").parts()).containsExactly(de("Land"), en("-level offers"));
    }

    @Test
    void a_german_text_keeps_its_words_unmarked_whether_the_page_or_its_element_says_it_is_german() {
        assertThat(GermanTerms.in("Die Gemeinde nutzt, was das Land anbietet", null, "de").parts())
                .containsExactly(en("Die Gemeinde nutzt, was das Land anbietet"));
        // a questionnaire without English shows its German text on an English page, in an element marked German
        assertThat(GermanTerms.in("Das ruhige Amt", "de", "en").parts()).containsExactly(en("Das ruhige Amt"));
        // as a part of the page's sentences it carries its language itself
        assertThat(GermanTerms.marked("Das ruhige Amt", "de", "en").parts()).containsExactly(de("Das ruhige Amt"));
        // an English text on a German page: its own words English, the German term German
        assertThat(GermanTerms.marked("the Land’s offers", "en", "de").parts())
                .containsExactly(new Phrase.Part("the ", "en"), de("Land"), new Phrase.Part("’s offers", "en"));
        assertThat(GermanTerms.in("", null, "en").parts()).isEqualTo(List.of());
    }
}
