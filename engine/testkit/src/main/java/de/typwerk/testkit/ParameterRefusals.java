package de.typwerk.testkit;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.strategy.StrategyCatalog;
import de.typwerk.engine.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the engine refuses in a test questionnaire before it would call the strategy's
 * {@code check}: parameters that break its {@code parametersSchema()} or do not read into its
 * parameter type, and any other error of the definition. Found by the engine's own validator, so the contract
 * says it in the engine's words and at the line the engine names, where reading the parameters
 * alone would pass what breaks the schema and put Jackson's words where the parameter's name belongs.
 */
final class ParameterRefusals {

    private ParameterRefusals() {
    }

    /**
     * What the engine refuses, each as {@code file:line:col: error: …} (with the pointer where the file
     * has no lines): in the strategy's parameters, and elsewhere in the questionnaire (a weight keyed
     * by no type or dimension, a text missing in a language), which would keep the engine from ever
     * calling the strategy with it.
     *
     * @param parameters the refusals of the strategy's parameters block
     * @param elsewhere  the other errors of the questionnaire
     */
    record Found(List<String> parameters, List<String> elsewhere) {

        boolean none() {
            return parameters.isEmpty() && elsewhere.isEmpty();
        }
    }

    static <P> Found of(ScoringStrategy<P> strategy, Questionnaire questionnaire, Locale locale) {
        String base = base(strategy.id(), questionnaire);
        List<Problem> errors = new Validator(new Messages(locale), alone(withoutCheck(strategy)), ContractCache.MAPPERS)
                .validate(questionnaire, TestQuestionnaires.places(questionnaire)).stream()
                .filter(Problem::isError)
                // only the strategy under test is loaded here: another one the definition names is not its business
                .filter(p -> !p.code().equals("unknown-strategy"))
                .toList();
        return new Found(
                errors.stream().filter(p -> within(p, base)).map(ParameterRefusals::placed).toList(),
                errors.stream().filter(p -> !within(p, base)).map(ParameterRefusals::placed).toList());
    }

    private static boolean within(Problem problem, String base) {
        String pointer = problem.location().pointer();
        return pointer.equals(base) || pointer.startsWith(base + "/");
    }

    private static String placed(Problem problem) {
        return problem.toString();   // path:line:col, or the pointer where the definition has no line
    }

    /** Where the questionnaire's parameters for the strategy stand: its own, or those under its alternatives. */
    static String base(String strategyId, Questionnaire questionnaire) {
        boolean own = questionnaire.scoring().map(ScoringSpec::strategy).filter(strategyId::equals).isPresent();
        return own ? "/scoring/parameters" : "/scoring/alternatives/" + strategyId;
    }

    private static StrategyCatalog alone(ScoringStrategy<?> strategy) {
        return new StrategyCatalog() {
            @Override
            public Optional<ScoringStrategy<?>> find(String id) {
                return id.equals(strategy.id()) ? Optional.of(strategy) : Optional.empty();
            }

            @Override
            public SortedSet<String> ids() {
                return new TreeSet<>(List.of(strategy.id()));
            }
        };
    }

    /** The strategy without its own {@code check}, whose problems the contract reports in a check of their own. */
    private static <P> ScoringStrategy<P> withoutCheck(ScoringStrategy<P> strategy) {
        return new ScoringStrategy<>() {
            @Override
            public String id() {
                return strategy.id();
            }

            @Override
            public Version version() {
                return strategy.version();
            }

            @Override
            public LocalizedText description() {
                return strategy.description();
            }

            @Override
            public Class<P> parametersType() {
                return strategy.parametersType();
            }

            @Override
            public Optional<String> parametersSchema() {
                return strategy.parametersSchema();
            }

            @Override
            public List<Problem> check(Questionnaire questionnaire, P parameters) {
                return List.of();
            }

            @Override
            public PreparedScorer prepare(Questionnaire questionnaire, P parameters) {
                return strategy.prepare(questionnaire, parameters);
            }
        };
    }
}
