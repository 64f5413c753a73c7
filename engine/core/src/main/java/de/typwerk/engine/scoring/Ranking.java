package de.typwerk.engine.scoring;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.engine.report.Decimals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders the types of a checked sheet, best first, by one documented, stable rule:
 *
 * <ol>
 *   <li>higher share first,</li>
 *   <li>then higher score,</li>
 *   <li>then the type declared earlier in the definition.</li>
 * </ol>
 *
 * Shares and scores are compared rounded to {@value #DECIMALS} decimal places, as results show
 * them: two types a reader sees as equal are equal for the ranking, and differences of a few units
 * in the last binary place (the same number reached by another sum) cannot decide a rank. Every
 * comparison is exact on the rounded decimals, so no {@code >} versus {@code >=} can creep in.
 */
final class Ranking {

    static final int DECIMALS = Decimals.PLACES;

    private Ranking() {
    }

    /**
     * One type with its score and share rounded and scaled ({@link Decimals#scaled}: 0.2 is
     * 200000) and its position in the definition.
     */
    record Ranked(TypeDefinition type, int position, long score, long share) {

        double scoreValue() {
            return Decimals.unscaled(score);
        }

        double shareValue() {
            return Decimals.unscaled(share);
        }
    }

    /** The larger share first, then the larger score, then definition order: written out, where a chain of key extractors cost a call per key. */
    static final Comparator<Ranked> BEST_FIRST = (a, b) -> {
        int byShare = Long.compare(b.share(), a.share());
        if (byShare != 0) return byShare;
        int byScore = Long.compare(b.score(), a.score());
        return byScore != 0 ? byScore : Integer.compare(a.position(), b.position());
    };

    static List<Ranked> of(ScoreSheet sheet, Questionnaire questionnaire) {
        List<TypeDefinition> types = questionnaire.types();
        List<ScoreSheet.TypeScore> scores = sheet.types();
        List<Ranked> ranked = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            TypeDefinition type = types.get(i);
            // strategies list the types in definition order, and a checked sheet has one entry per type
            ScoreSheet.TypeScore score = i < scores.size() && scores.get(i).type().equals(type.id()) ? scores.get(i) : score(sheet, type.id());
            ranked.add(new Ranked(type, i, Decimals.scaled(score.score()), Decimals.scaled(score.share())));
        }
        ranked.sort(BEST_FIRST);
        return ranked;
    }

    /** The sheet's entry for {@code type}; a checked sheet has exactly one. */
    private static ScoreSheet.TypeScore score(ScoreSheet sheet, String type) {
        for (ScoreSheet.TypeScore t : sheet.types()) {
            if (t.type().equals(type)) return t;
        }
        throw new java.util.NoSuchElementException("no score for type " + type);
    }
}
