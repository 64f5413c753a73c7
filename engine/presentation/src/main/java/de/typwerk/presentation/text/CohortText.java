package de.typwerk.presentation.text;


import de.typwerk.applications.cohort.TypeSummary;
import de.typwerk.applications.cohort.Tally;
import de.typwerk.applications.cohort.RowCounts;
import de.typwerk.applications.cohort.PeerLesson;
import de.typwerk.applications.cohort.Partner;
import de.typwerk.applications.cohort.Member;
import de.typwerk.applications.cohort.Learner;
import de.typwerk.applications.cohort.Labels;
import de.typwerk.applications.cohort.Distribution;
import de.typwerk.applications.cohort.CohortSection;
import de.typwerk.applications.cohort.Cohort;
import de.typwerk.api.model.ProfileTopic;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cohort for people: the distributions as tables, then for each learner a block of its
 * weaknesses and partners. The blocks are written one learner at a time, so a cohort of 100,000
 * streams out without its partner lists being held.
 */
public final class CohortText {

    private final Messages messages;

    /**
     * A writer in the language of {@code messages}.
     *
     * @param messages the CLI’s words in the reader’s language
     */
    public CohortText(Messages messages) {
        this.messages = messages;
    }

    /**
     * Writes the {@code sections} asked for of {@code cohort} to {@code out}.
     *
     * @param cohort the cohort
     * @param sections the sections to write
     * @param out where the text goes
     * @throws IOException when {@code out} cannot be written
     */
    public void write(Cohort cohort, Set<CohortSection> sections, Writer out) throws IOException {
        Questionnaire q = cohort.questionnaire();
        Labels labels = new Labels(cohort, messages);
        out.write(labels.message("cohort.title", q.id(), q.version(), labels.text(q.title())) + "\n");
        RowCounts c = cohort.counts();
        String read = labels.counted("cohort.rows", c.lines(), c.results(), c.errors(), c.unreadable(), c.otherQuestionnaire());
        // said only where results were skipped for it, naming the strategy that tells the cohorts apart
        if (c.otherStrategy() > 0) {
            read += " " + messages.get("cohort.rows.other-strategy", c.otherStrategy(), cohort.strategyId().orElse("?"));
        }
        out.write(read + "\n");
        if (sections.contains(CohortSection.DISTRIBUTION)) {
            distribution(cohort.byKind(), labels.message("cohort.by.kind"), labels.message("cohort.column.kind"), labels, out);
            distribution(cohort.byState(), labels.message("cohort.by.state"), labels.message("cohort.column.state"), labels, out);
            types(cohort, labels, out);
        }
        if (sections.contains(CohortSection.PEERS)) {
            peers(cohort, labels, out);
        }
        out.flush();
    }

    private static void distribution(Distribution d, String title, String groupHeader, Labels labels, Writer out) throws IOException {
        out.write("\n" + title + "\n");
        List<String> headers = new ArrayList<>(List.of(groupHeader, labels.message("cohort.column.total")));
        d.columns().forEach(col -> headers.add(labels.column(col).toUpperCase(Locale.ROOT)));
        boolean[] right = new boolean[headers.size()];
        for (int i = 1; i < right.length; i++) right[i] = true;
        Table table = new Table(headers, right);
        for (Tally t : d.groups()) table.row(row(d, t, labels));
        table.row(row(d, d.all(), labels));
        table.write(out);
    }

    private static List<String> row(Distribution d, Tally t, Labels labels) {
        List<String> cells = new ArrayList<>(List.of(labels.group(d.by(), t.key()), String.valueOf(t.total())));
        for (long count : t.counts()) cells.add(count + " (" + labels.percent(t.percent(count)) + ")");
        return cells;
    }

