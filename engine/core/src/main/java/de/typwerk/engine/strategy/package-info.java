/**
 * Scoring strategies as the engine uses them: the catalogue of those loaded, preparing one for a questionnaire,
 * running it guarded (its own thread, a time limit), and holding its sheet to the contract.
 *
 * <p>Start with {@code StrategyRunner} ({@code prepare}, then {@code score}); {@code PreparedStrategy} is a
 * strategy prepared for one questionnaire, {@code SheetCheck} the contract a sheet must keep,
 * {@code Runaways} what stops a strategy that never returns.
 */
package de.typwerk.engine.strategy;
