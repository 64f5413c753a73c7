/**
 * Reproducible synthetic answers ({@code typwerk generate}): respondents drawn around each type's profile with
 * noise, read from the questionnaire alone.
 *
 * <p>Start with {@code SyntheticAnswers}; {@code Affinities} says how well each answer fits each type,
 * {@code Municipalities} invents the respondents.
 */
package de.typwerk.applications.synthetic;
