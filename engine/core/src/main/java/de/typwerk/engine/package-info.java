/**
 * The integrator API: the facade {@code Typwerk} and its {@code Builder}, and what it hands out
 * ({@code LoadedQuestionnaire}, {@code ScoreRun}, {@code TypwerkStartException}).
 *
 * <p>Start with {@code Typwerk}: each of its methods hands the call to the package that does the work
 * ({@code docs/architecture.md}, "Where each step of the flow lives"). {@code EngineModule} wires the engine
 * with Guice; {@code FileValidation} ({@code typwerk validate}) sits here because it uses the plugin
 * platform, and so does {@code ValidatedDefinitions}, the step of a plugin's build that records what it
 * validated ({@code docs/architecture.md}, "Start-up of the command line"). {@code QuietLogging} keeps a host
 * without an SLF4J provider free of SLF4J's warnings. Public types state their status with {@code @API}.
 */
package de.typwerk.engine;
