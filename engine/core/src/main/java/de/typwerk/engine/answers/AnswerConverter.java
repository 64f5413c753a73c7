package de.typwerk.engine.answers;

import de.typwerk.engine.definition.NearMiss;
import de.typwerk.engine.definition.YamlSlips;
import com.fasterxml.jackson.databind.JsonNode;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.SingleChoiceQuestion;
import de.typwerk.api.model.TextQuestion;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.report.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the value written for one question into an {@link Answer}, or into problems that name the
 * question and what was expected. Every check a strategy relies on happens here: option ids exist,
 * picks and rankings have the allowed size, numbers lie in range.
 */
final class AnswerConverter {

    /** A number as JSON writes it (and as a CSV cell is read as a number). */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?");
    /** A whole number with a leading zero: 010, "08". */
    private static final Pattern LEADING_ZERO = Pattern.compile("[+-]?0[0-9_]*[0-9]");
    /** A number as German writes it: a decimal comma, perhaps points between thousands. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?([0-9]+|[0-9]{1,3}([.][0-9]{3})+),[0-9]+");
    /** A whole number with points between its thousands, read as a decimal: 1.346, 12.500.000. */
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?[0-9]{1,3}([.][0-9]{3})+");

    /** The most characters of an answer a message quotes whole. */
    private static final int QUOTED = 100;

    private final Messages messages;

    AnswerConverter(Messages messages) {
        this.messages = messages;
    }

    /** The answer written at {@code pointer}, or empty with the problems added. */
    Optional<Answer> convert(Question question, JsonNode node, String pointer, LocatedTree tree, List<Problem> problems) {
        Reading r = new Reading(question, node, pointer, tree, problems);
        if (question instanceof SingleChoiceQuestion q) return r.single(q);
        if (question instanceof MultipleChoiceQuestion q) return r.multi(q);
        if (question instanceof RankingQuestion q) return r.ranking(q);
        if (question instanceof ScaleQuestion q) return r.scale(q);
        if (question instanceof NumberQuestion q) return r.number(q);
        if (question instanceof TextQuestion q) return r.text(q);
        return Optional.empty();
    }

    /** What a question expects, in words: used in every message about its answer. */
    String expectation(Question question) {
        String ids = String.join(", ", question.choices().stream().map(Option::id).toList());
        if (question instanceof SingleChoiceQuestion) return messages.get("answers.expect.single", ids);
        if (question instanceof MultipleChoiceQuestion q) {
            // one pick together, or exactly as many as may be: said so, not "1 to 1"
            if (q.mostPicksTogether() == 1) return messages.get("answers.expect.multi.one", ids);
            if (q.minPicks() == q.mostPicksTogether()) {
                return messages.get("answers.expect.multi.exactly", ids, String.valueOf(q.minPicks()));
            }
            return messages.get("answers.expect.multi", ids, String.valueOf(q.minPicks()), String.valueOf(q.mostPicksTogether()));
        }
        if (question instanceof RankingQuestion q) {
            if (q.top() == 1) return messages.get("answers.expect.ranking.one", ids);
            return messages.get("answers.expect.ranking", ids, String.valueOf(q.top()));
        }
        if (question instanceof ScaleQuestion q) {
            return messages.get("answers.expect.scale", String.valueOf(q.min()), String.valueOf(q.max()));
        }
        if (question instanceof NumberQuestion q) {
            String range = "";
            if (q.min().isPresent() && q.max().isPresent()) {
                range = messages.get("answers.range.between", ConditionEvaluator.number(q.min().get()),
                        ConditionEvaluator.number(q.max().get()));
            } else if (q.min().isPresent()) {
                range = messages.get("answers.range.from", ConditionEvaluator.number(q.min().get()));
            } else if (q.max().isPresent()) {
                range = messages.get("answers.range.to", ConditionEvaluator.number(q.max().get()));
            }
            return messages.get(q.integer() ? "answers.expect.whole-number" : "answers.expect.number", range);
        }
        if (question instanceof TextQuestion q) return messages.get("answers.expect.text", String.valueOf(q.maxLength()));
        return "";
    }

