package de.typwerk.presentation;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.result.DimensionResult;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.scoring.NoWeights;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why a dimension rests on few answers, where the answers are at hand: the answers given to the
 * questions that bear on it (whose weights name it) that carry no weights at all. Such an answer
 * ("Keine", "Bisher kaum", "Nein" in the ÖFIT questionnaire: it says that something does not exist
 * yet) counts as answered, yet for no type and on no dimension, so a municipality that gave it to
 * every question on a dimension sees the dimension thin and, without this, no reason why. A result
 * read from a file keeps no answers, only how many there were ({@link DimensionResult#weightless()}):
 * then the count is all there is to say.
 *
 * @param dimension the thin dimension
 * @param count     how many answers to its questions carry no weights
 * @param answers   those answers, in questionnaire order, where the answers are at hand; else empty
 */
public record Weightless(DimensionResult dimension, int count, List<Given> answers) {

    /**
     * An answer without weights.
     *
     * @param question the question it answers
     * @param options  the options picked, none of which carries a weight
     */
    public record Given(Question question, List<Option> options) {

        /**
         * An answer, its list kept as a copy.
         *
         * @param question the question it answers
         * @param options  the options picked
         */
        public Given {
            options = List.copyOf(options);
        }
    }

    /**
     * A thin dimension and its answers without weights, the list kept as a copy.
     *
     * @param dimension the thin dimension
     * @param count     how many answers to its questions carry no weights
     * @param answers   those answers where they are at hand, else empty
     */
    public Weightless {
        answers = List.copyOf(answers);
    }

    /** {@return whether the answers are listed, not only counted} */
    public boolean listed() {
        return !answers.isEmpty();
    }

    /**
     * {@return for each thin dimension of the result (in its order) to whose questions answers
     * without weights were given, those answers; without the questionnaire or the answers (a result
     * read from a file), how many the result counts}
     *
     * @param result        the result
     * @param questionnaire the questionnaire it was scored against, if known
     * @param answers       the answers scored, by question id; empty where they are not at hand
     */
    public static List<Weightless> of(Result result, Optional<Questionnaire> questionnaire, Map<String, Answer> answers) {
        if (questionnaire.isEmpty() || answers.isEmpty()) {
            return result.dimensions().stream().filter(d -> d.thin() && d.weightless() > 0)
                    .map(d -> new Weightless(d, d.weightless(), List.of())).toList();
        }
        Questionnaire q = questionnaire.get();
        List<Weightless> all = new ArrayList<>();
        for (DimensionResult d : result.dimensions()) {
            if (!d.thin()) continue;
            List<Given> given = new ArrayList<>();
            for (Question question : q.questions()) {
                Answer answer = answers.get(question.id());
                if (answer == null || !SoFar.dimensions(question, q).contains(d.id()) || !question.isAskedGiven(answers)
                        || !NoWeights.weightless(question, answer)) {
                    continue;
                }
                given.add(new Given(question, picked(question, answer)));
            }
            if (!given.isEmpty()) all.add(new Weightless(d, given.size(), given));
        }
        return List.copyOf(all);
    }

    /**
     * An answer without weights as a report lists it where several dimensions are thin: once, with
     * the thin dimensions it bears on.
     *
     * @param given the answer
     * @param on    the thin dimensions among {@link #of}'s whose questions it answers, in the result's order
     */
    public record Once(Given given, List<DimensionResult> on) {

        /**
         * An answer and its dimensions, the list kept as a copy.
         *
         * @param given the answer
         * @param on    the thin dimensions it bears on
         */
        public Once {
            on = List.copyOf(on);
        }

        /**
         * {@return whether it bears on only some of the thin dimensions listed, so that a report
         * names them beside it}
         *
         * @param all the thin dimensions listed, as {@link #of} gave them
         */
        public boolean onSome(List<Weightless> all) {
            return on.size() < all.size();
        }
    }

    /**
     * {@return the answers of {@code all}, each once, in questionnaire order, with the thin dimensions
     * each bears on}: most questions bear on several dimensions, so a municipality that answered
     * "Keine" throughout has the same dozen answers under each thin dimension, which a report lists
     * once. Empty where {@code all} only counts them.
     *
     * @param all           the thin dimensions and their answers, as {@link #of} gave them
     * @param questionnaire the questionnaire they were given to
     */
    public static List<Once> once(List<Weightless> all, Questionnaire questionnaire) {
        Map<String, Given> given = new HashMap<>();
        Map<String, List<DimensionResult>> on = new HashMap<>();
        for (Weightless w : all) {
            for (Given g : w.answers()) {
                given.putIfAbsent(g.question().id(), g);
                on.computeIfAbsent(g.question().id(), id -> new ArrayList<>()).add(w.dimension());
            }
        }
        List<Once> once = new ArrayList<>(given.size());
        for (Question question : questionnaire.questions()) {
            Given g = given.get(question.id());
            if (g != null) once.add(new Once(g, on.get(question.id())));
        }
        return List.copyOf(once);
    }

    /** The options a weightless answer ({@link NoWeights#weightless}) picks, each of which the question has. */
    private static List<Option> picked(Question question, Answer answer) {
        List<String> ids = answer instanceof Answer.Choice choice ? List.of(choice.option()) : ((Answer.Choices) answer).options();
        return ids.stream().map(id -> question.option(id).orElseThrow()).toList();
    }
}
