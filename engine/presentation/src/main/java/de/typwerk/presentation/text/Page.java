package de.typwerk.presentation.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Text laid out for a terminal of {@value #WIDTH} columns: headings, indented lines and
 * paragraphs wrapped at word boundaries. A fixed width, not the terminal's, so the output is the
 * same wherever it is produced (and can be diffed, piped and tested).
 */
public final class Page {

    /** The columns of a line. */
    public static final int WIDTH = 80;

    private final StringBuilder text = new StringBuilder();

    /**
     * Adds a heading underlined with {@code rule} ({@code =} or {@code -}).
     *
     * @param title the heading
     * @param rule the character of the underline
     * @return this page
     */
    public Page heading(String title, char rule) {
        line(0, title);
        line(0, String.valueOf(rule).repeat(Math.max(3, Math.min(WIDTH, width(title)))));
        return this;
    }

    /**
     * Adds one line as it is, indented.
     *
     * @param indent the spaces before it
     * @param line the line, not wrapped
     * @return this page
     */
    public Page line(int indent, String line) {
        text.append(" ".repeat(indent)).append(line).append('\n');
        return this;
    }

    /**
     * Adds an empty line, unless the page is empty or already ends with one.
     *
     * @return this page
     */
    public Page blank() {
        if (text.length() > 0 && !text.toString().endsWith("\n\n")) text.append('\n');
        return this;
    }

    /**
     * Adds a paragraph, wrapped, every line indented; line breaks in {@code paragraph} are kept.
     *
     * @param indent the spaces before every line
     * @param paragraph the text
     * @return this page
     */
    public Page paragraph(int indent, String paragraph) {
        return hanging(indent, "", paragraph);
    }

    /**
     * A paragraph whose first line starts with {@code label} and whose other lines are indented to
     * where the text after the label starts, as in {@code "  3. Question text…"}.
     *
     * @param indent the spaces before the label
     * @param label the label, {@code "3. "} say
     * @param paragraph the text; its line breaks are kept
     * @return this page
     */
    public Page hanging(int indent, String label, String paragraph) {
        String first = " ".repeat(indent) + label;
        String rest = " ".repeat(indent + width(label));
        boolean firstLine = true;
        for (String source : paragraph.strip().split("\\R")) {
            for (String wrapped : wrap(source.strip(), WIDTH - width(rest))) {
                text.append(((firstLine ? first : rest) + wrapped).stripTrailing()).append('\n');
                firstLine = false;
            }
        }
        return this;
    }

    /**
     * {@return {@code line} broken at spaces into lines of at most {@code width} characters (a longer word keeps a line of its own)}
     *
     * @param line one line of text
     * @param width the most characters a line has
     */
    public static List<String> wrap(String line, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" +")) {
            if (word.isEmpty()) continue;
            if (current.length() > 0 && width(current.toString()) + 1 + width(word) > width) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) current.append(' ');
            current.append(word);
        }
        if (current.length() > 0 || lines.isEmpty()) lines.add(current.toString());
        return lines;
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
