package de.typwerk.presentation;

import de.typwerk.engine.i18n.WrittenNumbers;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number as a person types it in a language, read the same way wherever a person types one (the
 * browser self-test, {@code typwerk take}): with the language's separator of thousands in groups
 * of three (German {@code 12.500} and {@code 1.250,5}, English {@code 12,500} and {@code 1,250.5}),
 * else with a decimal point or comma ({@code 12,5} in English too), spaces between groups (a thin
 * or a no-break one too) left out, a sign in front. A separator followed by three zeros that the
 * other language reads as a group of thousands ({@code 12.000} in English, {@code 12,000} in
 * German) is read neither way: whoever is used to the other language means twelve thousand where
 * this one reads twelve, and the mistake would go unseen.
 */
public final class TypedNumber {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d{1,30}([.,]\\d{1,30})?");
    private static final Pattern GROUPED_DE = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3}){1,10}(,\\d{1,30})?");
    private static final Pattern GROUPED_EN = Pattern.compile("[-+]?\\d{1,3}(,\\d{3}){1,10}(\\.\\d{1,30})?");
    private static final Pattern TWO_WAYS_EN = Pattern.compile("[-+]?\\d{1,3}\\.000");
    private static final Pattern TWO_WAYS_DE = Pattern.compile("[-+]?\\d{1,3},000");
    /** A number of more digits than are read: 30 before and 30 after the separator. */
    private static final Pattern TOO_MANY_DIGITS = Pattern.compile("[-+]?(\\d{31,}([.,]\\d+)?|\\d+[.,]\\d{31,})");
    /** A number in exponent form, as a calculator or a spreadsheet shows a large one: {@code 1e3}, {@code 2,5E6}. */
    private static final Pattern EXPONENT = Pattern.compile("[-+]?\\d{1,30}([.,]\\d{1,30})?[eE][-+]?\\d{1,3}");

    private TypedNumber() {
    }

    /**
     * {@return the number {@code typed} in {@code language}; empty where it is none, or one that reads
     * two ways (see {@link #twoWays})}
     *
     * @param typed    what the person typed
     * @param language the language of the page or the interview
     */
    public static Optional<BigDecimal> read(String typed, Language language) {
        String plain = plain(typed);
        if (plainTwoWays(plain, language)) return Optional.empty();
        Optional<BigDecimal> grouped = plainGrouped(plain, language);
        if (grouped.isPresent()) return grouped;
        return NUMBER.matcher(plain).matches() ? Optional.of(decimal(plain)) : Optional.empty();
    }

    /**
     * {@return whether {@code typed} is a separator and three zeros that {@code language} reads as
     * decimals and the other language as a group of thousands: {@code 12.000} in English, {@code 12,000}
     * in German}
     *
     * @param typed    what the person typed
     * @param language the language of the page or the interview
     */
    public static boolean twoWays(String typed, Language language) {
        return plainTwoWays(plain(typed), language);
    }

    /**
     * {@return {@code typed} read as a number written with {@code language}'s separators of thousands
     * (at least one group); empty where it is not written so}
     *
     * @param typed    what the person typed
     * @param language the language whose separators are meant
     */
    public static Optional<BigDecimal> grouped(String typed, Language language) {
        return plainGrouped(plain(typed), language);
    }

    /**
     * {@return {@code n} as a person of {@code language} writes it, grouped by thousands (German
     * {@code 12.000} and {@code 1.234,5}, English {@code 12,000} and {@code 1,234.5}), every decimal
     * kept}
     *
     * @param n        the number
     * @param language the language of the page or the interview
     */
    public static String written(BigDecimal n, Language language) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(340);
        return format.format(n);
    }

    /**
     * {@return a bound of a number question as {@link #written(BigDecimal, Language)} writes it, by its
     * shortest decimal; one of more than 40 digits in exponent form with the language's decimal
     * separator ({@code 1,7976931348623157E+308} in German, the largest a definition holds), as
     * {@link WrittenNumbers} writes it, not in 309 digits}
     *
     * @param bound    a question's lower or upper limit
     * @param language the language of the page or the interview
     */
    public static String bound(double bound, Language language) {
        String shortest = WrittenNumbers.of(bound);
        if (shortest.contains("E")) return language == Language.EN ? shortest : shortest.replace('.', ',');
        return written(BigDecimal.valueOf(bound).stripTrailingZeros(), language);
    }

    /**
     * How a text that is not read as a number looks like one written otherwise, so that the person
     * who typed it can be told how to write it.
     *
     * @param kind  what is other about it
     * @param meant for {@link Kind#EXPONENT}, the number written out; else empty
     */
    public record Slip(Kind kind, Optional<BigDecimal> meant) {

        /** What is other about a typed number. */
        public enum Kind {
            /** Digits other than 0 to 9: Arabic-Indic {@code ٣}, full-width {@code １２}. */
            OTHER_DIGITS,
            /** More than 30 digits before or after the separator. */
            TOO_MANY_DIGITS,
            /** Exponent form, {@code 1e3}: {@link #meant} holds it written out. */
            EXPONENT
        }
    }

    /**
     * {@return how {@code typed}, which {@link #read} does not read, looks like a number written
     * otherwise: in digits other than 0 to 9, with more digits than are read, or in exponent form
     * (one that would be more than 30 digits written out counts as too many digits); empty where it
     * looks like no number}
     *
     * @param typed what the person typed
     */
    public static Optional<Slip> slip(String typed) {
        String plain = plain(typed);
        if (plain.codePoints().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'))) {
            return Optional.of(new Slip(Slip.Kind.OTHER_DIGITS, Optional.empty()));
        }
        if (TOO_MANY_DIGITS.matcher(plain).matches()) return Optional.of(new Slip(Slip.Kind.TOO_MANY_DIGITS, Optional.empty()));
        if (!EXPONENT.matcher(plain).matches()) return Optional.empty();
        BigDecimal value = new BigDecimal(plain.replace(',', '.').replace("+", "")).stripTrailingZeros();
        if (value.abs().compareTo(BigDecimal.TEN.pow(30)) < 0 && value.scale() <= 30) {
            return Optional.of(new Slip(Slip.Kind.EXPONENT, Optional.of(value)));
        }
        return Optional.of(new Slip(Slip.Kind.TOO_MANY_DIGITS, Optional.empty()));
    }

    private static boolean plainTwoWays(String plain, Language language) {
        return (language == Language.EN ? TWO_WAYS_EN : TWO_WAYS_DE).matcher(plain).matches();
    }

    private static Optional<BigDecimal> plainGrouped(String plain, Language language) {
        boolean english = language == Language.EN;
        if (!(english ? GROUPED_EN : GROUPED_DE).matcher(plain).matches()) return Optional.empty();
        return Optional.of(decimal(plain.replace(english ? "," : ".", "")));
    }

    /** What was typed without the white space around it and the spaces between groups. */
    private static String plain(String typed) {
        return typed.strip().replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2007', ' ').replace(" ", "");
    }

    private static BigDecimal decimal(String plain) {
        String number = plain.replace(',', '.');
        return new BigDecimal(number.startsWith("+") ? number.substring(1) : number);
    }
}
