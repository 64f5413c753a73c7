package de.typwerk.cli;

import de.typwerk.presentation.Texts;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong command line: one line saying what is wrong, suggestions if picocli has any, and where
 * to find help; exit 2. Not the whole usage text: it buries the one line that matters.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    private final Texts messages;

    UsageErrorHandler(Texts messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("typwerk: " + describe(ex));
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(messages.get("error.usage.suggestions", String.join(", ", unmatched.getSuggestions())));
        }
        err.println(messages.get("error.usage.hint", command.getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCodes.USAGE;
    }

    /** Picocli's own messages are English only; the common ones are said again in the user's language. */
    private String describe(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            List<String> what = unmatched.getUnmatched();
            String first = what.get(0);
            return first.startsWith("-")
                    ? messages.get("error.usage.unknown-option", first)
                    : messages.get("error.usage.unexpected-argument", String.join(" ", what));
        }
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            String names = missing.getMissing().stream().map(UsageErrorHandler::name).collect(Collectors.joining(", "));
            return messages.get("error.usage.missing", names);
        }
        return ex.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
