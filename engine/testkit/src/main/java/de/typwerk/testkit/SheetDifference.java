package de.typwerk.testkit;

import de.typwerk.api.spi.ScoreSheet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether two score sheets say the same, for the order check: types and dimensions in the same
 * order with values equal up to {@code tolerance} (a strategy that sums in answer order may differ
 * in the last bits, which no result shows), and the same contributions whatever their order.
 */
final class SheetDifference {

    private static final Comparator<ScoreSheet.Contribution> CONTRIBUTIONS = Comparator
            .comparing(ScoreSheet.Contribution::type).thenComparing(ScoreSheet.Contribution::question)
            .thenComparingDouble(ScoreSheet.Contribution::weight);

    private final KitMessages kit;
    private final double tolerance;

    SheetDifference(KitMessages kit, double tolerance) {
        this.kit = kit;
        this.tolerance = tolerance;
    }

    /** How {@code b} differs from {@code a}, in one sentence; empty when they say the same. */
    Optional<String> between(ScoreSheet a, ScoreSheet b) {
        if (!sameTypes(a.types(), b.types())) return Optional.of(kit.get("difference.types", a.types(), b.types()));
        if (!sameDimensions(a.dimensions(), b.dimensions())) {
            return Optional.of(kit.get("difference.dimensions", a.dimensions(), b.dimensions()));
        }
        List<ScoreSheet.Contribution> ca = a.contributions().stream().sorted(CONTRIBUTIONS).toList();
        List<ScoreSheet.Contribution> cb = b.contributions().stream().sorted(CONTRIBUTIONS).toList();
        if (!sameContributions(ca, cb)) return Optional.of(kit.get("difference.contributions", ca, cb));
        return Optional.empty();
    }

    private boolean sameTypes(List<ScoreSheet.TypeScore> a, List<ScoreSheet.TypeScore> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).type().equals(b.get(i).type()) || !close(a.get(i).score(), b.get(i).score())
                    || !close(a.get(i).share(), b.get(i).share())) return false;
        }
        return true;
    }

    private boolean sameDimensions(List<ScoreSheet.DimensionValue> a, List<ScoreSheet.DimensionValue> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).dimension().equals(b.get(i).dimension()) || !close(a.get(i).value(), b.get(i).value())
                    || a.get(i).answers() != b.get(i).answers()) return false;
        }
        return true;
    }

    private boolean sameContributions(List<ScoreSheet.Contribution> a, List<ScoreSheet.Contribution> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).type().equals(b.get(i).type()) || !a.get(i).question().equals(b.get(i).question())
                    || !close(a.get(i).weight(), b.get(i).weight())) return false;
        }
        return true;
    }

    private boolean close(double x, double y) {
        return Double.compare(x, y) == 0 || Math.abs(x - y) <= tolerance;
    }
}
