package de.typwerk.presentation.text;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.applications.cohort.Cohort;
import de.typwerk.applications.cohort.CohortSection;
import de.typwerk.applications.cohort.ResultRows;
import de.typwerk.applications.cohort.ResultsReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.testing.Fixtures;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cohort as a text report (typwerk cohort --format text), on the engine's cohort fixture. */
class CohortTextTest {

    private static final Questionnaire TYPOLOGY = Fixtures.questionnaire("cohort/typology.yaml");
    private static final Messages GERMAN = new Messages(Locale.GERMAN);

    private static Cohort cohort(Optional<String> hintTopic) throws IOException {
        String file = new String(Fixtures.bytes("cohort/results.jsonl"), StandardCharsets.UTF_8);
        ResultRows rows = new ResultsReader(new Mappers(), GERMAN).read("results.jsonl", new StringReader(file));
        return Cohort.of(TYPOLOGY, rows, hintTopic, 2);
    }

    private static String text(Cohort cohort, Messages messages) throws IOException {
        StringWriter w = new StringWriter();
        new CohortText(messages).write(cohort, EnumSet.allOf(CohortSection.class), w);
        return w.toString();
    }

    @Test
    void text_shows_both_distributions_the_profile_hints_and_a_block_per_learner() throws IOException {
        assertThat(text(cohort(Optional.of("wo")), GERMAN))
                .isEqualTo(new String(Fixtures.bytes("cohort/expected.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void text_speaks_english_when_asked() throws IOException {
        assertThat(text(cohort(Optional.of("wo")), new Messages(Locale.ENGLISH)))
                .contains("Types by kind of municipality", "09 Bayern", "unknown state", "WHERE AM I FOUND?",
                        "The calm one", "Is slow", "same Kreis", "elsewhere", "city or town (Stadt)");
    }

    @Test
    void text_names_the_profile_topics_that_can_stand_beside_the_distribution_when_none_is_chosen() throws IOException {
        assertThat(text(cohort(Optional.empty()), GERMAN))
                .contains("Neben jedem Typ kann der Text eines Profilthemas stehen: dazu --hint-topic mit einer dieser IDs angeben: "
                        + "wo („Wo findet man mich?“), kern (")
                .doesNotContain("WO FINDET MAN MICH?");
        assertThat(text(cohort(Optional.empty()), new Messages(Locale.ENGLISH)))
                .contains("A profile topic’s text can stand beside each type: give --hint-topic one of these ids: wo (“");
    }

    @Test
    void right_aligned_columns_end_flush_and_no_line_ends_in_a_space() throws IOException {
        StringWriter w = new StringWriter();
        new Table(java.util.List.of("NAME", "N"), new boolean[]{false, true}).row("Bedächtig", "7").row("x", "12").write(w);
        assertThat(w.toString()).isEqualTo("NAME        N\nBedächtig   7\nx          12\n");
    }
}
