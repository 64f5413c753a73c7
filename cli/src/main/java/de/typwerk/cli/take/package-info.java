/**
 * {@code typwerk take}: a questionnaire answered in the terminal, one question at a time.
 *
 * <p>Start with {@code TakeCommand}; the loop is {@code Interview}, what a person types is read by
 * {@code AnswerInput}, and {@code Terminal} says whether a person types at all. {@code Interruption} is what
 * Ctrl-C leaves (also for {@code batch}, {@code generate} and {@code cohort}).
 */
package de.typwerk.cli.take;
