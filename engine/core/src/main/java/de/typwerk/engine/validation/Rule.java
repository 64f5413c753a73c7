package de.typwerk.engine.validation;

import de.typwerk.api.model.Questionnaire;

/** One group of checks the validator runs; each adds what it finds and never throws on bad content. */
sealed interface Rule permits HeaderRules, IdRules, QuestionRules, ReferenceRules, ConditionRules, TranslationRules, ScoringRules {

    void check(Questionnaire questionnaire, Layout layout, Findings findings);
}
