package de.typwerk.presentation.html.selftest;

import java.util.List;

/**
 * What every page of the self-test has around its content.
 *
 * @param texts         the self-test's words in the page's language
 * @param title         the page's title (the {@code <title>} and the first heading)
 * @param stylesheets   the stylesheets' paths on the server
 * @param otherLanguage a link to this page in the other language, or {@code null} where there is
 *                      none (a page that answers a form post, whose answers a link would lose)
 * @param otherLanguageForm a form that sends the answers so far to this page in the other language,
 *                      or {@code null}: on a page that answers a form post, instead of {@code otherLanguage}
 * @param answersAtStake whether the page carries answers that leaving it for the start page loses:
 *                      its link to the start page says so
 */
public record Frame(Texts texts, String title, List<String> stylesheets, String otherLanguage, Switch otherLanguageForm,
                    boolean answersAtStake) {

    /**
     * A page that carries no answers: no form to the other language, nothing at stake.
     *
     * @param texts         the self-test's words in the page's language
     * @param title         the page's title
     * @param stylesheets   the stylesheets' paths on the server
     * @param otherLanguage a link to this page in the other language, or {@code null}
     */
    public Frame(Texts texts, String title, List<String> stylesheets, String otherLanguage) {
        this(texts, title, stylesheets, otherLanguage, null, false);
    }

    /**
     * The form that shows a page carrying answers in the other language.
     *
     * @param form the answers so far and where the person is, posted to the page in the other language
     * @param go   the value of its button, which says the server which page to show
     */
    public record Switch(Carried form, String go) {
    }

    /** {@return the page's language, {@code de} or {@code en}} */
    public String lang() {
        return texts.language();
    }
}
