/**
 * A questionnaire as JSON in the definition format ({@code QuestionnaireJson}), as
 * {@code typwerk show --format json} and {@code GET /v1/questionnaires/{id}} give it.
 */
package de.typwerk.presentation.json;