    /** A written value in words ("a list", "the number 7"). */
    String found(JsonNode node) {
        if (node.isArray()) return messages.get("answers.found.list");
        if (node.isObject()) return messages.get("answers.found.object");
        if (node.isTextual()) return messages.get("answers.found.text", excerpt(node.textValue()));
        if (node.isNumber()) return messages.get("answers.found.number", numberText(node));
        if (node instanceof WrittenBoolean w) return messages.get("answers.found.yaml-boolean", w.written(), node.asText());
        if (node.isBoolean()) return messages.get("answers.found.boolean", node.asText());
        return node.asText();
    }

    /**
     * A text as a message quotes it: whole up to {@value #QUOTED} characters, else its start and
     * how long it is, so that a message about a wrong answer is a line, not the answer again (an
     * answers document may hold a text of megabytes, and a batch writes the message in its row).
     */
    String excerpt(String text) {
        int length = text.codePointCount(0, text.length());
        if (length <= QUOTED) return text;
        return messages.get("answers.excerpt", text.substring(0, text.offsetByCodePoints(0, QUOTED - 20)), String.valueOf(length));
    }

    private String numberText(JsonNode node) {
        if (node instanceof WrittenNumber.Unreadable u) {
            String written = u.written().length() <= WrittenNumber.MAX_WRITTEN ? u.written()
                    : u.written().substring(0, WrittenNumber.MAX_WRITTEN - 1) + "…";
            return messages.get("answers.found.exponent-too-large", written);
        }
        // as the reader wrote it (-0, 1e309), not as the number prints (0, 1E+309)
        if (node instanceof WrittenNumber w) return w.written();
        if (node.isBigDecimal()) return Decimals.written(node.decimalValue());
        // 1 and 400 zeros is no double (its doubleValue() is infinite) and no YAML .inf: written short, as a decimal is
        if (node.isBigInteger()) return Decimals.written(new java.math.BigDecimal(node.bigIntegerValue()).stripTrailingZeros());
        // YAML's .nan and .inf (see TreeReader), named as YAML writes them, with what they mean
        if (Double.isNaN(node.doubleValue())) return messages.get("answers.found.nan");
        if (Double.isInfinite(node.doubleValue())) {
            return messages.get("answers.found.infinity", node.doubleValue() < 0 ? "-.inf" : ".inf");
        }
        if (node.isFloatingPointNumber()) return Double.toString(node.doubleValue());
        return node.bigIntegerValue().toString();
    }


    /** The reading of one value for one question. */
    private final class Reading {

        private final Question question;
        private final JsonNode node;
        private final String pointer;
        private final LocatedTree tree;
        private final List<Problem> problems;

        Reading(Question question, JsonNode node, String pointer, LocatedTree tree, List<Problem> problems) {
            this.question = question;
            this.node = node;
            this.pointer = pointer;
            this.tree = tree;
            this.problems = problems;
        }

        Optional<Answer> single(SingleChoiceQuestion q) {
            if (!node.isTextual()) return wrongKind();
            return option(node.textValue(), pointer).map(Answer.Choice::new);
        }

        Optional<Answer> multi(MultipleChoiceQuestion q) {
            Optional<List<String>> ids = options();
            if (ids.isEmpty()) return Optional.empty();
            int n = ids.get().size();
            // one option that goes only alone ("keine", "weiß nicht") is a whole answer, whatever minPicks says
            boolean tooFew = PickCount.tooFew(q, ids.get());
            if (tooFew || n > q.maxPicks()) {
                return fail(tooFew ? "too-few-picks" : "too-many-picks", pointer,
                        messages.get("answers.pick-count", question.id(), n, expectation(question)));
            }
            // the model keeps picks in definition order, so equal answers are equal values
            List<String> ordered = new ArrayList<>(n);
            for (Option option : q.options()) {
                if (ids.get().contains(option.id())) ordered.add(option.id());
            }
            if (n > 1) {
                for (Option option : q.options()) {
                    if (option.alone() && ordered.contains(option.id())) {
                        return fail("exclusive-option", pointer, messages.get("answers.alone", question.id(), option.id()));
                    }
                }
            }
            return Optional.of(new Answer.Choices(ordered));
        }

        Optional<Answer> ranking(RankingQuestion q) {
            Optional<List<String>> ids = options();
            if (ids.isEmpty()) return Optional.empty();
            int n = ids.get().size();
            if (n != q.top()) {
                return fail(n < q.top() ? "too-few-ranked" : "too-many-ranked", pointer,
                        messages.get("answers.pick-count", question.id(), n, expectation(question)));
            }
            return Optional.of(new Answer.Ranking(ids.get()));
        }

