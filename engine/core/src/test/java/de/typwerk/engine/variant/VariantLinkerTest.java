package de.typwerk.engine.variant;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Problem;
import de.typwerk.api.model.ResolvedBase;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariantLinkerTest {

    private final VariantFixtures fixtures = new VariantFixtures();
    private final ResolvedDefinition base10 = fixtures.ready("base.yaml");
    private final ResolvedDefinition base11 = fixtures.ready("base-1.1.yaml");
    private final ResolvedDefinition base20 = fixtures.ready("base-2.0.yaml");

    private List<VariantLinker.Linked> link(List<ResolvedDefinition> ready, String... variants) {
        return fixtures.linker.link(ready, java.util.Arrays.stream(variants).map(v -> fixtures.pending(v, "tests")).toList());
    }

    private static Problem onlyError(VariantLinker.Linked linked) {
        assertThat(linked).isInstanceOf(VariantLinker.Linked.Failed.class);
        return linked.problems().stream().filter(Problem::isError).reduce((a, b) -> {
            throw new AssertionError("more than one error: " + linked.problems());
        }).orElseThrow();
    }

    @Test
    void chooses_the_highest_loaded_version_within_the_range() {
        List<VariantLinker.Linked> linked = link(List.of(base10, base11, base20), "kreis.yaml");

        assertThat(linked).singleElement().isInstanceOfSatisfying(VariantLinker.Linked.Resolved.class, r ->
                assertThat(r.definition().bases()).extracting(ResolvedBase::coordinates).containsExactly("kommunal-typen@1.1.0"));
    }

    @Test
    void resolves_a_variant_of_a_variant_bases_first_whatever_the_order_given() {
        List<VariantLinker.Linked> linked = link(List.of(base10), "variant-of-variant.yaml", "kreis.yaml");

        assertThat(linked.get(0)).isInstanceOfSatisfying(VariantLinker.Linked.Resolved.class, r -> {
            assertThat(r.definition().bases()).extracting(ResolvedBase::coordinates)
                    .containsExactly("kreis-typen@1.0.0", "kommunal-typen@1.0.0");
            assertThat(r.definition().questionnaire().question("leitstelle")).isEmpty();
            assertThat(r.definition().questionnaire().question("gemeinden-unterstuetzen")).isPresent();
            assertThat(r.definition().questionnaire().sections().get(0).title().get("de", "de"))
                    .isEqualTo("Aufgaben des Großkreises");
        });
        assertThat(linked.get(1)).isInstanceOf(VariantLinker.Linked.Resolved.class);
    }

    @Test
    void a_variant_of_a_variant_locates_its_problems_in_each_of_the_three_files() {
        VariantLinker.Linked linked = link(List.of(base10), "variant-of-variant.yaml", "kreis.yaml").get(0);
        var map = ((VariantLinker.Linked.Resolved) linked).definition().sourceMap();

        assertThat(map.origin("/sections/0/title").source()).isEqualTo("variants/variant-of-variant.yaml");
        assertThat(map.origin("/sections/0/questions/0").source()).isEqualTo("variants/kreis.yaml");
        assertThat(map.origin("/sections/1/questions/0").source()).isEqualTo("variants/base.yaml");
    }

    @Test
    void extends_naming_a_questionnaire_that_is_not_loaded_names_the_nearest_loaded_one() {
        Problem p = onlyError(link(List.of(base10), "bad/base-not-loaded.yaml").get(0));

        assertThat(p.code()).isEqualTo("unknown-base");
        assertThat(p.location().toString()).isEqualTo("variants/bad/base-not-loaded.yaml:4:1");
        assertThat(p.message()).isEqualTo("'verwaist' extends 'kommunal-typn', but no questionnaire 'kommunal-typn' "
                + "is loaded; did you mean 'kommunal-typen'?");
    }

    @Test
    void extends_with_nothing_loaded_says_so() {
        Problem p = onlyError(link(List.of(), "bad/base-not-loaded.yaml").get(0));

        assertThat(p.message()).endsWith("is loaded; no questionnaire is loaded");
    }

    @Test
    void a_range_no_loaded_version_meets_lists_the_loaded_versions() {
        Problem p = onlyError(link(List.of(base20, base10, base11), "bad/range-unmet.yaml").get(0));

        assertThat(p.code()).isEqualTo("no-version-in-range");
        assertThat(p.location().line()).isEqualTo(4);
        assertThat(p.message()).isEqualTo("'zu-neu' extends kommunal-typen@[3.0.0,4.0.0), but no loaded version of "
                + "kommunal-typen lies in that range; loaded: 1.0.0, 1.1.0, 2.0.0.");
    }

    @Test
    void a_cycle_of_extends_names_the_chain_for_every_variant_in_it() {
        List<VariantLinker.Linked> linked = link(List.of(base10), "bad/cycle-a.yaml", "bad/cycle-b.yaml");

        assertThat(onlyError(linked.get(0)).message())
                .isEqualTo("The variants extend each other in a circle: kreis-a@1.0.0 → kreis-b@1.0.0 → kreis-a@1.0.0.");
        assertThat(onlyError(linked.get(1)).message())
                .isEqualTo("The variants extend each other in a circle: kreis-b@1.0.0 → kreis-a@1.0.0 → kreis-b@1.0.0.");
        assertThat(linked).allSatisfy(l -> assertThat(onlyError(l).code()).isEqualTo("extends-cycle"));
    }

    @Test
    void a_variant_whose_range_takes_in_itself_is_a_cycle_of_one() {
        Problem p = onlyError(link(List.of(base10), "bad/extends-itself.yaml").get(0));

        assertThat(p.message()).isEqualTo("The variant kommunal-typen@3.0.0 extends itself: kommunal-typen@[1.0,4.0) under"
                + " extends takes in its own id and version. Give the variant an id of its own, or leave version 3.0.0 out of"
                + " the range.");
        assertThat(p.code()).isEqualTo("extends-cycle");
    }

    @Test
    void a_variant_of_a_failed_variant_fails_because_of_its_base_and_names_it() {
        List<VariantLinker.Linked> linked = link(List.of(base10), "bad/removes-relied-on-question.yaml",
                "bad/cycle-a.yaml");
        VariantLinker.Linked onFailed = fixtures.linker.link(List.of(base10), List.of(
                fixtures.pending("bad/removes-relied-on-question.yaml", "a"),
                new VariantLinker.Pending(fixtures.reader.read("variants/darauf.yaml", """
                        id: darauf
                        version: 1.0.0
                        extends: ohne-strategie@1
                        locales: [de, en]
                        title: {de: Darauf, en: On top}
                        """), "b"))).get(1);

        assertThat(linked.get(0)).isInstanceOf(VariantLinker.Linked.Failed.class);
        assertThat(onFailed).isInstanceOfSatisfying(VariantLinker.Linked.Failed.class, f -> {
            assertThat(f.becauseOfBase()).isTrue();
            assertThat(f.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("base-failed");
                assertThat(p.message()).isEqualTo("'darauf' extends ohne-strategie@1.0.0 "
                        + "(variants/bad/removes-relied-on-question.yaml), which has errors itself and is not loaded.");
            });
        });
    }

    @Test
    void two_variants_of_one_base_with_one_id_from_different_owners_name_both() {
        List<VariantLinker.Linked> linked = fixtures.linker.link(List.of(base10), List.of(
                fixtures.pending("kreis.yaml", "verband-a"), fixtures.pending("bad/kreis-other-plugin.yaml", "verband-b")));

        assertThat(linked.get(0)).isInstanceOf(VariantLinker.Linked.Resolved.class);
        Problem p = onlyError(linked.get(1));
        assertThat(p.code()).isEqualTo("duplicate-variant");
        assertThat(p.location().toString()).isEqualTo("variants/bad/kreis-other-plugin.yaml:2:1");
        assertThat(p.message()).isEqualTo("Two variants of 'kommunal-typen' have the id 'kreis-typen': "
                + "variants/kreis.yaml (plugin verband-a) and variants/bad/kreis-other-plugin.yaml (plugin verband-b). "
                + "Only the first is loaded; please choose an id of your own.");
    }

    @Test
    void one_owner_may_ship_two_versions_of_its_variant() {
        List<VariantLinker.Linked> linked = fixtures.linker.link(List.of(base10), List.of(
                fixtures.pending("kreis.yaml", "verband-a"), fixtures.pending("bad/kreis-other-plugin.yaml", "verband-a")));

        assertThat(linked).allSatisfy(l -> assertThat(l).isInstanceOf(VariantLinker.Linked.Resolved.class));
    }
}
