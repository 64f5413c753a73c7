package de.typwerk.applications.cohort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the partners of given types for a learner: nearest first (same Kreis, then same state,
 * then anywhere), and within each of these tiers the clearest examples first, by the partner's
 * share of its own type, descending (then by AGS, then by line, for equal shares); in the last
 * tier, members of unknown place come after all others. Only members with a primary type are
 * partners: a mixed result is no clear example of either type.
 *
 * <p>Per type the partners sit in lists sorted that way, one per Kreis, one per state and one for
 * the unknown places. The Kreis tier reads the learner's Kreis list; the state tier its state's
 * list, passing over the members of its own Kreis; the last tier the head of every other state's
 * list. So a query costs O(types × (states + limit + members of the learner's Kreis)), however
 * large the cohort, and a cohort of one state costs no more than one of sixteen.
 */
final class PeerIndex {

    /** Known places first, then by AGS, then by line: the order learners are listed in. */
    static final Comparator<Member> ORDER = Comparator.comparing((Member m) -> !m.place().known())
            .thenComparing(m -> m.place().ags())
            .thenComparingLong(Member::line);

    /**
     * The order of partners within a tier: known places first, then the clearest example first
     * (the larger share of its own type), then {@link #ORDER}.
     */
    static final Comparator<Member> CLEAREST = Comparator.comparing((Member m) -> !m.place().known())
            .thenComparing(Comparator.comparingDouble(PeerIndex::ownShare).reversed())
            .thenComparing(ORDER);

    private final Map<String, Lists> byType = new HashMap<>();

    PeerIndex(List<Member> members) {
        for (Member m : members) {
            m.primaryType().ifPresent(t -> byType.computeIfAbsent(t, k -> new Lists()).add(m));
        }
        byType.values().forEach(Lists::sort);
    }

    /** A partner's share of its own (primary) type: how clear an example of it it is. */
    static double ownShare(Member m) {
        return m.primaryType().map(m::share).orElse(0.0);
    }

    /**
     * At most {@code limit} members whose primary type is one of {@code types}, nearest to
     * {@code learner} first and clearest first within one nearness, never the learner itself.
     */
    List<Partner> partners(Member learner, List<String> types, int limit) {
        List<Lists> lists = new LinkedHashSet<>(types).stream().map(byType::get).filter(l -> l != null).toList();
        List<Partner> found = new ArrayList<>();
        Place place = learner.place();
        Optional<String> kreis = place.kreis();
        Optional<String> state = place.state().map(s -> s.code());
        if (kreis.isPresent()) {
            take(found, limit, Proximity.KREIS, lists, l -> List.of(l.kreis(kreis.get())), learner, Optional.empty());
            take(found, limit, Proximity.STATE, lists, l -> List.of(l.state(state.get())), learner, kreis);
        }
        take(found, limit, Proximity.COUNTRY, lists, l -> l.elsewhere(state), learner, Optional.empty());
        return found;
    }

    /**
     * Adds the best members of one tier, up to the limit: from each list the tier reads, the first
     * members that are not the learner and not in {@code passOver} (a Kreis); then all of those in
     * {@link #CLEAREST} order.
     */
    private static void take(List<Partner> found, int limit, Proximity tier, List<Lists> lists,
                             java.util.function.Function<Lists, List<List<Member>>> read, Member learner,
                             Optional<String> passOver) {
        int need = limit - found.size();
        if (need <= 0) return;
        List<Member> candidates = new ArrayList<>();
        for (Lists l : lists) {
            for (List<Member> sorted : read.apply(l)) {
                int taken = 0;
                for (int i = 0; i < sorted.size() && taken < need; i++) {
                    Member m = sorted.get(i);
                    if (m == learner || (passOver.isPresent() && passOver.equals(m.place().kreis()))) continue;
                    candidates.add(m);
                    taken++;
                }
            }
        }
        candidates.sort(CLEAREST);
        for (int i = 0; i < candidates.size() && i < need; i++) {
            found.add(new Partner(candidates.get(i), tier));
        }
    }

    /** One type's partners: per Kreis, per state (by state code, so the tiers read in one order), unknown places. */
    private static final class Lists {

        private final Map<String, List<Member>> byKreis = new HashMap<>();
        private final Map<String, List<Member>> byState = new TreeMap<>();
        private final List<Member> unknown = new ArrayList<>();

        void add(Member m) {
            Place p = m.place();
            if (p.known()) {
                byKreis.computeIfAbsent(p.kreis().orElseThrow(), k -> new ArrayList<>()).add(m);
                byState.computeIfAbsent(p.state().orElseThrow().code(), k -> new ArrayList<>()).add(m);
            } else {
                unknown.add(m);
            }
        }

        void sort() {
            byKreis.values().forEach(l -> l.sort(CLEAREST));
            byState.values().forEach(l -> l.sort(CLEAREST));
            unknown.sort(CLEAREST);
        }

        List<Member> kreis(String kreis) {
            return byKreis.getOrDefault(kreis, List.of());
        }

        List<Member> state(String state) {
            return byState.getOrDefault(state, List.of());
        }

        /** Every state's list but {@code state}'s, then the unknown places. */
        List<List<Member>> elsewhere(Optional<String> state) {
            List<List<Member>> lists = new ArrayList<>();
            byState.forEach((code, list) -> {
                if (!state.equals(Optional.of(code))) lists.add(list);
            });
            lists.add(unknown);
            return lists;
        }
    }
}
