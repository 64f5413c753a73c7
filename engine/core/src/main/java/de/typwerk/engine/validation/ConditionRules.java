package de.typwerk.engine.validation;

import de.typwerk.api.model.AllCondition;
import de.typwerk.api.model.AnswerCondition;
import de.typwerk.api.model.AnyCondition;
import de.typwerk.api.model.Condition;
import de.typwerk.api.model.NotCondition;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.TypeDefinition;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Conditions ({@code when:}) only look at earlier questions, and only test what those questions
 * can answer. Looking back only is what makes cycles impossible: a question's condition can
 * depend on nothing that depends on it. A question that looks at itself is named as such.
 */
final class ConditionRules implements Rule {

    @Override
    public void check(Questionnaire q, Layout layout, Findings out) {
        for (Layout.QuestionAt at : layout.questions()) {
            Optional<Condition> when = at.question().when();
            when.ifPresent(c -> condition(c, at.pointer() + "/when", at, layout, out));
        }
        // a weak spot's confirmation is read once every question is answered: any question will do
        for (int t = 0; t < q.types().size(); t++) {
            TypeDefinition type = q.types().get(t);
            for (int w = 0; w < type.weaknesses().size(); w++) {
                String p = "/types/" + t + "/weaknesses/" + w + "/confirmedWhen";
                type.weaknesses().get(w).confirmedWhen().ifPresent(c -> condition(c, p, null, layout, out));
            }
        }
    }

    private void condition(Condition c, String p, Layout.QuestionAt owner, Layout layout, Findings out) {
        if (c instanceof AllCondition all) {
            group(all.all(), p + "/all", owner, layout, out);
        } else if (c instanceof AnyCondition any) {
            group(any.any(), p + "/any", owner, layout, out);
        } else if (c instanceof NotCondition not) {
            if (not.not() == null) {
                out.error("empty-condition", p + "/not", "validation.emptyCondition", "not");
            } else {
                condition(not.not(), p + "/not", owner, layout, out);
            }
        } else if (c instanceof AnswerCondition answer) {
            answer(answer, p, owner, layout, out);
        }
    }

    private void group(List<Condition> conditions, String p, Layout.QuestionAt owner, Layout layout, Findings out) {
        if (conditions.isEmpty()) {
            out.error("empty-condition", p, "validation.emptyCondition", p.substring(p.lastIndexOf('/') + 1));
        }
        for (int i = 0; i < conditions.size(); i++) {
            condition(conditions.get(i), p + "/" + i, owner, layout, out);
        }
    }

    /** {@code owner}: the question whose {@code when} this is, or null for a weak spot's {@code confirmedWhen}. */
    private void answer(AnswerCondition c, String p, Layout.QuestionAt owner, Layout layout, Findings out) {
        String id = String.valueOf(c.question());
        if (owner != null && id.equals(owner.question().id())) {
            out.error("self-reference", p + "/question", "validation.conditionSelf", id);
            return;
        }
        Optional<Layout.QuestionAt> target = layout.question(id);
        if (target.isEmpty()) {
            ReferenceRules.unknown(out, p + "/question", "validation.unknownQuestion", id, layout.questionIds());
            return;
        }
        if (owner != null && target.get().order() > owner.order()) {
            out.error("forward-reference", p + "/question", "validation.conditionLater", id,
                    out.place(target.get().pointer()));
            return;
        }
        Question question = target.get().question();
        if (!c.anyOf().isEmpty()) {
            if (question.choices().isEmpty()) {
                out.error("condition-mismatch", p + "/anyOf", "validation.anyOfNoOptions", id, question.kind().id());
            } else {
                Set<String> optionIds = new LinkedHashSet<>(question.choices().stream().map(Option::id).toList());
                for (int i = 0; i < c.anyOf().size(); i++) {
                    if (!optionIds.contains(c.anyOf().get(i))) {
                        ReferenceRules.unknown(out, p + "/anyOf/" + i, "validation.unknownOption",
                                c.anyOf().get(i), optionIds, id);
                    }
                }
            }
        }
        boolean ranged = question instanceof ScaleQuestion || question instanceof NumberQuestion;
        if ((c.min().isPresent() || c.max().isPresent()) && !ranged) {
            out.error("condition-mismatch", p + (c.min().isPresent() ? "/min" : "/max"), "validation.rangeNotNumeric",
                    id, question.kind().id());
        } else if (c.min().isPresent() && c.max().isPresent() && c.min().get() > c.max().get()) {
            out.error("invalid-range", p + "/min", "validation.minAboveMax",
                    Numbers.format(c.min().get()), Numbers.format(c.max().get()));
        }
        if (c.answered().filter(a -> !a).isPresent() && (!c.anyOf().isEmpty() || c.min().isPresent() || c.max().isPresent())) {
            out.warning("condition-never-true", p + "/answered", "validation.neverTrue", id);
        }
    }
}
