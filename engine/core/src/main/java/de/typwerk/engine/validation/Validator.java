package de.typwerk.engine.validation;

import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.definition.MappingProblems;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.definition.SourceMap;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.strategy.StrategyCatalog;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Checks what a read definition means: unique ids, references that resolve, conditions that only
 * look back, complete translations, a known strategy with fitting parameters. Runs every check
 * and reports every problem, in document order; never throws on bad content.
 */
public final class Validator {

    private final Messages messages;
    private final List<Rule> rules;

    @Inject
    public Validator(Messages messages, StrategyCatalog strategies, Mappers mappers) {
        this.messages = messages;
        this.rules = List.of(new HeaderRules(), new IdRules(), new QuestionRules(), new ReferenceRules(),
                new ConditionRules(), new TranslationRules(),
                new ScoringRules(strategies, mappers.json(), new MappingProblems(messages)));
    }

    /** With the engine's standard mappers. */
    public Validator(Messages messages, StrategyCatalog strategies) {
        this(messages, strategies, new Mappers());
    }

    /**
     * Whether {@code id} has the id syntax of the definition format (lower-case letters, digits
     * and hyphens, starting with a letter or digit), in which definitions name their questions,
     * options, types and the strategies they are scored with.
     */
    public static boolean isId(String id) {
        return id != null && IdRules.ID.matcher(id).matches();
    }

    /** Every problem of {@code questionnaire}, located through {@code sourceMap}. */
    public List<Problem> validate(Questionnaire questionnaire, SourceMap sourceMap) {
        Findings findings = new Findings(sourceMap, messages);
        Layout layout = new Layout(questionnaire);
        for (Rule rule : rules) {
            rule.check(questionnaire, layout, findings);
        }
        return findings.sorted();
    }
}
