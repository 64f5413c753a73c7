package de.typwerk.engine.result;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import de.typwerk.api.model.LocalizedText;
import org.apiguardian.api.API;

/**
 * One answer and how much it pushed towards a type.
 *
 * @param question     the question's id
 * @param questionText the question
 * @param answer       the answer as the respondent saw it (option texts, a scale point and its
 *                     label, a number and its unit)
 * @param contribution the strategy's measure of the push (see {@code docs/scoring.md}), rounded
 *                     to six decimals
 */
@API(status = STABLE, since = "1.0")
@JsonPropertyOrder({"question", "questionText", "answer", "contribution"})
public record Reason(String question, LocalizedText questionText, LocalizedText answer, double contribution) {
}
