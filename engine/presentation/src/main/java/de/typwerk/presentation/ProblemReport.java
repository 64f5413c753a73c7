package de.typwerk.presentation;

import de.typwerk.engine.ScoreRun;
import java.util.Optional;
import java.util.Set;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Severity;
import de.typwerk.engine.definition.Mappers;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Problems as a reader of a build log expects them: sorted by file, line and column, one
 * compiler-style line each ({@code path:line:col: error: message}), or as a JSON array for tools;
 * each message in the reader's language where its maker gave several ({@link Problem#message(Locale)}).
 */
public final class ProblemReport {

    /** Codes of the problems about the choice of a strategy: a wrong request (command line, query), not wrong answers. */
    public static final Set<String> STRATEGY_CHOICE = Set.of("strategy-not-offered", "unknown-strategy");

    /**
     * {@return the problem that makes {@code run} a wrong request (a strategy that is not there or not offered), if it is one}
     *
     * @param run a scoring run
     */
    public static Optional<Problem> strategyChoice(ScoreRun run) {
        return run.ok() ? Optional.empty() : run.problems().stream().filter(p -> STRATEGY_CHOICE.contains(p.code())).findFirst();
    }

    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.location().source())
            .thenComparingInt(p -> p.location().line())
            .thenComparingInt(p -> p.location().column())
            .thenComparing(p -> p.location().pointer())
            .thenComparing(Problem::severity)
            .thenComparing(Problem::code)
            .thenComparing((Problem p) -> p.message());

    private final List<Problem> problems;
    private final Locale locale;

    /**
     * A report of {@code problems}, sorted by place.
     *
     * @param problems the problems, in any order
     * @param locale the reader’s language for the messages
     */
    public ProblemReport(List<Problem> problems, Locale locale) {
        this.problems = problems.stream().sorted(ORDER).toList();
        this.locale = locale;
    }

    /** {@return the problems, one compiler-style line each, in order} */
    public List<String> lines() {
        return problems.stream().map(p -> line(p, locale)).toList();
    }

    /**
     * {@return one problem in compiler style, {@code path:line:col: error: message}, the message in {@code locale}’s language}
     *
     * @param p the problem
     * @param locale the reader’s language
     */
    public static String line(Problem p, Locale locale) {
        String where = visible(p.location().toString());
        return (where.isEmpty() ? "" : where + ": ") + p.severity().label() + ": " + p.message(locale);
    }

    /**
     * {@code text} with its control characters written out (a line break as backslash and n, an escape as its code): a file
     * named with a line break or a terminal's escape sequence keeps its finding on one line, which
     * an editor or a script reads as {@code path:line:col}, and does not recolour the terminal.
     *
     * @param text any text, a file name say
     * @return the text on one line, without control characters
     */
    public static String visible(String text) {
        if (text.chars().noneMatch(Character::isISOControl)) return text;
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isISOControl(c)) {
                b.append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return b.toString();
    }

    /**
     * {@return the problems as a JSON array of {@link Entry} objects, in order}
     *
     * @throws JsonProcessingException never for these flat entries; Jackson declares it
     */
    public String json() throws JsonProcessingException {
        return new Mappers().json().writeValueAsString(entries());
    }

    /** {@return the problems as the JSON array has them, in order} */
    public List<Entry> entries() {
        return problems.stream().map(p -> Entry.of(p, locale)).toList();
    }

    /**
     * {@return how many of the problems are of {@code severity}}
     *
     * @param severity error or warning
     */
    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }

    /** One problem in the JSON array; flat, so tools need not know the model. */
    @JsonPropertyOrder({"severity", "code", "message", "source", "line", "column", "pointer"})
    public record Entry(String severity, String code, String message, String source, int line, int column, String pointer) {

        static Entry of(Problem p, Locale locale) {
            return new Entry(p.severity().label(), p.code(), p.message(locale), p.location().source(), p.location().line(),
                    p.location().column(), p.location().pointer());
        }
    }
}
