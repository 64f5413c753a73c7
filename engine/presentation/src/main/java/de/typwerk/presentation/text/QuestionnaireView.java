package de.typwerk.presentation.text;

import de.typwerk.presentation.Texts;
import de.typwerk.presentation.Stages;

import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.ProfileTopic;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.api.model.Section;
import de.typwerk.api.model.SingleChoiceQuestion;
import de.typwerk.api.model.Strength;
import de.typwerk.api.model.TextQuestion;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.model.Weakness;
import de.typwerk.engine.LoadedQuestionnaire;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A questionnaire as {@code typwerk show} prints it: head, the questions section by section
 * (numbered through, with what kind of answer each wants and when it is asked), then the
 * typology (every type with motto, profile, strengths and weak spots) and the dimensions. Texts
 * in the chosen language, falling back to the definition's default language.
 */
public final class QuestionnaireView {

    private static final int QUESTION_INDENT = 2;

    private final LoadedQuestionnaire loaded;
    private final Questionnaire q;
    private final Texts m;
    private final String lang;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final ConditionText conditions;

    /**
     * A view of {@code loaded} in the language of {@code messages}.
     *
     * @param loaded the questionnaire as loaded, with where it came from
     * @param messages the CLI’s words in the reader’s language
     */
    public QuestionnaireView(LoadedQuestionnaire loaded, Texts messages) {
        this.loaded = loaded;
        this.q = loaded.questionnaire();
        this.m = messages;
        this.lang = messages.language().tag();
        int n = 0;
        for (Question question : q.questions()) {
            numbers.put(question.id(), ++n);
        }
        this.conditions = new ConditionText(q, numbers, messages);
    }

    /** {@return the questionnaire as {@code typwerk show} prints it} */
    public String render() {
        Page page = new Page();
        head(page);
        for (Section s : q.sections()) {
            section(page, s);
        }
        typology(page);
        dimensions(page);
        return page.toString();
    }

    private void head(Page page) {
        page.heading(text(q.title()), '=');
        page.paragraph(0, m.get("show.head", q.id(), q.version(), String.join(", ", q.locales()),
                q.scoring().map(ScoringSpec::strategy).map(s -> m.get("show.head.strategy", s))
                        .orElse(m.get("show.head.no-strategy")),
                loaded.pluginId()));
        loaded.base().ifPresent(base -> page.paragraph(0, m.get("show.head.variant", q.base().orElse(""),
                base.coordinates())));
        q.description().ifPresent(d -> page.blank().paragraph(0, text(d)));
        q.source().ifPresent(s -> page.blank().hanging(0, m.get("show.source") + " ", text(s)));
        page.blank().line(0, m.get("show.legend", count(q.questions().size())));
    }

    private void section(Page page, Section s) {
        page.blank().heading(text(s.title()) + "  [" + s.id() + "]", '-');
        s.description().ifPresent(d -> page.paragraph(0, text(d)));
        for (Question question : s.questions()) {
            page.blank();
            question(page, question);
        }
    }

    private void question(Page page, Question question) {
        int n = numbers.get(question.id());
        String label = n + ". ";
        page.hanging(QUESTION_INDENT, label, text(question.text()) + (question.required() ? " *" : ""));
        int indent = QUESTION_INDENT + label.length();
        page.line(indent, "[" + question.id() + " · " + m.get("show.kind." + question.kind().id()) + "]");
        question.help().ifPresent(h -> page.paragraph(indent, text(h)));
        question.when().ifPresent(c -> page.paragraph(indent, m.get("show.condition", conditions.render(c))));
        if (question instanceof SingleChoiceQuestion single) {
            page.paragraph(indent, m.get("show.single"));
            single.options().forEach(o -> option(page, indent, "( ) ", o));
        } else if (question instanceof MultipleChoiceQuestion multi) {
            page.paragraph(indent, picks(multi));
            multi.options().forEach(o -> option(page, indent, "[ ] ", o));
        } else if (question instanceof RankingQuestion ranking) {
            int all = ranking.options().size();
            page.paragraph(indent, ranking.top() >= all ? m.get("show.ranking.all", count(all))
                    : ranking.top() == 1 ? m.get("show.ranking.one", count(all))
                    : m.get("show.ranking.top", count(ranking.top()), count(all)));
            ranking.options().forEach(o -> option(page, indent, "- ", o));
        } else if (question instanceof ScaleQuestion scale) {
            page.paragraph(indent, m.get("show.scale", count(scale.min()), count(scale.max())));
            new TreeMap<>(scale.labels()).forEach((point, text) -> page.hanging(indent + 2, point + " = ", text(text)));
        } else if (question instanceof NumberQuestion number) {
            page.paragraph(indent, numberRule(number));
        } else if (question instanceof TextQuestion free) {
            page.paragraph(indent, m.get("show.text", count(free.maxLength())));
        }
    }

