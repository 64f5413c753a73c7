package de.typwerk.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the text and the HTML report both show of a reason's question ({@link SoFar#asked}). */
class SoFarTest {

    private static final Path TEAMS = Path.of("../core/src/test/resources/fixtures/teams.yaml");

    @Test
    void a_rankings_question_is_read_back_without_its_instructions_any_other_whole() throws IOException {
        Questionnaire teams = new DefinitionReader(new Mappers(), new Messages(Locale.ENGLISH))
                .read(TEAMS.toString(), Files.readString(TEAMS)).questionnaire().orElseThrow();
        String asked = "Rank your goals? Choose the two that matter most.";

        // q-goals is a ranking: what follows its question is for answering, not for reading the answer back
        assertThat(SoFar.asked("q-goals", asked, Optional.of(teams))).isEqualTo("Rank your goals?");
        // q-numbers is a scale: a question may ask two things, so it stays whole
        assertThat(SoFar.asked("q-numbers", asked, Optional.of(teams))).isEqualTo(asked);
        // without the questionnaire nothing says it is a ranking
        assertThat(SoFar.asked("q-goals", asked, Optional.empty())).isEqualTo(asked);
    }
}
