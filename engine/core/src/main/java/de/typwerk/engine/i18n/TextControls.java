package de.typwerk.engine.i18n;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The characters a text that is shown to people must not hold: control characters, which a
 * terminal obeys ({@code ESC [31m} colours what follows, {@code ESC ]0;…} sets the window's title)
 * and which break the lines of a page or a CSV row, and the controls of the text direction, which
 * turn around whatever follows the text on its line. A definition's texts and a plugin
 * descriptor's name, vendor and description are held to it, and so is every text of a result a
 * report is made from; a line break and a tab are fine.
 *
 * <p>A respondent's texts in an answers file (name, AGS, kind, state) are held to more by the
 * answers reader's own {@code AnswersReader.controlCharacter}: a line break too, since each of them
 * stands on one line of a report, a cohort's table and a CSV row, where a definition's text may run
 * over several lines. The controls of the text direction are this class's for both.
 *
 * <p>A text from plugin code (a strategy's description, a problem of its {@code check}, the message
 * of what it threw) cannot be refused as a file's text is: {@link #visible} writes such characters
 * out as their codes instead.
 */
@API(status = INTERNAL, since = "1.0")
public final class TextControls {

    private TextControls() {
    }

    /**
     * The first character a text must not hold, as a message names it.
     *
     * @param direction whether it is a control of the text direction ({@link #direction}), else a
     *                  control character ({@link #control})
     * @param named     the character as a message names it ({@link #named})
     * @param position  where it is, as a person counts ({@link #position})
     */
    public record Found(boolean direction, String named, int position) {
    }

    /**
     * @param text a text
     * @return its first control character or control of the text direction, whichever comes first;
     *         empty where it holds neither
     */
    public static Optional<Found> first(String text) {
        int control = control(text);
        int direction = direction(text);
        if (control < 0 && direction < 0) return Optional.empty();
        boolean turning = control < 0 || direction >= 0 && direction < control;
        int at = turning ? direction : control;
        return Optional.of(new Found(turning, named(text.charAt(at)), position(text, at)));
    }

    /**
     * @param text a text
     * @return where it holds its first control character (U+0000 to U+001F, U+007F to U+009F) other
     *         than a line break or a tab, -1 where none
     */
    public static int control(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\t' && Character.isISOControl(c)) return i;
        }
        return -1;
    }

    /**
     * @param text a text
     * @return where it holds its first control of the text direction that holds for the text after
     *         it (U+202A to U+202E: embeddings and overrides; U+2066 to U+2069: isolates), -1 where
     *         none; the marks U+200E and U+200F, which turn nothing around, are let through
     */
    public static int direction(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') return i;
        }
        return -1;
    }

    /**
     * A text from plugin code (a strategy's description, a problem its {@code check} returns, the
     * message of what it threw) as it may be shown: each control character and each control of the
     * text direction written out as its code ({@code \u001b}, {@code \u202e}), a line break as
     * {@code \n}, so that the terminal, the page or the JSON reader shows it rather than obeys it.
     * Such texts cannot be refused as a definition's are; they are made visible instead.
     *
     * @param text        a text
     * @param lineBreaks  whether line breaks and tabs stay as they are (a description of several
     *                    lines), else they are written out too (a message of one line)
     * @return the text without a character a terminal or a page would obey; {@code text} itself
     *         where it holds none
     */
    public static String visible(String text, boolean lineBreaks) {
        if (text == null) return null;
        int i = 0;
        while (i < text.length() && !hidden(text.charAt(i), lineBreaks)) i++;
        if (i == text.length()) return text;
        StringBuilder b = new StringBuilder(text.length() + 8).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!hidden(c, lineBreaks)) b.append(c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
        return b.toString();
    }

    private static boolean hidden(char c, boolean lineBreaks) {
        if (lineBreaks && (c == '\n' || c == '\t')) return false;
        return Character.isISOControl(c) || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    /**
     * @param c a character
     * @return it as a message names it: {@code U+001B}, a control of the direction with its name too
     *         ({@code U+202E RIGHT-TO-LEFT OVERRIDE})
     */
    public static String named(char c) {
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        return direction(String.valueOf(c)) == 0 ? code + " " + Character.getName(c) : code;
    }

    /**
     * @param text a text
     * @param at   a place in it
     * @return the place as a person counts it: the first character is 1, a character outside the
     *         basic plane counts once
     */
    public static int position(String text, int at) {
        return text.codePointCount(0, at) + 1;
    }
}
