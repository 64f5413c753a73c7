package de.typwerk.engine.strategy;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.engine.definition.QuestionIndex;

/**
 * A checked sheet's contributions summed per type and question, in the order the sheet lists
 * them: what the reasons of a result are chosen from. Made by the sheet check in the same walk
 * over the contributions that checks them ({@link SheetCheck#summed}), so that the result does not
 * walk them again per type it gives reasons for. Read only once made.
 */
public final class ContributionSums {

    private final QuestionIndex questions;
    private final int typeCount;
    /** {@code [type][position]}: 0 where the type has no contribution for the question. */
    private final double[][] sums;

    ContributionSums(QuestionIndex questions, int typeCount) {
        this.questions = questions;
        this.typeCount = typeCount;
        this.sums = new double[typeCount][questions.questions().size()];
    }

    /**
     * The contributions of {@code sheet} summed for {@code questionnaire}, as the check of a
     * strategy's sheet makes them: null when the sheet does not keep the contract the quick way
     * (its types in definition order) or two types share an id.
     */
    public static ContributionSums of(ScoreSheet sheet, Questionnaire questionnaire) {
        return SheetCheck.summed(sheet, SheetCheck.Ids.of(questionnaire));
    }

    void add(int type, int position, double weight) {
        sums[type][position] += weight;
    }

    /** The index of the questionnaire the positions are of. */
    public QuestionIndex questions() {
        return questions;
    }

    /** How many types: those of the questionnaire, in definition order. */
    public int typeCount() {
        return typeCount;
    }

    /**
     * The contributions of the {@code type}-th type of the questionnaire, summed in the sheet's
     * order, by question position (0 where there are none). The array itself, for the result to
     * read and never to change.
     */
    public double[] of(int type) {
        return sums[type];
    }
}
