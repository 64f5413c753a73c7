/**
 * {@code typwerk take}: a questionnaire answered in the terminal, one question at a time.
 *
 * <p>Start with {@code TakeCommand}; the loop is {@code Interview}, what a person types is read by
 * {@code AnswerInput}; whether a person types at all is the CLI's {@code Terminal}.
 */
package de.typwerk.cli.take;
