/**
 * The integrator API: the facade {@code Typwerk} and its {@code Builder}, and what it hands out
 * ({@code LoadedQuestionnaire}, {@code ScoreRun}, {@code TypwerkStartException}).
 *
 * <p>Start with {@code Typwerk}: each of its methods hands the call to the package that does the work
 * ({@code docs/architecture.md}, "Where each step of the flow lives"). {@code EngineModule} wires the engine
 * with Guice; {@code FileValidation} ({@code typwerk validate}) sits here because it uses the plugin
 * platform. Public types state their status with {@code @API}.
 */
package de.typwerk.engine;