        /**
         * A whole number in range; {@code 4.0} is the number 4, as JSON (and a JSON Schema's
         * {@code integer}) sees it, and as a whole-number question reads it.
         */
        Optional<Answer> scale(ScaleQuestion q) {
            if (!node.isNumber()) return notANumber();
            // only NaN and infinities arrive as binary floating point (see TreeReader): as for a number question
            if (node.isDouble() || node.isFloat()) return notFinite(Optional.of((double) q.min()), Optional.of((double) q.max()));
            BigDecimal value = node.isBigDecimal() ? node.decimalValue() : new BigDecimal(node.bigIntegerValue());
            if (value.stripTrailingZeros().scale() > 0) return fail("not-whole", pointer, wrongKindMessage());
            if (value.compareTo(BigDecimal.valueOf(q.min())) < 0) return outOfRange(true, q.min());
            if (value.compareTo(BigDecimal.valueOf(q.max())) > 0) return outOfRange(false, q.max());
            return Optional.of(new Answer.Scale(value.intValueExact()));
        }

        Optional<Answer> number(NumberQuestion q) {
            if (!node.isNumber()) return notANumber();
            // only NaN and infinities arrive as binary floating point (see TreeReader)
            if (node.isDouble() || node.isFloat()) return notFinite(q.min(), q.max());
            BigDecimal value = node.isBigDecimal() ? node.decimalValue() : new BigDecimal(node.bigIntegerValue());
            if (q.integer() && value.stripTrailingZeros().scale() > 0) {
                // 1.346 inhabitants: a German writes a point between thousands
                String written = value.toPlainString();
                return fail("not-whole", pointer, THOUSANDS.matcher(written).matches()
                        ? wrongKindMessage() + " " + messages.get("answers.hint.thousands", written.replace(".", ""))
                        : wrongKindMessage());
            }
            boolean below = q.min().filter(Double::isFinite).map(min -> value.compareTo(BigDecimal.valueOf(min)) < 0).orElse(false);
            boolean above = q.max().filter(Double::isFinite).map(max -> value.compareTo(BigDecimal.valueOf(max)) > 0).orElse(false);
            if (below) return outOfRange(true, q.min().get());
            if (above) return outOfRange(false, q.max().get());
            return Optional.of(new Answer.Number(value));
        }

        /**
         * YAML's {@code .nan} and {@code .inf}, or a number whose exponent no decimal holds, for a question with these
         * limits: {@code out-of-range} with the limit it breaks (an infinity beyond the limit on its side), else, no limit
         * broken, {@code wrong-kind} (not out of a range it is within), as another tool's response is refused for it;
         * a scale's answer as a number question's, not {@code not-whole}, which {@code .inf} is not.
         */
        private Optional<Answer> notFinite(Optional<Double> min, Optional<Double> max) {
            double d = node.doubleValue();
            if (node instanceof WrittenNumber.Unreadable u && u.tiny()) {
                // 1e-2147483649 lies next to 0, on the side of its sign: a limit it breaks is one that 0 breaks on that side
                if (min.filter(Double::isFinite).filter(m -> d < 0 ? m >= 0 : m > 0).isPresent()) return outOfRange(true, min.get());
                if (max.filter(Double::isFinite).filter(m -> d < 0 ? m < 0 : m <= 0).isPresent()) return outOfRange(false, max.get());
                return fail("wrong-kind", pointer, wrongKindMessage());
            }
            if (d < 0 && min.filter(Double::isFinite).isPresent()) return outOfRange(true, min.get());
            if (d > 0 && max.filter(Double::isFinite).isPresent()) return outOfRange(false, max.get());
            return fail("wrong-kind", pointer, wrongKindMessage());
        }

        Optional<Answer> text(TextQuestion q) {
            if (!node.isTextual()) return wrongKind();
            String text = node.textValue();
            int length = text.codePointCount(0, text.length());
            if (length > q.maxLength()) {
                return fail("too-long", pointer,
                        messages.get("answers.too-long", question.id(), String.valueOf(length), expectation(question)));
            }
            return Optional.of(new Answer.Text(text));
        }

