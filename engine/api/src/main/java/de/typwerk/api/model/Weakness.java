package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A weak spot of a type, the types that are strong there, and for what.
 *
 * @param learnFrom ids of the types to learn from, most helpful first
 * @param strengths per type of {@code learnFrom}, the ids of its strengths that answer this weak
 *                  spot, most helpful first; a type of {@code learnFrom} not named here is a role
 *                  model with all its strengths (see {@link #lessonsFrom(TypeDefinition)})
 */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"id", "text", "learnFrom", "strengths", "confirmedWhen"})
public record Weakness(@JsonProperty(required = true) String id,
                       @JsonProperty(required = true) LocalizedText text,
                       List<String> learnFrom,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<String>> strengths,
                       @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Condition> confirmedWhen) {

    public Weakness {
        learnFrom = Lists.copy(learnFrom);
        strengths = Lists.copyOfLists(strengths);
        confirmedWhen = Lists.opt(confirmedWhen);
    }

    /** A weak spot whose role models offer all their strengths. */
    public Weakness(String id, LocalizedText text, List<String> learnFrom) {
        this(id, text, learnFrom, Map.of());
    }

    /** A weak spot shown whatever the answers. */
    public Weakness(String id, LocalizedText text, List<String> learnFrom, Map<String, List<String>> strengths) {
        this(id, text, learnFrom, strengths, Optional.empty());
    }

    /**
     * Whether a respondent with {@code answers} has this weak spot: always when it names no
     * {@code confirmedWhen}, else when the answers meet that condition (an unanswered question
     * confirms nothing).
     */
    public boolean confirmedBy(Map<String, Answer> answers) {
        return confirmedWhen.map(c -> c.holds(answers)).orElse(true);
    }

    /**
     * What {@code roleModel} offers for this weak spot: the strengths {@link #strengths()} names for
     * it, in that order, or all its strengths where it names none. (Ids that {@code roleModel} has
     * no strength for are left out; the validator refuses them in a definition.)
     */
    public List<Strength> lessonsFrom(TypeDefinition roleModel) {
        List<String> named = strengths.get(roleModel.id());
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
