package ${package};

import de.typwerk.testkit.QuestionnairePluginContract;

/**
 * Holds this plugin to Typwerk's questionnaire contract: the descriptor and every definition read
 * and validate, the engine loads the plugin, every question can be asked, and every type is the
 * clear result for some answers (found by search). A failure names the check and the place in the
 * definition, file:line:col.
 */
class QuestionnairePluginTest implements QuestionnairePluginContract {
}