        /** A list of known, distinct option ids, in the order written. */
        private Optional<List<String>> options() {
            if (!node.isArray()) {
                wrongKind();
                return Optional.empty();
            }
            List<String> ids = new ArrayList<>(node.size());
            boolean fine = true;
            for (int i = 0; i < node.size(); i++) {
                JsonNode element = node.get(i);
                // no pointer without locations: a reading with a finding is done again with them
                String at = tree.located() ? pointer + "/" + i : "";
                if (!element.isTextual()) {
                    fail("wrong-kind", at, messages.get("answers.wrong-kind", question.id(), expectation(question), found(element)));
                    fine = false;
                    continue;
                }
                Optional<String> id = option(element.textValue(), at);
                if (id.isEmpty()) {
                    fine = false;
                } else if (ids.contains(id.get())) {
                    fail("duplicate-option", at,
                            messages.get("answers.duplicate-option", question.id(), id.get(), expectation(question)));
                    fine = false;
                } else {
                    ids.add(id.get());
                }
            }
            return fine ? Optional.of(ids) : Optional.empty();
        }

        private Optional<String> option(String id, String at) {
            if (question.option(id).isPresent()) return Optional.of(id);
            List<String> known = question.choices().stream().map(Option::id).toList();
            String hint = NearMiss.among(id, known).map(s -> messages.get("answers.did-you-mean", s)).orElse("");
            fail("unknown-option", at, messages.get("answers.unknown-option", question.id(), excerpt(Lookalikes.visible(id)), hint, expectation(question)));
            return Optional.empty();
        }

        /**
         * A number beyond a limit of its question: which limit it broke, the lower or the upper, and
         * that limit's value, after what is expected, so that a reader of "from 1 to 10000000, not 0"
         * need not work out which end it missed.
         */
        private Optional<Answer> outOfRange(boolean below, double limit) {
            return fail("out-of-range", pointer, wrongKindMessage() + " "
                    + messages.get(below ? "answers.hint.below-min" : "answers.hint.above-max", ConditionEvaluator.number(limit)));
        }

        private Optional<Answer> wrongKind() {
            return fail("wrong-kind", pointer, wrongKindMessage());
        }

        /**
         * Text where a number is expected: where the text is a number in quotes, or one written
         * the German way with a decimal comma (3,5; 1.234,5), the message says how to write it.
         */
        private Optional<Answer> notANumber() {
            if (!node.isTextual()) return wrongKind();
            String text = node.textValue().strip();
            Optional<YamlSlips.OtherBase> based = text.length() < 40 ? YamlSlips.otherBase(text) : Optional.empty();
            if (based.isPresent()) {
                // 0x10, 0b101 or 0o17: a hexadecimal, binary or octal number, which YAML 1.1 reads as a number for some
                // forms and not for others: never an amount anyone means, refused whatever it was read as, with its value
                return fail("wrong-kind", pointer, wrongKindMessage() + " "
                        + messages.get("answers.hint.other-base." + based.get().base(), text, based.get().value().toString()));
            }
            if (text.length() < 40 && LEADING_ZERO.matcher(text).matches()) {
                // 010 (which YAML would read as the octal 8) or "08": the number meant is the decimal one
                String digits = YamlSlips.decimal(text);
                return fail("wrong-kind", pointer, wrongKindMessage() + " " + messages.get("answers.hint.leading-zero", digits));
            }
            if (text.length() < 40 && PLAIN_NUMBER.matcher(text).matches()) {
                return fail("wrong-kind", pointer, wrongKindMessage() + " " + messages.get("answers.hint.no-quotes", text));
            }
            if (text.length() < 40 && DECIMAL_COMMA.matcher(text).matches()) {
                return fail("wrong-kind", pointer, wrongKindMessage() + " "
                        + messages.get("answers.hint.decimal-point", text.replace(".", "").replace(',', '.')));
            }
            return wrongKind();
        }

        private String wrongKindMessage() {
            return messages.get("answers.wrong-kind", question.id(), expectation(question), found(node));
        }

        private <T> Optional<T> fail(String code, String at, String message) {
            // every finding here is about a value (its kind, range, option): placed where the value stands
            problems.add(Problem.error(code, message, tree.valueAt(at)));
            return Optional.empty();
        }
    }
}
