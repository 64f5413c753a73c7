package de.typwerk.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Versions as definitions, answers files and plugin descriptors write them, ordered as semantic versioning orders them. */
class VersionTest {

    @Test
    void minor_and_patch_may_be_left_out() {
        assertThat(Version.parse("1")).isEqualTo(new Version(1, 0, 0, ""));
        assertThat(Version.parse("1.2")).hasToString("1.2.0");
    }

    @Test
    void pre_releases_are_ordered_as_semantic_versioning_orders_them() {
        List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2",
                "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0");

        for (int i = 0; i + 1 < ordered.size(); i++) {
            assertThat(Version.parse(ordered.get(i))).as(ordered.get(i) + " < " + ordered.get(i + 1))
                    .isLessThan(Version.parse(ordered.get(i + 1)));
        }
    }

    @Test
    void the_tenth_release_candidate_comes_after_the_second() {
        assertThat(Version.parse("2.0.0-rc.10")).isGreaterThan(Version.parse("2.0.0-rc.2"));
    }

    @Test
    void what_is_no_version_is_refused_with_an_example() {
        assertThatThrownBy(() -> Version.parse("1.x")).hasMessage("'1.x' is not a version (expected MAJOR.MINOR.PATCH, e.g. 1.2.0)");
        assertThat(Version.isValid("01.0.0")).isFalse();
        assertThat(Version.isValid(null)).isFalse();
    }
}
