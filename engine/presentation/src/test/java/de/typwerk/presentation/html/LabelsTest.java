package de.typwerk.presentation.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Numbers as the report's language writes them, never as the machine's locale would. */
class LabelsTest {

    @Property
    void a_decimal_has_its_places_a_comma_in_german_a_point_in_english_and_no_grouping(
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double value, @ForAll @IntRange(min = 0, max = 3) int places) {
        String english = Labels.of(Locale.ENGLISH).decimal(value, places);
        String german = Labels.of(Locale.GERMAN).decimal(value, places);

        assertThat(german).isEqualTo(english.replace('.', ','));
        assertThat(english).matches("-?\\d+" + (places == 0 ? "" : "\\.\\d{" + places + "}"));
        BigDecimal expected = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP);
        assertThat(new BigDecimal(english).compareTo(expected)).isZero();
    }

    @Property
    void a_share_is_a_percentage_with_one_decimal(@ForAll @DoubleRange(min = 0, max = 1) double share) {
        assertThat(Labels.of(Locale.GERMAN).percent(share)).matches("\\d{1,3},\\d %");
        assertThat(Labels.of(Locale.ENGLISH).percent(share)).matches("\\d{1,3}\\.\\d%");
    }

    @Property(tries = 20)
    void every_language_but_english_reads_german(@ForAll @IntRange(min = 0, max = 5) int pick) {
        Locale locale = new Locale[] {Locale.FRENCH, Locale.GERMANY, Locale.ROOT, Locale.forLanguageTag("tr-TR"), Locale.CHINESE, Locale.ITALIAN}[pick];
        assertThat(Labels.of(locale).lang()).isEqualTo("de");
        assertThat(Labels.of(Locale.UK).lang()).isEqualTo("en");
    }
}
