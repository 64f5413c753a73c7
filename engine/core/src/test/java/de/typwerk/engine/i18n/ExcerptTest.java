package de.typwerk.engine.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void aShortTextIsQuotedWholeALongOneByItsBeginningWithoutCuttingACharacterInTwo() {
        assertThat(Excerpt.of("Größe", 5)).isEqualTo("Größe");
        assertThat(Excerpt.of("Größenwahl", 5)).isEqualTo("Größe…");
        // a character outside the BMP is two chars in Java and one character to a reader
        assertThat(Excerpt.of("a\uD83D\uDE00bc", 2)).isEqualTo("a\uD83D\uDE00…");
        assertThat(Excerpt.of("", 3)).isEmpty();
    }
}
