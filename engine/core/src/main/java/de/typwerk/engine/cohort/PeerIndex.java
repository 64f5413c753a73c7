package de.typwerk.engine.cohort;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Finds the nearest partners of given types: same Kreis first, then same state, then anywhere;
 * within each, by AGS ascending (then by line, for two results with one AGS). Only members with a
 * primary type are partners: a mixed result is no clear example of either type.
 *
 * <p>Per type the partners sit in one array sorted by AGS, with the members of unknown place at the
 * end. A Kreis or a state is then a contiguous run found by binary search, so a query costs
 * O(types × (log n + limit)) however large the cohort.
 */
final class PeerIndex {

    /** Known places first, then by AGS, then by line: the order partners and learners are listed in. */
    static final Comparator<Member> ORDER = Comparator.comparing((Member m) -> !m.place().known())
            .thenComparing(m -> m.place().ags())
            .thenComparingLong(Member::line);

    private final Map<String, Sorted> byType = new HashMap<>();

    PeerIndex(List<Member> members) {
        Map<String, List<Member>> lists = new HashMap<>();
        for (Member m : members) {
            m.primaryType().ifPresent(t -> lists.computeIfAbsent(t, k -> new ArrayList<>()).add(m));
        }
        lists.forEach((type, list) -> byType.put(type, new Sorted(list)));
    }

    /**
     * At most {@code limit} members whose primary type is one of {@code types}, nearest to
     * {@code learner} first, never the learner itself.
     */
    List<Partner> partners(Member learner, List<String> types, int limit) {
        List<Sorted> lists = new LinkedHashSet<>(types).stream().map(byType::get).filter(s -> s != null).toList();
        List<Partner> found = new ArrayList<>();
        Place place = learner.place();
        if (place.known()) {
            String kreis = place.kreis().orElseThrow();
            String state = place.state().orElseThrow().code();
            take(found, lists, learner, limit, Proximity.KREIS, s -> s.ranges(kreis, null));
            take(found, lists, learner, limit, Proximity.STATE, s -> s.ranges(state, kreis));
            take(found, lists, learner, limit, Proximity.COUNTRY, s -> s.ranges("", state));
        } else {
            take(found, lists, learner, limit, Proximity.COUNTRY, s -> s.ranges("", null));
        }
        return found;
    }

    /** Adds the best members of one tier, from the ranges each list gives for it, up to the limit. */
    private static void take(List<Partner> found, List<Sorted> lists, Member learner, int limit, Proximity tier,
                             Function<Sorted, int[]> rangesOf) {
        int need = limit - found.size();
        if (need <= 0) return;
        List<Member> candidates = new ArrayList<>();
        for (Sorted s : lists) {
            int[] ranges = rangesOf.apply(s);
            int taken = 0;
            for (int r = 0; r < ranges.length && taken < need; r += 2) {
                for (int i = ranges[r]; i < ranges[r + 1] && taken < need; i++) {
                    Member m = s.members[i];
                    if (m == learner) continue;
                    candidates.add(m);
                    taken++;
                }
            }
        }
        candidates.sort(ORDER);
        for (int i = 0; i < candidates.size() && i < need; i++) {
            found.add(new Partner(candidates.get(i), tier));
        }
    }

    /** One type's partners, sorted; the first {@code known} have a valid AGS. */
    private static final class Sorted {

        final Member[] members;
        final int known;

        Sorted(List<Member> list) {
            members = list.toArray(new Member[0]);
            Arrays.sort(members, ORDER);
            int k = 0;
            while (k < members.length && members[k].place().known()) k++;
            known = k;
        }

        /**
         * Index ranges {@code [from, to)} as pairs: the members whose AGS starts with {@code prefix},
         * leaving out those whose AGS starts with {@code inner} (a Kreis inside its state, a state
         * inside the country). With the empty prefix, members of unknown place belong to the range.
         */
        int[] ranges(String prefix, String inner) {
            int lo = prefix.isEmpty() ? 0 : bound(prefix, true);
            int hi = prefix.isEmpty() ? members.length : bound(prefix, false);
            if (inner == null) return new int[] {lo, hi};
            int innerLo = bound(inner, true);
            int innerHi = bound(inner, false);
            return new int[] {lo, innerLo, innerHi, hi};
        }

        /** First index (among the known) whose AGS prefix is ≥ {@code prefix} (lower) or > it (upper). */
        private int bound(String prefix, boolean lower) {
            ToIntFunction<Member> cmp = m -> {
                String ags = m.place().ags();
                return ags.substring(0, Math.min(prefix.length(), ags.length())).compareTo(prefix);
            };
            int lo = 0;
            int hi = known;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                int c = cmp.applyAsInt(members[mid]);
                if (c < 0 || (!lower && c == 0)) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }
    }
}
