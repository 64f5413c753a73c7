package de.typwerk.strategy.levels;

import de.typwerk.api.model.LocalizedText;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The strategy's German and English sentences, from {@code messages.properties} (German, the
 * default) and {@code messages_en.properties}. Never falls back to the machine's locale, so the
 * same call gives the same sentence everywhere.
 */
final class Texts {

    static final List<String> LANGUAGES = List.of("de", "en");
    private static final String BUNDLE = "de.typwerk.strategy.levels.messages";

    private Texts() {
    }

    /** The sentence {@code key} in {@code language} (German if there is none in it). */
    static String get(String language, String key, Object... args) {
        // German is the base bundle, asked for as Locale.ROOT so that the JVM's default locale is
        // never tried in its stead; no ResourceBundle.Control, which a named module (this plugin
        // on an application's module path) may not pass
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.equals("de") ? Locale.ROOT : Locale.forLanguageTag(language),
                Texts.class.getClassLoader());
        // arguments arrive as strings already formatted with Locale.ROOT: MessageFormat must not
        // format numbers by the machine's locale
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(args);
    }

    /** The sentence {@code key} in every language the strategy speaks, with {@code args} set in. */
    static LocalizedText localized(String key, Object... args) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : LANGUAGES) texts.put(language, get(language, key, args));
        return LocalizedText.of(texts);
    }

    /** A number for a message: at most three decimals, a dot, no grouping, whatever the locale. */
    static String number(double value) {
        String s = String.format(Locale.ROOT, "%.3f", value);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
