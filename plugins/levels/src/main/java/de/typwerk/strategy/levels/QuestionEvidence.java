package de.typwerk.strategy.levels;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one counted answer shows: for each criterion the question speaks to, the stage (0 up to
 * the highest level's index) the answer evidences.
 *
 * @param stages by criterion id, in the model's criterion order
 */
record QuestionEvidence(String question, Map<String, Double> stages) {

    QuestionEvidence {
        stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }
}
