package de.typwerk.presentation.html;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.answers.FederalState;
import de.typwerk.applications.cohort.Cohort;
import de.typwerk.applications.cohort.Distribution;
import de.typwerk.applications.cohort.RowCounts;
import de.typwerk.applications.cohort.Tally;
import de.typwerk.applications.cohort.TypeSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cohort made ready for {@code report/cohort.jte}: how the types spread by kind of municipality
 * and by state, each as a chart of stacked bars and as a table, and the types with their counts.
 * Texts in the page's language, numbers formatted by it. Public because the compiled templates
 * read it.
 */
public final class CohortView {

    private final Cohort cohort;
    private final Labels t;
    private final Questionnaire questionnaire;
    private final Optional<String> file;

    CohortView(Cohort cohort, Optional<String> file, Labels labels) {
        this.cohort = cohort;
        this.file = file;
        this.t = labels;
        this.questionnaire = cohort.questionnaire();
    }

    /** {@return the page's language tag} */
    public String lang() {
        return t.lang();
    }

    /**
     * {@return the label for {@code key}, with {@code args} set in}
     *
     * @param key the key in the report’s bundle
     * @param args the values set in
     */
    public String t(String key, Object... args) {
        return t.get(cohort.key(key), args);
    }

    /** {@return the main heading, the questionnaire's title marked with its language where it is not the page's, its German terms as German} */
    public Phrase title() {
        return Phrase.of(t, "cohort.title", termed(questionnaire.title()));
    }

    /**
     * {@return the page's document title: the results file's name where there is one and how many
     * results it holds, then the main heading, so that the tabs and the history of several cohorts of
     * one questionnaire tell them apart by what differs, which comes first}
     */
    public String documentTitle() {
        long results = cohort.counts().results();
        String count = results == 1 ? t.get("cohort.results.one") : t.get("cohort.results.many", t.count(results));
        return file.map(name -> t.get("cohort.document-title.file", name, count, title().plain()))
                .orElseGet(() -> t.get("cohort.document-title", count, title().plain()));
    }

    /** {@return the results file's name, where the cohort was read from a file} */
    public Optional<String> file() {
        return file;
    }

    /** {@return the questionnaire's id and version} */
    public String coordinates() {
        return questionnaire.id() + " " + questionnaire.version();
    }

    /** {@return what was read: lines, results, error rows, unreadable lines, other questionnaires} */
    public String rows() {
        RowCounts c = cohort.counts();
        // numbers, not texts: the message says "1 result" and "2 results" by them
        String read = t.get("cohort.rows", c.lines(), c.results(), c.errors(), c.unreadable(), c.otherQuestionnaire());
        // said only where results were skipped for it, naming the strategy that tells the cohorts apart
        if (c.otherStrategy() > 0) read += t.get("cohort.rows.other-strategy", c.otherStrategy(), cohort.strategyId().orElse("?"));
        return read;
    }

    /**
     * One distribution: its heading, its chart and its table.
     *
     * @param id      the section's id, prefix of its elements' ids
     * @param heading the section's heading
     * @param group   the header of the table's first column
     * @param chart   the stacked bars
     * @param columns the outcomes, in column order, each with its language where it is not the page's and its German
     *                terms marked as German
     * @param rows    the table's rows, the last over all
     */
    public record Spread(String id, String heading, String group, StackedChart chart, List<Phrase> columns, List<SpreadRow> rows) {

        /** {@return the id of the section's heading} */
        public String headingId() {
            return id + "-heading";
        }
    }

    /**
     * A row of a distribution's table.
     *
     * @param name   the group
     * @param total  how many results it has
     * @param cells  per outcome, the count and its percentage of the row
     * @param all    whether this is the row over all groups
     */
    public record SpreadRow(Phrase name, String total, List<String> cells, boolean all) {
    }

    /** {@return the distribution by kind of municipality, then by state} */
    public List<Spread> spreads() {
        return List.of(spread("tw-by-kind", cohort.byKind(), t("cohort.by.kind"), t("cohort.group.kind")),
                spread("tw-by-state", cohort.byState(), t("cohort.by.state"), t("cohort.group.state")));
    }

