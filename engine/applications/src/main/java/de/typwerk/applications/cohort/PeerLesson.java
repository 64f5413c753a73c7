package de.typwerk.applications.cohort;

import de.typwerk.api.model.Weakness;
import java.util.List;

/**
 * One weak spot of a learner's type and the municipalities to learn from there: those whose
 * primary type is one the weakness names in {@code learnFrom}, nearest first.
 *
 * @param type     the learner's type the weakness belongs to (for a mixed result, either of the two)
 * @param weakness the weakness, with its text and the types it names
 * @param partners nearest first, at most the limit asked for; empty when the cohort has none
 */
public record PeerLesson(String type, Weakness weakness, List<Partner> partners) {

    public PeerLesson {
        partners = List.copyOf(partners);
    }
}
