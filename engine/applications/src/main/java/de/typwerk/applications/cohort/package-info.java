/**
 * Cohort analysis of what {@code typwerk batch} wrote: how the types spread by kind of municipality and by
 * state, and who can learn from whom, nearest first.
 *
 * <p>Start with {@code Cohort} (built from {@code ResultsReader}'s rows); {@code PeerIndex} finds the partners.
 * {@code CohortCsv} and {@code CohortJson} write it for tools; the text and HTML for people are in the
 * presentation floor. {@code docs/cohort.md} says what it reports.
 */
package de.typwerk.applications.cohort;
