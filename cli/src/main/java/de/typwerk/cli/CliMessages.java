package de.typwerk.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The CLI's user-facing text in one language, from the bundle {@code de/typwerk/cli/messages}
 * (German default, English). The same bundle carries picocli's help texts ({@code usage.*} and
 * option keys), so one file per language holds everything a user reads.
 */
public final class CliMessages {

    static final String BUNDLE = "de.typwerk.cli.messages";

    private final Language language;
    private final ResourceBundle bundle;

    public CliMessages(Language language) {
        this.language = language;
        // no fallback to the system locale: on an English machine, German must still be German
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), CliMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    ResourceBundle bundle() {
        return bundle;
    }

    /** The message for {@code key}, with {@code args} set in ({@link MessageFormat} syntax). */
    /**
     * A decimal number as this language writes it: {@code 96,8} in German, {@code 96.8} in English;
     * never grouped, never in exponent notation, the same on every machine.
     */
    public String decimal(java.math.BigDecimal value) {
        String plain = value.toPlainString();
        return language == Language.DE ? plain.replace('.', ',') : plain;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no CLI message '" + key + "' for " + language, e);
        }
        if (args.length == 0) return pattern;
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
