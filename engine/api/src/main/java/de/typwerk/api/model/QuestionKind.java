package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.apiguardian.api.API;

/** The closed set of question kinds, as written in {@code kind:}. */
@API(status = STABLE, since = "1.0")
public enum QuestionKind {
    SINGLE, MULTI, SCALE, RANKING, NUMBER, TEXT;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
