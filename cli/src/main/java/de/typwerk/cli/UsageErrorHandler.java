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
import picocli.CommandLine.TypeConversionException;
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
        List<String> unknown = command.getUnmatchedArguments();
        if (ex instanceof MissingParameterException && !unknown.isEmpty() && unknown.get(0).startsWith("-")) {
            // picocli checks what is missing before what it did not know: "--sed 4" would be told
            // "missing: --seed", where the slip is the unknown option (with "did you mean --seed?")
            ex = new UnmatchedArgumentException(command, unknown);
        }
        PrintWriter err = command.getErr();
        // one line, whatever the user typed: a path with a line break or an escape sequence is written out
        err.println("typwerk: " + de.typwerk.presentation.ProblemReport.visible(describe(ex, args)));
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(messages.get("error.usage.suggestions", String.join(", ", unmatched.getSuggestions())));
        }
        elsewhere(ex).ifPresent(err::println);
        err.println(messages.get("error.usage.hint", command.getCommandSpec().qualifiedName()));
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * Where a value this command does not take is one another command does ("typwerk score
     * --format html": the HTML report is typwerk report's), that command: the text under
     * {@code error.usage.elsewhere.<command>.<option>.<value>}, if there is one.
     */
    private java.util.Optional<String> elsewhere(ParameterException ex) {
        if (!(ex.getCause() instanceof TypeConversionException) || !(ex.getArgSpec() instanceof OptionSpec option)
                || ex.getValue() == null) {
            return java.util.Optional.empty();
        }
        String key = "error.usage.elsewhere." + ex.getCommandLine().getCommandSpec().name() + "."
                + option.longestName().replaceFirst("^-+", "") + "." + ex.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        return messages.keys().contains(key) ? java.util.Optional.of(messages.get(key)) : java.util.Optional.empty();
    }

    /** Picocli's own messages are English only; the common ones are said again in the user's language. */
    private String describe(ParameterException ex, String[] args) {
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            List<String> what = unmatched.getUnmatched();
            String first = what.get(0);
            return first.startsWith("-")
                    ? messages.get("error.usage.unknown-option", first)
                    : messages.get("error.usage.unexpected-argument", String.join(" ", what));
        }
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            String names = missing.getMissing().stream().map(UsageErrorHandler::name).collect(Collectors.joining(", "));
            java.util.Optional<String> command = valueTakenAsCommand(missing, args);
            if (command.isPresent()) return messages.get("error.usage.value-taken-as-command", names, command.get());
            // "typwerk score a.yaml --out": the option is there, its value is not ("Missing: --out" read as if it were left out)
            java.util.Optional<OptionSpec> bare = givenWithoutValue(missing, args);
            return bare.isPresent()
                    ? messages.get("error.usage.missing-value", bare.get().longestName(), bare.get().paramLabel())
                    : messages.get("error.usage.missing", names);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException twice && twice.getOverwritten() != null) {
            // picocli: "option '--lang' (de|en) should be specified only once"
            return messages.get("error.usage.given-twice", name(twice.getOverwritten()));
        }
        if (ex.getCause() instanceof TypeConversionException conversion && ex.getArgSpec() != null && ex.getValue() != null) {
            return invalidValue(ex.getArgSpec(), ex.getValue(), conversion, args);
        }
        return ex.getMessage();
    }

    /**
     * A value that does not convert: picocli says "Invalid value for option '--format': expected
     * one of [TEXT, JSON] (case-insensitive) but was 'xml'"; this says what was given and what is
     * expected, as the help spells it. A converter of our own has said it in the user's words already.
     */
    private String invalidValue(ArgSpec arg, String value, TypeConversionException conversion, String[] args) {
        if (arg.converters().length > 0 && conversion.getMessage() != null) return conversion.getMessage();
        Class<?> type = arg.auxiliaryTypes().length > 0 && !arg.type().isEnum() ? arg.auxiliaryTypes()[0] : arg.type();
        String expected;
        if (type.isEnum()) {
            List<String> names = java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT)).toList();
            expected = names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + messages.get("error.usage.or") + names.get(names.size() - 1);
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            // a whole number too large for its type ("--seed 99999999999999999999") is one: say how large it may be
            boolean wide = type == long.class || type == Long.class;
            boolean narrow = type == short.class || type == Short.class;
            String v = value.strip();
            if (!v.matches("[-+]?[0-9]+")) {
                expected = messages.get("error.usage.expect.whole-number");
            } else if (v.startsWith("-")) {
                expected = messages.get("error.usage.expect.whole-number.min",
                        String.valueOf(wide ? Long.MIN_VALUE : narrow ? Short.MIN_VALUE : Integer.MIN_VALUE));
            } else {
                expected = messages.get("error.usage.expect.whole-number.max",
                        String.valueOf(wide ? Long.MAX_VALUE : narrow ? Short.MAX_VALUE : Integer.MAX_VALUE));
            }
        } else if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            expected = messages.get("error.usage.expect.number");
        } else if (type == boolean.class || type == Boolean.class) {
            // only from the environment (TYPWERK_QUIET=ja): a flag on the command line takes no value
            expected = messages.get("error.usage.expect.boolean");
        } else if (type == java.nio.file.Path.class || type == java.io.File.class) {
            // a name whose characters the JVM's file name encoding has not (an umlaut under LANG=C, run
            // without the launcher): the JDK's "Malformed input or input contains unmappable characters"
            return messages.get("error.usage.invalid-path", value, System.getProperty("sun.jnu.encoding", "?"));
        } else {
            return firstLine(conversion);
        }
        return messages.get("error.usage.invalid-value", value, source(arg, args), expected);
    }

    /**
     * Where a value came from: the option ({@code --port}), or, for an option of {@code serve} not
     * on the command line, the environment variable that gave it ({@code TYPWERK_PORT (--port)}),
     * which is what the user has to change.
     */
    private static String source(ArgSpec arg, String[] args) {
        if (arg instanceof OptionSpec option && option.userObject() instanceof java.lang.reflect.Field field
                && field.getDeclaringClass() == ServeCommand.class
                && java.util.Arrays.stream(args).noneMatch(a -> java.util.Arrays.stream(option.names())
                        .anyMatch(n -> a.equals(n) || a.startsWith(n + "=")))) {
            return ServeEnvironment.named(option);
        }
        return name(arg);
    }

    /**
     * An option whose value is missing because the word after it names a command: "typwerk
     * --plugins plugins list", a plugins folder called plugins, is read as the command typwerk
     * plugins, and --plugins is left without its folder. That word, if so.
     */
    private static java.util.Optional<String> valueTakenAsCommand(MissingParameterException missing, String[] args) {
        if (missing.getMissing().size() != 1 || !(missing.getMissing().get(0) instanceof OptionSpec option)) {
            return java.util.Optional.empty();
        }
        var commands = missing.getCommandLine().getCommandSpec().root().subcommands().keySet();
        for (int i = 0; i + 1 < args.length; i++) {
            if (java.util.Arrays.asList(option.names()).contains(args[i]) && commands.contains(args[i + 1])) {
                return java.util.Optional.of(args[i + 1]);
            }
        }
        return java.util.Optional.empty();
    }

    /** The one option missing its value that the command line names, as the last word ({@code --out} with nothing after it). */
    private static java.util.Optional<OptionSpec> givenWithoutValue(MissingParameterException missing, String[] args) {
        if (missing.getMissing().size() != 1 || !(missing.getMissing().get(0) instanceof OptionSpec option)) {
            return java.util.Optional.empty();
        }
        List<String> names = java.util.Arrays.asList(option.names());
        return java.util.Arrays.stream(args).anyMatch(names::contains) ? java.util.Optional.of(option) : java.util.Optional.empty();
    }

    private static String firstLine(TypeConversionException conversion) {
        return String.valueOf(conversion.getMessage()).lines().findFirst().orElse("").strip();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
