package de.typwerk.presentation.html;

import de.typwerk.applications.cohort.Cohort;
import java.util.Locale;
import java.util.Optional;

/**
 * A cohort's type distribution as HTML: by kind of municipality and by state, each as a chart of
 * stacked bars (inline SVG with a text alternative) and as a table with the counts and
 * percentages, and the types with their counts. The peer lists are not part of it (100,000
 * municipalities make no page; {@code typwerk cohort --format csv|json} has them). Deterministic
 * and self-contained like {@link HtmlReport}. Thread-safe.
 */
public final class HtmlCohort {

    private final Templates templates;
    private final HtmlReport pages;

    /** Loads the precompiled templates. */
    public HtmlCohort() {
        this(Templates.precompiled());
    }

    /**
     * The cohort page on templates already loaded.
     *
     * @param templates this module's templates
     */
    public HtmlCohort(Templates templates) {
        this.templates = templates;
        this.pages = new HtmlReport(templates);
    }

    /**
     * The distribution as a fragment: one {@code <div class="tw-report tw-cohort" lang="…">} that
     * starts with its {@code <h1>}, for a page that links {@link HtmlReport#stylesheet()}.
     *
     * @param cohort   the cohort
     * @param language German, or English when its language is {@code en}
     * @return the fragment
     */
    public String fragment(Cohort cohort, Locale language) {
        return templates.render("report/cohort.jte", new CohortView(cohort, Optional.empty(), Labels.of(language)));
    }

    /**
     * The distribution as one self-contained page, as {@link HtmlReport#page} makes it, titled
     * after the results file and how many results it holds, so that several cohorts open side by
     * side are told apart.
     *
     * @param cohort   the cohort
     * @param file     the name of the results file it was read from (without its folder), empty
     *                 where it was read from standard input
     * @param language German, or English when its language is {@code en}
     * @return the page
     */
    public String page(Cohort cohort, Optional<String> file, Locale language) {
        CohortView view = new CohortView(cohort, file, Labels.of(language));
        return pages.page(view.lang(), view.documentTitle(), templates.render("report/cohort.jte", view));
    }
}
