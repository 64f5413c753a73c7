package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A question. The kinds are a closed set, told apart by {@code kind:} in a definition.
 *
 * <p>Common to all: a unique {@code id}, the {@code text}, an optional {@code help}, whether an
 * answer is {@code required}, and an optional {@code when} condition on earlier answers; a
 * question whose condition is false is not asked and must not be answered.
 */
@API(status = STABLE, since = "1.0")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind", include = JsonTypeInfo.As.EXISTING_PROPERTY, visible = false)
@JsonSubTypes({
        @JsonSubTypes.Type(value = SingleChoiceQuestion.class, name = "single"),
        @JsonSubTypes.Type(value = MultipleChoiceQuestion.class, name = "multi"),
        @JsonSubTypes.Type(value = ScaleQuestion.class, name = "scale"),
        @JsonSubTypes.Type(value = RankingQuestion.class, name = "ranking"),
        @JsonSubTypes.Type(value = NumberQuestion.class, name = "number"),
        @JsonSubTypes.Type(value = TextQuestion.class, name = "text")})
public sealed interface Question
        permits SingleChoiceQuestion, MultipleChoiceQuestion, ScaleQuestion, RankingQuestion, NumberQuestion, TextQuestion {

    String id();

    QuestionKind kind();

    LocalizedText text();

    Optional<LocalizedText> help();

    boolean required();

    Optional<Condition> when();

    /** The options of a choice or ranking question; empty for other kinds. */
    @JsonIgnore
    default List<Option> choices() {
        return List.of();
    }

    /**
     * Whether this question is asked, given the answers so far: it has no {@code when}, or its
     * condition holds. A question that is not asked must not be answered.
     */
    default boolean isAskedGiven(java.util.Map<String, Answer> answers) {
        return when().map(c -> c.holds(answers)).orElse(true);
    }

    /** The option with this id, if this question has it. */
    default Optional<Option> option(String optionId) {
        // a plain loop: called per answer of every row of a batch, where a stream costs more than the search
        for (Option o : choices()) {
            if (o.id().equals(optionId)) return Optional.of(o);
        }
        return Optional.empty();
    }
}
