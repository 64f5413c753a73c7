package de.typwerk.questionnaire.ozg;

import de.typwerk.testkit.QuestionnairePluginContract;

/**
 * The OZG maturity model under the test kit's contract, as any outside plugin would be: it reads,
 * validates and loads with the levels strategy, every question can be asked, and every stage is
 * the clear result for some answers found by search.
 */
class OzgPluginContractTest implements QuestionnairePluginContract {
}
