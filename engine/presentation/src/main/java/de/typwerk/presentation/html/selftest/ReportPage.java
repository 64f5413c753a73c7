package de.typwerk.presentation.html.selftest;

import java.util.List;

/**
 * The page after the last question: the report, and downloads of the result and the answers.
 *
 * @param frame         the page around
 * @param outcomeKind   {@code primary}, {@code mixed}, {@code none} or {@code insufficient}
 * @param type          the primary type's id, or {@code ""}
 * @param report        the report as {@code typwerk report --format html} gives it (its fragment, already HTML,
 *                      made by this module's templates: type, shares and profile as charts with tables, reasons,
 *                      coverage, recommendations), placed as it is; made for this page's form ({@link #FORM}), whose
 *                      buttons beside the answers that count for no type open their questions
 * @param form          the answers carried, for the downloads and for going back
 * @param answerNow     the open questions the report suggests answering to make a type readable (too few
 *                      answers), each a button that opens it and comes back here; empty otherwise
 * @param textLang      the language of the questions' texts where it is not the page's, else {@code null}
 */
public record ReportPage(Frame frame, String outcomeKind, String type, String report, Carried form, List<AnswerNow> answerNow,
                         String textLang) {

    /** The id of the page's form, which the report's buttons that open a question belong to ({@code form=}). */
    public static final String FORM = "report-form";

    /**
     * A report page, its suggestions kept as a copy.
     *
     * @param frame       the page around
     * @param outcomeKind {@code primary}, {@code mixed}, {@code none} or {@code insufficient}
     * @param type        the primary type's id, or {@code ""}
     * @param report      the report's HTML fragment
     * @param form        the answers carried
     * @param answerNow   the open questions the report suggests answering
     * @param textLang    the language of the questions' texts where it is not the page's, else {@code null}
     */
    public ReportPage {
        answerNow = List.copyOf(answerNow);
    }

    /**
     * An open question the report suggests.
     *
     * @param id   the question's id, which the button sends
     * @param text the question's text
     */
    public record AnswerNow(String id, String text) {
    }
}
