package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * What an unanswered (skipped) question means for scoring: {@code skip} leaves it out, so scores
 * rest on the answered questions only; {@code neutral} counts every question that was asked but
 * left unanswered as the middle of what it could have given. Each strategy states what that middle
 * is ({@code points}: halfway between the fewest and the most points the question can give a type;
 * {@code prototype}: the position 0.5). Questions that were not asked (their condition is false)
 * never count.
 */
@API(status = STABLE, since = "1.0")
public enum MissingAnswers {
    /** Unanswered questions are left out. */
    SKIP,
    /** Every question asked but left unanswered counts as the middle of what it could have given. */
    NEUTRAL;

    /** {@return the id written in a definition: {@code skip} or {@code neutral}} */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
