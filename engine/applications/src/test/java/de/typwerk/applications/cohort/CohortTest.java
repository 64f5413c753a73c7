package de.typwerk.applications.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.answers.FederalState;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.testing.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The cohort of {@code cohort/results.jsonl}: ten results of the fixture typology, one error row,
 * two unreadable lines, one result for another questionnaire, one AGS that is no AGS and one whose
 * state does not exist. Expected values worked out by hand.
 */
class CohortTest {

    static final Questionnaire TYPOLOGY = Fixtures.questionnaire("cohort/typology.yaml");
    static final Messages GERMAN = new Messages(Locale.GERMAN);

    static ResultRows rows(String content) throws IOException {
        return new ResultsReader(new Mappers(), GERMAN).read("results.jsonl", new StringReader(content));
    }

    static String file() {
        return new String(Fixtures.bytes("cohort/results.jsonl"), StandardCharsets.UTF_8);
    }

    private static Cohort cohort(int partners) throws IOException {
        return Cohort.of(TYPOLOGY, rows(file()), Optional.empty(), partners);
    }

    @Test
    void counts_results_error_rows_unreadable_lines_and_other_questionnaires_and_skips_blank_lines() throws IOException {
        ResultRows rows = rows(file());

        assertThat(rows.counts()).isEqualTo(new RowCounts(14, 10, 1, 2, 1));
        assertThat(rows.coordinates()).contains("fixture-cohort@1.0.0");
        assertThat(rows.problems()).extracting(p -> p.location().line(), Problem::code)
                .containsExactly(tuple(9, "not-json"), tuple(11, "other-questionnaire"), tuple(14, "not-a-result"));
        assertThat(rows.problems().get(1).message()).contains("other@1.0.0", "fixture-cohort@1.0.0");
    }

    @Test
    void a_line_longer_than_the_limit_is_skipped_and_reported_and_the_lines_after_it_are_read() throws IOException {
        String file = file();
        int second = file.indexOf('\n') + 1;
        String withAHugeLine = file.substring(0, second) + "{\"row\":\"" + "x".repeat(Mappers.MAX_DOCUMENT_BYTES) + "\"}\n"
                + file.substring(second);

        ResultRows rows = new ResultsReader(new Mappers(), new Messages(Locale.ENGLISH))
                .read("results.jsonl", new ByteArrayInputStream(withAHugeLine.getBytes(StandardCharsets.UTF_8)));

        assertThat(rows.counts()).isEqualTo(new RowCounts(15, 10, 1, 3, 1));
        assertThat(rows.problems().get(0).code()).isEqualTo("too-long");
        assertThat(rows.problems().get(0).location().line()).isEqualTo(2);
        assertThat(rows.problems().get(0).message()).isEqualTo("The line is longer than 4194304 bytes and was skipped.");
    }

