package de.typwerk.testkit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The test kit's own sentences, from the bundle {@code de/typwerk/testkit/messages} (German
 * default, English). A plugin author reads them in a failed test, so they say which check failed
 * and where, in the author's language.
 */
final class KitMessages {

    private static final String BUNDLE = "de.typwerk.testkit.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    KitMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, KitMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no test kit message '" + key + "' for " + locale, e);
        }
        if (args.length == 0) return pattern;
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
