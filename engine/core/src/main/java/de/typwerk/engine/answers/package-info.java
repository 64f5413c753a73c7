/**
 * Reading answers files (YAML or JSON) strictly and checking them against their questionnaire; which questions
 * are asked given the answers so far; the answers' JSON Schema; the AGS.
 *
 * <p>Start with {@code AnswersReader} ({@code CleanJsonReader} is its quick path for clean JSON, over the
 * scan {@code ByteTokens} or Jackson's parser,
 * {@code TreeReader} the located tree it reads otherwise, {@code AnswerConverter} the check of one answer);
 * then {@code ConditionEvaluator}.
 */
package de.typwerk.engine.answers;
