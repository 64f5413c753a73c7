/**
 * The test kit for plugin authors: two JUnit 5 test interfaces whose default methods are the tests.
 *
 * <p>Start with {@code QuestionnairePluginContract} (a questionnaire plugin loaded as the engine loads it) or
 * {@code ScoringStrategyContract} (a strategy called directly, with {@code ValidResponses});
 * {@code TestResponses} and {@code TestScoringContext} are for an author's own tests
 * ({@code docs/plugin-authors.md}).
 */
package de.typwerk.testkit;
