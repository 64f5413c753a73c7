package de.typwerk.applications.batch;

import java.util.Optional;

/**
 * Why one input row yielded no result. Exactly one of question, column and pointer names where
 * the fault lies when it is known: a JSON Lines row names the question (or, for anything else in
 * the document, its JSON pointer such as {@code /respondent/ags}); a CSV row names the column.
 *
 * @param code    the stable code of the finding, e.g. {@code unknown-option}, {@code bad-ags},
 *                {@code field-count}, {@code open-quote}, {@code truncated}
 * @param line    the line of the input the row starts on (1-based); for another tool's response written over
 *                many lines (a FHIR Bundle), the line of the item whose answer is at fault
 * @param message the first error, a sentence in the batch's language
 * @param more     how many further errors the row has
 * @param strategy the strategy that gave no result, where that is the fault ({@code strategy-timeout},
 *                 {@code strategy-failed}, {@code strategy-bad-sheet}, {@code strategy-interrupted},
 *                 {@code strategy-not-offered})
 * @param plugin   the plugin that strategy comes from, where it comes from one
 */
public record RowError(String code, Optional<String> question, Optional<String> column, Optional<String> pointer,
                       long line, String message, int more, Optional<String> strategy, Optional<String> plugin) {

    public RowError {
        question = question == null ? Optional.empty() : question;
        column = column == null ? Optional.empty() : column;
        pointer = pointer == null ? Optional.empty() : pointer;
        strategy = strategy == null ? Optional.empty() : strategy;
        plugin = plugin == null ? Optional.empty() : plugin;
    }

    /** An error that names no strategy. */
    public RowError(String code, Optional<String> question, Optional<String> column, Optional<String> pointer,
                    long line, String message, int more) {
        this(code, question, column, pointer, line, message, more, Optional.empty(), Optional.empty());
    }

    /** This error, naming the strategy that gave no result and its plugin. */
    public RowError naming(String strategyId, Optional<String> pluginId) {
        return new RowError(code, question, column, pointer, line, message, more, Optional.of(strategyId), pluginId);
    }

    /** An error about the row as a whole, e.g. its field count. */
    public static RowError ofRow(String code, long line, String message) {
        return new RowError(code, Optional.empty(), Optional.empty(), Optional.empty(), line, message, 0);
    }

    /** Where the fault lies: the question, the column or the pointer, whichever is known. */
    public Optional<String> where() {
        return question.or(() -> column).or(() -> pointer);
    }
}
