package de.typwerk.applications.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.answers.Ags;
import de.typwerk.engine.answers.AnswersRead;
import de.typwerk.engine.answers.AnswersReader;
import de.typwerk.applications.batch.AnswersJsonLine;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SyntheticAnswersTest {

    private static final Questionnaire TEAMS = Fixtures.TEAMS;
    private static final LoadedQuestionnaire LOADED = Fixtures.loaded(TEAMS);
    private final AnswersReader reader = new AnswersReader(new Mappers(), new Messages(Locale.ENGLISH));
    private final AnswersJsonLine json = new AnswersJsonLine();

    private static List<SyntheticRow> rows(SyntheticAnswers.Settings settings, int count) {
        List<SyntheticRow> rows = new ArrayList<>();
        new SyntheticAnswers(TEAMS, settings).rows(count).forEachRemaining(rows::add);
        return rows;
    }

    private String lines(SyntheticAnswers.Settings settings, int count) {
        StringBuilder b = new StringBuilder();
        for (SyntheticRow r : rows(settings, count)) {
            b.append(json.write(r.questionnaireId(), r.questionnaireVersion(), r.respondent(), r.answers())).append('\n');
        }
        return b.toString();
    }

    @Test
    void the_same_seed_gives_the_same_rows_and_another_seed_other_rows() {
        String first = lines(SyntheticAnswers.Settings.seed(42), 300);

        assertThat(lines(SyntheticAnswers.Settings.seed(42), 300)).isEqualTo(first);
        assertThat(lines(SyntheticAnswers.Settings.seed(43), 300)).isNotEqualTo(first);
    }

    @Test
    void rows_are_the_same_whatever_the_default_locale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String german = lines(SyntheticAnswers.Settings.seed(7), 200);
            Locale.setDefault(new Locale("tr", "TR"));
            String turkish = lines(SyntheticAnswers.Settings.seed(7), 200);

            assertThat(turkish).isEqualTo(german);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Property(tries = 30)
    void every_row_reads_back_as_a_complete_answers_file_without_any_problem(@ForAll long seed) {
        for (SyntheticRow r : rows(SyntheticAnswers.Settings.seed(seed).withGaps(0.3), 40)) {
            byte[] line = json.write(r.questionnaireId(), r.questionnaireVersion(), r.respondent(), r.answers())
                    .getBytes(StandardCharsets.UTF_8);
            AnswersRead read = reader.read("row.json", line, List.of(LOADED));

            assertThat(read.problems()).as(new String(line, StandardCharsets.UTF_8)).isEmpty();
            assertThat(read.response().orElseThrow().answers()).isEqualTo(r.answers());
        }
    }

    @Test
    void draws_numbers_for_a_question_whose_range_spans_more_than_a_double_holds() {
        // the validator takes any finite bounds: from the least double to the greatest the width is infinite
        String teams = new String(Fixtures.bytes("fixtures/teams.yaml"), StandardCharsets.UTF_8);
        String wide = teams.replace("        min: 0\n        integer: true\n",
                "        min: -1.7976931348623157e308\n        max: 1.7976931348623157e308\n        integer: false\n");
        assertThat(wide).isNotEqualTo(teams);
        de.typwerk.engine.definition.DefinitionRead definition = new de.typwerk.engine.definition.DefinitionReader(new Mappers(),
                new Messages(Locale.ENGLISH)).read(new de.typwerk.api.spi.DefinitionSource("fixtures/teams.yaml",
                wide.getBytes(StandardCharsets.UTF_8)));
        assertThat(definition.problems()).isEmpty();
        Questionnaire questionnaire = definition.questionnaire().orElseThrow();
        LoadedQuestionnaire loaded = Fixtures.loaded(questionnaire);

        Iterator<SyntheticRow> rows = new SyntheticAnswers(questionnaire, SyntheticAnswers.Settings.seed(5)).rows(200);
        while (rows.hasNext()) {
            SyntheticRow r = rows.next();
            byte[] line = json.write(r.questionnaireId(), r.questionnaireVersion(), r.respondent(), r.answers())
                    .getBytes(StandardCharsets.UTF_8);
            assertThat(reader.read("row.json", line, List.of(loaded)).problems()).as(new String(line, StandardCharsets.UTF_8)).isEmpty();
        }
    }

    @Test
    void never_answers_a_question_whose_condition_is_false_and_always_answers_required_ones() {
        Question meetups = TEAMS.question("q-meetups").orElseThrow();
        Question anchor = TEAMS.question("q-anchor").orElseThrow();
        int asked = 0;
        for (SyntheticRow r : rows(SyntheticAnswers.Settings.seed(5), 500)) {
            assertThat(r.answers()).containsKey(anchor.id());
            boolean shouldBeAsked = meetups.isAskedGiven(r.answers());
            if (!shouldBeAsked) assertThat(r.answers()).doesNotContainKey(meetups.id());
            if (shouldBeAsked) asked++;
        }
        assertThat(asked).as("the condition is true for some rows and false for others").isBetween(1, 499);
    }

    @Test
    void gaps_leave_optional_questions_out_and_never_required_ones() {
        List<String> optional = TEAMS.questions().stream().filter(q -> !q.required() && q.when().isEmpty())
                .map(Question::id).toList();

        for (SyntheticRow r : rows(SyntheticAnswers.Settings.seed(1).withGaps(1), 100)) {
            assertThat(r.answers()).doesNotContainKeys(optional.toArray(String[]::new));
            assertThat(r.answers()).containsKey("q-anchor");
        }
        long answeredWithoutGaps = rows(SyntheticAnswers.Settings.seed(1).withGaps(0), 100).stream()
                .filter(r -> r.answers().keySet().containsAll(optional)).count();
        assertThat(answeredWithoutGaps).as("no gaps: every optional question answered (multi may pick none)").isGreaterThan(80);
    }

    @Test
    void draws_only_the_types_of_the_mix_in_about_their_proportion() {
        Map<String, Integer> drawn = new HashMap<>();
        for (SyntheticRow r : rows(SyntheticAnswers.Settings.seed(9).withMix(Map.of("analyst", 3.0, "connector", 1.0)), 2000)) {
            drawn.merge(r.drawnType(), 1, Integer::sum);
        }

        assertThat(drawn).containsOnlyKeys("analyst", "connector");
        assertThat(drawn.get("analyst")).isBetween(1350, 1650);
    }

    @Test
    void a_kind_given_makes_every_respondent_of_that_kind_and_none_given_keeps_the_draws() {
        for (String kind : SyntheticAnswers.Settings.KINDS) {
            for (SyntheticRow r : rows(SyntheticAnswers.Settings.seed(11).withKind(kind), 300)) {
                assertThat(r.respondent().kind()).contains(kind);
                // Berlin, Hamburg and Bremen have no Kreis and no Gemeinde
                if (!kind.equals("stadt")) assertThat(r.respondent().ags().orElseThrow().substring(0, 2)).isNotIn("02", "04", "11");
                if (kind.equals("kreis")) assertThat(r.respondent().ags().orElseThrow()).endsWith("000");
            }
        }
        assertThat(rows(SyntheticAnswers.Settings.seed(11), 300).stream().map(r -> r.respondent().kind().orElseThrow()).distinct())
                .containsExactlyInAnyOrder("gemeinde", "stadt", "kreis");
        assertThatThrownBy(() -> SyntheticAnswers.Settings.seed(1).withKind("dorf")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answers_lean_towards_the_drawn_type() {
        Map<String, Integer> dataAnchor = new HashMap<>();
        for (SyntheticRow r : rows(SyntheticAnswers.Settings.seed(3), 1500)) {
            if (r.answers().get("q-anchor") instanceof Answer.Choice c && c.option().equals("o-data")) {
                dataAnchor.merge(r.drawnType(), 1, Integer::sum);
            }
        }

        assertThat(dataAnchor.getOrDefault("analyst", 0))
                .isGreaterThan(2 * dataAnchor.getOrDefault("builder", 0))
                .isGreaterThan(2 * dataAnchor.getOrDefault("connector", 0));
    }

    @Test
    void sharpness_zero_answers_without_regard_to_the_type() {
        Map<String, Integer> byOption = new HashMap<>();
        for (SyntheticRow r : rows(SyntheticAnswers.Settings.seed(3).withSharpness(0).withMix(Map.of("analyst", 1.0)), 3000)) {
            byOption.merge(((Answer.Choice) r.answers().get("q-anchor")).option(), 1, Integer::sum);
        }

        assertThat(byOption.values()).allSatisfy(n -> assertThat(n).isBetween(850, 1150));
    }

    @Test
    void respondents_are_municipalities_with_a_valid_ags_of_their_state_and_kind() {
        for (SyntheticRow r : rows(SyntheticAnswers.Settings.seed(11), 2000)) {
            String ags = r.respondent().ags().orElseThrow();
            String kind = r.respondent().kind().orElseThrow();
            String name = r.respondent().name().orElseThrow();
            Ags parsed = Ags.parse(ags).orElseThrow(() -> new AssertionError("invalid AGS " + ags));

            assertThat(r.respondent().state()).contains(parsed.state().germanName());
            assertThat(kind).isIn("gemeinde", "stadt", "kreis");
            if (kind.equals("kreis")) {
                assertThat(ags).endsWith("000");
                assertThat(name).startsWith("Landkreis ");
            }
            if (kind.equals("gemeinde")) {
                assertThat(ags).doesNotEndWith("000");
                assertThat(name).startsWith("Gemeinde ");
            }
        }
    }

    @Test
    void refuses_a_mix_naming_a_type_the_questionnaire_does_not_have() {
        assertThatThrownBy(() -> new SyntheticAnswers(TEAMS, SyntheticAnswers.Settings.seed(1).withMix(Map.of("nobody", 1.0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
        assertThatThrownBy(() -> new SyntheticAnswers(TEAMS, SyntheticAnswers.Settings.seed(1).withMix(Map.of("analyst", 0.0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void draws_lazily_so_a_huge_count_costs_nothing_up_front() {
        Iterator<SyntheticRow> rows = new SyntheticAnswers(TEAMS, SyntheticAnswers.Settings.seed(1)).rows(Long.MAX_VALUE);

        assertThat(rows.next().row()).isEqualTo(1);
        assertThat(rows.next().row()).isEqualTo(2);
    }
}
