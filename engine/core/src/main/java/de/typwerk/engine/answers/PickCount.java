package de.typwerk.engine.answers;

import de.typwerk.api.model.MultipleChoiceQuestion;

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
}
