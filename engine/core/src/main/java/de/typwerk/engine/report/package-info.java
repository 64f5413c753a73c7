/**
 * A result as JSON, the result's published form ({@code ResultJson}, following {@code docs/result.schema.json}),
 * with the one rounding rule of results ({@code Decimals}).
 */
package de.typwerk.engine.report;
