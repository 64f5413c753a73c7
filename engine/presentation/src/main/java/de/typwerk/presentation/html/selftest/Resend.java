package de.typwerk.presentation.html.selftest;

import java.util.List;

/**
 * A request the server could not take at the moment (too busy, or stopping), to make again: a
 * page's form sent, with every field as it was sent (the answers carried and what was entered on
 * the page), or a page's address asked for.
 *
 * @param action where the form posts, or the page's address
 * @param post   whether it was a form sent (else the page is asked for again by a link)
 * @param fields the form's fields but its button's, in the order sent
 * @param go     the value of the button the form was sent with
 */
public record Resend(String action, boolean post, List<Field> fields, String go) {

    /**
     * A field of the form.
     *
     * @param name  its name
     * @param value its value as sent
     */
    public record Field(String name, String value) {
    }

    /**
     * A request to make again, its fields kept as a copy.
     *
     * @param action where the form posts, or the page's address
     * @param post   whether it was a form sent
     * @param fields the form's fields but its button's, in the order sent
     * @param go     the value of the button the form was sent with
     */
    public Resend {
        fields = List.copyOf(fields);
    }
}
