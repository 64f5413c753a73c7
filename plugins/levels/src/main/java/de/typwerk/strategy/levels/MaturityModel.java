package de.typwerk.strategy.levels;

import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.TypeDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A questionnaire read as a maturity model: its types are ordered levels (index 0 up to
 * {@link #maxStage()}, in definition order), some of its dimensions are criteria, and each level
 * above the first has a requirement. Built once per scoring; immutable.
 *
 * @param levels      level (type) ids, lowest first
 * @param criteria    criterion (dimension) ids, in the questionnaire's dimension order
 * @param rules       one rule per level, index-aligned with {@code levels}; the rule of level 0 is
 *                    never applied, since the lowest level is always reached
 */
record MaturityModel(List<String> levels, List<String> criteria, List<LevelRule> rules,
                     Aggregation aggregation, double lookahead) {

    /** Tolerance for floating-point stages: 2.9999999999 has reached stage 3. */
    static final double EPSILON = 1e-9;

    MaturityModel {
        levels = List.copyOf(levels);
        criteria = List.copyOf(criteria);
        rules = List.copyOf(rules);
    }

    /**
     * What a level demands.
     *
     * @param threshold share of {@code criteria} that must stand at or above the level
     * @param criteria  the criteria it looks at, in model order
     */
    record LevelRule(String level, double threshold, List<String> criteria) {

        LevelRule {
            criteria = List.copyOf(criteria);
        }

        /**
         * How many of {@code count} evidenced criteria must reach the level: at least one, so
         * that a level is never reached on no evidence.
         */
        int needed(int count) {
            return Math.max(1, (int) Math.ceil(threshold * count - EPSILON));
        }
    }

    /**
     * Reads {@code questionnaire} with {@code parameters}. Ids the parameters name that do not
     * exist are ignored here; {@link ParameterCheck} reports them before anything is scored.
     */
    static MaturityModel of(Questionnaire questionnaire, LevelsParameters parameters) {
        List<String> levels = questionnaire.types().stream().map(TypeDefinition::id).toList();
        List<String> criteria = questionnaire.dimensions().stream().map(Dimension::id)
                .filter(id -> parameters.criteria().isEmpty() || parameters.criteria().contains(id))
                .toList();
        List<LevelRule> rules = new ArrayList<>();
        for (String level : levels) {
            LevelsParameters.Requirement r = parameters.levels().get(level);
            double threshold = r == null ? parameters.threshold() : r.threshold().orElse(parameters.threshold());
            List<String> own = r == null || r.criteria().isEmpty()
                    ? criteria
                    : criteria.stream().filter(r.criteria()::contains).toList();
            rules.add(new LevelRule(level, threshold, own));
        }
        return new MaturityModel(levels, criteria, rules, parameters.aggregation(), parameters.lookahead());
    }

    /** The index of the highest level; stages run from 0 to this. */
    int maxStage() {
        return Math.max(0, levels.size() - 1);
    }

    /** A stage kept within 0..{@link #maxStage()}. */
    double clamp(double stage) {
        return Math.max(0.0, Math.min(maxStage(), stage));
    }

    /**
     * The criteria a question speaks to, whatever the answer: every criterion a weight of one of
     * its options (or of the scale) names. Fixed per question, so a question counts for the same
     * criteria however it is answered.
     */
    List<String> criteriaOf(Question question) {
        Set<String> named = new LinkedHashSet<>();
        if (question instanceof ScaleQuestion scale) {
            named.addAll(scale.weights().keySet());
        }
        for (Option option : question.choices()) {
            named.addAll(option.weights().keySet());
        }
        return criteria.stream().filter(named::contains).toList();
    }

    /** The highest stage any single answer to {@code question} can show for {@code criterion}. */
    double bestStage(Question question, String criterion) {
        double best = 0.0;
        if (question instanceof ScaleQuestion scale) {
            best = Math.max(best, scale.weights().getOrDefault(criterion, 0.0));
        }
        for (Option option : question.choices()) {
            best = Math.max(best, option.weights().getOrDefault(criterion, 0.0));
        }
        return clamp(best);
    }

    /**
     * Where the response stands. A criterion's stage combines its answers' stages; a level counts
     * when its rule holds and every lower level counts (staged, as in CMMI). The progress toward
     * the next level is the mean, over the best {@code needed} of its criteria, of how far each
     * has come from the reached level toward it.
     */
    Maturity assess(List<QuestionEvidence> evidence) {
        List<CriterionStage> stages = new ArrayList<>();
        for (String criterion : criteria) {
            List<Double> shown = new ArrayList<>();
            for (QuestionEvidence e : evidence) {
                Double s = e.stages().get(criterion);
                if (s != null) shown.add(s);
            }
            double stage = clamp(aggregation.combine(shown));
            stages.add(new CriterionStage(criterion, stage, (int) Math.floor(stage + EPSILON), shown.size()));
        }
        Map<String, CriterionStage> byId = new HashMap<>();
        stages.forEach(s -> byId.put(s.criterion(), s));

        int level = 0;
        while (level < maxStage() && met(rules.get(level + 1), level + 1, byId)) {
            level++;
        }
        double progress = level < maxStage() ? progress(rules.get(level + 1), level, byId) : 0.0;
        return new Maturity(level, progress, level + lookahead * progress, maxStage(), stages);
    }

    private static boolean met(LevelRule rule, int stage, Map<String, CriterionStage> byId) {
        List<CriterionStage> evidenced = evidenced(rule, byId);
        if (evidenced.isEmpty()) return false;
        long at = evidenced.stream().filter(c -> c.reached() >= stage).count();
        return at >= rule.needed(evidenced.size());
    }

    private static double progress(LevelRule next, int level, Map<String, CriterionStage> byId) {
        List<CriterionStage> evidenced = evidenced(next, byId);
        if (evidenced.isEmpty()) return 0.0;
        List<Double> toward = evidenced.stream()
                .map(c -> c.reached() > level ? 1.0 : Math.max(0.0, Math.min(1.0, c.stage() - level)))
                .sorted(Comparator.reverseOrder())
                .toList();
        int needed = Math.min(toward.size(), next.needed(toward.size()));
        double sum = 0.0;
        for (int i = 0; i < needed; i++) sum += toward.get(i);
        // the next level is not reached, so at least one of these is below 1; the guard only
        // keeps rounding from handing the unreached level the larger share
        return Math.min(sum / needed, 1.0 - EPSILON);
    }

    private static List<CriterionStage> evidenced(LevelRule rule, Map<String, CriterionStage> byId) {
        return rule.criteria().stream().map(byId::get).filter(CriterionStage::evidenced).toList();
    }
}
