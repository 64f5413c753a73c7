package de.typwerk.strategy.points;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.api.spi.ScoreSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The points formula of docs/scoring.md computed per response, straight from the definition (each
 * answer's points looked up in the option's weights, each question's most worked out again): the
 * way the strategy scored before it was prepared into arrays, kept as the reference that
 * {@link PreparedPoints} must meet to the last bit.
 */
final class FormulaPoints {

    private FormulaPoints() {
    }

    static ScoreSheet score(Questionnaire questionnaire, PointsParameters parameters, Map<String, Answer> answers,
                            boolean neutral) {
        Set<String> excluded = Set.copyOf(parameters.exclude());
        List<Question> counted = questionnaire.questions().stream()
                .filter(q -> !excluded.contains(q.id()))
                .filter(q -> !q.choices().isEmpty() || q instanceof ScaleQuestion)
                .toList();
        List<TypeDefinition> typeList = questionnaire.types();
        List<Double> scores = new ArrayList<>();
        List<ScoreSheet.Contribution> contributions = new ArrayList<>();
        for (TypeDefinition type : typeList) {
            double points = 0;
            double most = 0;
            double sharedScore = 0;
            double sharedTotal = 0;
            List<Question> answered = new ArrayList<>();
            List<double[]> tallies = new ArrayList<>();
            for (Question question : counted) {
                QuestionPoints table = new QuestionPoints(question, type.id());
                Answer answer = answers.get(question.id());
                double given;
                if (answer != null) {
                    given = table.given(answer);
                } else if (neutral && question.isAskedGiven(answers)) {
                    given = table.neutral();
                } else {
                    continue;
                }
                double max = table.most();
                double share = max > 0 ? parameters.share(question.id()) : 0;
                if (share > 0) {
                    sharedScore += share * Math.min(1, given / max);
                    sharedTotal += share;
                } else {
                    points += given;
                    most += max;
                }
                if (answer != null && max > 0) {
                    answered.add(question);
                    tallies.add(new double[] {given, max, share});
                }
            }
            double rest = most > 0 ? Math.min(1, points / most) : 0;
            double score = sharedTotal == 0 ? rest
                    : most == 0 ? sharedScore / sharedTotal
                    : sharedScore + (1 - sharedTotal) * rest;
            scores.add(Math.min(1, score));
            for (int i = 0; i < answered.size(); i++) {
                double[] r = tallies.get(i);
                double worth = r[2] == 0 || most == 0 ? 1 : r[2] * most / ((1 - sharedTotal) * r[1]);
                contributions.add(new ScoreSheet.Contribution(type.id(), answered.get(i).id(), r[0] * worth));
            }
        }
        double sum = 0;
        for (double s : scores) sum += s;
        List<ScoreSheet.TypeScore> types = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            double share = sum > 0 ? scores.get(i) / sum : 1.0 / scores.size();
            types.add(new ScoreSheet.TypeScore(typeList.get(i).id(), scores.get(i), share));
        }
        return new ScoreSheet(types, List.of(), contributions);
    }
}
