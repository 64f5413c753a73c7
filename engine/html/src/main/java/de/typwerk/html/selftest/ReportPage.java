package de.typwerk.html.selftest;

import gg.jte.Content;

/**
 * The page after the last question: the report, and downloads of the result and the answers.
 *
 * @param frame         the page around
 * @param questionnaire the questionnaire's title
 * @param outcome       the outcome in one sentence
 * @param outcomeKind   {@code primary}, {@code mixed}, {@code none} or {@code insufficient}
 * @param type          the primary type's id, or {@code ""}
 * @param report        the report (type, shares, charts, profile, reasons, recommendations)
 * @param form          the answers carried, for the downloads and for going back
 */
public record ReportPage(Frame frame, String questionnaire, String outcome, String outcomeKind, String type, Content report,
                         Carried form) {
}
