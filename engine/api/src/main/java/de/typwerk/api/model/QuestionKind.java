package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.apiguardian.api.API;

/** The closed set of question kinds, as written in {@code kind:}. */
@API(status = STABLE, since = "1.0")
public enum QuestionKind {
    /** Pick one option ({@link SingleChoiceQuestion}). */
    SINGLE,
    /** Pick several options ({@link MultipleChoiceQuestion}). */
    MULTI,
    /** A point of a scale ({@link ScaleQuestion}). */
    SCALE,
    /** Options in order ({@link RankingQuestion}). */
    RANKING,
    /** A number ({@link NumberQuestion}). */
    NUMBER,
    /** Free text ({@link TextQuestion}). */
    TEXT;

    /** {@return the id written in {@code kind:}, e.g. {@code single}} */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
