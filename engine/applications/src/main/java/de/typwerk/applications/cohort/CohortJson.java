package de.typwerk.applications.cohort;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Strength;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Set;

/**
 * A cohort as one JSON document with a fixed field order (see {@code docs/cohort.md}). Written
 * with a streaming generator, learner by learner. Ids are as in the results; texts (names,
 * weakness topics, profile hints) are in the reader's language, named in {@code language}.
 */
public final class CohortJson {

    private final Messages messages;
    private final JsonFactory factory = JsonFactory.builder().build();

    /**
     * A writer of texts (names, hints) in {@code engine}'s language: the one to use in an application.
     *
     * @param engine the engine whose language the texts are written in
     */
    public CohortJson(Typwerk engine) {
        this(engine.messages());
    }

    /** A writer with the engine's messages handed in, as its own commands have them. */
    public CohortJson(Messages messages) {
        this.messages = messages;
    }

    public void write(Cohort cohort, Set<CohortSection> sections, Writer out) throws IOException {
        Labels labels = new Labels(cohort, messages);
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            Questionnaire q = cohort.questionnaire();
            g.writeObjectFieldStart("questionnaire");
            g.writeStringField("id", q.id());
            g.writeStringField("version", q.version());
            g.writeStringField("title", labels.text(q.title()));
            g.writeEndObject();
            g.writeStringField("language", messages.language());
            // which strategy's types these are (a cohort holds one): absent where the results name none
            if (cohort.strategyId().isPresent()) g.writeStringField("strategy", cohort.strategyId().get());
            RowCounts c = cohort.counts();
            g.writeObjectFieldStart("rows");
            g.writeNumberField("lines", c.lines());
            g.writeNumberField("results", c.results());
            g.writeNumberField("errors", c.errors());
            g.writeNumberField("unreadable", c.unreadable());
            g.writeNumberField("otherQuestionnaire", c.otherQuestionnaire());
            g.writeNumberField("otherStrategy", c.otherStrategy());
            g.writeEndObject();
            if (sections.contains(CohortSection.DISTRIBUTION)) {
                distribution(cohort, labels, g);
            }
            if (sections.contains(CohortSection.PEERS)) {
                g.writeNumberField("partnersPerWeakness", cohort.partnersPerWeakness());
                g.writeArrayFieldStart("peers");
                Iterator<Learner> learners = cohort.learners().iterator();
                try {
                    while (learners.hasNext()) learner(learners.next(), labels, g);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void distribution(Cohort cohort, Labels labels, JsonGenerator g) throws IOException {
        if (cohort.hintTopic().isPresent()) {
            g.writeObjectFieldStart("hintTopic");
            g.writeStringField("id", cohort.hintTopic().get().id());
            g.writeStringField("title", labels.text(cohort.hintTopic().get().title()));
            g.writeEndObject();
        }
        g.writeArrayFieldStart("types");
        for (TypeSummary s : cohort.types()) {
            g.writeStartObject();
            g.writeStringField("id", s.type().id());
            g.writeStringField("name", labels.text(s.type().name()));
            g.writeNumberField("count", s.count());
            if (s.likeliest().isPresent()) {
                g.writeObjectFieldStart("mostFrequentAmong");
                g.writeStringField("kind", s.likeliest().get());
                g.writeNumberField("percent", s.likeliestPercent().orElseThrow());
                g.writeEndObject();
            }
            if (s.hint().isPresent()) g.writeStringField("hint", labels.text(s.hint().get()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("distribution");
        table("byKind", cohort.byKind(), labels, g);
        table("byState", cohort.byState(), labels, g);
        g.writeEndObject();
    }

    private static void table(String field, Distribution d, Labels labels, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeArrayFieldStart("columns");
        for (String column : d.columns()) g.writeString(column);
        g.writeEndArray();
        g.writeArrayFieldStart("groups");
        for (Tally t : d.groups()) tally(d, t, labels, g);
        g.writeEndArray();
        g.writeFieldName("all");
        tally(d, d.all(), labels, g);
        g.writeEndObject();
    }

    private static void tally(Distribution d, Tally t, Labels labels, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("group", t.key());
        g.writeStringField("name", labels.group(d.by(), t.key()));
        g.writeNumberField("total", t.total());
        g.writeObjectFieldStart("counts");
        for (int i = 0; i < d.columns().size(); i++) {
            long count = t.counts().get(i);
            g.writeObjectFieldStart(d.columns().get(i));
            g.writeNumberField("count", count);
            g.writeNumberField("percent", t.percent(count));
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void learner(Learner l, Labels labels, JsonGenerator g) throws IOException {
        Member m = l.member();
        g.writeStartObject();
        member(m, g);
        g.writeStringField("outcome", m.types().size() == 2 ? Distribution.MIXED : "primary");
        g.writeArrayFieldStart("types");
        for (String t : m.types()) g.writeString(t);
        g.writeEndArray();
        g.writeArrayFieldStart("lessons");
        for (PeerLesson lesson : l.lessons()) {
            g.writeStartObject();
            g.writeStringField("type", lesson.type());
            g.writeStringField("weakness", lesson.weakness().id());
            g.writeStringField("topic", labels.text(lesson.weakness().text()));
            g.writeArrayFieldStart("learnFrom");
            for (String t : lesson.weakness().learnFrom()) g.writeString(t);
            g.writeEndArray();
            g.writeArrayFieldStart("partners");
            for (Partner p : lesson.partners()) {
                g.writeStartObject();
                member(p.member(), g);
                String type = p.member().primaryType().orElseThrow();
                g.writeStringField("type", type);
                g.writeNumberField("share", BigDecimal.valueOf(p.member().share(type)));
                g.writeStringField("proximity", p.proximity().id());
                g.writeArrayFieldStart("strengths");
                for (Strength s : labels.lessons(lesson.weakness(), type)) {
                    g.writeStartObject();
                    g.writeStringField("id", s.id());
                    g.writeStringField("text", labels.text(s.text()));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void member(Member m, JsonGenerator g) throws IOException {
        if (!m.place().ags().isEmpty()) g.writeStringField("ags", m.place().ags());
        if (m.name().isPresent()) g.writeStringField("name", m.name().get());
        if (m.kind().isPresent()) g.writeStringField("kind", m.kind().get());
        g.writeStringField("state", CohortCsv.state(m.place()));
        g.writeNumberField("line", m.line());
    }
}
