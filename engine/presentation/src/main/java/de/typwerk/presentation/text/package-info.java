/**
 * Text for a terminal: the report ({@code ResultView}), a questionnaire ({@code QuestionnaireView}), a diff
 * ({@code DiffView}) and a cohort ({@code CohortText}), laid out on a {@code Page} of fixed width with
 * {@code Table}s.
 */
package de.typwerk.presentation.text;
