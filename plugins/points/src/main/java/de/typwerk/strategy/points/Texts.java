package de.typwerk.strategy.points;

import de.typwerk.api.model.LocalizedText;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** This plugin's user-facing text, German by default, from its own bundle. */
final class Texts {

    private static final String BUNDLE = "de.typwerk.strategy.points.messages";

    private final ResourceBundle bundle;

    Texts(Locale locale) {
        this.bundle = bundle(locale);
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(args);
    }

    /** The text for {@code key} in every language this plugin speaks. */
    static LocalizedText all(String key) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("de", bundle(Locale.GERMAN).getString(key));
        texts.put("en", bundle(Locale.ENGLISH).getString(key));
        return LocalizedText.of(texts);
    }

    /** A number as people write it in a definition, the same on every machine. */
    static String number(double value) {
        if (!Double.isFinite(value)) return Double.toString(value);
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
