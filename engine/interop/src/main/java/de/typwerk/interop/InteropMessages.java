package de.typwerk.interop;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The text of exports and response readers in one language, from the bundle
 * {@code de/typwerk/interop/messages} (German default, English).
 */
public final class InteropMessages {

    private static final String BUNDLE = "de.typwerk.interop.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public InteropMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, InteropMessages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The message for {@code key} in this language, {@code args} set in ({@link MessageFormat} syntax). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' for " + locale, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** The same message in {@code language} ({@code de}, {@code en}; any other gets German). */
    public static String in(String language, String key, Object... args) {
        return new InteropMessages(Locale.forLanguageTag(language)).get(key, args);
    }
}
