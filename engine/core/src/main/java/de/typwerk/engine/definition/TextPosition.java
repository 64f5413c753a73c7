package de.typwerk.engine.definition;

/**
 * A place in a text as people count it, line and column from 1, found from the number of code
 * points before it, which is how SnakeYAML's reader names the place of a character it refuses
 * (it gives no line).
 */
public record TextPosition(int line, int column) {

    /** The line and column of the code point {@code codePointIndex} (from 0) of {@code text}. */
    public static TextPosition ofCodePoint(String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < codePointIndex; seen++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new TextPosition(line, column);
    }
}
