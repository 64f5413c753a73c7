/**
 * Answers files written for people: the empty template of {@code typwerk template} ({@code AnswersTemplate}) and
 * answers as a YAML file ({@code AnswersDocument}).
 */
package de.typwerk.presentation.answers;
