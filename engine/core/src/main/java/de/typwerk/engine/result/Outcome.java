package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.apiguardian.api.API;

/**
 * What the result says, written with {@code kind: primary | mixed | none | insufficient}.
 */
@API(status = STABLE, since = "1.0")
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Outcome.Primary.class, name = "primary"),
        @JsonSubTypes.Type(value = Outcome.Mixed.class, name = "mixed"),
        @JsonSubTypes.Type(value = Outcome.None.class, name = "none"),
        @JsonSubTypes.Type(value = Outcome.Insufficient.class, name = "insufficient")})
public sealed interface Outcome {

    /**
     * One type stands out.
     *
     * @param type the primary type's id
     * @param lead its share minus the runner-up's (its own share when there is no other type)
     */
    @API(status = STABLE, since = "1.0")
    @JsonPropertyOrder({"type", "lead"})
    record Primary(String type, double lead) implements Outcome {

        /**
         * Made by the engine.
         *
         * @param type the primary type's id
         * @param lead its share minus the runner-up's
         */
        @API(status = INTERNAL, since = "1.0")
        public Primary {
        }
    }

    /**
     * The two best types are too close to call.
     *
     * @param first       the best type by the ranking rule
     * @param second      the runner-up
     * @param lead        the first's share minus the second's
     * @param mixedMargin the lead below which the definition calls a result mixed
     */
    @API(status = STABLE, since = "1.0")
    @JsonPropertyOrder({"first", "second", "lead", "mixedMargin"})
    record Mixed(String first, String second, double lead, double mixedMargin) implements Outcome {

        /**
         * Made by the engine.
         *
         * @param first       the best type
         * @param second      the runner-up
         * @param lead        the first's share minus the second's
         * @param mixedMargin the lead below which a result is mixed
         */
        @API(status = INTERNAL, since = "1.0")
        public Mixed {
        }
    }

    /**
     * No type fits: the strategy found the response close to none of the types (it said so in its
     * sheet), so the result names no type, not even a pair. Enough questions were answered; the
     * types' scores and shares still show how far each one is. Written as {@code {"kind": "none"}}.
     */
    @API(status = STABLE, since = "1.0")
    record None() implements Outcome {
    }

    /**
     * Too few questions were answered to classify.
     *
     * @param answered scorable questions answered
     * @param needed   scorable questions that must be answered, under the definition's
     *                 {@code minAnswered}
     */
    @API(status = STABLE, since = "1.0")
    @JsonPropertyOrder({"answered", "needed"})
    record Insufficient(int answered, int needed) implements Outcome {

        /**
         * Made by the engine.
         *
         * @param answered scorable questions answered
         * @param needed   scorable questions that must be answered
         */
        @API(status = INTERNAL, since = "1.0")
        public Insufficient {
        }
    }
}
