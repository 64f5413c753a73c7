package de.typwerk.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Version ranges as plugin descriptors and {@code extends:} write them (Maven's interval notation). */
class VersionRangeTest {

    private static Version v(String text) {
        return Version.parse(text);
    }

    @Test
    void a_bare_version_means_that_version_or_later_within_its_major() {
        VersionRange range = VersionRange.parse("1.2");

        assertThat(range.contains(v("1.2.0"))).isTrue();
        assertThat(range.contains(v("1.9.9"))).isTrue();
        assertThat(range.contains(v("1.1.9"))).isFalse();
        assertThat(range.contains(v("2.0.0"))).isFalse();
        assertThat(range).hasToString("[1.2.0,2.0.0)");
    }

    @Test
    void brackets_include_their_bound_and_parentheses_exclude_it() {
        assertThat(VersionRange.parse("[1.0,2.0)").contains(v("1.0.0"))).isTrue();
        assertThat(VersionRange.parse("[1.0,2.0)").contains(v("2.0.0"))).isFalse();
        assertThat(VersionRange.parse("(1.0,2.0]").contains(v("1.0.0"))).isFalse();
        assertThat(VersionRange.parse("(1.0,2.0]").contains(v("2.0.0"))).isTrue();
    }

    @Test
    void a_missing_bound_is_open_on_that_side() {
        assertThat(VersionRange.parse("[1.2,)").contains(v("99.0.0"))).isTrue();
        assertThat(VersionRange.parse("[1.2,)").contains(v("1.1.0"))).isFalse();
        assertThat(VersionRange.parse("(,2.0)").contains(v("0.0.1"))).isTrue();
        assertThat(VersionRange.parse("(,2.0)").contains(v("2.0.0"))).isFalse();
    }

    @Test
    void an_exact_version_in_brackets_contains_only_itself() {
        VersionRange exact = VersionRange.parse("[1.0.0]");

        assertThat(exact.contains(v("1.0.0"))).isTrue();
        assertThat(exact.contains(v("1.0.1"))).isFalse();
        assertThat(exact).hasToString("[1.0.0]");
    }

    @Test
    void a_pre_release_lies_below_its_release_so_a_range_from_the_release_excludes_it() {
        assertThat(VersionRange.parse("[2.0,3.0)").contains(v("2.0.0-rc.1"))).isFalse();
        assertThat(VersionRange.parse("[1.0,2.0)").contains(v("2.0.0-rc.1"))).isTrue();
    }

    @Test
    void what_is_no_range_is_refused_with_what_was_expected() {
        assertThatThrownBy(() -> VersionRange.parse("")).hasMessageContaining("expected e.g. [1.0,2.0)");
        assertThatThrownBy(() -> VersionRange.parse("[1.0,2.0")).hasMessageContaining("must end with ] or )");
        assertThatThrownBy(() -> VersionRange.parse("(1.0.0)")).hasMessageContaining("an exact version is written [1.0.0]");
        assertThatThrownBy(() -> VersionRange.parse("[1,2,3]")).hasMessageContaining("more than one comma");
        assertThatThrownBy(() -> VersionRange.parse("[2.0,1.0]")).hasMessageContaining("lower bound is above its upper bound");
        assertThatThrownBy(() -> VersionRange.parse("[x,2.0)")).hasMessageContaining("'x' is not a version");
    }

    @Property
    void a_range_reads_back_from_what_it_writes(@ForAll("ranges") VersionRange range) {
        assertThat(VersionRange.parse(range.toString())).isEqualTo(range);
    }

    @Property
    void a_version_is_contained_exactly_when_it_lies_within_both_bounds(@ForAll("ranges") VersionRange range,
                                                                       @ForAll("versions") Version version) {
        boolean aboveLower = range.lower().map(l -> range.lowerInclusive() ? version.compareTo(l) >= 0 : version.compareTo(l) > 0).orElse(true);
        boolean belowUpper = range.upper().map(u -> range.upperInclusive() ? version.compareTo(u) <= 0 : version.compareTo(u) < 0).orElse(true);

        assertThat(range.contains(version)).isEqualTo(aboveLower && belowUpper);
    }

    @Provide
    Arbitrary<Version> versions() {
        Arbitrary<Integer> number = Arbitraries.integers().between(0, 4);
        Arbitrary<String> pre = Arbitraries.of("", "", "", "rc.1", "rc.2", "rc.10", "alpha", "beta.3");
        return Combinators.combine(number, number, number, pre).as(Version::new);
    }

    @Provide
    Arbitrary<VersionRange> ranges() {
        Arbitrary<Optional<Version>> bound = versions().optional(0.8);
        Arbitrary<Boolean> inclusive = Arbitraries.of(true, false);
        return Combinators.combine(bound, inclusive, bound, inclusive)
                .as((lo, li, hi, ui) -> {
                    if (lo.isPresent() && hi.isPresent() && lo.get().compareTo(hi.get()) > 0) return new VersionRange(hi, li, lo, ui);
                    return new VersionRange(lo, li, hi, ui);
                })
                .filter(r -> !(r.lower().isPresent() && r.upper().isPresent() && r.lower().get().equals(r.upper().get())
                        && !(r.lowerInclusive() && r.upperInclusive())));
    }
}
