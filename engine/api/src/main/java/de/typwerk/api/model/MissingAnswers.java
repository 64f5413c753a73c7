package de.typwerk.api.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What an unanswered (skipped) question means for scoring: {@code skip} leaves it out, so scores
 * rest on the answered questions only; {@code neutral} counts it as the middle of its range
 * (scale and number) or as no option chosen (choice questions).
 */
public enum MissingAnswers {
    SKIP, NEUTRAL;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
