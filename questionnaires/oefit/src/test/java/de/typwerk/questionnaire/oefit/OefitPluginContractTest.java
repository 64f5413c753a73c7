package de.typwerk.questionnaire.oefit;

import de.typwerk.testkit.QuestionnairePluginContract;

/**
 * The ÖFIT plugin under the test kit's contract, as any outside plugin would be: its descriptor and
 * definition read and validate, the engine loads it with the prototype and points strategies,
 * every question can be asked, and each of the four types is the clear result for some answers
 * found by search.
 */
class OefitPluginContractTest implements QuestionnairePluginContract {
}
