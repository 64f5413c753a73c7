package de.typwerk.presentation.answers;

import de.typwerk.presentation.Texts;
import de.typwerk.presentation.text.ConditionText;
import de.typwerk.presentation.text.Page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.Section;
import de.typwerk.api.model.SingleChoiceQuestion;
import de.typwerk.api.model.TextQuestion;
import de.typwerk.engine.definition.Mappers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An empty answers file to fill in, for {@code typwerk template}. In YAML every question gets a
 * comment: its number and text, its kind, whether it is required, when it is asked, and what to
 * write (the option ids with their texts, the range, the unit); the value is left empty, which
 * {@code typwerk score} reads as "not answered". JSON has no comments: it lists the question ids
 * with {@code null}, in questionnaire order.
 */
public final class AnswersTemplate {

    private static final int WIDTH = 100;
    private static final String INDENT = "  # ";

    private final Questionnaire q;
    private final Texts m;
    private final String lang;
    private final ConditionText conditions;

    /**
     * The template of {@code questionnaire}.
     *
     * @param questionnaire the questionnaire to answer
     * @param messages the comments’ words, in the reader’s language
     */
    public AnswersTemplate(Questionnaire questionnaire, Texts messages) {
        this.q = questionnaire;
        this.m = messages;
        this.lang = messages.language().tag();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        int n = 0;
        for (Question question : questionnaire.questions()) numbers.put(question.id(), ++n);
        this.conditions = new ConditionText(questionnaire, numbers, messages);
    }

    /**
     * {@return the template in YAML, a comment on every question}
     *
     * @param scoreCommand how to score the file once filled in, e.g. {@code typwerk score answers.yaml}
     */
    public String yaml(String scoreCommand) {
        StringBuilder b = new StringBuilder();
        comment(b, "# ", m.get("template.head", text(q.title()), q.coordinates()));
        comment(b, "# ", m.get("template.fill-in"));
        // one line however long, so that the command can be copied whole
        b.append("# ").append(m.get("template.score", scoreCommand)).append('\n');
        b.append("questionnaire: ").append(AnswersDocument.scalar(q.id())).append('\n');
        b.append("version: ").append(AnswersDocument.quoted(q.version())).append('\n');
        b.append("respondent:\n");
        b.append("  name:    # ").append(m.get("template.respondent.name")).append('\n');
        b.append("  ags:     # ").append(m.get("template.respondent.ags")).append('\n');
        b.append("  kind:    # ").append(m.get("template.respondent.kind")).append('\n');
        b.append("  state:   # ").append(m.get("template.respondent.state")).append('\n');
        b.append("answers:\n");
        int n = 0;
        for (Section section : q.sections()) {
            b.append('\n');
            comment(b, INDENT, "=== " + text(section.title()) + " ===");
            for (Question question : section.questions()) {
                b.append('\n');
                question(b, ++n, question);
                b.append("  ").append(question.id()).append(":\n");
            }
        }
        return b.toString();
    }

    /**
     * {@return the template in JSON: the question ids with {@code null}, in questionnaire order}
     *
     * @param mappers the project’s JSON settings
     * @throws JsonProcessingException never for this tree of plain nodes; Jackson declares it
     */
    public String json(Mappers mappers) throws JsonProcessingException {
        ObjectNode root = mappers.json().createObjectNode();
        root.put("questionnaire", q.id());
        root.put("version", q.version());
        root.putObject("respondent");
        ObjectNode answers = root.putObject("answers");
        for (Question question : q.questions()) answers.putNull(question.id());
        return mappers.json().writeValueAsString(root);
    }

