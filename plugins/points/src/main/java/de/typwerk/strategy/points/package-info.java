/**
 * The {@code points} strategy: a weighted sum, as in a classic type quiz.
 *
 * <p>Start with {@code PointsStrategy}; {@code PreparedPoints} is what it works out once per questionnaire
 * ({@code docs/scoring.md}).
 */
package de.typwerk.strategy.points;
