package de.typwerk.engine.i18n;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apiguardian.api.API;

/**
 * User-facing engine text in one language, from the bundle {@code de/typwerk/engine/i18n/messages}
 * (German default, English). Keys are stable; code never builds user sentences from literals.
 */
@API(status = INTERNAL, since = "1.0")
public final class Messages {

    private static final String BUNDLE = "de.typwerk.engine.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this(BUNDLE, Messages.class.getClassLoader(), locale);
    }

    /**
     * The messages of another module's bundle (e.g. the interop module's), with the same lookup
     * and formatting rules: no fallback to the JVM's language, a missing key is a bug.
     */
    public Messages(String bundleName, ClassLoader loader, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(bundleName, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language tag used for localized definition texts: {@code de} or {@code en}. */
    public String language() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    /** The message for {@code key}, with {@code args} set in ({@link MessageFormat} syntax). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' for " + locale, e);
        }
        if (args.length == 0) return pattern;
        MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
        return format.format(args);
    }
}
