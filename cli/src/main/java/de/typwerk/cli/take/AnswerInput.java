package de.typwerk.cli.take;

import de.typwerk.presentation.Texts;
import de.typwerk.presentation.TypedNumber;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.SingleChoiceQuestion;
import de.typwerk.api.model.TextQuestion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a person types for one question, read as an {@link Answer}: options by their number as
 * shown ({@code 2}; {@code 1,3,4} for several; {@code 3,1,5} for a ranking, most important first)
 * or by their id; a scale point; a number as a person of the interview's language writes it, as the
 * browser self-test reads it ({@link TypedNumber}: {@code 180.000} and {@code 12,5} in German,
 * {@code 180,000} and {@code 12.5} in English; a separator and three zeros the other language reads
 * as thousands, {@code 12,000} in German, is refused as ambiguous rather than misread); a line of text. Anything else gives a sentence saying what is
 * expected, for the user to try again.
 */
public final class AnswerInput {

    private static final Pattern WHOLE = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    /** An answer, or why the input is not one. */
    sealed interface Reading {
        record Read(Answer answer) implements Reading {
        }

        record Refused(String why) implements Reading {
        }
    }

    /** The most characters of what was typed that a refusal quotes. */
    private static final int SHOWN = 60;

    private final Texts m;

    public AnswerInput(Texts messages) {
        this.m = messages;
    }

    public Reading read(Question question, String typed) {
        String input = typed.strip();
        if (question instanceof SingleChoiceQuestion q) return single(q, input);
        if (question instanceof MultipleChoiceQuestion q) return multi(q, input);
        if (question instanceof RankingQuestion q) return ranking(q, input);
        if (question instanceof ScaleQuestion q) return scale(q, input);
        if (question instanceof NumberQuestion q) return number(q, input);
        if (question instanceof TextQuestion q) return text(q, input);
        return refused(m.get("take.input.unknown-kind"));
    }

    /**
     * What was typed, as a refusal quotes it: whole up to {@value #SHOWN} characters, else its start
     * and an ellipsis, so that a line pasted by mistake is not printed back at length; control
     * characters written out (a NUL as {@code \u0000}), so that what was typed cannot recolour or
     * clear the terminal it is printed back to.
     */
    private static String shown(String typed) {
        return de.typwerk.presentation.ProblemReport.visible(de.typwerk.engine.i18n.Excerpt.of(typed, SHOWN));
    }

    /** What {@code question} expects, in words, as the prompt says it. */
    String expectation(Question question) {
        if (question instanceof SingleChoiceQuestion q) return m.get("take.expect.single", count(q.options().size()));
        if (question instanceof MultipleChoiceQuestion q) {
            int most = q.mostPicksTogether();
            // one pick, however many options: asked for as a single choice is ("1 Nummern" reads wrong)
            if (most == 1) return m.get("take.expect.single", count(q.options().size()));
            if (Math.max(1, q.minPicks()) == most) {
                return m.get("take.expect.multi.exactly", count(most), example(q.options().size(), most));
            }
            // the example never names more numbers than may be picked together
            String example = example(q.options().size(), Math.min(most, 3));
            return m.get("take.expect.multi", count(Math.max(1, q.minPicks())), count(most), example);
        }
        if (question instanceof RankingQuestion q) {
            if (q.top() == 1) return m.get("take.expect.ranking.one", example(q.options().size(), 1));
            return m.get("take.expect.ranking", count(q.top()), example(q.options().size(), q.top()));
        }
        if (question instanceof ScaleQuestion q) return m.get("take.expect.scale", count(q.min()), count(q.max()));
        if (question instanceof NumberQuestion q) {
            // the bounds as the session's language writes them, grouped (10.000.000, 10,000,000), as the
            // self-test's hint does: take reads a number so written, and "10000000" was hard to read
            String range = "";
            if (q.min().isPresent() && q.max().isPresent()) {
                range = m.get("take.expect.range.between", grouped(q.min().get()), grouped(q.max().get()));
            } else if (q.min().isPresent()) {
                range = m.get("take.expect.range.from", grouped(q.min().get()));
            } else if (q.max().isPresent()) {
                range = m.get("take.expect.range.to", grouped(q.max().get()));
            }
            return m.get(q.integer() ? "take.expect.whole" : "take.expect.number", range);
        }
        if (question instanceof TextQuestion q) return m.get("take.expect.text", count(q.maxLength()));
        return "";
    }

    /** A bound of a number question as the session's language writes it, grouped by thousands: {@link TypedNumber#bound}. */
    private String grouped(double bound) {
        return TypedNumber.bound(bound, m.language());
    }

    private Reading single(SingleChoiceQuestion q, String input) {
        List<String> tokens = tokens(input);
        if (tokens.size() != 1) return refused(m.get("take.input.one", expectation(q)));
        Optional<Option> o = option(q.options(), tokens.get(0));
        return o.<Reading>map(x -> new Reading.Read(new Answer.Choice(x.id())))
                .orElseGet(() -> refused(m.get("take.input.no-such-option", shown(tokens.get(0)), expectation(q))));
    }

