package de.typwerk.engine.diff;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One difference between two questionnaires.
 *
 * @param path       where, by ids, in the form of the text addresses of a variant's overlay:
 *                   {@code questions/art}, {@code questions/art/options/kreis},
 *                   {@code questions/art/text}, {@code types/mutig/motto},
 *                   {@code scoring/parameters/fuzziness}, {@code version}
 * @param section    for a question, the section it stands in (on the side that has it)
 * @param properties for {@link Action#CHANGED} on a section, question, option, type or
 *                   dimension: which of its properties differ (texts are changes of their own)
 * @param before     the value on the first side, where there is one: a text, a number, a list, a
 *                   mapping; for an added or removed thing, its title; for a changed thing, the
 *                   differing properties
 * @param after      the same, on the second side
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"action", "subject", "path", "section", "properties", "before", "after"})
public record Change(Action action, Subject subject, String path, Optional<String> section,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> properties,
                     Optional<Object> before, Optional<Object> after) {

    public Change {
        properties = List.copyOf(properties);
    }

    /** What happened on the way from the first questionnaire to the second. */
    public enum Action {
        ADDED, REMOVED, CHANGED;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What kind of thing changed. */
    public enum Subject {
        HEADER, SECTION, QUESTION, OPTION, TYPE, DIMENSION, PROFILE_TOPIC, TEXT, SCORING;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