    @Test
    void a_line_of_answers_where_results_belong_is_said_to_be_answers_to_score_first() throws IOException {
        String answers = "{\"questionnaire\":\"oefit-digitalisierungstypen\",\"version\":\"1.0.0\",\"answers\":{\"fokus\":4}}\n";

        ResultRows rows = new ResultsReader(new Mappers(), new Messages(Locale.ENGLISH))
                .read("answers.jsonl", new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)));

        assertThat(rows.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("not-a-result");
            assertThat(p.message()).isEqualTo("The line holds answers (it names its questionnaire by its id), not a result:"
                    + " score them with typwerk batch first, then analyse its results.");
        });
    }

    @Test
    void read_from_bytes_the_file_gives_what_it_gives_read_as_text() throws IOException {
        ResultRows fromBytes = new ResultsReader(new Mappers(), GERMAN)
                .read("results.jsonl", new ByteArrayInputStream(file().getBytes(StandardCharsets.UTF_8)));

        assertThat(fromBytes.counts()).isEqualTo(rows(file()).counts());
        assertThat(fromBytes.problems()).isEqualTo(rows(file()).problems());
    }

    @Test
    void distributes_the_outcomes_by_kind_of_municipality_known_kinds_first_unknown_last() throws IOException {
        Distribution byKind = cohort(3).byKind();

        assertThat(byKind.columns()).containsExactly("ruhig", "schnell", "gesellig", "mixed", "insufficient");
        assertThat(byKind.groups()).extracting(Tally::key, Tally::total, Tally::counts).containsExactly(
                tuple("gemeinde", 5L, List.of(0L, 1L, 2L, 1L, 1L)),
                tuple("stadt", 3L, List.of(1L, 2L, 0L, 0L, 0L)),
                tuple("kreis", 1L, List.of(1L, 0L, 0L, 0L, 0L)),
                tuple("unknown", 1L, List.of(1L, 0L, 0L, 0L, 0L)));
        assertThat(byKind.all()).isEqualTo(new Tally("all", 10, List.of(3L, 3L, 2L, 1L, 1L)));
        assertThat(byKind.groups().get(1).percent(2)).hasToString("66.7");
        assertThat(byKind.groups().get(0).percent(1)).hasToString("20.0");
    }

    @Test
    void distributes_the_outcomes_by_state_from_the_ags_and_counts_invalid_ags_under_unknown_state() throws IOException {
        Distribution byState = cohort(3).byState();

        assertThat(byState.groups()).extracting(Tally::key, Tally::total, Tally::counts).containsExactly(
                tuple("01", 6L, List.of(2L, 2L, 1L, 1L, 0L)),
                tuple("09", 2L, List.of(0L, 1L, 0L, 0L, 1L)),
                // "1234" is no AGS; "99000001" has eight digits but no state 99
                tuple("unknown", 2L, List.of(1L, 0L, 1L, 0L, 0L)));
    }

    @Test
    void knows_the_sixteen_states_by_their_digits() {
        assertThat(FederalState.values()).hasSize(16);
        assertThat(FederalState.ofCode("01")).contains(FederalState.SCHLESWIG_HOLSTEIN);
        assertThat(FederalState.ofCode("16")).contains(FederalState.THUERINGEN);
        assertThat(FederalState.ofCode("00")).isEmpty();
        assertThat(FederalState.ofCode("17")).isEmpty();
        assertThat(Place.of(Optional.of("0916200")).known()).isFalse();
        assertThat(Place.of(Optional.of("09162000")).kreis()).contains("09162");
    }

    @Test
    void finds_partners_of_the_types_a_weakness_names_same_kreis_first_then_state_then_anywhere() throws IOException {
        Map<String, Learner> learners = byName(cohort(3));

        Learner flensburg = learners.get("Flensburg");
        assertThat(flensburg.lessons()).extracting(l -> l.weakness().id()).containsExactly("tempo", "netz");
        assertThat(partners(flensburg.lessons().get(0))).containsExactly(
                "A-Dorf/kreis", "Kiel/state", "München/country");
        // two types to learn from, merged by nearness, then share (all 70 % here), then AGS
        assertThat(partners(flensburg.lessons().get(1))).containsExactly(
                "A-Dorf/kreis", "B-Dorf/kreis", "Kiel/state");
        // partners of unknown place come after every known one
        assertThat(partners(learners.get("A-Dorf").lessons().get(0))).containsExactly(
                "Flensburg/kreis", "E-Stadt/kreis", "Nirgendkreis/country");
    }

    @Test
    void boroughs_that_give_their_citys_ags_are_each_others_partners_in_the_same_kreis_and_each_its_own_learner() throws IOException {
        // as the Bezirke of Berlin do, which have no AGS of their own (docs/cohort.md)
        String boroughs = file().lines()
                .map(l -> l.replaceAll("\"ags\":\"(01001000|01001001|01001002|01001004)\"", "\"ags\":\"11000000\""))
                .collect(Collectors.joining("\n"));
        Cohort cohort = Cohort.of(TYPOLOGY, rows(boroughs), Optional.empty(), 3);
        Map<String, Learner> learners = byName(cohort);

        assertThat(cohort.learners().map(l -> l.member().name().orElseThrow()))
                .contains("Flensburg", "A-Dorf", "B-Dorf", "E-Stadt").doesNotHaveDuplicates();
        assertThat(partners(learners.get("Flensburg").lessons().get(0))).containsExactly(
                "A-Dorf/kreis", "Kiel/country", "München/country");
        assertThat(partners(learners.get("A-Dorf").lessons().get(0))).startsWith("Flensburg/kreis", "E-Stadt/kreis")
                .noneMatch(p -> p.startsWith("A-Dorf/"));
    }

    @Test
    void within_one_nearness_the_clearest_example_comes_first_whatever_its_ags() throws IOException {
        // B-Dorf (01001002) a clearer Gesellige (90 %) than A-Dorf (01001001) is a Schnelle (70 %)
        String clearer = file().lines()
                .map(l -> l.contains("\"name\":\"B-Dorf\"") ? l.replaceFirst("\"share\":0\\.7,", "\"share\":0.9,") : l)
                .collect(java.util.stream.Collectors.joining("\n"));
        Cohort cohort = Cohort.of(TYPOLOGY, rows(clearer), Optional.of("wo"), 3);

        Learner flensburg = byName(cohort).get("Flensburg");

        assertThat(partners(flensburg.lessons().get(1))).containsExactly("B-Dorf/kreis", "A-Dorf/kreis", "Kiel/state");
    }

    @Test
    void lists_at_most_the_asked_number_of_partners_per_weakness() throws IOException {
        Map<String, Learner> learners = byName(cohort(1));

        assertThat(learners.get("Flensburg").lessons()).extracting(CohortTest::partners)
                .containsExactly(List.of("A-Dorf/kreis"), List.of("A-Dorf/kreis"));
        assertThat(byName(cohort(0)).get("Flensburg").lessons()).allSatisfy(l -> assertThat(l.partners()).isEmpty());
    }

    @Test
    void a_mixed_result_learns_for_both_types_and_is_nobodys_partner() throws IOException {
        Cohort cohort = cohort(5);
        Learner mixed = byName(cohort).get("C-Dorf");

        assertThat(mixed.lessons()).extracting(PeerLesson::type, l -> l.weakness().id())
                .containsExactly(tuple("ruhig", "tempo"), tuple("ruhig", "netz"), tuple("gesellig", "technik"));
        assertThat(cohort.learners().flatMap(l -> l.lessons().stream()).flatMap(l -> l.partners().stream())
                .map(p -> p.member().name().orElseThrow())).doesNotContain("C-Dorf", "D-Dorf");
    }

    @Test
    void a_municipality_without_a_valid_ags_learns_from_anyone_clearest_first() throws IOException {
        Learner noState = byName(cohort(3)).get("Ohne-Land");

        assertThat(partners(noState.lessons().get(0))).containsExactly("A-Dorf/country", "Kiel/country", "München/country");
    }

    @Test
    void lists_learners_by_ags_with_unknown_places_last_and_leaves_out_insufficient_results() throws IOException {
        Cohort cohort = cohort(3);

        assertThat(cohort.learners().map(l -> l.member().name().orElseThrow())).containsExactly(
                "Flensburg", "A-Dorf", "B-Dorf", "C-Dorf", "E-Stadt", "Kiel", "München", "Ohne-Land", "Nirgendkreis");
        assertThat(cohort.learnerCount()).isEqualTo(9);
    }

    @Test
    void sets_each_type_beside_its_profile_text_for_the_chosen_topic_and_where_it_is_most_frequent() throws IOException {
        Cohort cohort = Cohort.of(TYPOLOGY, rows(file()), Optional.of("wo"), 3);

        assertThat(cohort.types()).extracting(s -> s.type().id(), TypeSummary::count, s -> s.hint().orElseThrow().get("en", "de"),
                TypeSummary::likeliest).containsExactly(
                tuple("ruhig", 3L, "Often in towns.", Optional.of("kreis")),
                tuple("schnell", 3L, "Everywhere.", Optional.of("stadt")),
                tuple("gesellig", 2L, "Mostly in municipalities.", Optional.of("gemeinde")));
        assertThat(cohort(3).types()).allSatisfy(s -> assertThat(s.hint()).isEmpty());
        assertThatThrownBy(() -> Cohort.of(TYPOLOGY, rows(file()), Optional.of("nirgends"), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_report_does_not_depend_on_the_order_of_the_lines() throws IOException {
        List<String> lines = new ArrayList<>(file().lines().toList());
        // the first result fixes the questionnaire: keep only lines of this one (the text report, made from
        // the same cohort, is held to its expected file in engine/presentation's CohortTextTest)
        lines.removeIf(l -> l.contains("\"id\":\"other\""));
        String ordered = String.join("\n", lines);
        Collections.shuffle(lines, new Random(42));
        String shuffled = String.join("\n", lines);

        for (Function<Cohort, String> format : List.<Function<Cohort, String>>of(CohortTest::csv)) {
            String a = format.apply(Cohort.of(TYPOLOGY, rows(ordered), Optional.of("wo"), 2));
            String b = format.apply(Cohort.of(TYPOLOGY, rows(shuffled), Optional.of("wo"), 2));
            assertThat(b).isEqualTo(a);
        }
        assertThat(json(Cohort.of(TYPOLOGY, rows(ordered), Optional.of("wo"), 2)))
                .isEqualTo(json(Cohort.of(TYPOLOGY, rows(ordered), Optional.of("wo"), 2)));
    }

    @Test
    void an_empty_file_is_a_cohort_of_nobody() throws IOException {
        ResultRows rows = rows("\n\n");

        assertThat(rows.counts()).isEqualTo(new RowCounts(0, 0, 0, 0, 0));
        assertThat(rows.coordinates()).isEmpty();
    }

    static Map<String, Learner> byName(Cohort cohort) {
        return cohort.learners().collect(Collectors.toMap(l -> l.member().name().orElseThrow(), l -> l));
    }

    static List<String> partners(PeerLesson lesson) {
        return lesson.partners().stream().map(p -> p.member().name().orElseThrow() + "/" + p.proximity().id()).toList();
    }


    static String csv(Cohort cohort) {
        return written(w -> new CohortCsv(GERMAN).write(cohort, java.util.EnumSet.allOf(CohortSection.class), w));
    }

    static String json(Cohort cohort) {
        return written(w -> new CohortJson(GERMAN).write(cohort, java.util.EnumSet.allOf(CohortSection.class), w));
    }

    interface Writing {
        void to(java.io.Writer w) throws IOException;
    }

    static String written(Writing writing) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            writing.to(w);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }
}
