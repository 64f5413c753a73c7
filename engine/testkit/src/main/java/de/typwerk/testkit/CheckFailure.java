package de.typwerk.testkit;

import java.util.List;
import org.opentest4j.AssertionFailedError;

/**
 * Builds the message of a failed contract check: one headline naming the check, then one line per
 * finding, each starting with its place ({@code file:line:col}) where there is one. Every finding
 * is listed, not just the first, so one test run shows an author all there is to fix.
 */
final class CheckFailure {

    private CheckFailure() {
    }

    /** Fails the running test when {@code findings} is not empty. */
    static void unless(List<String> findings, String headline) {
        if (findings.isEmpty()) return;
        StringBuilder text = new StringBuilder(headline);
        for (String finding : findings) {
            text.append(System.lineSeparator()).append("  ").append(finding);
        }
        throw new AssertionFailedError(text.toString());
    }

    /** Fails the running test with a single sentence. */
    static AssertionFailedError of(String headline, String finding) {
        return new AssertionFailedError(headline + System.lineSeparator() + "  " + finding);
    }
}
