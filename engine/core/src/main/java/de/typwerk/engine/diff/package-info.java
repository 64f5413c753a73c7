/**
 * What differs between two questionnaires, by id ({@code QuestionnaireDiff}, a list of {@code Change}s), for
 * {@code typwerk diff} and for {@code typwerk show} of a variant.
 */
package de.typwerk.engine.diff;
