package de.typwerk.presentation.html.selftest;

import de.typwerk.presentation.html.Templates;

/**
 * The web self-test's pages, rendered by the templates in {@code src/main/jte/selftest/}
 * (precompiled, content type HTML: every value is escaped for where it stands). What a page shows
 * is decided by the server (the {@code typwerk serve} routes in the CLI); this class only renders.
 */
public final class Pages {

    private static final Templates TEMPLATES = Templates.precompiled();

    private Pages() {
    }

    /**
     * {@return the start page: the questionnaires, and a form to upload an answers file}
     *
     * @param page the start page’s model
     */
    public static String start(StartPage page) {
        return render("selftest/start.jte", page);
    }

    /**
     * {@return the page of one question}
     *
     * @param page the question page’s model
     */
    public static String question(QuestionPage page) {
        return render("selftest/question.jte", page);
    }

    /**
     * {@return the report page, after the last question}
     *
     * @param page the report page’s model
     */
    public static String report(ReportPage page) {
        return render("selftest/report.jte", page);
    }

    /**
     * {@return a page that says why a request could not be answered}
     *
     * @param page the error page’s model
     */
    public static String error(ErrorPage page) {
        return render("selftest/error.jte", page);
    }

    private static String render(String template, Object page) {
        return TEMPLATES.render(template, page);
    }
}
