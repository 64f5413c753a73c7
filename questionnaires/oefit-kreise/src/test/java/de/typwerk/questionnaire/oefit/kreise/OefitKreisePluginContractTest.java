package de.typwerk.questionnaire.oefit.kreise;

import de.typwerk.testkit.QuestionnairePluginContract;

/**
 * The Kreis variant under the test kit's contract, as an association's plugin would be tested:
 * its definition resolves against the ÖFIT questionnaire (on the test class path) and validates,
 * the engine loads it, every question can be asked, and each of the four types is the clear
 * result for some answers found by search.
 */
class OefitKreisePluginContractTest implements QuestionnairePluginContract {
}
