package de.typwerk.strategy.levels;

/**
 * Where one criterion stands.
 *
 * @param stage   the combined stage of its answers, 0 up to the highest level's index
 * @param reached the highest whole stage it has fully reached
 * @param answers how many counted answers it rests on; 0 means it has no evidence and is left out
 */
record CriterionStage(String criterion, double stage, int reached, int answers) {

    boolean evidenced() {
        return answers > 0;
    }
}
