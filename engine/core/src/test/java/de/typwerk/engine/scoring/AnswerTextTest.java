package de.typwerk.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Question;
import de.typwerk.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A scale point among the reasons reads as a point of its scale with the words of its labels, not
 * as {@code 4/5}, which a mayor read as a fraction or a mark: "Wie klar sind die Zuständigkeiten …
 * geregelt? → 4 von 5, zwischen „teilweise geregelt“ und „eindeutig geregelt“".
 */
class AnswerTextTest {

    private static final AnswerText TEXTS = AnswerText.of(Fixtures.TEAMS);
    private static final Question NUMBERS = Fixtures.TEAMS.question("q-numbers").orElseThrow();

    @Test
    void a_labelled_point_is_named_out_of_its_scale_with_its_label() {
        assertThat(TEXTS.of(NUMBERS, new Answer.Scale(5)).texts())
                .containsEntry("de", "5 von 5: „voll“")
                .containsEntry("en", "5 of 5: “fully”");
    }

    @Test
    void a_point_without_a_label_is_placed_between_the_labels_around_it() {
        assertThat(TEXTS.of(NUMBERS, new Answer.Scale(4)).texts())
                .containsEntry("de", "4 von 5, zwischen „gar nicht“ und „voll“")
                .containsEntry("en", "4 of 5, between “not at all” and “fully”");
    }

    @Test
    void a_point_of_a_scale_without_labels_is_named_out_of_its_scale() {
        Question meetups = Fixtures.TEAMS.question("q-meetups").orElseThrow();
        assertThat(TEXTS.of(meetups, new Answer.Scale(3)).texts()).containsEntry("de", "3 von 5").containsEntry("en", "3 of 5");
    }
}
