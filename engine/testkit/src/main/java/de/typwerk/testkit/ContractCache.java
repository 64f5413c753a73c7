package de.typwerk.testkit;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.definition.Mappers;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * What a contract instance needs again on every try of a property, made once: the questionnaire
 * an author's {@code questionnaire()} reads from a file, what the engine refuses in its parameters,
 * and the engine's mappers (building object
 * mappers costs more than a score). Interfaces hold no state, so it lives here, keyed weakly by
 * the test instance that jqwik or JUnit created.
 */
final class ContractCache {

    static final Mappers MAPPERS = new Mappers();

    private static final Map<Object, Questionnaire> QUESTIONNAIRES = new WeakHashMap<>();

    private static final Map<Object, ParameterRefusals.Found> REFUSALS = new WeakHashMap<>();

    private ContractCache() {
    }

    static Questionnaire questionnaire(Object contract, Supplier<Questionnaire> read) {
        synchronized (QUESTIONNAIRES) {
            Questionnaire known = QUESTIONNAIRES.get(contract);
            if (known != null) return known;
        }
        Questionnaire fresh = read.get();
        synchronized (QUESTIONNAIRES) {
            QUESTIONNAIRES.putIfAbsent(contract, fresh);
        }
        return fresh;
    }

    /** What the engine refuses in the parameters of a contract's questionnaire, found once per test instance. */
    static ParameterRefusals.Found refusals(Object contract, Supplier<ParameterRefusals.Found> find) {
        synchronized (REFUSALS) {
            ParameterRefusals.Found known = REFUSALS.get(contract);
            if (known != null) return known;
        }
        ParameterRefusals.Found fresh = find.get();
        synchronized (REFUSALS) {
            REFUSALS.putIfAbsent(contract, fresh);
        }
        return fresh;
    }
}
