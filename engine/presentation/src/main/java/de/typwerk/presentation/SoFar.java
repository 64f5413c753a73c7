package de.typwerk.presentation;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.engine.result.DimensionResult;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.scoring.NoWeights;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What a result with too few answers for a type can already tell, and which few answers would
 * make a type readable, without naming one: the order given in each answered ranking question
 * (in a typology built on priorities, such as ÖFIT's goals, the answer that counts most), each
 * ranked option with the type it counts for where it counts for one alone; and as many open
 * questions as answers are missing, chosen for the dimensions that rest on the fewest answers so
 * far, in questionnaire order.
 *
 * @param ranked    the answered ranking questions, in questionnaire order; empty without the answers
 * @param missing   how many more answers the outcome needs
 * @param suggested open questions, as many as are missing (or all that are open), in questionnaire order
 * @param notKept   the ranking questions the result counts as answered whose order is not at hand (a
 *                  result read from a file keeps no answers), in questionnaire order: the report says
 *                  where to see it rather than leave it out without a word
 */
public record SoFar(List<Ranked> ranked, int missing, List<Question> suggested, List<Question> notKept) {

    /**
     * A ranking as it was answered.
     *
     * @param question the ranking question
     * @param places   its answer, first place first
     */
    public record Ranked(Question question, List<Place> places) {
    }

    /**
     * One place of a ranking.
     *
     * @param option    the option on it
     * @param countsFor the one type its weights give points to, if it gives points to one alone
     */
    public record Place(Option option, Optional<TypeDefinition> countsFor) {
    }

    /**
     * What a result can already tell, its lists kept as copies.
     *
     * @param ranked    the answered ranking questions
     * @param missing   how many more answers the outcome needs
     * @param suggested open questions to answer
     * @param notKept   the ranking questions whose order is not at hand
     */
    public SoFar {
        ranked = List.copyOf(ranked);
        suggested = List.copyOf(suggested);
        notKept = List.copyOf(notKept);
    }

    /**
     * A ranking question's text as the report quotes it beside its answer (here, and under
     * "Warum …?"): its question, without what follows it (the instructions "Wählen Sie die drei
     * wichtigsten …", which are for answering, not for reading the answer back); the whole text
     * where it asks nothing before its end.
     *
     * @param text the question's text in the report's language
     * @return the text up to and with its first question mark that more text follows
     */
    public static String quoted(String text) {
        int mark = text.indexOf("? ");
        return mark < 0 || text.substring(mark + 1).isBlank() ? text : text.substring(0, mark + 1);
    }

    /**
     * A reason's question as the reports (text and HTML) read it back beside its answer: a ranking
     * by its question alone, without the instructions for ranking ({@link #quoted}); any other
     * question, or one of a questionnaire not at hand, whole, since a question may ask two things
     * ("…? Wenn ja, …?").
     *
     * @param question      the id of the question
     * @param whole         its whole text in the report's language
     * @param questionnaire the questionnaire it belongs to, where at hand
     * @return the text to show
     */
    public static String asked(String question, String whole, Optional<Questionnaire> questionnaire) {
        boolean ranking = questionnaire.flatMap(q -> q.question(question)).filter(RankingQuestion.class::isInstance).isPresent();
        return ranking ? quoted(whole) : whole;
    }

    /**
     * {@return what the result can already tell, when its outcome is "too few answers" and its
     * questionnaire is known; else empty}
     *
     * @param result        the result
     * @param questionnaire the questionnaire it was scored against, if known
     * @param answers       the answers scored, by question id; empty where they are not at hand (a
     *                      result read from a file), which leaves out the rankings
     */
    public static Optional<SoFar> of(Result result, Optional<Questionnaire> questionnaire, Map<String, Answer> answers) {
        if (!(result.outcome() instanceof Outcome.Insufficient insufficient) || questionnaire.isEmpty()) return Optional.empty();
        Questionnaire q = questionnaire.get();
        List<Ranked> ranked = new ArrayList<>();
        List<Question> notKept = new ArrayList<>();
        for (Question question : q.questions()) {
            if (answers.isEmpty() && question instanceof RankingQuestion
                    && !dimensions(question, q).isEmpty() && !result.coverage().unanswered().contains(question.id())) {
                notKept.add(question);
            }
            if (answers.get(question.id()) instanceof Answer.Ranking ranking && !ranking.order().isEmpty()) {
                List<Place> places = new ArrayList<>();
                for (String id : ranking.order()) {
                    question.option(id).ifPresent(o -> places.add(new Place(o, soleType(o, q))));
                }
                ranked.add(new Ranked(question, places));
            }
        }
        int missing = Math.max(0, insufficient.needed() - insufficient.answered());
        return Optional.of(new SoFar(ranked, missing, suggested(result, q, missing), notKept));
    }

    /** The type an option gives points to, if it gives points to exactly one. */
    static Optional<TypeDefinition> soleType(Option option, Questionnaire questionnaire) {
        List<TypeDefinition> types = questionnaire.types().stream()
                .filter(t -> option.weights().getOrDefault(t.id(), 0.0) > 0).toList();
        return types.size() == 1 ? Optional.of(types.get(0)) : Optional.empty();
    }

    /**
     * The open questions to answer first: one at a time, the one that adds most where answers are
     * few (the sum of 1 / (1 + answers so far) over the dimensions its weights name; ties in
     * questionnaire order), counting each chosen question as an answer on its dimensions; questions
     * on no dimension last.
     */
    private static List<Question> suggested(Result result, Questionnaire questionnaire, int missing) {
        Map<String, Integer> answersOn = new HashMap<>();
        for (DimensionResult d : result.dimensions()) answersOn.put(d.id(), d.answers());
        List<Question> open = new ArrayList<>();
        for (String id : result.coverage().unanswered()) questionnaire.question(id).ifPresent(open::add);
        List<Question> chosen = new ArrayList<>();
        while (chosen.size() < missing && !open.isEmpty()) {
            Question best = open.get(0);
            double most = -1;
            for (Question candidate : open) {
                double adds = 0;
                for (String d : dimensions(candidate, questionnaire)) adds += 1.0 / (1 + answersOn.getOrDefault(d, 0));
                if (adds > most) {
                    most = adds;
                    best = candidate;
                }
            }
            open.remove(best);
            chosen.add(best);
            for (String d : dimensions(best, questionnaire)) answersOn.merge(d, 1, Integer::sum);
        }
        List<String> order = result.coverage().unanswered();
        chosen.sort((a, b) -> Integer.compare(order.indexOf(a.id()), order.indexOf(b.id())));
        return chosen;
    }

    /** The dimensions a question's weights name, in definition order ({@link NoWeights#dimensionsOf}). */
    static List<String> dimensions(Question question, Questionnaire questionnaire) {
        List<Dimension> defined = questionnaire.dimensions();
        return IntStream.of(NoWeights.dimensionsOf(defined, question)).mapToObj(place -> defined.get(place).id()).toList();
    }
}
