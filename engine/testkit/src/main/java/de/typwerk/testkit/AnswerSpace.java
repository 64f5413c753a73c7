package de.typwerk.testkit;

import de.typwerk.api.model.AllCondition;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.AnswerCondition;
import de.typwerk.api.model.AnyCondition;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.NotCondition;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.SingleChoiceQuestion;
import de.typwerk.api.model.TextQuestion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Valid answers to the questions of one questionnaire, few enough to search through and varied
 * enough to decide every condition: each option of a choice, with and without each option of a
 * multiple choice, each option in first place of a ranking, a scale's every point (or its ends and
 * the bounds conditions test), a number at its bounds and at the bounds conditions test. Every
 * answer here is one the engine accepts: known options, picks and rankings of the allowed size,
 * values in range.
 */
final class AnswerSpace {

    /** A scale with at most this many points offers every point. */
    private static final int EVERY_POINT_UP_TO = 21;

    private final Map<String, Set<Double>> bounds;

    AnswerSpace(Questionnaire questionnaire) {
        Map<String, Set<Double>> found = new java.util.HashMap<>();
        for (Question q : questionnaire.questions()) {
            q.when().ifPresent(c -> collectBounds(c, found));
        }
        this.bounds = found;
    }

    /** A small set of valid answers to {@code question}, in a fixed order. */
    List<Answer> candidates(Question question) {
        Set<Answer> answers = new LinkedHashSet<>();
        List<String> ids = question.choices().stream().map(Option::id).toList();
        if (question instanceof SingleChoiceQuestion) {
            ids.forEach(id -> answers.add(new Answer.Choice(id)));
        } else if (question instanceof MultipleChoiceQuestion q) {
            multi(q, ids, answers);
        } else if (question instanceof RankingQuestion q) {
            for (int first = 0; first < ids.size(); first++) {
                answers.add(new Answer.Ranking(rotation(ids, first).subList(0, Math.min(q.top(), ids.size()))));
            }
        } else if (question instanceof ScaleQuestion q) {
            scale(q).forEach(v -> answers.add(new Answer.Scale(v)));
        } else if (question instanceof NumberQuestion q) {
            number(q).forEach(v -> answers.add(new Answer.Number(v)));
        } else if (question instanceof TextQuestion q) {
            answers.add(new Answer.Text(q.maxLength() > 0 ? "x" : ""));
        }
        return List.copyOf(answers);
    }

    /**
     * Answers one step away from {@code current}: the candidates, and for a multiple choice each
     * option toggled, for a ranking each two places swapped and each unranked option brought in.
     */
    List<Answer> neighbours(Question question, Answer current) {
        Set<Answer> answers = new LinkedHashSet<>(candidates(question));
        List<String> ids = question.choices().stream().map(Option::id).toList();
        if (question instanceof MultipleChoiceQuestion q && current instanceof Answer.Choices c) {
            for (String id : ids) {
                Set<String> picked = new LinkedHashSet<>(c.options());
                if (!picked.remove(id)) picked.add(id);
                if (picked.size() >= q.minPicks() && picked.size() <= q.maxPicks()) {
                    answers.add(new Answer.Choices(ids.stream().filter(picked::contains).toList()));
                }
            }
        } else if (question instanceof RankingQuestion && current instanceof Answer.Ranking r) {
            List<String> order = r.order();
            for (int i = 0; i < order.size(); i++) {
                for (int j = i + 1; j < order.size(); j++) {
                    List<String> swapped = new ArrayList<>(order);
                    swapped.set(i, order.get(j));
                    swapped.set(j, order.get(i));
                    answers.add(new Answer.Ranking(swapped));
                }
                for (String id : ids) {
                    if (order.contains(id)) continue;
                    List<String> replaced = new ArrayList<>(order);
                    replaced.set(i, id);
                    answers.add(new Answer.Ranking(replaced));
                }
            }
        }
        answers.remove(current);
        return List.copyOf(answers);
    }

