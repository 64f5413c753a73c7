package de.typwerk.api.spi;

import static org.apiguardian.api.API.Status.STABLE;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Version;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A way to turn a response into type scores, in two phases, as the JUnit Platform separates
 * discovery from execution: the engine calls {@link #prepare} once for each loaded questionnaire
 * that carries parameters for the strategy, and then the {@link PreparedScorer} it returns for
 * every response to that questionnaire. Implementations must be pure and deterministic: the same
 * questionnaire, parameters and response give the same sheet, with no I/O, no clock and no mutable
 * state shared between calls, so the engine may call one instance from many threads.
 *
 * @param <P> the type the strategy's {@code parameters:} block is read into (a record, usually);
 *            the engine reads it strictly: unknown keys are errors
 */
@API(status = STABLE, since = "1.0")
public interface ScoringStrategy<P> {

    /**
     * {@return the id a definition names in {@code scoring.strategy}, e.g. {@code prototype}: lower-case
     * letters, digits and hyphens, starting with a letter or digit, as every id of a definition; the
     * engine fails a plugin whose strategy gives another}
     */
    String id();

    /**
     * This strategy's version; results record it beside the scores. Raise it whenever the same
     * answers and parameters would score differently, so that results scored before and after can
     * be told apart.
     *
     * @return the version, e.g. {@code 1.0.0}
     */
    Version version();

    /**
     * One sentence on what it does, shown by {@code typwerk plugins} below the table: give it in
     * every language the plugin speaks ({@code LocalizedText.of(Map.of("de", …, "en", …))}), since
     * the engine shows each reader theirs. The parameters are not listed anywhere: document them in
     * the plugin's README.
     *
     * @return the description in every language the plugin speaks
     */
    LocalizedText description();

    /** {@return the class the parameters are read into} */
    Class<P> parametersType();

    /**
     * The schema of the parameters.
     *
     * @return a JSON Schema (draft 2020-12) of the parameters, checked before they are read; empty
     *         if the parameter type alone is enough
     */
    default Optional<String> parametersSchema() {
        return Optional.empty();
    }

    /**
     * Checks the parameters against the questionnaire (e.g. every type id named exists). Problems
     * carry a JSON pointer relative to the parameters block ({@link Problem#at}; the empty pointer
     * {@code ""} is the block itself, for what concerns the parameters as a whole); problems about
     * what the strategy reads elsewhere in the definition (the weights of options and scales) are
     * made with {@link Problem#inDefinition} and carry a pointer from the definition's root. A
     * warning, which leaves the definition valid, is
     * {@code Problem.warning(code, message, Location.pointer(pointer))}, its pointer relative to the
     * parameters block as for {@code at}. The engine turns every pointer into the definition's file,
     * line and column.
     *
     * @param questionnaire the questionnaire the parameters belong to
     * @param parameters    the parameters, read into {@link #parametersType()}
     * @return the problems found; empty if there are none
     */
    default List<Problem> check(Questionnaire questionnaire, P parameters) {
        return List.of();
    }

    /**
     * Prepares scoring of {@code questionnaire} with {@code parameters}, which {@link #check} has
     * found free of errors. Called once per questionnaire, before the engine first scores a response
     * to it with this strategy (a command that scores one questionnaire prepares only that one; a
     * server and a strict engine prepare every loaded questionnaire at start; an application may
     * also score a questionnaire the engine did not load); the scorer it returns is kept and called
     * for every response. Build here what depends on the questionnaire and the
     * parameters alone; a strategy that needs nothing returns a lambda (see {@link PreparedScorer}).
     * What it throws is reported as the strategy's failure whenever the questionnaire is scored
     * with it.
     *
     * @param questionnaire the questionnaire as loaded (a variant resolved)
     * @param parameters    its parameters for this strategy, read and checked
     * @return the scorer the engine calls for every response of this questionnaire
     */
    PreparedScorer prepare(Questionnaire questionnaire, P parameters);
}
