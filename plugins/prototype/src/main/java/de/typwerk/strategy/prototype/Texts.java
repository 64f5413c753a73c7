package de.typwerk.strategy.prototype;

import de.typwerk.api.model.LocalizedText;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** This plugin's user-facing text, German by default, from its own bundle. */
final class Texts {

    private static final String BUNDLE = "de.typwerk.strategy.prototype.messages";

    private Texts() {
    }

    /**
     * The text for {@code key} in every language this plugin speaks, German first, with
     * {@code args} set in; an argument that is itself a {@link LocalizedText} is set in in the same
     * language.
     */
    static LocalizedText all(String key, Object... args) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("de", format(Locale.GERMAN, key, args));
        texts.put("en", format(Locale.ENGLISH, key, args));
        return LocalizedText.of(texts);
    }

    private static String format(Locale language, String key, Object... args) {
        String pattern = bundle(language).getString(key);
        if (args.length == 0) return pattern;
        Object[] set = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            set[i] = args[i] instanceof LocalizedText t ? t.get(language.getLanguage(), "de") : args[i];
        }
        return new MessageFormat(pattern, Locale.ROOT).format(set);
    }

    /** A number as people write it in a definition, the same on every machine. */
    static String number(double value) {
        if (!Double.isFinite(value)) return Double.toString(value);
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * German is the base bundle, asked for as {@link Locale#ROOT} so that the JVM's default locale
     * is never tried in its stead; no {@code ResourceBundle.Control}, which a named module (this
     * plugin on an application's module path) may not pass.
     */
    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale.getLanguage().equals("de") ? Locale.ROOT : locale,
                Texts.class.getClassLoader());
    }
}