    /** One valid answer picked at random, with multiple choices and rankings drawn in full. */
    Answer random(Question question, Random random) {
        List<String> ids = question.choices().stream().map(Option::id).toList();
        if (question instanceof MultipleChoiceQuestion q) {
            int lo = Math.min(q.minPicks(), ids.size());
            int hi = Math.max(lo, Math.min(q.maxPicks(), ids.size()));
            int size = lo + random.nextInt(hi - lo + 1);
            List<String> shuffled = new ArrayList<>(ids);
            java.util.Collections.shuffle(shuffled, random);
            Set<String> picked = Set.copyOf(shuffled.subList(0, size));
            return new Answer.Choices(ids.stream().filter(picked::contains).toList());
        }
        if (question instanceof RankingQuestion q) {
            List<String> shuffled = new ArrayList<>(ids);
            java.util.Collections.shuffle(shuffled, random);
            return new Answer.Ranking(shuffled.subList(0, Math.min(q.top(), ids.size())));
        }
        List<Answer> candidates = candidates(question);
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static void multi(MultipleChoiceQuestion q, List<String> ids, Set<Answer> answers) {
        int min = q.minPicks();
        int max = Math.min(q.maxPicks(), ids.size());
        if (min > max) return;
        if (min == 0) answers.add(new Answer.Choices(List.of()));
        for (String id : ids) {
            // the smallest pick with this option, and the smallest without it
            Set<String> with = new LinkedHashSet<>(List.of(id));
            for (String other : ids) if (with.size() < min) with.add(other);
            if (with.size() <= max && with.size() >= Math.max(min, 1)) {
                answers.add(new Answer.Choices(ids.stream().filter(with::contains).toList()));
            }
            Set<String> without = new LinkedHashSet<>();
            for (String other : ids) if (!other.equals(id) && without.size() < min) without.add(other);
            if (without.size() == min) answers.add(new Answer.Choices(ids.stream().filter(without::contains).toList()));
        }
        answers.add(new Answer.Choices(ids.subList(0, max)));
    }

    private List<Integer> scale(ScaleQuestion q) {
        Set<Integer> values = new TreeSet<>();
        if ((long) q.max() - q.min() < EVERY_POINT_UP_TO) {
            for (int v = q.min(); v <= q.max(); v++) values.add(v);
            return List.copyOf(values);
        }
        values.add(q.min());
        values.add(q.max());
        values.add(q.min() + (q.max() - q.min()) / 2);
        for (double b : bounds.getOrDefault(q.id(), Set.of())) {
            for (double v : new double[] {Math.floor(b) - 1, Math.floor(b), Math.ceil(b), Math.ceil(b) + 1}) {
                if (v >= q.min() && v <= q.max()) values.add((int) v);
            }
        }
        return List.copyOf(values);
    }

    private List<BigDecimal> number(NumberQuestion q) {
        Set<BigDecimal> values = new TreeSet<>();
        List<Double> wanted = new ArrayList<>(List.of(0.0));
        q.min().filter(Double::isFinite).ifPresent(wanted::add);
        q.max().filter(Double::isFinite).ifPresent(wanted::add);
        for (double b : bounds.getOrDefault(q.id(), Set.of())) {
            wanted.addAll(List.of(b - 1, b, b + 1, Math.floor(b), Math.ceil(b)));
        }
        for (double w : wanted) {
            if (!Double.isFinite(w)) continue;
            BigDecimal v = BigDecimal.valueOf(w);
            if (q.integer()) v = v.setScale(0, RoundingMode.CEILING);
            if (q.min().filter(Double::isFinite).map(m -> BigDecimal.valueOf(m)).map(v::compareTo).orElse(0) < 0) continue;
            if (q.max().filter(Double::isFinite).map(m -> BigDecimal.valueOf(m)).map(v::compareTo).orElse(0) > 0) continue;
            values.add(v);
        }
        if (values.isEmpty()) {
            // bounds too narrow for a whole number between them are the validator's business; offer the lower bound
            q.min().filter(Double::isFinite).map(BigDecimal::valueOf).ifPresent(values::add);
        }
        return List.copyOf(values);
    }

    private static List<String> rotation(List<String> ids, int first) {
        List<String> rotated = new ArrayList<>(ids.subList(first, ids.size()));
        rotated.addAll(ids.subList(0, first));
        return rotated;
    }

    private static void collectBounds(Condition condition, Map<String, Set<Double>> found) {
        if (condition instanceof AnswerCondition a) {
            a.min().ifPresent(v -> found.computeIfAbsent(a.question(), k -> new TreeSet<>()).add(v));
            a.max().ifPresent(v -> found.computeIfAbsent(a.question(), k -> new TreeSet<>()).add(v));
        } else if (condition instanceof AllCondition a) {
            a.all().forEach(c -> collectBounds(c, found));
        } else if (condition instanceof AnyCondition a) {
            a.any().forEach(c -> collectBounds(c, found));
        } else if (condition instanceof NotCondition n && n.not() != null) {
            collectBounds(n.not(), found);
        }
    }
}
