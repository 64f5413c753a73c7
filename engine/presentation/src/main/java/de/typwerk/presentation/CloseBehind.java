package de.typwerk.presentation;

import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.result.TypeResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A mixed result whose third type is as much in the mix as the second: less than the margin behind
 * the first, by the rule that made the result mixed, and closer to the second than the second is to
 * the first, so that naming the first two alone would be arbitrary. The outcome names two types
 * ("Gemischt: „Der Bedächtige“ und „Der Serviceorientierte“ liegen zu nah beieinander"), and a
 * reader took the third, 0.9 points behind the second, for far off: the Kurort whose second goal
 * is the Optimierer's read that its answers lie between the Bedächtige and the Serviceorientierte
 * alone. The reports add a sentence naming such a type, its share, how far it is behind the second,
 * and that it too is less than the margin behind the first; a fourth is named with it where it
 * stands to the third as the third to the second. A third type 8.8 points behind a second that
 * is 1.5 behind the first is not named: the first two are the mix. Not for stages
 * ({@link Stages}), where the first two are neighbouring stages.
 *
 * @param first  the type that comes first
 * @param second the type that comes second
 * @param others the types after the second that are in the mix too, in order
 * @param margin the questionnaire's {@code mixedMargin}, as a fraction
 */
public record CloseBehind(TypeResult first, TypeResult second, List<TypeResult> others, double margin) {

    /**
     * Keeps the others as they are given.
     *
     * @param first  the type that comes first
     * @param second the type that comes second
     * @param others the types after the second that are in the mix too, in order
     * @param margin the questionnaire's {@code mixedMargin}, as a fraction
     */
    public CloseBehind {
        others = List.copyOf(others);
    }

    /**
     * {@return the types of a mixed result that are close behind its first two, if any}
     *
     * @param result the result
     */
    public static Optional<CloseBehind> of(Result result) {
        if (!(result.outcome() instanceof Outcome.Mixed x) || Stages.ordered(result.strategy().id())) return Optional.empty();
        List<TypeResult> types = result.types();
        if (types.size() < 3) return Optional.empty();
        TypeResult first = types.get(0);
        TypeResult second = types.get(1);
        if (!first.id().equals(x.first()) || !second.id().equals(x.second())) return Optional.empty();
        double gap = first.share() - second.share();
        List<TypeResult> others = new ArrayList<>();
        TypeResult before = second;
        for (TypeResult t : types.subList(2, types.size())) {
            if (first.share() - t.share() >= x.mixedMargin() || before.share() - t.share() >= gap) break;
            others.add(t);
            before = t;
        }
        return others.isEmpty() ? Optional.empty() : Optional.of(new CloseBehind(first, second, others, x.mixedMargin()));
    }

    /**
     * {@return how far {@code other} is behind the second type, as a fraction: the difference of
     * the two shares as the report writes them (one decimal of a percentage point), so that 25,7 %
     * and 24,8 % are 0,9 apart}
     *
     * @param other one of {@link #others()}
     */
    public double behindSecond(TypeResult other) {
        return tenths(second.share()).subtract(tenths(other.share())).movePointLeft(2).doubleValue();
    }

    private static BigDecimal tenths(double fraction) {
        return BigDecimal.valueOf(fraction).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    /** {@return how many types the answers lie between: the first two and the others} */
    public int between() {
        return 2 + others.size();
    }
}
