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
 * @param otherLanguageAgain the form a page that refused a form (an error page) was sent by, as it was
 *                      sent, to the same address in the other language (the same page in it, nothing
 *                      lost), or {@code null}
 * @param alternates    the addresses a link asks this page at in each language, for the head's
 *                      {@code <link rel="alternate" hreflang>} that search engines and browsers read
 *                      (the start page, a questionnaire's first page); empty for a page a form post answers
 */
public record Frame(Texts texts, String title, List<String> stylesheets, String otherLanguage, Switch otherLanguageForm,
                    boolean answersAtStake, Resend otherLanguageAgain, List<Alternate> alternates) {

    /**
     * A page of every part.
     *
     * @param texts              the self-test's words in the page's language
     * @param title              the page's title
     * @param stylesheets        the stylesheets' paths on the server
     * @param otherLanguage      a link to this page in the other language, or {@code null}
     * @param otherLanguageForm  a form that sends the answers so far to this page in the other language, or {@code null}
     * @param answersAtStake     whether leaving the page for the start page loses answers
     * @param otherLanguageAgain the refused form sent again to the same address in the other language, or {@code null}
     * @param alternates         the page's address in each language, or none
     */
    public Frame {
        alternates = List.copyOf(alternates);
    }

    /**
     * A page without alternates in the head.
     *
     * @param texts              the self-test's words in the page's language
     * @param title              the page's title
     * @param stylesheets        the stylesheets' paths on the server
     * @param otherLanguage      a link to this page in the other language, or {@code null}
     * @param otherLanguageForm  a form that sends the answers so far to this page in the other language, or {@code null}
     * @param answersAtStake     whether leaving the page for the start page loses answers
     * @param otherLanguageAgain the refused form sent again to the same address in the other language, or {@code null}
     */
    public Frame(Texts texts, String title, List<String> stylesheets, String otherLanguage, Switch otherLanguageForm,
                 boolean answersAtStake, Resend otherLanguageAgain) {
        this(texts, title, stylesheets, otherLanguage, otherLanguageForm, answersAtStake, otherLanguageAgain, List.of());
    }

    /**
     * The address of a page in one language.
     *
     * @param lang its language, {@code de} or {@code en}
     * @param href the address
     */
    public record Alternate(String lang, String href) {
    }

    /**
     * {@return this frame with the page's address in each language for the head}
     *
     * @param addresses the page's addresses, one per language
     */
    public Frame withAlternates(List<Alternate> addresses) {
        return new Frame(texts, title, stylesheets, otherLanguage, otherLanguageForm, answersAtStake, otherLanguageAgain, addresses);
    }

    /**
     * A page without a form sent again in the other language.
     *
     * @param texts             the self-test's words in the page's language
     * @param title             the page's title
     * @param stylesheets       the stylesheets' paths on the server
     * @param otherLanguage     a link to this page in the other language, or {@code null}
     * @param otherLanguageForm a form that sends the answers so far to this page in the other language, or {@code null}
     * @param answersAtStake    whether leaving the page for the start page loses answers
     */
    public Frame(Texts texts, String title, List<String> stylesheets, String otherLanguage, Switch otherLanguageForm,
                 boolean answersAtStake) {
        this(texts, title, stylesheets, otherLanguage, otherLanguageForm, answersAtStake, null);
    }

    /**
     * A page that carries no answers: no form to the other language, nothing at stake.
     *
     * @param texts         the self-test's words in the page's language
     * @param title         the page's title
     * @param stylesheets   the stylesheets' paths on the server
     * @param otherLanguage a link to this page in the other language, or {@code null}
     */
    public Frame(Texts texts, String title, List<String> stylesheets, String otherLanguage) {
        this(texts, title, stylesheets, otherLanguage, null, false, null);
    }

    /**
     * The form that shows a page carrying answers in the other language: a form of its own in the
     * header, or, on a question's page, a button of the question's form, so that what the person
     * entered on the page and has not sent yet goes along.
     *
     * @param form      the answers so far and where the person is, posted to the page in the other
     *                  language (with {@code formId} only its address is used, the button's {@code formaction}:
     *                  the page's form carries the answers there, and the browser shows the address of the
     *                  page in the other language)
     * @param go        the value of its button, which says the server which page to show (with
     *                  {@code formId}: in which language)
     * @param formId    the id of the page's form the button belongs to, or {@code null} for a form of its own
     * @param defaultGo with {@code formId}, the value of the page's first button, which Enter in a field
     *                  presses (the first button of the form in the page, which the header's would
     *                  otherwise be); else {@code null}
     */
    public record Switch(Carried form, String go, String formId, String defaultGo) {

        /**
         * A form of its own, carrying the answers so far.
         *
         * @param form the answers so far and where the person is, posted to the page in the other language
         * @param go   the value of its button, which says the server which page to show
         */
        public Switch(Carried form, String go) {
            this(form, go, null, null);
        }
    }

    /** {@return the page's language, {@code de} or {@code en}} */
    public String lang() {
        return texts.language();
    }
}
