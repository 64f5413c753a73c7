package de.typwerk.presentation;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.RankingQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The places of a ranking that a reason reads back as one text ("1. …, 2. …, 3. …", as the engine
 * writes it), each with the one type its option gives points to, where it gives points to one
 * alone ({@link SoFar.Place}, as a result with too few answers shows the goals). A ranking counts
 * as one answer among the reasons: the ÖFIT goals, a Community Manager's goal first, a
 * Bedächtige's second and a Serviceorientierte's third, stood as one line under "Warum „Der
 * Serviceorientierte“?", and a municipality could not tell why its first goal, another type's,
 * pulled it there. Told apart by the question's option texts, so that an option whose own text
 * holds ", " stays whole, and read from the text, so that a result read back from a file, which
 * keeps no answers, shows them too.
 */
public final class Ranks {

    private static final String SEPARATOR = ", ";

    private Ranks() {}

    /**
     * The places in a ranking's text, in order.
     *
     * @param questionnaire the definition, for the question's options and the types; without it no places are told
     * @param question      the question's id
     * @param answer        the answer's text in the report's language
     * @param text          an option's text in the report's language, as the answer's text was made
     * @return each place's option and the one type it counts for, if any; empty for another kind of
     *         question, or a text that is not the question's option texts numbered and parted by ", "
     */
    public static List<SoFar.Place> of(Optional<Questionnaire> questionnaire, String question, String answer,
                                       Function<LocalizedText, String> text) {
        Optional<RankingQuestion> ranking = questionnaire.flatMap(q -> q.question(question))
                .filter(RankingQuestion.class::isInstance).map(RankingQuestion.class::cast);
        if (ranking.isEmpty()) return List.of();
        List<Option> places = new ArrayList<>();
        if (!split(answer, 0, ranking.get().choices(), text, places) || places.isEmpty()) return List.of();
        return places.stream().map(o -> new SoFar.Place(o, SoFar.soleType(o, questionnaire.get()))).toList();
    }

    /** Whether {@code answer} from {@code at} on is numbered option texts parted by ", ", each found added to {@code places}. */
    private static boolean split(String answer, int at, List<Option> options, Function<LocalizedText, String> text, List<Option> places) {
        String number = (places.size() + 1) + ". ";
        if (!answer.startsWith(number, at)) return false;
        int start = at + number.length();
        for (Option option : options) {
            String written = text.apply(option.text());
            if (written.isEmpty() || places.contains(option) || !answer.startsWith(written, start)) continue;
            int end = start + written.length();
            places.add(option);
            if (end == answer.length()) return true;
            if (answer.startsWith(SEPARATOR, end) && split(answer, end + SEPARATOR.length(), options, text, places)) return true;
            places.remove(places.size() - 1);
        }
        return false;
    }
}
