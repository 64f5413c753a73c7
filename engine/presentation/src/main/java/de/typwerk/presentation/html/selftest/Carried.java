package de.typwerk.presentation.html.selftest;

/**
 * What a self-test form carries from page to page, instead of the server keeping it: the answers
 * so far (an answers file, as {@code typwerk score} reads it) and where the person is.
 *
 * @param action  where the form posts
 * @param answers the answers file so far, as JSON
 * @param at      the id of the question shown, or {@code ""} on the report page
 */
public record Carried(String action, String answers, String at) {
}
