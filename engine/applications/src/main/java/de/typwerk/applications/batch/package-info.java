/**
 * Batch scoring: rows of answers in (JSON Lines or CSV, or another tool's responses through {@code RowSource}),
 * one output row per input row out, in input order, with memory independent of the input.
 *
 * <p>Start with {@code Batch} (the workers, chunks and time limit), then {@code BatchInput} (what is checked
 * before any row is scored) and the sinks {@code JsonLinesResults}, {@code CompactJsonLinesResults} and
 * {@code CsvResults}. {@code docs/integrators.md} has the formats.
 */
package de.typwerk.applications.batch;
