package de.typwerk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.ScoringStrategy;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The contracts speak German unless the build says en with typwerk.lang, as the questionnaire
 * archetype's build step that records validated definitions does: one switch for both.
 */
class BuildLanguageTest {

    private final String before = System.getProperty("typwerk.lang");

    @AfterEach
    void restore() {
        if (before == null) System.clearProperty("typwerk.lang");
        else System.setProperty("typwerk.lang", before);
    }

    private static final QuestionnairePluginContract QUESTIONNAIRE = new QuestionnairePluginContract() {
    };

    private static final ScoringStrategyContract<Object> STRATEGY = new ScoringStrategyContract<>() {
        @Override
        public ScoringStrategy<Object> strategy() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Questionnaire questionnaire() {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void german_without_the_property_and_for_anything_but_en() {
        System.clearProperty("typwerk.lang");
        assertThat(QUESTIONNAIRE.locale()).isEqualTo(Locale.GERMAN);
        assertThat(STRATEGY.locale()).isEqualTo(Locale.GERMAN);
        System.setProperty("typwerk.lang", "de");
        assertThat(QUESTIONNAIRE.locale()).isEqualTo(Locale.GERMAN);
    }

    @Test
    void english_where_the_build_says_en() {
        System.setProperty("typwerk.lang", "en");
        assertThat(QUESTIONNAIRE.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(STRATEGY.locale()).isEqualTo(Locale.ENGLISH);
    }
}
