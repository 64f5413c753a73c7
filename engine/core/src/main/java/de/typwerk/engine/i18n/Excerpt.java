package de.typwerk.engine.i18n;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * What a message quotes of something a user or a client sent: whole when it is short, else its
 * beginning and "…", so that a line pasted by mistake or a path of 100,000 letters is not sent
 * back at length. Counted in characters (code points), so no character is cut in two.
 */
@API(status = INTERNAL, since = "1.0")
public final class Excerpt {

    private Excerpt() {
    }

    /**
     * @param text the text sent
     * @param most the most characters quoted
     * @return {@code text} whole up to {@code most} characters, else its first {@code most} and "…"
     */
    public static String of(String text, int most) {
        if (text.codePointCount(0, text.length()) <= most) return text;
        return text.substring(0, text.offsetByCodePoints(0, most)) + "…";
    }
}
