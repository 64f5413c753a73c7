package de.typwerk.html.selftest;

/**
 * What every page of the self-test has around its content.
 *
 * @param texts         the self-test's words in the page's language
 * @param title         the page's title (the {@code <title>} and the first heading)
 * @param stylesheet    the stylesheet's path on the server
 * @param otherLanguage a link to this page in the other language, or {@code null} where there is
 *                      none (a page that answers a form post)
 */
public record Frame(Texts texts, String title, String stylesheet, String otherLanguage) {

    /** {@return the page's language, {@code de} or {@code en}} */
    public String lang() {
        return texts.language();
    }
}
