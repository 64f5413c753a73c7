package de.typwerk.applications.cohort;

import de.typwerk.applications.batch.CsvDialect;
import de.typwerk.applications.batch.CsvText;
import de.typwerk.engine.answers.FederalState;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A cohort as CSV (RFC 4180: comma, double quotes where needed, {@code \n} line ends; or, for Excel
 * set to German, {@link CsvDialect#EXCEL_DE}). Column
 * names and ids are English and stable; texts are in the reader's language.
 *
 * <p>Two tables: the distribution in long form (one row per group and outcome) and the peers (one
 * row per learner, weakness and partner; a weakness without partners has one row with the partner
 * columns empty). When both are written, an empty line separates them; a tool that wants one
 * clean table asks for one section.
 */
public final class CohortCsv {

    static final List<String> DISTRIBUTION_HEADER = List.of("by", "group", "group_name", "total", "outcome", "outcome_name",
            "count", "percent", "hint");
    static final List<String> PEERS_HEADER = List.of("ags", "name", "kind", "state", "outcome", "type", "weakness", "topic",
            "rank", "partner_ags", "partner_name", "partner_kind", "partner_type", "partner_share", "proximity", "partner_strengths");

    private final Messages messages;

    /**
     * A writer of texts (names, hints) in {@code engine}'s language: the one to use in an application.
     *
     * @param engine the engine whose language the texts are written in
     */
    public CohortCsv(Typwerk engine) {
        this(engine.messages());
    }

    /** A writer with the engine's messages handed in, as its own commands have them. */
    public CohortCsv(Messages messages) {
        this.messages = messages;
    }

    public void write(Cohort cohort, Set<CohortSection> sections, Writer out) throws IOException {
        write(cohort, sections, out, CsvDialect.STANDARD);
    }

    /**
     * Writes the sections in {@code dialect}: {@link CsvDialect#EXCEL_DE} starts with a byte order
     * mark and writes semicolons, decimal commas ({@code percent}, {@code partner_share}) and CR LF,
     * as Excel set to German opens a CSV file; the cells are those of the standard dialect.
     *
     * @param cohort   the cohort
     * @param sections which tables
     * @param out      where the text goes; flushed, not closed
     * @param dialect  separators, line ends and byte order mark
     * @throws IOException if writing fails
     */
    public void write(Cohort cohort, Set<CohortSection> sections, Writer out, CsvDialect dialect) throws IOException {
        Rows rows = new Rows(out, dialect);
        Labels labels = new Labels(cohort, messages);
        boolean both = sections.contains(CohortSection.DISTRIBUTION) && sections.contains(CohortSection.PEERS);
        if (dialect.byteOrderMark()) out.write('\uFEFF');
        if (sections.contains(CohortSection.DISTRIBUTION)) {
            rows.row(DISTRIBUTION_HEADER);
            distribution(cohort, cohort.byKind(), labels, rows);
            distribution(cohort, cohort.byState(), labels, rows);
        }
        if (both) out.write(dialect.lineEnd());
        if (sections.contains(CohortSection.PEERS)) {
            rows.row(PEERS_HEADER);
            Iterator<Learner> learners = cohort.learners().iterator();
            try {
                while (learners.hasNext()) learner(learners.next(), labels, rows);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        out.flush();
    }

    private static void distribution(Cohort cohort, Distribution d, Labels labels, Rows out) throws IOException {
        for (Tally t : d.groups()) tally(cohort, d, t, labels, out);
        tally(cohort, d, d.all(), labels, out);
    }

    private static void tally(Cohort cohort, Distribution d, Tally t, Labels labels, Rows out) throws IOException {
        for (int i = 0; i < d.columns().size(); i++) {
            String column = d.columns().get(i);
            long count = t.counts().get(i);
            String hint = cohort.types().stream().filter(s -> s.type().id().equals(column)).findFirst()
                    .flatMap(TypeSummary::hint).map(labels::text).orElse("");
            out.row(List.of(d.by(), t.key(), labels.group(d.by(), t.key()), String.valueOf(t.total()), column,
                    labels.column(column), String.valueOf(count), out.decimal(t.percent(count).toPlainString()), hint));
        }
    }

    private static void learner(Learner l, Labels labels, Rows out) throws IOException {
        Member m = l.member();
        String outcome = m.types().size() == 2 ? Distribution.MIXED : "primary";
        for (PeerLesson lesson : l.lessons()) {
            List<String> head = List.of(m.place().ags(), m.name().orElse(""), m.kind().orElse(""), state(m.place()), outcome,
                    lesson.type(), lesson.weakness().id(), labels.text(lesson.weakness().text()));
            if (lesson.partners().isEmpty()) {
                out.row(concat(head, List.of("", "", "", "", "", "", "", "")));
            }
            int rank = 1;
            for (Partner p : lesson.partners()) {
                Member pm = p.member();
                String type = pm.primaryType().orElseThrow();
                out.row(concat(head, List.of(String.valueOf(rank++), pm.place().ags(), pm.name().orElse(""), pm.kind().orElse(""),
                        type, out.decimal(BigDecimal.valueOf(pm.share(type)).toPlainString()), p.proximity().id(),
                        labels.lessonsText(lesson.weakness(), type))));
            }
        }
    }

    static String state(Place place) {
        return place.state().map(FederalState::code).orElse(Tally.UNKNOWN);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Lines of cells in a dialect. */
    private record Rows(Writer out, CsvDialect dialect) {

        void row(List<String> cells) throws IOException {
            out.write(CsvText.lineForSpreadsheet(cells, dialect));
            out.write(dialect.lineEnd());
        }

        String decimal(String withPoint) {
            return dialect.decimal(withPoint);
        }
    }
}
