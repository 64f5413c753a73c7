package de.typwerk.engine.scoring;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.spi.ScoreSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

    static final int DECIMALS = 6;

    private Ranking() {
    }

    /** One type with its rounded score and share and its position in the definition. */
    record Ranked(TypeDefinition type, int position, BigDecimal score, BigDecimal share) {
    }

    static final Comparator<Ranked> BEST_FIRST = Comparator.comparing(Ranked::share).reversed()
            .thenComparing(Comparator.comparing(Ranked::score).reversed())
            .thenComparingInt(Ranked::position);

    static List<Ranked> of(ScoreSheet sheet, Questionnaire questionnaire) {
        List<Ranked> ranked = new ArrayList<>();
        List<TypeDefinition> types = questionnaire.types();
        for (int i = 0; i < types.size(); i++) {
            TypeDefinition type = types.get(i);
            ScoreSheet.TypeScore score = sheet.types().stream().filter(t -> t.type().equals(type.id())).findFirst().orElseThrow();
            ranked.add(new Ranked(type, i, round(score.score()), round(score.share())));
        }
        ranked.sort(BEST_FIRST);
        return ranked;
    }

    /** {@code value} to {@value #DECIMALS} decimal places, half to even. */
    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN);
    }
}
