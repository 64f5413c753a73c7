package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/** A weak spot of a type, the types that are strong there, and for what. Implemented by the engine, read by plugins. */
@API(status = STABLE, since = "1.0")
public interface Weakness {

    /** {@return the id, unique among the weaknesses of its type} */
    String id();

    /** {@return the weak spot, which says why to learn from the types of {@link #learnFrom()}} */
    LocalizedText text();

    /** {@return ids of the types to learn from, most helpful first} */
    List<String> learnFrom();

    /**
     * {@return per type of {@link #learnFrom()}, the ids of its strengths that answer this weak
     * spot, most helpful first; a type not named here is a role model with all its strengths}
     */
    Map<String, List<String>> strengths();

    /**
     * {@return the condition on the respondent's answers that confirms this weak spot; empty: it is
     * shown whatever the answers}
     */
    Optional<Condition> confirmedWhen();

    /**
     * Whether a respondent with {@code answers} has this weak spot: always when it names no
     * {@link #confirmedWhen()}, else when the answers meet that condition (an unanswered question
     * confirms nothing).
     *
     * @param answers the respondent's answers, by question id
     * @return whether the weak spot applies
     */
    default boolean confirmedBy(Map<String, Answer> answers) {
        return confirmedWhen().map(c -> c.holds(answers)).orElse(true);
    }

    /**
     * What {@code roleModel} offers for this weak spot: the strengths {@link #strengths()} names for
     * it, in that order, or all its strengths where it names none. (Ids that {@code roleModel} has
     * no strength for are left out; the validator refuses them in a definition.)
     *
     * @param roleModel one of the types of {@link #learnFrom()}
     * @return its strengths that answer this weak spot
     */
    default List<Strength> lessonsFrom(TypeDefinition roleModel) {
        List<String> named = strengths().get(roleModel.id());
        if (named == null) return roleModel.strengths();
        List<Strength> lessons = new ArrayList<>(named.size());
        for (String id : named) {
            for (Strength s : roleModel.strengths()) {
                if (s.id().equals(id)) {
                    lessons.add(s);
                    break;
                }
            }
        }
        return List.copyOf(lessons);
    }
}
