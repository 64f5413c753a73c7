package de.typwerk.strategy.levels;

import de.typwerk.api.spi.ScoreSheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a response stands in a maturity model.
 *
 * @param level    index of the reached level: the highest whose rule holds with every lower one
 * @param progress how far, in 0..1 (1 excluded), the response has come toward the next level
 * @param index    the maturity index {@code level + lookahead * progress}; never reaches the
 *                 midpoint to an unreached level
 * @param maxStage index of the highest level
 * @param criteria every criterion's stage, in model order
 */
record Maturity(int level, double progress, double index, int maxStage, List<CriterionStage> criteria) {

    Maturity {
        criteria = List.copyOf(criteria);
    }

    /**
     * The membership share of level {@code k}: a triangle of width 1 around each level, read at
     * the maturity index. Since the index lies in {@code [level, level + 0.5)}, only the reached
     * level and the next one share, and the reached one holds the larger part.
     */
    double share(int k) {
        double ahead = index - level;
        if (k == level) return 1.0 - ahead;
        if (k == level + 1) return ahead;
        return 0.0;
    }

    /** How close level {@code k} lies to the maturity index, in 0..1 (1 = at the index). */
    double score(int k) {
        if (maxStage == 0) return 1.0;
        return 1.0 - Math.abs(index - k) / maxStage;
    }

    /**
     * The sheet for the engine: a score and share per level, each criterion with evidence as a
     * dimension (stage / highest stage), and each answer's contributions.
     */
    ScoreSheet sheet(List<String> levels, List<QuestionEvidence> evidence) {
        List<ScoreSheet.TypeScore> types = new ArrayList<>();
        for (int k = 0; k < levels.size(); k++) {
            types.add(new ScoreSheet.TypeScore(levels.get(k), score(k), share(k)));
        }
        // a criterion without evidence has no value: left out, rather than shown as stage 0
        List<ScoreSheet.DimensionValue> dimensions = criteria.stream()
                .filter(CriterionStage::evidenced)
                .map(c -> new ScoreSheet.DimensionValue(c.criterion(),
                        maxStage == 0 ? 0.0 : c.stage() / maxStage, c.answers()))
                .toList();
        return new ScoreSheet(types, dimensions, contributions(levels, evidence));
    }

    /**
     * Each answer votes for the levels its stages show: a stage {@code e} gives level {@code k}
     * the triangle {@code max(0, 1 - |e - k|)}, weighted by the answer's part in the average over
     * criteria, {@code 1 / (answers of the criterion * evidenced criteria)}. All contributions of
     * a response sum to 1; zero votes are left out.
     */
    private List<ScoreSheet.Contribution> contributions(List<String> levels, List<QuestionEvidence> evidence) {
        Map<String, CriterionStage> byId = new HashMap<>();
        criteria.forEach(c -> byId.put(c.criterion(), c));
        long evidenced = criteria.stream().filter(CriterionStage::evidenced).count();
        List<ScoreSheet.Contribution> out = new ArrayList<>();
        if (evidenced == 0) return out;
        for (QuestionEvidence e : evidence) {
            for (int k = 0; k < levels.size(); k++) {
                double vote = 0.0;
                for (Map.Entry<String, Double> shown : e.stages().entrySet()) {
                    double weight = 1.0 / (byId.get(shown.getKey()).answers() * (double) evidenced);
                    vote += weight * Math.max(0.0, 1.0 - Math.abs(shown.getValue() - k));
                }
                if (vote > 0.0) out.add(new ScoreSheet.Contribution(levels.get(k), e.question(), vote));
            }
        }
        return out;
    }
}