    private Spread spread(String id, Distribution d, String heading, String group) {
        List<Phrase> columns = d.columns().stream().map(this::column).toList();
        List<StackedChart.Input> inputs = new ArrayList<>();
        List<SpreadRow> rows = new ArrayList<>();
        List<Phrase> sentences = new ArrayList<>();
        List<Tally> tallies = new ArrayList<>(d.groups());
        tallies.add(d.all());
        for (Tally tally : tallies) {
            Phrase marked = group(d.by(), tally.key());
            List<String> cells = new ArrayList<>();
            List<Phrase> parts = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                long count = tally.counts().get(c);
                String percent = percent(tally.percent(count));
                cells.add(t.get("cohort.cell", t.count(count), percent));
                if (count > 0) parts.add(Phrase.join(" ", List.of(columns.get(c), Phrase.ofText(percent))));
            }
            rows.add(new SpreadRow(marked, t.count(tally.total()), List.copyOf(cells), tally.key().equals(Tally.ALL)));
            inputs.add(new StackedChart.Input(marked, t.count(tally.total()), tally.counts()));
            sentences.add(Phrase.of(t, "cohort.chart.group", spoken(d.by(), tally.key(), marked), t.count(tally.total()),
                    parts.isEmpty() ? Phrase.ofText("–") : Phrase.join(", ", parts)));
        }
        StackedChart chart = StackedChart.of(id + "-chart", heading, Phrase.join(" ", sentences), columns, inputs);
        return new Spread(id, heading, group, chart, columns, List.copyOf(rows));
    }

    /**
     * A type of the questionnaire in the cohort.
     *
     * @param name      its name, with its language where it is not the page's and its German terms marked as German
     * @param count     how many results have it as their type
     * @param likeliest the kind of municipality it is most frequent among, with the percentage
     * @param hint      the chosen profile topic's text for it, with its language where it is not the page's, and
     *                  the German words of administration an English text keeps marked as German ({@link GermanTerms})
     */
    public record TypeRow(Phrase name, String count, Phrase likeliest, Phrase hint) {
    }

    /** {@return the types in definition order} */
    public List<TypeRow> types() {
        List<TypeRow> rows = new ArrayList<>();
        for (TypeSummary s : cohort.types()) {
            Phrase likeliest = s.likeliest().map(k -> Phrase.join("", List.of(group("kind", k),
                            Phrase.ofText(s.likeliestPercent().map(p -> " (" + percent(p) + ")").orElse(""))))).orElse(Phrase.ofText("–"));
            rows.add(new TypeRow(termed(s.type().name()), t.count(s.count()), likeliest,
                    s.hint().map(this::termed).orElse(Phrase.ofText(""))));
        }
        return rows;
    }

    /** {@return the chosen profile topic's title, with its language where it is not the page's and its German terms as German, if a hint topic was chosen} */
    public Optional<Phrase> hintTopic() {
        return cohort.hintTopic().map(topic -> termed(topic.title()));
    }

    private Phrase column(String column) {
        if (column.equals(Distribution.MIXED)) return Phrase.ofText(t("cohort.outcome.mixed"));
        if (column.equals(Distribution.NONE)) return Phrase.ofText(t("cohort.outcome.none"));
        if (column.equals(Distribution.INSUFFICIENT)) return Phrase.ofText(t.get("cohort.outcome.insufficient"));
        return questionnaire.type(column).map(type -> termed(type.name())).orElse(Phrase.ofText(column));
    }

    /**
     * A group's name; a kind of municipality as the report's head says it, the German word an English page glosses it
     * with marked; a state by its code and its German name, which an English page marks as German.
     */
    private Phrase group(String by, String key) {
        if (key.equals(Tally.ALL)) return Phrase.ofText(t.get("cohort.group.all"));
        if (by.equals("state")) {
            if (key.equals(Tally.UNKNOWN)) return Phrase.ofText(t.get("cohort.group.unknown-state"));
            return FederalState.ofCode(key).map(s -> new Phrase(List.of(new Phrase.Part(key + " ", null),
                    new Phrase.Part(s.germanName(), t.lang().equals("de") ? null : "de")))).orElse(Phrase.ofText(key));
        }
        if (key.equals(Tally.UNKNOWN)) return Phrase.ofText(t.get("cohort.group.unknown-kind"));
        if (!Cohort.KNOWN_KINDS.contains(key)) return Phrase.ofText(key);
        return Phrase.of(t, "report.kind." + key, new Phrase.Part(GERMAN.get("cohort.kind." + key), t.lang().equals("de") ? null : "de"));
    }

    /**
     * A group's name in the chart's description, which a screen reader reads as one text: a kind of municipality
     * without the German word an English page glosses it with, which the table beside the chart marks (the types'
     * names, which an English page of a questionnaire in German alone cannot do without, are marked in it, as are the
     * states' German names).
     */
    private Phrase spoken(String by, String key, Phrase marked) {
        return by.equals("kind") && Cohort.KNOWN_KINDS.contains(key) ? Phrase.ofText(t.get("chart.kind." + key)) : marked;
    }

    private static final Labels GERMAN = Labels.of(java.util.Locale.GERMAN);

    private String percent(BigDecimal p) {
        return t.get("number.percent", t.decimal(p.doubleValue(), 1));
    }

    private String text(LocalizedText text) {
        return text.get(t.lang(), questionnaire.defaultLocale());
    }

    /**
     * A text of the definition (a type's name, a hint) with its language where the questionnaire lacks the page's (it
     * is then shown in the questionnaire's default one), so a screen reader reads a German type's name on an English
     * page with a German voice (WCAG 3.1.2), and the German terms of a text in another language marked as German
     * ({@link GermanTerms}: an English type's "Landkreis"), as the report marks them.
     */
    private Phrase termed(LocalizedText text) {
        return GermanTerms.marked(text(text), text.in(t.lang()).isPresent() ? null : questionnaire.defaultLocale(), t.lang());
    }
}
