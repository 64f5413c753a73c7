package de.typwerk.presentation.html.selftest;

import de.typwerk.presentation.html.Phrase;
import java.util.List;

/**
 * The page of one question.
 *
 * @param frame         the page around
 * @param questionnaire the questionnaire's title
 * @param section       the title of the section the question belongs to
 * @param position      its place among the questions asked, given the answers so far (from 1)
 * @param total         how many questions are asked, given the answers so far
 * @param question      the question and what is answered so far
 * @param errors        what is wrong with the answer sent (empty: nothing, or nothing sent yet)
 * @param form          what the form carries
 * @param first         whether it is the first question (no way back)
 * @param textLang      the language of the questionnaire's title and the section's where it is not
 *                      the page's ({@link Field#textLang()}), else {@code null}
 * @param toReport      whether it was opened from the report (an open question it suggested): its first
 *                      button then takes the answer and goes back to the report, not on to the next question
 */
public record QuestionPage(Frame frame, String questionnaire, String section, int position, int total, Field question,
                           List<ErrorLink> errors, Carried form, boolean first, String textLang, boolean toReport) {

    /** {@return the percentage done, for the progress bar} */
    public int percent() {
        return total == 0 ? 0 : (int) Math.round(100.0 * (position - 1) / total);
    }

    /**
     * A problem in the error summary, linking to the field it concerns.
     *
     * @param href    {@code #} and the field's id
     * @param message what is wrong
     */
    public record ErrorLink(String href, Phrase message) {
    }
}
