package de.typwerk.api.spi;

import static org.apiguardian.api.API.Status.STABLE;

import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import org.apiguardian.api.API;

/**
 * What a strategy scores: a questionnaire, the strategy's parameters from it, and a response that
 * the engine has already checked against the questionnaire (known questions, known options, values
 * in range, conditions honoured). A record so that it can grow without breaking strategies.
 */
@API(status = STABLE, since = "1.0")
public record ScoringRequest<P>(Questionnaire questionnaire, P parameters, Response response, MissingAnswers missing) {
}
