package de.typwerk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the CLI reads from the machine it runs on: environment variables, the user's home and the
 * system locale. Passed in rather than read from {@link System} so tests can run the real entry
 * point without picking up the plugins of whoever runs them.
 */
public record Environment(Map<String, String> variables, Path home, Locale locale) {

    /** Names the plugins folder when {@code --plugins} is not given. */
    public static final String PLUGINS_VARIABLE = "TYPWERK_PLUGINS";
    /** Seconds a scoring strategy may take for one response (default 10), e.g. {@code 2.5}. */
    public static final String SCORING_TIMEOUT_VARIABLE = "TYPWERK_SCORING_TIMEOUT";

    public Environment {
        variables = Map.copyOf(variables);
    }

    /** The environment of this process. */
    public static Environment system() {
        Map<String, String> variables = System.getenv();
        // the launcher, where the locale named was not installed and it read characters as C.UTF-8, hands the name on
        String named = System.getProperty(LAUNCHER_LOCALE);
        Map<String, String> language = named == null || named.isBlank() ? variables : Map.of("LC_ALL", named);
        return new Environment(variables, Path.of(System.getProperty("user.home", ".")), systemLocale(language, Locale.getDefault()));
    }

    /** The system property in which the launcher hands on the locale named for messages, where that one is not installed. */
    static final String LAUNCHER_LOCALE = "typwerk.system-locale";

    /**
     * The locale the user chose: the JVM's, unless the POSIX variables that decide the language of
     * messages ({@code LC_ALL}, else {@code LC_MESSAGES}, else {@code LANG}) name the {@code C} or
     * {@code POSIX} locale. That is a machine's setting (servers, containers, CI), not a choice of
     * language, though the JVM reports it as English; it gives {@link Locale#ROOT}, so the CLI speaks
     * its default, German. A locale whose language the JVM does not report (LANG=de_DE.UTF-8 where
     * that locale is not installed: the JVM reports English) gives the language and country it names.
     */
    static Locale systemLocale(Map<String, String> variables, Locale jvm) {
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = variables.get(name);
            if (value == null || value.isBlank()) continue;
            String locale = value.strip().split("[.@]", 2)[0];
            if (locale.equals("C") || locale.equals("POSIX")) return Locale.ROOT;
            String[] parts = locale.split("_", 2);
            if (!parts[0].matches("[A-Za-z]{2,3}") || parts[0].equalsIgnoreCase(jvm.getLanguage())) return jvm;
            return new Locale(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 && parts[1].matches("[A-Za-z]{2}") ? parts[1].toUpperCase(Locale.ROOT) : "");
        }
        return jvm;
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
    }
}
