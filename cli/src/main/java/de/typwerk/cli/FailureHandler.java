package de.typwerk.cli;

import de.typwerk.cli.output.Interruption;
import de.typwerk.cli.output.OutputWriteFailed;

import de.typwerk.presentation.Texts;
import de.typwerk.engine.TypwerkStartException;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.plugin.PluginEntry;
import de.typwerk.engine.strategy.PluginOrigin;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Whatever goes wrong while a command runs ends here: one line {@code typwerk: <message>} and
 * exit 1 (a closed pipe on standard output, though, ends the command quietly with exit 141). The
 * stack trace only with {@code --debug}: a municipal IT lead needs the sentence, a
 * developer asks for the rest.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    private final Texts messages;
    private final BooleanSupplier debug;
    private final BooleanSupplier outputFailed;

    /** @param outputFailed whether a write to standard output failed; {@link Main} then says so, in one line */
    FailureHandler(Texts messages, BooleanSupplier debug, BooleanSupplier outputFailed) {
        this.messages = messages;
        this.debug = debug;
        this.outputFailed = outputFailed;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (Interruption.stopping()) {
            // Ctrl-C: closing the output made the command fail; the line "interrupted" says it all
            err.flush();
            return ExitCodes.INTERRUPTED;
        }
        if (brokenPipe(ex) || outputFailed.getAsBoolean()) {
            // the reader has all it wants (… | head): nothing to report, as coreutils stop
            if (debug.getAsBoolean()) ex.printStackTrace(err);
            err.flush();
            return brokenPipe(ex) ? ExitCodes.BROKEN_PIPE : ExitCodes.FINDINGS;
        }
        if (ex instanceof TypwerkStartException start) {
            // --strict: the engine refused to start half-equipped; say which plugins were the reason,
            // each once (the exception's message lists them too, for callers that print only it)
            err.println("typwerk: " + start.getMessage().lines().findFirst().orElse(""));
            // a place on the class path in the reader's words ("Klassenpfad: …"), a jar by its path
            Messages engineWords = new Messages(messages.language().locale());
            for (PluginEntry e : start.refused()) {
                err.println("  " + e.id() + " (" + PluginOrigin.shown(e.source(), engineWords) + "): " + e.shortReason());
            }
            // no plugin refused: strategies that cannot prepare, which the message lists, one a line
            if (start.refused().isEmpty()) start.getMessage().lines().skip(1).forEach(err::println);
        } else if (writeFailed(ex) != null) {
            OutputWriteFailed failed = writeFailed(ex);
            err.println("typwerk: " + messages.get(failed.partlyWritten() ? "error.output-write.partly-written" : "error.output-write.not-written",
                    failed.target(), CliTexts.reason(failed.reason(), messages)));
        } else {
            err.println("typwerk: " + message(ex));
        }
        if (debug.getAsBoolean()) {
            ex.printStackTrace(err);
        } else if (!(ex instanceof TypwerkStartException) && writeFailed(ex) == null) {
            // a file that could not be written is said whole in its line, as standard output is
            err.println(messages.get("error.debug-hint"));
        }
        err.flush();
        return ExitCodes.FINDINGS;
    }

    /** Whether writing to a pipe failed because its reader closed it (the message is the operating system's, EPIPE). */
    static boolean brokenPipe(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException && t.getMessage() != null && t.getMessage().contains("Broken pipe")) return true;
        }
        return false;
    }

    /** The failure to write an output file along the cause chain, or null. */
    private static OutputWriteFailed writeFailed(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutputWriteFailed failed) return failed;
        }
        return null;
    }

    /** The most specific message along the cause chain; a bug without one is named by its type. */
    private String message(Throwable ex) {
        Throwable t = ex;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) message = t.getMessage();
            if (t.getCause() == t) break;
            t = t.getCause();
        }
        return message != null ? message : messages.get("error.unexpected");
    }
}
