package de.typwerk.cli;

import de.typwerk.cli.output.StandardOutput;

import de.typwerk.presentation.Texts;
import de.typwerk.presentation.Language;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The {@code typwerk} command. {@link #main} is for the shell; {@link #run} is the same entry
 * point for tests and for embedding, with the caller's streams and environment.
 */
public final class Main {

    private final Environment environment;
    private final Terminal terminal;
    private final Optional<StandardOutput> stdout;

    public Main() {
        this(Environment.system(), Terminal.system());
    }

    /** Reads no input: for every command but {@code take}, and for tests of them. */
    public Main(Environment environment) {
        this(environment, Terminal.piped(InputStream.nullInputStream()));
    }

    public Main(Environment environment, Terminal terminal) {
        this(environment, terminal, Optional.empty());
    }

    /** With {@code stdout} watched: a write to it that failed makes the run fail (exit 1), whatever the command said. */
    Main(Environment environment, Terminal terminal, Optional<StandardOutput> stdout) {
        this.environment = environment;
        this.terminal = terminal;
        this.stdout = stdout;
    }

    public static void main(String[] args) {
        // UTF-8 whatever the platform default is: umlauts must survive a Windows console or LANG=C
        StandardOutput stdout = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        Thread exitWatch = pluginExitWatch(err, args);
        Runtime.getRuntime().addShutdownHook(exitWatch);
        int code = new Main(Environment.system(), Terminal.system(stdout), Optional.of(stdout)).run(args, out, err);
        try {
            Runtime.getRuntime().removeShutdownHook(exitWatch);
        } catch (IllegalStateException stopping) {
            // a signal is stopping the process (serve): the hook runs and finds no plugin exiting
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * A plugin that calls {@code System.exit} would end the process with its own status and
     * nothing said; this hook names the plugin whose code was running on the exiting thread
     * (loading it, or its strategy scoring) and ends the process with exit status 1 instead, once
     * the command's other hooks are done: the plugin's status, 0 above all, must not pass for the
     * command's, which has no result to give (a script would take the empty output, and a service
     * manager would not restart {@code serve} on status 0). {@code Runtime.halt} runs no hook:
     * then nothing can be said.
     */
    private static Thread pluginExitWatch(PrintWriter err, String[] args) {
        Texts messages = CliTexts.of(Language.requestedIn(args).orElse(Language.defaultFor(Environment.system().locale())));
        return new Thread(() -> {
            List<String> exiting = de.typwerk.engine.strategy.PluginCalls.exiting();
            for (String plugin : exiting) {
                err.println("typwerk: " + messages.get("error.plugin-exit", plugin));
            }
            err.flush();
            if (exiting.isEmpty()) return;
            awaitOtherHooks();
            Runtime.getRuntime().halt(ExitCodes.FINDINGS);
        }, "typwerk-plugin-exit");
    }

    /** The shutdown hooks of the commands (a half-written output removed, Ctrl-C's line, answers saved), given a few seconds each. */
    private static void awaitOtherHooks() {
        List<String> hooks = List.of("typwerk-output-cleanup", "typwerk-interrupted", "typwerk-take-save");
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread == Thread.currentThread() || !hooks.contains(thread.getName())) continue;
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Runs {@code typwerk args…} reading what the user types from {@code in} (not a terminal: no
     * ANSI, plain lines), as a script or a test drives {@code typwerk take}.
     */
    public int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        return new Main(environment, Terminal.piped(in), stdout).run(args, out, err);
    }

    /** Runs {@code typwerk args…}, writing to {@code out} and {@code err}; returns the exit code. */
    public int run(String[] args, PrintWriter out, PrintWriter err) {
        Language language = Language.requestedIn(args).orElse(Language.defaultFor(environment.locale()));
        Texts messages = CliTexts.of(language);
        try {
            CommandLine commandLine = commandLine(messages, out, err, args);
            int code = commandLine.execute(args);
            out.flush();
            return failedOutput().map(e -> outputFailed(e, messages, err)).orElse(code);
        } catch (RuntimeException | LinkageError e) {
            // setting up picocli failed: a bug, but still no stack trace for the user
            err.println("typwerk: " + messages.get("error.unexpected"));
            return ExitCodes.FINDINGS;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private Optional<IOException> failedOutput() {
        return stdout.flatMap(StandardOutput::failure);
    }

    /**
     * A write to standard output failed: what the command printed did not all arrive, so it has
     * failed whatever it found (a script must not take a result it does not have). A reader that
     * closed the pipe ends it quietly with 141, as elsewhere.
     */
    private static int outputFailed(IOException e, Texts messages, PrintWriter err) {
        if (FailureHandler.brokenPipe(e)) return ExitCodes.BROKEN_PIPE;
        err.println("typwerk: " + messages.get("error.stdout", CliTexts.reason(e, messages)));
        return ExitCodes.FINDINGS;
    }

    /**
     * The subcommands picocli needs for {@code args}: the one named by the first argument, else
     * all of them. Picocli takes a first argument that names a subcommand as that subcommand,
     * and from then on reads the arguments against that subcommand alone (its options, the
     * inherited ones, its parameters): the others play no part in the parse, its errors or its
     * help, so leaving them out changes nothing a user sees. Without a subcommand first
     * ({@code typwerk}, {@code typwerk --help}, {@code typwerk --lang en score …}, a typo) every
     * subcommand is there, for the list in the help and picocli's suggestions.
     */
    static List<Class<?>> subcommands(String[] args) {
        if (args.length > 0) {
            for (Class<?> subcommand : TypwerkCommand.SUBCOMMANDS) {
                if (subcommand.getAnnotation(CommandLine.Command.class).name().equals(args[0])) return List.of(subcommand);
            }
        }
        return TypwerkCommand.SUBCOMMANDS;
    }

    private CommandLine commandLine(Texts messages, PrintWriter out, PrintWriter err, String[] args) throws RuntimeException {
        CommandFactory factory = new CommandFactory(environment, messages, terminal);
        TypwerkCommand top;
        try {
            top = factory.create(TypwerkCommand.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        CommandLine commandLine = new CommandLine(top, factory);
        for (Class<?> subcommand : subcommands(args)) {
            try {
                commandLine.addSubcommand(factory.create(subcommand));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        commandLine.setResourceBundle(messages.bundle());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        commandLine.setParameterExceptionHandler(new UsageErrorHandler(messages));
        commandLine.setExecutionExceptionHandler(new FailureHandler(messages, top::debug, () -> failedOutput().isPresent()));
        commandLine.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException
                ? ExitCodes.USAGE : ExitCodes.FINDINGS);
        commandLine.setDefaultValueProvider(new ServeEnvironment(environment));
        // --debug: what a strategy threw shows with its stack trace, as the command's own failures do
        commandLine.setExecutionStrategy(parsed -> {
            if (!top.debug()) return new CommandLine.RunLast().execute(parsed);
            CliLogging.strategyFailuresTo(err);
            try {
                return new CommandLine.RunLast().execute(parsed);
            } finally {
                CliLogging.strategyFailuresTo(null);
            }
        });
        return commandLine;
    }
}
