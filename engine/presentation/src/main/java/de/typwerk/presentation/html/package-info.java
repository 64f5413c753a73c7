/**
 * The report and the cohort as HTML: jte templates ({@code src/main/jte}) filled from view models that hold
 * every text picked and every number formatted, with charts laid out in Java and drawn as inline SVG.
 *
 * <p>Start with {@code HtmlReport} (a fragment to embed, or a self-contained page) and its model
 * {@code ReportView}; {@code HtmlCohort} for a cohort; {@code StrictHtmlPolicy} is what every template must
 * keep to.
 */
package de.typwerk.presentation.html;
