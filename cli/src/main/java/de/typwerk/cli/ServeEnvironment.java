package de.typwerk.cli;

import java.lang.reflect.Field;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option of {@code typwerk serve} also from an environment variable, for services and
 * containers that are configured by their environment: {@code --port} from {@code TYPWERK_PORT},
 * {@code --allow-origin} from {@code TYPWERK_ALLOW_ORIGIN} (comma-separated), and so on: {@code TYPWERK_}
 * and the option's name in capitals, {@code _} for {@code -}. A flag on the command line wins over
 * the variable, the variable over the built-in default. The options every command has keep their
 * own variables ({@code TYPWERK_PLUGINS}, {@code TYPWERK_SCORING_TIMEOUT}).
 */
final class ServeEnvironment implements CommandLine.IDefaultValueProvider {

    private final Environment environment;

    ServeEnvironment(Environment environment) {
        this.environment = environment;
    }

    /** The variable that sets {@code option}: {@code TYPWERK_PORT} for {@code --port}. */
    static String variable(OptionSpec option) {
        return "TYPWERK_" + option.longestName().replaceFirst("^-+", "").replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** How a message names a value the environment gave {@code option}: {@code TYPWERK_PORT (--port)}, the variable to change first. */
    static String named(OptionSpec option) {
        return variable(option) + " (" + option.longestName() + ")";
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        // only the options serve declares itself: the shared ones are read from the environment elsewhere
        if (!(argument instanceof OptionSpec option) || !(argument.userObject() instanceof Field field)
                || field.getDeclaringClass() != ServeCommand.class) {
            return null;
        }
        String value = environment.variables().get(variable(option));
        // unset or empty: the built-in default (null tells picocli to use it)
        return value == null || value.isBlank() ? null : value.strip();
    }
}
