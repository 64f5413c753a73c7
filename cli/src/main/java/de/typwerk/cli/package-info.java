/**
 * The {@code typwerk} command: one picocli command class per subcommand ({@code ScoreCommand},
 * {@code BatchCommand}, …), the global options, exit codes and the CLI's texts.
 *
 * <p>Start with {@code Main} (the entry point, and which subcommands picocli is given) and
 * {@code TypwerkCommand} (the global options and the list of subcommands); {@code EngineCommand} is what
 * every command that starts the engine shares. What {@code score} and {@code take} print of a result (the
 * presentation's {@code ResultView}, or the engine's {@code ResultJson}) is {@code ScoreOutput}; where any
 * output goes, {@code de.typwerk.cli.output}. A failure ends in {@code FailureHandler}, a wrong command line
 * in {@code UsageErrorHandler}. The words are in {@code de/typwerk/cli/messages*.properties}, over the
 * presentation's ({@code CliTexts}).
 */
package de.typwerk.cli;
