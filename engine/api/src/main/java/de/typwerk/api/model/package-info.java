/**
 * The read-only definition model a plugin sees (a {@code Questionnaire} with its sections, questions, types and
 * dimensions), a {@code Response} to it, and {@code Problem}s with their {@code Location}: values, never null,
 * implemented by the engine.
 *
 * <p>Start with {@code Questionnaire} and {@code Question} (a sealed set of kinds); {@code Answer} is what a
 * response holds per question. Every public type is part of the frozen plugin API
 * ({@code docs/plugin-authors.md}).
 */
package de.typwerk.api.model;
