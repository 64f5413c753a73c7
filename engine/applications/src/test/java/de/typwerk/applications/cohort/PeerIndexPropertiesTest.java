package de.typwerk.applications.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.result.Outcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The index's per-Kreis and per-state lists give what sorting every candidate would give: by
 * nearness, then the clearest example first (its share of its own type), then AGS and line.
 */
class PeerIndexPropertiesTest {

    private static final List<String> TYPES = List.of("a", "b", "c");

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void finds_the_same_partners_as_sorting_every_candidate(@ForAll("cohorts") List<Member> members,
                                                            @ForAll @IntRange(min = 0, max = 6) int limit,
                                                            @ForAll("learnFrom") List<String> learnFrom) {
        PeerIndex index = new PeerIndex(members);
        for (Member learner : members) {
            List<Partner> expected = members.stream()
                    .filter(m -> m != learner && m.primaryType().filter(learnFrom::contains).isPresent())
                    .map(m -> new Partner(m, learner.place().proximityOf(m.place())))
                    .sorted(Comparator.comparing(Partner::proximity).thenComparing(Partner::member, PeerIndex.CLEAREST))
                    .limit(limit)
                    .toList();

            assertThat(index.partners(learner, learnFrom, limit)).isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<List<String>> learnFrom() {
        return Arbitraries.of(TYPES).list().ofMinSize(1).ofMaxSize(3).uniqueElements();
    }

    @Provide
    Arbitrary<List<Member>> cohorts() {
        // few states and Kreise, so that nearness ties and runs of one Kreis are common
        Arbitrary<String> ags = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("01", "02", "09", "16"), Arbitraries.of("001", "002", "003"),
                        Arbitraries.strings().numeric().ofLength(3)).as((s, k, rest) -> s + k + rest),
                Arbitraries.of("", "1234", "99000001", "0900100X"));
        Arbitrary<Outcome> outcome = Arbitraries.oneOf(
                Arbitraries.of(TYPES).map(t -> (Outcome) new Outcome.Primary(t, 0.5)),
                Arbitraries.just(new Outcome.Mixed("a", "b", 0.01, 0.05)),
                Arbitraries.just(new Outcome.Insufficient(0, 1)));
        // few distinct shares, so that equal shares (decided by AGS, then line) are common
        Arbitrary<Double> share = Arbitraries.of(0.3, 0.5, 0.9);
        return Combinators.combine(ags, outcome, share).as((a, o, sh) -> new Object[] {a, o, sh}).list().ofMaxSize(40).map(list -> {
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String a = (String) list.get(i)[0];
                Outcome o = (Outcome) list.get(i)[1];
                Map<String, Double> shares = o instanceof Outcome.Primary p ? Map.of(p.type(), (Double) list.get(i)[2]) : Map.of();
                members.add(new Member(i + 1, Place.of(a.isEmpty() ? Optional.empty() : Optional.of(a)), Optional.of("m" + i),
                        Optional.of("gemeinde"), o, shares));
            }
            return members;
        });
    }
}
