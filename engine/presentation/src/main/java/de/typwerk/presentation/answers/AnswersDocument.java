package de.typwerk.presentation.answers;

import de.typwerk.engine.report.Decimals;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Respondent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Answers as an answers file in YAML, the way a person would write one and {@code typwerk score}
 * reads it: answers in questionnaire order, lists in flow style ({@code [a, b]}), skipped questions
 * as {@code null} (not answered, but a resumed session knows they were seen). Ids that YAML could
 * read as something else ({@code no}, {@code on}, {@code 1}) and every free text are quoted.
 * A skipped question is written with an empty value and a comment that says so ({@code fokus:  #
 * übersprungen}), which YAML reads as {@code null}: a mayor who opens the file in an editor reads
 * that it was skipped and where an answer would go, where {@code fokus: null} read as programming.
 */
public final class AnswersDocument {

    private static final Pattern PLAIN = Pattern.compile("[a-z][a-z0-9-]*");
    /** Words YAML 1.1 (SnakeYAML) reads as booleans or null when unquoted. */
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private AnswersDocument() {
    }

    /**
     * {@return the answers file in YAML}
     *
     * @param header        comment lines put first (without {@code #})
     * @param questionnaire the questionnaire answered, named with its version
     * @param respondent    who answered
     * @param answers       the answers by question id, written in questionnaire order
     * @param skipped       questions seen and skipped on purpose, written with an empty value
     * @param skippedNote   the comment after a skipped question, in the reader's language
     *                      ("übersprungen"), or empty for none
     */
    public static String yaml(List<String> header, Questionnaire questionnaire, Respondent respondent,
                       Map<String, Answer> answers, Set<String> skipped, String skippedNote) {
        StringBuilder b = new StringBuilder();
        for (String line : header) b.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        b.append("questionnaire: ").append(scalar(questionnaire.id())).append('\n');
        b.append("version: ").append(quoted(questionnaire.version())).append('\n');
        respondent(b, respondent);
        b.append("answers:");
        boolean any = false;
        StringBuilder list = new StringBuilder();
        for (Question q : questionnaire.questions()) {
            Answer a = answers.get(q.id());
            if (a != null) {
                list.append("\n  ").append(q.id()).append(": ").append(value(a));
                any = true;
            } else if (skipped.contains(q.id())) {
                list.append("\n  ").append(q.id()).append(":").append(skippedNote.isEmpty() ? "" : "  # " + oneLine(skippedNote));
                any = true;
            }
        }
        // "answers:" with nothing after it reads as "no answers yet"
        b.append(any ? list : "").append('\n');
        return b.toString();
    }

    /** A comment ends at the line's end: a line break in the note would start a line YAML reads. */
    private static String oneLine(String note) {
        return note.replaceAll("[\\r\\n]+", " ");
    }

    private static void respondent(StringBuilder b, Respondent r) {
        if (r.equals(Respondent.ANONYMOUS)) return;
        b.append("respondent:\n");
        r.name().ifPresent(v -> b.append("  name: ").append(quoted(v)).append('\n'));
        r.ags().ifPresent(v -> b.append("  ags: ").append(quoted(v)).append('\n'));
        r.kind().ifPresent(v -> b.append("  kind: ").append(scalar(v)).append('\n'));
        r.state().ifPresent(v -> b.append("  state: ").append(quoted(v)).append('\n'));
    }

    static String value(Answer a) {
        if (a instanceof Answer.Choice c) return scalar(c.option());
        if (a instanceof Answer.Choices c) return flow(c.options());
        if (a instanceof Answer.Ranking r) return flow(r.order());
        if (a instanceof Answer.Scale s) return String.valueOf(s.value());
        if (a instanceof Answer.Number n) return Decimals.written(n.value());
        if (a instanceof Answer.Text t) return quoted(t.text());
        throw new IllegalArgumentException("unknown answer " + a);
    }

    private static String flow(List<String> ids) {
        return "[" + String.join(", ", ids.stream().map(AnswersDocument::scalar).toList()) + "]";
    }

    /**
     * {@return {@code id} plain when YAML reads it back as the same text, else quoted}
     *
     * @param id an id of a questionnaire, question or option
     */
    public static String scalar(String id) {
        return PLAIN.matcher(id).matches() && !RESERVED.contains(id) ? id : quoted(id);
    }

    /** A double-quoted scalar; JSON's escapes are YAML's too. */
    static String quoted(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
