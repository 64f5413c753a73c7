/**
 * The {@code prototype} strategy: answers place a respondent on the questionnaire's dimensions, and each type is
 * scored by its distance to its prototype there.
 *
 * <p>Start with {@code PrototypeStrategy}; {@code PreparedPrototype} is what it works out once per questionnaire
 * ({@code docs/scoring.md}).
 */
package de.typwerk.strategy.prototype;
