package de.typwerk.engine.answers;

import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.Option;
import java.util.List;

/**
 * How many picks a multiple choice takes, one rule for every reader of answers: between its
 * {@code minPicks} and {@code maxPicks}, or one option that goes only alone ({@code exclusive}
 * such as "keine", or {@code noAnswer} such as "weiß nicht") by itself, whatever {@code minPicks}
 * says. "Wählen Sie mindestens 2" asks for two of the options that go together; an option that
 * cannot go with any other is a whole answer alone, else it could never be picked.
 */
final class PickCount {

    private PickCount() {
    }

    /**
     * {@return whether {@code picks} options are too few for {@code question}}
     *
     * @param question  the question answered
     * @param picks     how many options were picked
     * @param firstAlone whether the first option picked goes only alone (read only where one was picked)
     */
    static boolean tooFew(MultipleChoiceQuestion question, int picks, boolean firstAlone) {
        return picks < question.minPicks() && !(picks == 1 && firstAlone);
    }

    /**
     * {@return whether the options {@code picks} names are too few for {@code question}}
     *
     * @param question the question answered
     * @param picks    the ids of the options picked; one the question has not goes with others
     */
    static boolean tooFew(MultipleChoiceQuestion question, List<String> picks) {
        return tooFew(question, picks.size(), picks.size() == 1 && question.option(picks.get(0)).map(Option::alone).orElse(false));
    }
}
