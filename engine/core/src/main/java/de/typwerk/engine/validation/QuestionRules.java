package de.typwerk.engine.validation;

import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.SingleChoiceQuestion;
import de.typwerk.api.model.TextQuestion;
import de.typwerk.engine.definition.NearMiss;
import java.util.List;

/** What each kind of question needs to be answerable: enough options, and ranges that hold. */
final class QuestionRules implements Rule {

    @Override
    public void check(Questionnaire q, Layout layout, Findings out) {
        for (Layout.QuestionAt at : layout.questions()) {
            Question question = at.question();
            String p = at.pointer();
            if (question instanceof SingleChoiceQuestion || question instanceof MultipleChoiceQuestion
                    || question instanceof RankingQuestion) {
                if (question.choices().size() < 2) {
                    out.error("too-few-options", p + (question.choices().isEmpty() ? "" : "/options"),
                            "validation.tooFewOptions", question.id(), question.choices().size());
                    // pick and rank limits are measured against the options; with too few, they only add noise
                    continue;
                }
            }
            options(question, p, out);
            if (question instanceof MultipleChoiceQuestion m) {
                picks(m, p, out);
            } else if (question instanceof RankingQuestion r) {
                if (r.top() < 1 || r.top() > r.options().size()) {
                    out.error("invalid-range", p + "/top", "validation.rankingTop", r.top(), r.options().size());
                }
            } else if (question instanceof ScaleQuestion s) {
                scale(s, p, out);
            } else if (question instanceof NumberQuestion n) {
                if (n.min().isPresent() && n.max().isPresent() && n.min().get() > n.max().get()) {
                    out.error("invalid-range", p + "/min", "validation.minAboveMax",
                            Numbers.format(n.min().get()), Numbers.format(n.max().get()));
                }
                typical(n, p, out);
            } else if (question instanceof TextQuestion t && t.maxLength() < 1) {
                out.error("invalid-range", p + "/maxLength", "validation.maxLength", t.maxLength());
            }
        }
    }

    /**
     * Options marked {@code noAnswer} stand for "don't know": no weights, and not in a ranking;
     * {@code exclusive} only means something where several options can be picked.
     */
    private static void options(Question question, String p, Findings out) {
        for (int i = 0; i < question.choices().size(); i++) {
            Option option = question.choices().get(i);
            String at = p + "/options/" + i;
            if (option.noAnswer() && question instanceof RankingQuestion) {
                out.error("invalid-value", at + "/noAnswer", "validation.noAnswerInRanking", question.id(), option.id());
            } else if (option.noAnswer() && !option.weights().isEmpty()) {
                out.error("invalid-value", at + "/weights", "validation.noAnswerWeights", question.id(), option.id());
            }
            if (option.exclusive() && !(question instanceof MultipleChoiceQuestion)) {
                out.warning("no-effect", at + "/exclusive", "validation.exclusiveNoEffect", question.id(), option.id(),
                        question.kind().id());
            }
        }
    }

    private static void picks(MultipleChoiceQuestion m, String p, Findings out) {
        int options = m.options().size();
        if (m.minPicks() < 0) {
            out.error("invalid-range", p + "/minPicks", "validation.minPicksNegative", m.minPicks());
        } else if (m.minPicks() > m.maxPicks()) {
            out.error("invalid-range", p + "/minPicks", "validation.minPicksAboveMax", m.minPicks(), m.maxPicks());
        }
        if (m.maxPicks() < 1 || m.maxPicks() > options) {
            out.error("invalid-range", p + "/maxPicks", "validation.maxPicks", m.maxPicks(), options);
        }
    }

    /** The kinds of municipality {@code typwerk generate} makes respondents of, the only ones {@code typical} serves. */
    static final List<String> KINDS = List.of("gemeinde", "stadt", "kreis");

    /**
     * Each kind's typical answers: two numbers, the smaller first, among the answers allowed; for a
     * kind {@code typwerk generate} makes (a warning otherwise: a range no respondent ever uses).
     */
    private static void typical(NumberQuestion n, String p, Findings out) {
        n.typical().forEach((kind, range) -> {
            String at = Findings.child(p + "/typical", kind);
            if (!KINDS.contains(kind)) {
                String hint = NearMiss.among(kind, KINDS).map(s -> " – " + out.messages().get("validation.didYouMean", s)).orElse(".");
                out.warning("no-effect", at, "validation.typicalUnknownKind", kind, String.join(", ", KINDS), hint);
            }
            if (range.size() != 2 || range.get(0) > range.get(1)) {
                out.error("invalid-range", at, "validation.typicalRange", kind);
            } else if (n.min().isPresent() && range.get(0) < n.min().get() || n.max().isPresent() && range.get(1) > n.max().get()) {
                out.error("invalid-range", at, "validation.typicalOutside", kind, Numbers.format(range.get(0)),
                        Numbers.format(range.get(1)), n.min().map(Numbers::format).orElse("−∞"), n.max().map(Numbers::format).orElse("∞"));
            }
        });
    }

    private static void scale(ScaleQuestion s, String p, Findings out) {
        if (s.min() >= s.max()) {
            out.error("invalid-range", p + "/min", "validation.scaleRange", s.min(), s.max());
            return;
        }
        s.labels().keySet().stream().sorted().forEach(point -> {
            if (point < s.min() || point > s.max()) {
                out.error("invalid-range", Findings.child(p + "/labels", String.valueOf(point)),
                        "validation.labelOutside", point, s.min(), s.max());
            }
        });
    }
}