    private static void types(Cohort cohort, Labels labels, Writer out) throws IOException {
        out.write("\n" + labels.message("cohort.types.title") + "\n");
        List<String> headers = new ArrayList<>(List.of(labels.message("cohort.column.type"), labels.message("cohort.column.total"),
                labels.message("cohort.column.likeliest")));
        cohort.hintTopic().ifPresent(t -> headers.add(labels.text(t.title()).toUpperCase(Locale.ROOT)));
        boolean[] right = new boolean[headers.size()];
        right[1] = true;
        Table table = new Table(headers, right);
        for (TypeSummary s : cohort.types()) {
            List<String> cells = new ArrayList<>(List.of(labels.text(s.type().name()), String.valueOf(s.count()),
                    s.likeliest().map(k -> labels.kind(k) + " (" + labels.percent(s.likeliestPercent().orElseThrow()) + ")").orElse("–")));
            if (cohort.hintTopic().isPresent()) cells.add(s.hint().map(labels::text).orElse("–"));
            table.row(cells);
        }
        table.write(out);
        List<ProfileTopic> topics = cohort.questionnaire().profileTopics();
        if (cohort.hintTopic().isEmpty() && !topics.isEmpty()) {
            // the ids the option takes, each with its heading, so that one can be chosen without the definition at hand
            List<String> named = topics.stream().map(t -> labels.message("cohort.types.topic", t.id(), labels.text(t.title()))).toList();
            out.write(labels.message("cohort.types.topics", String.join(", ", named)) + "\n");
        }
    }

    private static void peers(Cohort cohort, Labels labels, Writer out) throws IOException {
        out.write("\n" + labels.message("cohort.peers.title", cohort.partnersPerWeakness()) + "\n");
        if (cohort.learnerCount() == 0) {
            out.write(labels.message("cohort.peers.no-learners") + "\n");
            return;
        }
        Iterator<Learner> learners = cohort.learners().iterator();
        try {
            while (learners.hasNext()) learner(learners.next(), labels, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void learner(Learner l, Labels labels, Writer out) throws IOException {
        Member m = l.member();
        List<String> types = m.types().stream().map(labels::type).toList();
        String type = types.size() == 2 ? labels.message("cohort.peers.mixed", types.get(0), types.get(1)) : types.get(0);
        StringBuilder b = new StringBuilder("\n");
        b.append(labels.ags(m)).append(' ').append(labels.name(m)).append(" (").append(where(m, labels)).append(") – ")
                .append(type).append('\n');
        if (l.lessons().isEmpty()) {
            // its answers confirm no weak spot of its type: nothing to learn from others here
            b.append("  ").append(labels.message("cohort.peers.no-weaknesses")).append('\n');
        }
        for (PeerLesson lesson : l.lessons()) {
            b.append("  ").append(oneLine(labels.text(lesson.weakness().text())));
            if (types.size() == 2) b.append(" [").append(labels.type(lesson.type())).append(']');
            b.append('\n');
            if (lesson.partners().isEmpty()) {
                b.append("    – ").append(labels.message("cohort.peers.none")).append('\n');
            }
            int rank = 1;
            for (Partner p : lesson.partners()) {
                Member pm = p.member();
                String partnerType = pm.primaryType().orElseThrow();
                b.append("    ").append(rank++).append(". ").append(labels.ags(pm)).append(' ').append(labels.name(pm))
                        .append(" (").append(where(pm, labels)).append(") – ")
                        .append(labels.type(partnerType)).append(" (").append(labels.share(pm.share(partnerType))).append(") – ")
                        .append(labels.message(p.proximity().messageKey(pm.place())));
                if (lesson.weakness().strengths().containsKey(partnerType)) {
                    // the weakness says what this type has to offer for it: say it here too
                    String what = oneLine(labels.lessonsText(lesson.weakness(), partnerType, " · "));
                    b.append(" – ").append(labels.message("cohort.peers.learn", what));
                }
                b.append('\n');
            }
        }
        out.write(b.toString());
    }

    private static String where(Member m, Labels labels) {
        String kind = m.kind().map(k -> labels.kind(k.toLowerCase(Locale.ROOT))).orElse(labels.message("cohort.group.unknown-kind"));
        return kind + ", " + labels.state(m.place());
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
