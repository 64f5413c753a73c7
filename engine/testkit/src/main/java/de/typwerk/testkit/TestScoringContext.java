package de.typwerk.testkit;

import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Response;
import de.typwerk.api.spi.ScoringContext;
import java.util.Locale;
import java.util.Objects;

/**
 * A {@link ScoringContext} for a strategy's own tests, since only the engine implements that
 * interface:
 *
 * <pre>{@code
 * PreparedScorer scorer = new MedianStrategy().prepare(questionnaire, parameters);
 * ScoreSheet sheet = scorer.score(TestScoringContext.of(response));
 * ScoreSheet neutral = scorer.score(TestScoringContext.of(response).missing(MissingAnswers.NEUTRAL));
 * }</pre>
 *
 * Defaults as the engine's: missing answers skipped, German. Immutable; each {@code with} method
 * gives a new context. When the engine's context grows, this class grows with it, so tests written
 * against it keep compiling.
 */
public final class TestScoringContext implements ScoringContext {

    private final Response response;
    private final MissingAnswers missing;
    private final Locale locale;

    private TestScoringContext(Response response, MissingAnswers missing, Locale locale) {
        this.response = Objects.requireNonNull(response, "response");
        this.missing = Objects.requireNonNull(missing, "missing");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /**
     * A call for {@code response}: missing answers skipped, German.
     *
     * @param response the response to score
     * @return the context
     */
    public static TestScoringContext of(Response response) {
        return new TestScoringContext(response, MissingAnswers.SKIP, Locale.GERMAN);
    }

    /**
     * This call with another meaning of unanswered questions.
     *
     * @param policy what an unanswered question means, e.g. {@link MissingAnswers#NEUTRAL}
     * @return a new context; this one is unchanged
     */
    public TestScoringContext missing(MissingAnswers policy) {
        return new TestScoringContext(response, policy, locale);
    }

    /**
     * This call in another language.
     *
     * @param language the caller's language, {@link Locale#GERMAN} or {@link Locale#ENGLISH}
     * @return a new context; this one is unchanged
     */
    public TestScoringContext locale(Locale language) {
        return new TestScoringContext(response, missing, language);
    }

    /**
     * This call for another response.
     *
     * @param other the response to score instead
     * @return a new context; this one is unchanged
     */
    public TestScoringContext response(Response other) {
        return new TestScoringContext(other, missing, locale);
    }

    @Override
    public Response response() {
        return response;
    }

    @Override
    public MissingAnswers missing() {
        return missing;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public String toString() {
        return "TestScoringContext[" + missing.id() + ", " + locale.getLanguage() + ", " + response.answers() + "]";
    }
}
