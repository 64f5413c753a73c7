package de.typwerk.strategy.levels;

import de.typwerk.api.model.Dimension;
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
 * some question, and every level can be reached. Messages are in the questionnaire's default
 * language. Pointers are relative to the parameters block; where the culprit sits in a question,
 * the message names the question and option.
 */
final class ParameterCheck {

    private final Questionnaire questionnaire;
    private final LevelsParameters parameters;
    private final String language;
    private final List<Problem> problems = new ArrayList<>();

    private ParameterCheck(Questionnaire questionnaire, LevelsParameters parameters) {
        this.questionnaire = questionnaire;
        this.parameters = parameters;
        this.language = questionnaire.defaultLocale();
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
                        Texts.get(language, "check.base-level-requirement", level), Location.pointer(at)));
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

    /** Every stage an answer can show must index a level: 0 up to the highest level's index. */
    private void checkStages(MaturityModel model) {
        String highest = String.valueOf(model.maxStage());
        for (Question question : questionnaire.questions()) {
            if (question instanceof ScaleQuestion scale) {
                scale.weights().forEach((criterion, stage) -> {
                    if (model.criteria().contains(criterion) && outOfRange(stage, model)) {
                        definitionError("levels-stage-out-of-range", "check.scale-stage-out-of-range",
                                question.id(), criterion, Texts.number(stage), highest);
                    }
                });
            }
            for (Option option : question.choices()) {
                option.weights().forEach((criterion, stage) -> {
                    if (model.criteria().contains(criterion) && outOfRange(stage, model)) {
                        definitionError("levels-stage-out-of-range", "check.option-stage-out-of-range",
                                question.id(), option.id(), criterion, Texts.number(stage), highest);
                    }
                });
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
                String at = listed < 0 ? "" : "/criteria/" + listed;
                problems.add(Problem.error("levels-criterion-without-question",
                        Texts.get(language, "check.criterion-without-question", criterion), Location.pointer(at)));
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
                problems.add(Problem.error("levels-unreachable", Texts.get(language, "check.level-unreachable",
                        rule.level(), String.valueOf(k)), Location.pointer(at)));
                return;
            }
            if (!warned && allAnswered < rule.needed(rule.criteria().size())) {
                problems.add(Problem.warning("levels-reachable-only-by-skipping", Texts.get(language,
                        "check.level-needs-skipping", rule.level(), String.valueOf(allAnswered),
                        String.valueOf(rule.criteria().size()), needed, String.valueOf(k)), Location.pointer(at)));
                warned = true;
            }
        }
    }

    private static boolean reaches(double stage, int k) {
        return Math.floor(stage + MaturityModel.EPSILON) >= k;
    }

    private void error(String pointer, String key, String... args) {
        problems.add(Problem.at(pointer, Texts.get(language, key, (Object[]) args)));
    }

    private void definitionError(String code, String key, String... args) {
        problems.add(Problem.error(code, Texts.get(language, key, (Object[]) args), Location.pointer("")));
    }

    /** A map key as a JSON pointer token (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
