package de.typwerk.engine.answers;

/**
 * An id as an answers file wrote it, for a message that refuses it: the characters that would
 * make it look like the id it misses written as their code ({@code fokus\u200B}), so that
 * "no question 'fokus' (did you mean 'fokus'?)" does not leave its reader staring at two equal
 * words. Ids are ASCII ({@code [a-z0-9-]}); what such a key or option has besides is a zero-width
 * space or joiner, a direction mark, a no-break space, a dash or hyphen that a word processor put
 * for {@code -}, a combining accent of a decomposed (NFD) letter, or a letter of another script
 * that looks Latin (the Cyrillic і of {@code kreіs}). Latin letters (an umlaut of {@code größe})
 * stay as they are: they are seen. A CSV column that is no question's id is named so too.
 */
public final class Lookalikes {

    private Lookalikes() {
    }

    /** {@return {@code written} with each character not seen for what it is written as its code, {@code \u200B}} */
    public static String visible(String written) {
        if (written.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) return written;
        StringBuilder b = new StringBuilder(written.length() + 12);
        written.codePoints().forEach(c -> {
            if (seen(c)) {
                b.appendCodePoint(c);
            } else {
                for (char unit : Character.toChars(c)) b.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) unit));
            }
        });
        return b.toString();
    }

    /** Whether {@code c} is seen for what it is: printable ASCII, or a Latin letter without a combining mark of its own. */
    private static boolean seen(int c) {
        if (c >= 0x20 && c < 0x7F) return true;
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }
}
