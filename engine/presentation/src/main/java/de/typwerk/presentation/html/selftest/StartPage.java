package de.typwerk.presentation.html.selftest;

import java.util.List;

/**
 * The start page: the questionnaires to answer, and a form to upload an answers file to resume.
 *
 * @param frame          the page around
 * @param questionnaires one entry per loaded questionnaire
 * @param resumeAction   where the upload form posts
 * @param problems       why an uploaded file was refused (empty: none was)
 */
public record StartPage(Frame frame, List<Entry> questionnaires, String resumeAction, List<String> problems) {

    /**
     * {@return {@code "true"} when an uploaded file was refused, for {@code aria-invalid} on the file
     * field the error summary links to (a screen reader says "invalid" there, as at a question's
     * field), else {@code null}, which leaves the attribute out}
     */
    public String invalid() {
        return problems.isEmpty() ? null : "true";
    }

    /** {@return the id of the refusal's text at the file field, for its {@code aria-describedby}, or {@code null} when there is none} */
    public String errorId() {
        return problems.isEmpty() ? null : "resume-file-error";
    }

    /**
     * One questionnaire to start.
     *
     * @param title       its title
     * @param description its description, or {@code ""}
     * @param version     its version, as people tell two of one title apart
     * @param questions   how many questions it has
     * @param upTo        whether some are asked only after certain answers, so that fewer may be asked
     * @param href        where it starts
     * @param lang        the language of its title and description where it is not the page's (a
     *                    questionnaire without the page's language shows its default one), else {@code null}
     */
    public record Entry(String title, String description, String version, int questions, boolean upTo, String href, String lang) {
    }
}
