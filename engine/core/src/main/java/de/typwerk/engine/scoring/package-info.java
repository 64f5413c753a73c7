/**
 * The scoring pipeline: answers read, a strategy chosen and run, its sheet ranked and turned into a result.
 *
 * <p>Start with {@code Scoring}; {@code Ranking} is the order of the types, {@code ResultAssembler} builds the
 * result (reasons, coverage, recommendations), {@code AnswerText} shows an answer as the respondent saw it.
 */
package de.typwerk.engine.scoring;
