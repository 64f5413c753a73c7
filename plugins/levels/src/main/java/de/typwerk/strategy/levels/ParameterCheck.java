package de.typwerk.strategy.levels;

import de.typwerk.api.model.Dimension;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScaleQuestion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the parameters against the questionnaire before anything is scored: the ids they name
 * exist, the stages the answers show fit the ordered levels, every criterion can be raised by
 * some question, and every level can be reached. Every message is given in German and English;
 * the engine shows the caller's. Pointers are relative to the parameters block, except for problems that sit in the
 * definition (a weight, a dimension), which {@link Problem#inDefinition} points at from the root.
 */
final class ParameterCheck {

    private final Questionnaire questionnaire;
    private final LevelsParameters parameters;
    private final List<Problem> problems = new ArrayList<>();

    private ParameterCheck(Questionnaire questionnaire, LevelsParameters parameters) {
        this.questionnaire = questionnaire;
        this.parameters = parameters;
    }

    static List<Problem> of(Questionnaire questionnaire, LevelsParameters parameters) {
        return new ParameterCheck(questionnaire, parameters).run();
    }

    private List<Problem> run() {
        if (questionnaire.types().size() < 2) {
            error("", "check.too-few-levels", String.valueOf(questionnaire.types().size()));
            return List.copyOf(problems);
        }
        checkShares();
        checkCriteria();
        MaturityModel model = MaturityModel.of(questionnaire, parameters);
        if (model.criteria().isEmpty()) {
            error(parameters.criteria().isEmpty() ? "" : "/criteria", "check.no-criteria");
            return List.copyOf(problems);
        }
        checkLevels(model);
        checkStages(model);
        checkEvidence(model);
        // reachability read from wrong parameters or stages would only echo the errors above
        if (problems.stream().noneMatch(Problem::isError)) checkReachable(model);
        return List.copyOf(problems);
    }

    private void checkShares() {
        if (!(parameters.threshold() >= 0.0 && parameters.threshold() <= 1.0)) {
            error("/threshold", "check.threshold-range", Texts.number(parameters.threshold()));
        }
        if (!(parameters.lookahead() >= 0.0 && parameters.lookahead() <= LevelsParameters.MAX_LOOKAHEAD)) {
            error("/lookahead", "check.lookahead-range", Texts.number(parameters.lookahead()));
        }
        if (parameters.minAnswersPerDimension() < 0) {
            error("/minAnswersPerDimension", "check.min-answers-range", String.valueOf(parameters.minAnswersPerDimension()));
        }
    }

    private void checkCriteria() {
        List<String> dimensions = questionnaire.dimensions().stream().map(Dimension::id).toList();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parameters.criteria().size(); i++) {
            String id = parameters.criteria().get(i);
            if (!dimensions.contains(id)) {
                error("/criteria/" + i, "check.unknown-criterion", id, String.join(", ", dimensions));
            } else if (!seen.add(id)) {
                error("/criteria/" + i, "check.duplicate-criterion", id);
            }
        }
    }

    private void checkLevels(MaturityModel model) {
        for (Map.Entry<String, LevelsParameters.Requirement> entry : parameters.levels().entrySet()) {
            String level = entry.getKey();
            String at = "/levels/" + escape(level);
            int index = model.levels().indexOf(level);
            if (index < 0) {
                error(at, "check.unknown-level", level, String.join(", ", model.levels()));
                continue;
            }
            if (index == 0) {
                problems.add(Problem.warning("levels-base-requirement",
                        Texts.localized("check.base-level-requirement", level), Location.pointer(at)));
            }
            entry.getValue().threshold().ifPresent(t -> {
                if (!(t >= 0.0 && t <= 1.0)) error(at + "/threshold", "check.threshold-range", Texts.number(t));
            });
            List<String> named = entry.getValue().criteria();
            for (int i = 0; i < named.size(); i++) {
                if (!model.criteria().contains(named.get(i))) {
                    error(at + "/criteria/" + i, "check.unknown-requirement-criterion", named.get(i), level,
                            String.join(", ", model.criteria()));
                }
            }
        }
    }

    /**
     * Every stage an answer can show must index a level: 0 up to the highest level's index. The
     * weight sits in a question, so the problem points from the definition's root.
     */
    private void checkStages(MaturityModel model) {
        String highest = String.valueOf(model.maxStage());
        for (int si = 0; si < questionnaire.sections().size(); si++) {
            List<Question> questions = questionnaire.sections().get(si).questions();
            for (int qi = 0; qi < questions.size(); qi++) {
                Question question = questions.get(qi);
                String at = "/sections/" + si + "/questions/" + qi;
                if (question instanceof ScaleQuestion scale) {
                    scale.weights().forEach((criterion, stage) -> {
                        if (model.criteria().contains(criterion) && outOfRange(stage, model)) {
                            problems.add(Problem.inDefinition(at + "/weights/" + escape(criterion), Texts.localized("check.scale-stage-out-of-range", question.id(), criterion, Texts.number(stage), highest)));
                        }
                    });
                }
                for (int oi = 0; oi < question.choices().size(); oi++) {
                    Option option = question.choices().get(oi);
                    String optionAt = at + "/options/" + oi + "/weights/";
                    option.weights().forEach((criterion, stage) -> {
                        if (model.criteria().contains(criterion) && outOfRange(stage, model)) {
                            problems.add(Problem.inDefinition(optionAt + escape(criterion), Texts.localized("check.option-stage-out-of-range", question.id(), option.id(), criterion,
                                    Texts.number(stage), highest)));
                        }
                    });
                }
            }
        }
    }

    private static boolean outOfRange(Double stage, MaturityModel model) {
        return stage == null || !(stage >= 0.0 && stage <= model.maxStage());
    }

    /** A criterion no question speaks to stays at stage 0 for ever: surely a slip. */
    private void checkEvidence(MaturityModel model) {
        for (String criterion : model.criteria()) {
            boolean spoken = questionnaire.questions().stream().anyMatch(q -> model.criteriaOf(q).contains(criterion));
            if (!spoken) {
                int listed = parameters.criteria().indexOf(criterion);
                LocalizedText message = Texts.localized("check.criterion-without-question", criterion);
                // named in the parameters: point there; else at the dimension, from the definition's root
                problems.add(listed >= 0
                        ? Problem.error("levels-criterion-without-question", message, Location.pointer("/criteria/" + listed))
                        : Problem.inDefinition("/dimensions/" + dimensionIndex(criterion), message));
            }
        }
    }

    /**
     * A level no answers can reach is an error; one that is reached only when some questions
     * stay unanswered is a warning. Staged levels make every level above the first unreachable
     * one unreachable too, so only that one is named.
     */
    private void checkReachable(MaturityModel model) {
        boolean warned = false;
        for (int k = 1; k <= model.maxStage(); k++) {
            MaturityModel.LevelRule rule = model.rules().get(k);
            int best = 0;
            int allAnswered = 0;
            for (String criterion : rule.criteria()) {
                List<Double> maxima = questionnaire.questions().stream()
                        .filter(q -> model.criteriaOf(q).contains(criterion))
                        .map(q -> model.bestStage(q, criterion))
                        .toList();
                if (reaches(maxima.stream().mapToDouble(d -> d).max().orElse(0.0), k)) best++;
                if (reaches(model.aggregation().combine(maxima), k)) allAnswered++;
            }
            String at = parameters.levels().containsKey(rule.level()) ? "/levels/" + escape(rule.level()) : "/threshold";
            String needed = String.valueOf(rule.needed(rule.criteria().size()));
            if (best == 0) {
                problems.add(Problem.error("levels-unreachable", Texts.localized("check.level-unreachable",
                        rule.level(), String.valueOf(k)), Location.pointer(at)));
                return;
            }
            if (!warned && allAnswered < rule.needed(rule.criteria().size())) {
                problems.add(Problem.warning("levels-reachable-only-by-skipping", Texts.localized("check.level-needs-skipping", rule.level(), String.valueOf(allAnswered),
                        String.valueOf(rule.criteria().size()), needed, String.valueOf(k)), Location.pointer(at)));
                warned = true;
            }
        }
    }

    private int dimensionIndex(String id) {
        return questionnaire.dimensions().stream().map(Dimension::id).toList().indexOf(id);
    }

    private static boolean reaches(double stage, int k) {
        return Math.floor(stage + MaturityModel.EPSILON) >= k;
    }

    private void error(String pointer, String key, String... args) {
        problems.add(Problem.at(pointer, Texts.localized(key, (Object[]) args)));
    }

    /** A map key as a JSON pointer token (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