    private Reading multi(MultipleChoiceQuestion q, String input) {
        Object picked = options(q.options(), tokens(input), q);
        if (picked instanceof Reading.Refused r) return r;
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) picked;
        if (ids.size() < Math.max(1, q.minPicks()) || ids.size() > q.maxPicks()) {
            return refused(m.get("take.input.count", count(ids.size()), expectation(q)));
        }
        // the model keeps picks in definition order
        List<String> ordered = q.options().stream().map(Option::id).filter(ids::contains).toList();
        if (ordered.size() > 1) {
            for (int i = 0; i < q.options().size(); i++) {
                Option option = q.options().get(i);
                if (option.alone() && ordered.contains(option.id())) {
                    return refused(m.get("take.input.alone", String.valueOf(i + 1)));
                }
            }
        }
        return new Reading.Read(new Answer.Choices(ordered));
    }

    private Reading ranking(RankingQuestion q, String input) {
        Object picked = options(q.options(), tokens(input), q);
        if (picked instanceof Reading.Refused r) return r;
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) picked;
        if (ids.size() != q.top()) return refused(m.get("take.input.count", count(ids.size()), expectation(q)));
        return new Reading.Read(new Answer.Ranking(ids));
    }

    /** The option ids named by {@code tokens}, distinct, in the order typed; or a refusal. */
    private Object options(List<Option> options, List<String> tokens, Question q) {
        if (tokens.isEmpty()) return refused(m.get("take.input.none", expectation(q)));
        Set<String> ids = new LinkedHashSet<>();
        for (String token : tokens) {
            Optional<Option> o = option(options, token);
            if (o.isEmpty()) return refused(m.get("take.input.no-such-option", shown(token), expectation(q)));
            if (!ids.add(o.get().id())) return refused(m.get("take.input.twice", shown(token), expectation(q)));
        }
        return new ArrayList<>(ids);
    }

    /** An option by its number as shown (1-based) or by its id. */
    private static Optional<Option> option(List<Option> options, String token) {
        if (WHOLE.matcher(token).matches()) {
            try {
                int n = Integer.parseInt(token);
                return n >= 1 && n <= options.size() ? Optional.of(options.get(n - 1)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return options.stream().filter(o -> o.id().equals(token)).findFirst();
    }

    private Reading scale(ScaleQuestion q, String input) {
        if (!WHOLE.matcher(input).matches()) return refused(m.get("take.input.not-this", shown(input), expectation(q)));
        try {
            int value = Integer.parseInt(input.startsWith("+") ? input.substring(1) : input);
            if (value < q.min() || value > q.max()) return refused(m.get("take.input.not-this", shown(input), expectation(q)));
            return new Reading.Read(new Answer.Scale(value));
        } catch (NumberFormatException e) {
            return refused(m.get("take.input.not-this", shown(input), expectation(q)));
        }
    }

    private Reading number(NumberQuestion q, String input) {
        if (TypedNumber.twoWays(input, m.language())) return refused(m.get("take.input.ambiguous", shown(input), expectation(q)));
        Optional<BigDecimal> read = TypedNumber.read(input, m.language());
        if (read.isEmpty()) return refused(notANumber(input, expectation(q)));
        if (q.integer() && read.get().stripTrailingZeros().scale() > 0) {
            return refused(m.get("take.input.not-whole", shown(input), expectation(q)));
        }
        // a whole number written 5,0 is the answer 5
        BigDecimal value = q.integer() ? read.get().setScale(0) : read.get();
        boolean below = q.min().filter(Double::isFinite).map(min -> value.compareTo(BigDecimal.valueOf(min)) < 0).orElse(false);
        boolean above = q.max().filter(Double::isFinite).map(max -> value.compareTo(BigDecimal.valueOf(max)) > 0).orElse(false);
        if (below || above) return refused(m.get("take.input.not-this", shown(input), expectation(q)));
        return new Reading.Read(new Answer.Number(value));
    }

    /**
     * Why {@code input} is not read as a number, where it looks like one written otherwise
     * ({@link TypedNumber#slip}): in digits other than 0 to 9 (Arabic-Indic ٣, full-width ３), with
     * more digits than are read, or in exponent form (with the number written out); else that it is
     * no number.
     */
    private String notANumber(String input, String expected) {
        return TypedNumber.slip(input).map(slip -> switch (slip.kind()) {
            case OTHER_DIGITS -> m.get("take.input.other-digits", shown(input), expected);
            case TOO_MANY_DIGITS -> m.get("take.input.too-many-digits", shown(input), expected);
            case EXPONENT -> m.get("take.input.exponent", shown(input),
                    TypedNumber.written(slip.meant().orElseThrow(), m.language()), expected);
        }).orElseGet(() -> m.get("take.input.not-a-number", shown(input), expected));
    }

    private Reading text(TextQuestion q, String input) {
        if (input.isEmpty()) return refused(m.get("take.input.none", expectation(q)));
        int length = input.codePointCount(0, input.length());
        if (length > q.maxLength()) return refused(m.get("take.input.too-long", count(length), expectation(q)));
        return new Reading.Read(new Answer.Text(input));
    }

    private static List<String> tokens(String input) {
        if (input.isBlank()) return List.of();
        return List.of(SEPARATORS.split(input.strip()));
    }

    /** {@code 1,3,4}-like example with {@code n} different numbers out of {@code options}. */
    private static String example(int options, int n) {
        List<String> numbers = new ArrayList<>();
        int[] pattern = {3, 1, 5, 2, 4, 6, 7, 8, 9};
        for (int p : pattern) {
            if (numbers.size() == n) break;
            if (p <= options) numbers.add(String.valueOf(p));
        }
        for (int i = 1; numbers.size() < n && i <= options; i++) {
            if (!numbers.contains(String.valueOf(i))) numbers.add(String.valueOf(i));
        }
        return String.join(",", numbers);
    }

    private static Reading refused(String why) {
        return new Reading.Refused(why);
    }

    private static String count(int n) {
        return String.valueOf(n);
    }
}
