package de.typwerk.presentation.html.selftest;

import de.typwerk.engine.i18n.Messages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The self-test's own words (buttons, headings, notes) in one language, from
 * {@code de/typwerk/presentation/html/selftest/texts*.properties}: German by default, English.
 */
public final class Texts {

    private static final String BUNDLE = "de.typwerk.presentation.html.selftest.texts";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale) {
        this.locale = locale;
        // read as every bundle of Typwerk's is, so that it reads on the module path too
        this.bundle = new Messages(BUNDLE, Texts.class.getClassLoader(), locale).bundle();
    }

    /**
     * @param language {@code de} or {@code en}; anything else is German
     * @return the texts in that language
     */
    public static Texts in(String language) {
        return new Texts("en".equals(language) ? Locale.ENGLISH : Locale.ROOT);
    }

    /** {@return the language tag, {@code de} or {@code en}} */
    public String language() {
        return locale.equals(Locale.ENGLISH) ? "en" : "de";
    }

    /**
     * @param key  a key of the bundle
     * @param args values for its {@code {0}}, {@code {1}} …
     * @return the text, formatted in this language
     */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.equals(Locale.ROOT) ? Locale.GERMAN : locale).format(args);
    }

    /**
     * {@return whether the bundle has this key}
     *
     * @param key a key
     */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
