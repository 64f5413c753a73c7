package de.typwerk.engine.definition;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Where a user must look for what SnakeYAML refused, as definitions and answers files both say it:
 * where it stopped, except where that is only where it noticed. A bracket left open ({@code
 * locales: [de, en} or {@code questionnaire: {id: x} with the next line {@code answers:}) makes
 * SnakeYAML read the next line's key as more of the last entry and stop at its colon, a line
 * below the place the comma or the closing bracket is missing: that place, the end of the line
 * before, is named instead.
 */
@API(status = INTERNAL, since = "1.0")
public final class YamlSlipPlace {

    private YamlSlipPlace() {
    }

    /**
     * The place where it is not where SnakeYAML's last token ended, as Jackson names it: a bracket
     * left open (the end of the line it is missing from) or a tab (the tab itself, not the end of
     * the line before); empty where Jackson's place stands.
     *
     * @param e    what SnakeYAML threw
     * @param text the document as SnakeYAML read it (without a byte order mark)
     */
    public static java.util.Optional<TextPosition> beyondToken(MarkedYAMLException e, String text) {
        String problem = String.valueOf(e.getProblem());
        boolean tab = problem.startsWith("found character '\\t(TAB)'");
        boolean flow = problem.startsWith("expected ',' or '}'") || problem.startsWith("expected ',' or ']'");
        return tab || flow || unclosedQuote(e) != null || quoteClosedLater(e, text).isPresent()
                ? java.util.Optional.ofNullable(of(e, text)) : java.util.Optional.empty();
    }

    /**
     * A quote, single or double, opened on one line and closed only by the first quote of its kind
     * on a later one, after which SnakeYAML stopped: where it was opened and where it was closed.
     *
     * @param opened the opening quote, where {@link #of} places the failure
     * @param closed the quote that closed it, lines below
     */
    public record QuoteClosedLater(TextPosition opened, TextPosition closed) {
    }

    /**
     * The quote left open that made SnakeYAML fail further down ({@code name: 'Gemeinde} with a
     * later line {@code fokus: 'x'}): the text ran to that line's first quote, and what follows it
     * there does not fit. Empty for any other failure.
     *
     * @param e    what SnakeYAML threw
     * @param text the document as SnakeYAML read it (without a byte order mark)
     */
    public static java.util.Optional<QuoteClosedLater> quoteClosedLater(MarkedYAMLException e, String text) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        if (mark == null || unclosedQuote(e) != null) return java.util.Optional.empty();
        return java.util.Optional.ofNullable(openQuote(text.split("\r\n|\r|\n", -1), mark));
    }

    /**
     * A quote, single or double, still open at the end of the document ({@code q1: 'abc} to the
     * end): SnakeYAML stops at the end, and the place it names as the scalar's start is the
     * opening quote. Null for any other failure.
     */
    private static TextPosition unclosedQuote(MarkedYAMLException e) {
        Mark opened = e.getContextMark();
        if (opened == null || !String.valueOf(e.getContext()).startsWith("while scanning a quoted scalar")
                || !String.valueOf(e.getProblem()).startsWith("found unexpected end of stream")) return null;
        return new TextPosition(opened.getLine() + 1, opened.getColumn() + 1);
    }

    /**
     * @param e    what SnakeYAML threw
     * @param text the document as SnakeYAML read it (without a byte order mark)
     * @return the line and column (from 1), or null where SnakeYAML named no place
     */
    public static TextPosition of(MarkedYAMLException e, String text) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        if (mark == null) return null;
        TextPosition unclosed = unclosedQuote(e);
        if (unclosed != null) return unclosed;
        TextPosition stopped = new TextPosition(mark.getLine() + 1, mark.getColumn() + 1);
        String problem = String.valueOf(e.getProblem());
        boolean flow = problem.startsWith("expected ',' or '}'") || problem.startsWith("expected ',' or ']'");
        Mark opened = e.getContextMark();
        String[] lines = text.split("\r\n|\r|\n", -1);
        QuoteClosedLater quote = openQuote(lines, mark);
        if (quote != null) return quote.opened();
        if (!flow || opened == null || opened.getLine() >= mark.getLine()) return stopped;
        if (mark.getLine() >= lines.length) return stopped;
        String line = lines[mark.getLine()];
        int column = line.offsetByCodePoints(0, Math.min(mark.getColumn(), line.codePointCount(0, line.length())));
        String before = line.substring(0, column);
        // the entry SnakeYAML stopped in began on this line (a comma, a bracket or "key: " before it): its place stands
        if (before.matches(".*([,\\[\\]{}]|:\\s).*")) return stopped;
        for (int i = mark.getLine() - 1; i >= opened.getLine(); i--) {
            String content = withoutComment(lines[i]).stripTrailing();
            if (content.isBlank()) continue;
            return new TextPosition(i + 1, content.codePointCount(0, content.length()) + 1);
        }
        return stopped;
    }

    /**
     * A quote left open ({@code de: "OZG-Reifegrad} with the next line {@code en: "OZG maturity"},
     * or {@code art: 'kreis} with a later line {@code fokus: 'x'}): SnakeYAML reads up to the next
     * quote of its kind as one text and stops after it; where the token before its stop is a
     * quoted text that began on an earlier line, its opening quote is the place. Null otherwise.
     */
    private static QuoteClosedLater openQuote(String[] lines, Mark mark) {
        if (mark.getLine() >= lines.length) return null;
        String line = lines[mark.getLine()];
        int end = line.offsetByCodePoints(0, Math.min(mark.getColumn(), line.codePointCount(0, line.length())));
        String before = line.substring(0, end).stripTrailing();
        if (before.isEmpty()) return null;
        char quote = before.charAt(before.length() - 1);
        if (quote != '"' && quote != '\'') return null;
        // the closing quote must be the first of its kind on its line: the text began above
        if (before.indexOf(quote) < before.length() - 1) return null;
        TextPosition closed = new TextPosition(mark.getLine() + 1, before.codePointCount(0, before.length()));
        for (int l = mark.getLine() - 1; l >= 0; l--) {
            String above = lines[l];
            for (int i = above.length() - 1; i >= 0; i--) {
                if (above.charAt(i) != quote) continue;
                // within double quotes a quote is escaped with a backslash, within single quotes by doubling it
                if (quote == '"' && i > 0 && above.charAt(i - 1) == '\\') continue;
                if (quote == '\'' && i > 0 && above.charAt(i - 1) == '\'') {
                    i--;
                    continue;
                }
                return new QuoteClosedLater(new TextPosition(l + 1, above.codePointCount(0, i) + 1), closed);
            }
        }
        return null;
    }

    /** A line without its comment: from a {@code #} after white space (or at its start) on. */
    private static String withoutComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) return line.substring(0, i);
        }
        return line;
    }
}