    private void option(Page page, int indent, String box, Option o) {
        page.hanging(indent, box, text(o.text()) + "  [" + o.id() + "]");
    }

    private String picks(MultipleChoiceQuestion multi) {
        int min = multi.minPicks();
        int max = multi.mostPicksTogether();
        // one pick: "Eine auswählen", not "Genau 1 auswählen"
        if (max == 1) return m.get(min == 0 ? "show.multi.at-most-one" : "show.multi.one");
        if (min == max) return m.get("show.multi.exactly", count(min));
        if (min == 0) return m.get("show.multi.at-most", count(max));
        return m.get("show.multi.between", count(min), count(max));
    }

    private String numberRule(NumberQuestion number) {
        String kind = m.get(number.integer() ? "show.number.integer" : "show.number.decimal");
        String range = "";
        if (number.min().isPresent() && number.max().isPresent()) {
            range = m.get("show.number.between", ConditionText.number(number.min().get()),
                    ConditionText.number(number.max().get()));
        } else if (number.min().isPresent()) {
            range = m.get("show.number.at-least", ConditionText.number(number.min().get()));
        } else if (number.max().isPresent()) {
            range = m.get("show.number.at-most", ConditionText.number(number.max().get()));
        }
        String unit = number.unit().map(u -> m.get("show.number.unit", text(u))).orElse("");
        return m.get("show.number", kind, range.isEmpty() ? "" : " " + range, unit.isEmpty() ? "" : " " + unit);
    }

    private void typology(Page page) {
        if (q.types().isEmpty()) return;
        // a maturity model's types are its stages, lowest first (Stages)
        boolean stages = q.scoring().map(ScoringSpec::strategy).filter(Stages::ordered).isPresent();
        page.blank().heading(m.get(stages ? "show.typology.stages" : "show.typology", count(q.types().size())), '=');
        for (TypeDefinition t : q.types()) {
            page.blank().heading(text(t.name()) + "  [" + t.id() + "]", '-');
            t.motto().ifPresent(motto -> page.paragraph(0, m.get("show.type.motto", text(motto))));
            t.summary().ifPresent(summary -> page.paragraph(0, text(summary)));
            profile(page, t);
            if (!t.strengths().isEmpty()) {
                page.blank().line(0, m.get("show.type.strengths"));
                for (Strength s : t.strengths()) {
                    page.hanging(2, "+ ", text(s.text()));
                }
            }
            if (!t.weaknesses().isEmpty()) {
                page.blank().line(0, m.get("show.type.weaknesses"));
                for (Weakness w : t.weaknesses()) {
                    page.hanging(2, "- ", text(w.text()));
                    if (!w.learnFrom().isEmpty()) {
                        String from = w.learnFrom().stream().map(id -> roleModel(w, id)).collect(Collectors.joining(", "));
                        page.paragraph(4, m.get("show.type.learn-from", from));
                    }
                }
            }
        }
    }

    /** The profile in the order the topics are declared; texts for undeclared topics after them. */
    private void profile(Page page, TypeDefinition t) {
        Map<String, LocalizedText> rest = new LinkedHashMap<>(t.profile());
        for (ProfileTopic topic : q.profileTopics()) {
            LocalizedText answer = rest.remove(topic.id());
            if (answer == null) continue;
            page.blank().line(0, text(topic.title()));
            page.paragraph(2, text(answer));
        }
        rest.forEach((topic, answer) -> page.blank().line(0, topic).paragraph(2, text(answer)));
    }

    private void dimensions(Page page) {
        if (q.dimensions().isEmpty()) return;
        page.blank().heading(m.get("show.dimensions", count(q.dimensions().size())), '=');
        for (Dimension d : q.dimensions()) {
            page.blank().line(0, text(d.name()) + "  [" + d.id() + "]");
            d.description().ifPresent(desc -> page.paragraph(2, text(desc)));
            d.low().ifPresent(low -> page.hanging(2, "0 = ", text(low)));
            d.high().ifPresent(high -> page.hanging(2, "1 = ", text(high)));
        }
    }

    /**
     * A type to learn from, with the strengths the weakness names of it ("Der Optimierer (… · …)"):
     * " · " between them, since each begins with a capital letter.
     */
    private String roleModel(Weakness w, String typeId) {
        if (!w.strengths().containsKey(typeId)) return typeName(typeId);
        String lessons = q.type(typeId).map(w::lessonsFrom).orElse(List.of()).stream()
                .map(s -> text(s.text())).collect(Collectors.joining(" · "));
        return lessons.isEmpty() ? typeName(typeId) : typeName(typeId) + " (" + lessons + ")";
    }

    private String typeName(String typeId) {
        return q.type(typeId).map(t -> text(t.name())).orElse(typeId);
    }

    /** Numbers go into messages as text: MessageFormat would group digits ("2,000"). */
    private static String count(int n) {
        return String.valueOf(n);
    }

    private String text(LocalizedText t) {
        return t.get(lang, q.defaultLocale());
    }
}
