package de.typwerk.presentation.html.selftest;

import java.util.List;

/**
 * A request that could not be answered as asked (a form that was changed, a page that does not
 * exist): what happened, in words, and the way back.
 *
 * @param frame   the page around
 * @param status  the HTTP status
 * @param message what went wrong
 * @param details the problems found, one sentence each (may be empty)
 * @param home    the start page
 */
public record ErrorPage(Frame frame, int status, String message, List<String> details, String home) {
}
