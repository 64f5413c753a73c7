package de.typwerk.presentation.html.selftest;

/**
 * The page after the last question: the report, and downloads of the result and the answers.
 *
 * @param frame         the page around
 * @param outcomeKind   {@code primary}, {@code mixed}, {@code none} or {@code insufficient}
 * @param type          the primary type's id, or {@code ""}
 * @param report        the report as {@code typwerk report --format html} gives it (its fragment, already HTML,
 *                      made by this module's templates: type, shares and profile as charts with tables, reasons,
 *                      coverage, recommendations), placed as it is
 * @param form          the answers carried, for the downloads and for going back
 */
public record ReportPage(Frame frame, String outcomeKind, String type, String report, Carried form) {
}
