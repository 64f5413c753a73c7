package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A question. The kinds are a closed set, told apart by {@code kind:} in a definition, each a
 * sub-interface: {@link SingleChoiceQuestion}, {@link MultipleChoiceQuestion},
 * {@link ScaleQuestion}, {@link RankingQuestion}, {@link NumberQuestion}, {@link TextQuestion}.
 * A minor version may add a kind; a strategy should ignore a kind it does not know.
 *
 * <p>Common to all: a unique {@code id}, the {@code text}, an optional {@code help}, whether an
 * answer is {@code required}, and an optional {@code when} condition on earlier answers; a
 * question whose condition is false is not asked and must not be answered. Implemented by the
 * engine, read by plugins.
 */
@API(status = STABLE, since = "1.0")
public sealed interface Question
        permits SingleChoiceQuestion, MultipleChoiceQuestion, ScaleQuestion, RankingQuestion, NumberQuestion, TextQuestion {

    /** {@return the id, unique among all questions of the questionnaire} */
    String id();

    /** {@return the kind, as written in {@code kind:}} */
    QuestionKind kind();

    /** {@return the question} */
    LocalizedText text();

    /** {@return a hint shown with the question, if the definition gives one} */
    Optional<LocalizedText> help();

    /** {@return whether a respondent must answer it (when it is asked)} */
    boolean required();

    /** {@return the condition on earlier answers under which it is asked; empty: always asked} */
    Optional<Condition> when();

    /** {@return the options of a choice or ranking question, in definition order; empty for other kinds} */
    default List<Option> choices() {
        return List.of();
    }

    /**
     * Whether this question is asked, given the answers so far: it has no {@code when}, or its
     * condition holds. A question that is not asked must not be answered.
     *
     * @param answers answers by question id; unanswered questions absent
     * @return whether it is asked
     */
    default boolean isAskedGiven(Map<String, Answer> answers) {
        return when().map(c -> c.holds(answers)).orElse(true);
    }

    /**
     * The option with this id.
     *
     * @param optionId an option id
     * @return the option, or empty if this question has none with that id (or has no options)
     */
    default Optional<Option> option(String optionId) {
        // a plain loop: called per answer of every row of a batch, where a stream costs more than the search
        for (Option o : choices()) {
            if (o.id().equals(optionId)) return Optional.of(o);
        }
        return Optional.empty();
    }
}