    private void question(StringBuilder b, int n, Question question) {
        String number = n + ". ";
        comment(b, INDENT, number.length(), number + text(question.text()));
        String indent = INDENT + "   ";
        // what take and the web form show under the question (which administration is meant, when
        // to leave it open): whoever fills in the file answers from it too
        question.help().ifPresent(help -> comment(b, indent, text(help)));
        String required = m.get(question.required() ? "template.required" : "template.optional");
        comment(b, indent, 2, m.get("show.kind." + question.kind().id()) + " · " + required + " · " + expectation(question));
        question.when().ifPresent(c -> comment(b, indent, 2, m.get("show.condition", conditions.render(c))));
        List<Option> options = question.choices();
        for (Option o : options) comment(b, indent + "  ", o.id().length() + 3, o.id() + " = " + text(o.text()));
        if (question instanceof ScaleQuestion scale) {
            new TreeMap<>(scale.labels()).forEach((point, label) ->
                    comment(b, indent + "  ", String.valueOf(point).length() + 3, point + " = " + text(label)));
        }
    }

    private String expectation(Question question) {
        if (question instanceof SingleChoiceQuestion) return m.get("template.expect.single");
        if (question instanceof MultipleChoiceQuestion multi) {
            // the example never holds an option that stands alone next to another, nor more than may be picked together
            List<Option> combinable = multi.options().stream().filter(o -> !o.alone()).toList();
            int most = multi.mostPicksTogether();
            if (most == 1) return m.get("template.expect.multi.one", example(combinable.isEmpty() ? multi.options() : combinable, 1));
            if (Math.max(1, multi.minPicks()) == most) {
                return m.get("template.expect.multi.exactly", count(most), example(combinable, most));
            }
            return m.get("template.expect.multi", count(Math.max(1, multi.minPicks())), count(most), example(combinable, 2));
        }
        if (question instanceof RankingQuestion ranking) {
            if (ranking.top() == 1) return m.get("template.expect.ranking.one", example(ranking.options(), 1));
            return m.get("template.expect.ranking", count(ranking.top()), example(ranking.options(), ranking.top()));
        }
        if (question instanceof ScaleQuestion scale) return m.get("template.expect.scale", count(scale.min()), count(scale.max()));
        if (question instanceof NumberQuestion number) {
            String range = "";
            if (number.min().isPresent() && number.max().isPresent()) {
                range = m.get("show.number.between", ConditionText.number(number.min().get()), ConditionText.number(number.max().get()));
            } else if (number.min().isPresent()) {
                range = m.get("show.number.at-least", ConditionText.number(number.min().get()));
            } else if (number.max().isPresent()) {
                range = m.get("show.number.at-most", ConditionText.number(number.max().get()));
            }
            String unit = number.unit().map(u -> " " + m.get("show.number.unit", text(u))).orElse("");
            return m.get(number.integer() ? "show.number.integer" : "show.number.decimal") + (range.isEmpty() ? "" : " " + range) + unit;
        }
        if (question instanceof TextQuestion text) return m.get("template.expect.text", count(text.maxLength()));
        return "";
    }

    /** {@code [a, b]} with the first {@code n} option ids. */
    private static String example(List<Option> options, int n) {
        return "[" + String.join(", ", options.stream().limit(Math.max(1, n)).map(o -> AnswersDocument.scalar(o.id())).toList()) + "]";
    }

    /** A comment, wrapped; every line starts with {@code prefix}. */
    private static void comment(StringBuilder b, String prefix, String text) {
        comment(b, prefix, 0, text);
    }

    /** A comment, wrapped; lines after the first are indented {@code hang} more, under its text. */
    private static void comment(StringBuilder b, String prefix, int hang, String text) {
        List<String> lines = Page.wrap(text.replaceAll("\\s*\\R\\s*", " ").strip(), Math.max(40, WIDTH - prefix.length() - hang));
        for (int i = 0; i < lines.size(); i++) {
            b.append((prefix + (i == 0 ? "" : " ".repeat(hang)) + lines.get(i)).stripTrailing()).append('\n');
        }
    }

    private String text(LocalizedText t) {
        return t.get(lang, q.defaultLocale());
    }

    private static String count(int n) {
        return String.valueOf(n);
    }
}
