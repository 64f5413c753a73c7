package de.typwerk.presentation;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The picks of a multiple-choice answer that a reason reads back as one text, its options' texts
 * parted by "; " (as the engine writes it): the reports show several picks as a list, each on
 * its own line, since joined in one line each pick's capital read as a typo ("Freies WLAN an
 * öffentlichen Orten; Digitale Plattform für Ehrenamt und Vereine"). Told apart by the
 * question's option texts, so that a pick whose own text holds "; " stays whole.
 */
public final class Picks {

    private static final String SEPARATOR = "; ";

    private Picks() {}

    /**
     * The picks in an answer's text, in the order given.
     *
     * @param questionnaire the definition, for the question's options; without it no picks are told
     * @param question      the question's id
     * @param answer        the answer's text in the report's language
     * @param text          an option's text in the report's language, as the answer's text was made
     * @return the texts of two picks or more; empty for one pick, another kind of question, or a text
     *         that is not the question's option texts parted by "; "
     */
    public static List<String> of(Optional<Questionnaire> questionnaire, String question, String answer,
                                  Function<LocalizedText, String> text) {
        Optional<MultipleChoiceQuestion> multiple = questionnaire.flatMap(q -> q.question(question))
                .filter(MultipleChoiceQuestion.class::isInstance).map(MultipleChoiceQuestion.class::cast);
        if (multiple.isEmpty() || !answer.contains(SEPARATOR)) return List.of();
        List<String> options = new ArrayList<>();
        for (Option o : multiple.get().choices()) options.add(text.apply(o.text()));
        List<String> picks = new ArrayList<>();
        return split(answer, 0, options, picks) && picks.size() > 1 ? List.copyOf(picks) : List.of();
    }

    /** Whether {@code answer} from {@code at} on is option texts parted by "; ", each found added to {@code picks}. */
    private static boolean split(String answer, int at, List<String> options, List<String> picks) {
        for (String option : options) {
            if (option.isEmpty() || !answer.startsWith(option, at)) continue;
            int end = at + option.length();
            picks.add(option);
            if (end == answer.length()) return true;
            if (answer.startsWith(SEPARATOR, end) && split(answer, end + SEPARATOR.length(), options, picks)) return true;
            picks.remove(picks.size() - 1);
        }
        return false;
    }
}
