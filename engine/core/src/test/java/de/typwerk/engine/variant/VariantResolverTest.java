package de.typwerk.engine.variant;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ResolvedBase;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.Section;
import de.typwerk.api.model.TypeDefinition;
import de.typwerk.engine.definition.document.QuestionnaireDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariantResolverTest {

    private final VariantFixtures fixtures = new VariantFixtures();
    private final ResolvedDefinition base = fixtures.ready("base.yaml");

    private VariantResolver.Resolution resolve(String variant) {
        return fixtures.resolver.resolve(fixtures.read(variant), base);
    }

    private Questionnaire kreis() {
        VariantResolver.Resolution r = resolve("kreis.yaml");
        assertThat(r.problems()).isEmpty();
        return r.resolved().orElseThrow().questionnaire();
    }

    private static List<String> ids(List<?> things) {
        return things.stream().map(t -> {
            if (t instanceof Section s) return s.id();
            if (t instanceof Question q) return q.id();
            if (t instanceof Option o) return o.id();
            if (t instanceof TypeDefinition type) return type.id();
            return t.toString();
        }).toList();
    }

    // ---- what a variant does ----

    @Test
    void takes_its_header_from_the_variant_and_the_description_from_the_base() {
        Questionnaire q = kreis();

        assertThat(q.id()).isEqualTo("kreis-typen");
        assertThat(q.version()).isEqualTo("1.0.0");
        assertThat(q.base()).contains("kommunal-typen@[1.0,2.0)");
        assertThat(q.title().get("en", "de")).isEqualTo("District types");
        assertThat(q.description().orElseThrow().get("en", "de")).isEqualTo("A small questionnaire.");
        assertThat(QuestionnaireDocument.overlayOf(q)).isEmpty();
    }

    @Test
    void removes_a_section_with_its_questions_and_an_option() {
        Questionnaire q = kreis();

        assertThat(ids(q.sections())).containsExactly("kreisaufgaben", "strategie");
        assertThat(q.question("art")).isEmpty();
        assertThat(ids(q.question("themen").orElseThrow().choices())).doesNotContain("intern");
    }

    @Test
    void replaces_a_question_an_option_and_a_type_in_place() {
        Questionnaire q = kreis();

        assertThat(ids(q.sections().get(1).questions())).containsExactly("hat-strategie", "umsetzung", "leitstelle", "themen");
        ScaleQuestion umsetzung = (ScaleQuestion) q.question("umsetzung").orElseThrow();
        assertThat(umsetzung.max()).isEqualTo(10);
        assertThat(umsetzung.labels()).as("the replacement has none").isEmpty();
        assertThat(q.question("hat-strategie").orElseThrow().option("nein").orElseThrow().weights())
                .containsEntry("mutig", 2.0);
        assertThat(q.type("vorsichtig").orElseThrow().name().get("de", "de")).isEqualTo("Die Sorgfältige");
        assertThat(ids(q.types())).containsExactly("vorsichtig", "mutig", "vermittelnd");
    }

    @Test
    void replaces_single_texts_by_address_in_every_language() {
        Questionnaire q = kreis();

        assertThat(q.type("mutig").orElseThrow().motto().orElseThrow().texts())
                .isEqualTo(Map.of("de", "Los geht's.", "en", "Off we go."));
        assertThat(q.sections().get(1).title().get("en", "de")).isEqualTo("The district's strategy");
        assertThat(q.question("hat-strategie").orElseThrow().option("ja").orElseThrow().text().get("de", "de"))
                .isEqualTo("Ja, beschlossen");
    }

    @Test
    void adds_sections_questions_and_options_where_after_or_before_says() {
        Questionnaire q = kreis();

        assertThat(q.sections().get(0).questions()).extracting(Question::id).containsExactly("gemeinden-unterstuetzen");
        assertThat(ids(q.question("themen").orElseThrow().choices())).containsExactly("service", "rettungsdienst", "breitband");
    }

    @Test
    void a_multiple_choice_question_that_left_out_max_picks_still_allows_every_option_after_one_is_added() {
        MultipleChoiceQuestion themen = (MultipleChoiceQuestion) kreis().question("themen").orElseThrow();

        assertThat(themen.maxPicks()).isEqualTo(3);
    }

    @Test
    void merges_scoring_parameters_key_by_key_and_keeps_what_the_variant_leaves_alone() {
        var scoring = kreis().scoring().orElseThrow();

        assertThat(scoring.strategy()).isEqualTo("test-weights");
        assertThat(scoring.parameters()).containsEntry("scale", 2).containsEntry("focus", List.of("vorsichtig", "vermittelnd"));
        assertThat(scoring.alternatives()).containsKey("test-plain");
        assertThat(scoring.mixedMargin()).isEqualTo(0.05);
    }

    @Test
    void records_the_base_it_was_resolved_against_with_its_content_hash() {
        ResolvedDefinition resolved = resolve("kreis.yaml").resolved().orElseThrow();

        assertThat(resolved.bases()).containsExactly(new ResolvedBase("kommunal-typen", "1.0.0", base.contentHash()));
        assertThat(resolved.contentHash()).startsWith("sha256:").isNotEqualTo(base.contentHash());
        assertThat(resolved.source()).isEqualTo("variants/kreis.yaml");
    }

    @Test
    void removing_a_type_also_removes_the_weights_keyed_by_it() {
        VariantResolver.Resolution r = resolve("bad/removes-relied-on-type.yaml");

        assertThat(r.problems()).noneSatisfy(p -> assertThat(p.location().pointer()).contains("/weights/"));
    }

    @Test
    void locates_nodes_in_the_file_they_came_from() {
        SourceMapProbe probe = new SourceMapProbe(resolve("kreis.yaml").resolved().orElseThrow());

        assertThat(probe.origin("/sections/0/questions/0/text")).isEqualTo("variants/kreis.yaml:43:15 "
                + "/overlay/add/sections/0/section/questions/0/text");
        assertThat(probe.origin("/sections/1/questions/0/text")).isEqualTo("variants/base.yaml:46:9 "
                + "/sections/1/questions/0/text");
        assertThat(probe.origin("/types/1/motto")).startsWith("variants/kreis.yaml:").endsWith("/overlay/replace/texts/types~1mutig~1motto");
        assertThat(probe.origin("/scoring/parameters/scale")).startsWith("variants/kreis.yaml:").endsWith("/overlay/scoring/parameters/scale");
        assertThat(probe.origin("/scoring/alternatives")).startsWith("variants/base.yaml:").endsWith("/scoring/alternatives");
    }

    /** Where the resolved map puts a pointer, as {@code source:line:column pointer}. */
    private record SourceMapProbe(ResolvedDefinition resolved) {
        String origin(String pointer) {
            var l = resolved.sourceMap().origin(pointer);
            return l + " " + l.pointer();
        }
    }

    // ---- what a variant gets wrong ----

    @Test
    void removing_a_question_that_a_condition_relies_on_is_an_error_that_names_both_places() {
        VariantResolver.Resolution r = resolve("bad/removes-relied-on-question.yaml");

        assertThat(r.resolved()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("unknown-reference");
            assertThat(p.location().source()).isEqualTo("variants/base.yaml");
            assertThat(p.location().line()).isEqualTo(57);
            assertThat(p.location().pointer()).isEqualTo("/sections/1/questions/1/when/question");
            assertThat(p.message()).isEqualTo("'hat-strategie' is still needed here, but the variant removes it at "
                    + "variants/bad/removes-relied-on-question.yaml:9:17.");
        });
    }

    @Test
    void removing_a_type_that_a_weakness_and_the_scoring_parameters_rely_on_names_both_places_for_each() {
        VariantResolver.Resolution r = resolve("bad/removes-relied-on-type.yaml");

        assertThat(r.resolved()).isEmpty();
        assertThat(r.problems()).extracting(p -> p.location().source() + ":" + p.location().line() + " " + p.location().pointer())
                .containsExactlyInAnyOrder(
                        "variants/base.yaml:24 /types/1/weaknesses/0/learnFrom/0",
                        "variants/base.yaml:76 /scoring/parameters/focus/0");
        assertThat(r.problems()).extracting((Problem p) -> p.message()).containsExactlyInAnyOrder(
                "'vorsichtig' is still needed here, but the variant removes it at variants/bad/removes-relied-on-type.yaml:9:13.",
                "focus names the unknown type vorsichtig – the variant removes 'vorsichtig' at "
                        + "variants/bad/removes-relied-on-type.yaml:9:13.");
    }

    @Test
    void removing_what_the_base_does_not_have_names_it_with_the_nearest_id() {
        VariantResolver.Resolution r = resolve("bad/removes-what-is-not-there.yaml");

        assertThat(r.resolved()).isEmpty();
        assertThat(r.problems()).allSatisfy(p -> {
            assertThat(p.code()).isEqualTo("overlay-target-missing");
            assertThat(p.location().source()).isEqualTo("variants/bad/removes-what-is-not-there.yaml");
        }).extracting((Problem p) -> p.message()).containsExactly(
                "There is no question 'hat-strategi' in kommunal-typen@1.0.0; did you mean 'hat-strategie'?",
                "The question 'themen' in kommunal-typen@1.0.0 has no option 'servise'; did you mean 'service'?",
                "There is no type 'mutg' in kommunal-typen@1.0.0; did you mean 'mutig'?",
                "There is no parameter '/fokus' in the scoring parameters of kommunal-typen@1.0.0; did you mean '/focus'?");
        assertThat(r.problems()).extracting(p -> p.location().line()).containsExactly(9, 10, 11, 12);
    }

    @Test
    void replacing_what_the_base_does_not_have_names_it_and_an_unknown_text_address_lists_the_forms() {
        VariantResolver.Resolution r = resolve("bad/replaces-what-is-not-there.yaml");

        assertThat(r.resolved()).isEmpty();
        assertThat(r.problems()).extracting(Problem::code, (Problem p) -> p.message()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("overlay-target-missing",
                        "There is no question 'umsetzng' in kommunal-typen@1.0.0; did you mean 'umsetzung'?"),
                org.assertj.core.groups.Tuple.tuple("overlay-target-missing",
                        "The question 'hat-strategie' in kommunal-typen@1.0.0 has no option 'vielleicht'; known: ja, nein"),
                org.assertj.core.groups.Tuple.tuple("overlay-target-missing",
                        "There is no type 'mutigg' in kommunal-typen@1.0.0; did you mean 'mutig'?"),
                org.assertj.core.groups.Tuple.tuple("invalid-text-address",
                        r.problems().get(3).message()));
        assertThat(r.problems().get(3).message()).startsWith("'types/mutig/mottto' is no text address. Possible are:")
                .contains("types/<id>/name|motto|summary");
    }

    @Test
    void a_variant_that_writes_content_of_its_own_is_told_to_use_its_overlay() {
        VariantResolver.Resolution r = resolve("bad/variant-content.yaml");

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("variant-content");
            assertThat(p.location().line()).isEqualTo(7);
            assertThat(p.message()).contains("'sections'").contains("overlay");
        });
    }

    @Test
    void an_error_in_what_the_variant_adds_is_located_in_the_variant() {
        VariantResolver.Resolution r = fixtures.resolver.resolve(fixtures.reader.read("variants/added.yaml", """
                id: mit-luecke
                version: 1.0.0
                extends: kommunal-typen@1
                locales: [de, en]
                title: {de: Mit Lücke, en: With a gap}
                overlay:
                  add:
                    questions:
                      - section: strategie
                        question:
                          id: neu
                          kind: text
                          text: {de: Neu}
                """), base);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("missing-text");
            assertThat(p.location().toString()).isEqualTo("variants/added.yaml:13:11");
            assertThat(p.location().pointer()).isEqualTo("/overlay/add/questions/0/question/text/en");
        });
    }

    @Test
    void warnings_of_the_base_are_not_repeated_but_warnings_the_variant_causes_are_reported() {
        VariantResolver.Resolution r = fixtures.resolver.resolve(fixtures.reader.read("variants/leer.yaml", """
                id: leerer-abschnitt
                version: 1.0.0
                extends: kommunal-typen@1
                locales: [de, en]
                title: {de: Leer, en: Empty}
                overlay:
                  remove: {questions: [art]}
                """), base);

        assertThat(r.resolved()).isPresent();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("empty-section");
            assertThat(p.location().source()).isEqualTo("variants/base.yaml");
        });
    }

    @Test
    void a_question_added_with_the_id_of_one_in_the_base_is_a_duplicate_named_with_the_base_file() {
        VariantResolver.Resolution r = fixtures.resolver.resolve(fixtures.reader.read("variants/doppelt.yaml", """
                id: doppelt
                version: 1.0.0
                extends: kommunal-typen@1
                locales: [de, en]
                title: {de: Doppelt, en: Twice}
                overlay:
                  add:
                    questions:
                      - section: strategie
                        question: {id: art, kind: text, text: {de: Art, en: Kind}}
                """), base);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("duplicate-id");
            assertThat(p.location().source()).isEqualTo("variants/doppelt.yaml");
            assertThat(p.message()).contains("variants/base.yaml line 32");
        });
    }
}
