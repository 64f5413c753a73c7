package de.typwerk.presentation.html.selftest;

import java.util.List;
import java.util.Optional;

/**
 * A request that could not be answered as asked (a form that was changed, a page that does not
 * exist): what happened, in words, and the way back.
 *
 * @param frame   the page around, titled "Fehler: " and the heading
 * @param heading what kind of thing went wrong, in a few words ("Seite nicht gefunden"): the page's
 *                first heading, and its title, so that a screen reader says it first and tabs of
 *                several such pages tell them apart
 * @param status  the HTTP status
 * @param message what went wrong
 * @param details the problems found, one sentence each (may be empty)
 * @param home    the start page
 * @param kept    the answers the refused form carried, when they read: the page offers to go on
 *                with them or to download them, so a form that was not as sent loses nothing
 * @param again   the request to make again, where the server could not take it at the moment
 *                (busy, stopping): a form is offered as it was sent, so what was entered on its page
 *                is not lost
 */
public record ErrorPage(Frame frame, String heading, int status, String message, List<String> details, String home, Optional<Carried> kept,
                        Optional<Resend> again) {

    /**
     * A page without a request to make again.
     *
     * @param frame   what every page of the self-test shows
     * @param heading the page’s heading
     * @param status  the HTTP status the page is sent with
     * @param message what went wrong, in the page’s language
     * @param details the problems one by one; empty when the message says it all
     * @param home    where the page’s link back leads
     * @param kept    the answers the refused form carried, when they read: the page offers to go on
     */
    public ErrorPage(Frame frame, String heading, int status, String message, List<String> details, String home, Optional<Carried> kept) {
        this(frame, heading, status, message, details, home, kept, Optional.empty());
    }
}
