/**
 * A result as JSON, the result's published form ({@code ResultJson}, following {@code docs/result.schema.json}),
 * with the one rounding rule of results ({@code Decimals}), which the answers reader and the sheet check use
 * too, and {@code RepeatedParts}, which copies what repeats from row to row into a batch's one-line results.
 */
package de.typwerk.engine.report;
