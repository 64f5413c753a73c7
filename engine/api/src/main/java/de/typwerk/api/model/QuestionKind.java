package de.typwerk.api.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The closed set of question kinds, as written in {@code kind:}. */
public enum QuestionKind {
    SINGLE, MULTI, SCALE, RANKING, NUMBER, TEXT;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
