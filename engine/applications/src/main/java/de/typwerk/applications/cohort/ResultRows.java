package de.typwerk.applications.cohort;

import de.typwerk.api.model.Problem;
import java.util.List;
import java.util.Optional;

/**
 * A results file read for a cohort: its members, and what was skipped.
 *
 * @param questionnaireId      the questionnaire of the file's first result
 * @param questionnaireVersion its version
 * @param members              one per result of that questionnaire, in file order
 * @param problems             the first {@link ResultsReader#MAX_PROBLEMS} lines that were skipped
 *                             as unreadable or for another questionnaire, with line numbers
 *                             ({@link #counts()} has them all)
 * @param others               each other questionnaire ({@code id@version}) whose results were
 *                             skipped, in the order they first occur, with how many
 * @param strategyId           the strategy that scored the file's first result ({@code strategy.id}),
 *                             (or of the first that names one), when one does
 * @param otherStrategies      each other strategy ({@code strategy.id}) whose results of the
 *                             questionnaire were skipped, in the order they first occur, with how many
 */
public record ResultRows(String source, Optional<String> questionnaireId, Optional<String> questionnaireVersion,
                         List<Member> members, RowCounts counts, List<Problem> problems, java.util.Map<String, Long> others,
                         Optional<String> strategyId, java.util.Map<String, Long> otherStrategies) {

    /** Rows of one strategy. */
    public ResultRows(String source, Optional<String> questionnaireId, Optional<String> questionnaireVersion,
                      List<Member> members, RowCounts counts, List<Problem> problems, java.util.Map<String, Long> others,
                      Optional<String> strategyId) {
        this(source, questionnaireId, questionnaireVersion, members, counts, problems, others, strategyId, java.util.Map.of());
    }

    /** Rows whose strategy is not known. */
    public ResultRows(String source, Optional<String> questionnaireId, Optional<String> questionnaireVersion,
                      List<Member> members, RowCounts counts, List<Problem> problems, java.util.Map<String, Long> others) {
        this(source, questionnaireId, questionnaireVersion, members, counts, problems, others, Optional.empty());
    }

    public ResultRows {
        strategyId = strategyId == null ? Optional.empty() : strategyId;
        members = List.copyOf(members);
        problems = List.copyOf(problems);
        others = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(others));
        otherStrategies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(otherStrategies == null ? java.util.Map.of() : otherStrategies));
    }

    /** {@code id@version} of the questionnaire, when the file holds any result. */
    public Optional<String> coordinates() {
        return questionnaireId.flatMap(id -> questionnaireVersion.map(v -> id + "@" + v));
    }
}
