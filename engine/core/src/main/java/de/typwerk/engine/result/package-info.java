/**
 * The result of scoring one response: what the engine hands to reports, the CLI and integrators.
 *
 * <p>Interfaces only, starting with {@code Result} and its sealed {@code Outcome}; the records behind them are
 * in {@code de.typwerk.engine.result.record}, and every one of those fixes its JSON field order
 * ({@code @JsonPropertyOrder}) so that serialised results are stable. Texts from the questionnaire (type names, question and answer texts, strengths) are
 * carried as {@link de.typwerk.api.model.LocalizedText} in every language the questionnaire has,
 * so one result can be rendered in any of them. Numbers are rounded to six decimal places; ranks
 * and outcomes were decided on the same rounded values, so what a reader sees is what counted.
 */
package de.typwerk.engine.result;
