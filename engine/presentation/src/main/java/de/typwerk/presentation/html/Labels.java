package de.typwerk.presentation.html;

import de.typwerk.engine.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * The report's own words in one language (German, the default, or English), from the bundle
 * {@value #BUNDLE}, and numbers as that language writes them: a decimal comma in German, a point in
 * English, never grouped, never in exponent notation, the same whatever the machine's locale.
 */
public final class Labels {

    static final String BUNDLE = "de.typwerk.presentation.html.report";

    private final String lang;
    private final Messages messages;

    private Labels(String lang) {
        this.lang = lang;
        // no fallback to the system locale: on an English machine, German must still be German
        this.messages = new Messages(BUNDLE, Labels.class.getClassLoader(), Locale.forLanguageTag(lang));
    }

    /**
     * {@return the labels in English for a locale whose language is English; in German for every other}
     *
     * @param locale the reader’s locale
     */
    public static Labels of(Locale locale) {
        return new Labels("en".equals(locale.getLanguage()) ? "en" : "de");
    }

    /** {@return the language tag, {@code de} or {@code en}} */
    public String lang() {
        return lang;
    }

    /**
     * {@return the text for {@code key}, with {@code args} set in ({@link MessageFormat} syntax when there are any)}
     *
     * @param key the key in the bundle
     * @param args the values set in
     */
    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /**
     * {@return {@code value} with {@code places} decimals (half up), as this language writes it}
     *
     * @param value the number
     * @param places the decimals shown
     */
    public String decimal(double value, int places) {
        String plain = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
        if (plain.startsWith("-") && plain.chars().noneMatch(c -> c >= '1' && c <= '9')) plain = plain.substring(1);
        return "de".equals(lang) ? plain.replace('.', ',') : plain;
    }

    /**
     * {@return a share ({@code 0.631}) in percent with one decimal: {@code 63,1 %} or {@code 63.1%}}
     *
     * @param fraction the share, 0 to 1
     */
    public String percent(double fraction) {
        return get("number.percent", decimal(fraction * 100, 1));
    }

    /**
     * {@return a difference of shares in percentage points, one decimal}
     *
     * @param fraction the difference of two shares
     */
    public String points(double fraction) {
        return get("number.points", decimal(fraction * 100, 1));
    }

    /**
     * {@return a whole number, ungrouped}
     *
     * @param n the number
     */
    public String count(long n) {
        return Long.toString(n);
    }
}
