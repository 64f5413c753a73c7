package de.typwerk.applications.cohort;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.TypeDefinition;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One type across the cohort, set beside what its profile says.
 *
 * @param type        the type as the questionnaire defines it
 * @param count       members with this primary type
 * @param hint        the type's profile text for the chosen hint topic (e.g. ÖFIT's "Wo findet man
 *                    mich?"), when a topic was chosen and the profile answers it
 * @param likeliest   the kind of municipality among which this type is most frequent (highest
 *                    percentage of the kind's members; the earlier kind on a tie), when it occurs
 *                    under a known kind at all
 * @param likeliestPercent that percentage
 */
public record TypeSummary(TypeDefinition type, long count, Optional<LocalizedText> hint, Optional<String> likeliest,
                          Optional<BigDecimal> likeliestPercent) {
}
