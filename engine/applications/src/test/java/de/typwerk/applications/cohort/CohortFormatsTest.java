package de.typwerk.applications.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cohort of {@code cohort/results.jsonl} written as text, CSV and JSON. */
class CohortFormatsTest {

    private static Cohort cohort() throws IOException {
        return Cohort.of(CohortTest.TYPOLOGY, CohortTest.rows(CohortTest.file()), Optional.of("wo"), 2);
    }

    private static String expected(String resource) {
        return new String(Fixtures.bytes(resource), StandardCharsets.UTF_8);
    }




    @Test
    void csv_has_the_distribution_in_long_form_and_one_row_per_partner() throws IOException {
        assertThat(CohortTest.csv(cohort())).isEqualTo(expected("cohort/expected.csv"));
    }

    @Test
    void csv_writes_one_clean_table_per_section_when_asked_for_one() throws IOException {
        Cohort cohort = cohort();
        String peers = CohortTest.written(w -> new CohortCsv(CohortTest.GERMAN).write(cohort, EnumSet.of(CohortSection.PEERS), w));

        assertThat(peers.lines().findFirst()).contains(String.join(",", CohortCsv.PEERS_HEADER));
        assertThat(peers.lines()).noneMatch(String::isEmpty).allMatch(l -> l.split(",", -1).length == CohortCsv.PEERS_HEADER.size());
    }

    @Test
    void csv_quotes_fields_with_commas_quotes_and_line_breaks() {
        assertThat(CohortCsv.field("Stadt, Kreis")).isEqualTo("\"Stadt, Kreis\"");
        assertThat(CohortCsv.field("der \"Kleine\"")).isEqualTo("\"der \"\"Kleine\"\"\"");
        assertThat(CohortCsv.field("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(CohortCsv.field("plain")).isEqualTo("plain");
    }

    @Test
    void json_carries_counts_distributions_hints_and_partners_in_a_fixed_order() throws IOException {
        JsonNode json = new ObjectMapper().readTree(CohortTest.json(cohort()));

        assertThat(json.fieldNames()).toIterable().containsExactly("questionnaire", "language", "rows", "hintTopic", "types",
                "distribution", "partnersPerWeakness", "peers");
        assertThat(json.at("/rows/errors").asInt()).isEqualTo(1);
        assertThat(json.at("/types/0/hint").asText()).isEqualTo("Oft in Städten.");
        assertThat(json.at("/distribution/byState/groups/2/group").asText()).isEqualTo("unknown");
        assertThat(json.at("/distribution/byKind/all/counts/ruhig/percent").decimalValue()).isEqualByComparingTo("30.0");
        JsonNode flensburg = json.at("/peers/0");
        assertThat(flensburg.at("/name").asText()).isEqualTo("Flensburg");
        assertThat(flensburg.at("/lessons/0/topic").asText()).isEqualTo("Ist langsam");
        assertThat(flensburg.at("/lessons/0/partners/0/name").asText()).isEqualTo("A-Dorf");
        assertThat(flensburg.at("/lessons/0/partners/0/proximity").asText()).isEqualTo("kreis");
        assertThat(flensburg.at("/lessons/0/partners/1/proximity").asText()).isEqualTo("state");
        // what to learn: the strength the weakness names of the partner's type, not all it has
        assertThat(flensburg.at("/lessons/0/partners/0/strengths")).hasSize(1);
        assertThat(flensburg.at("/lessons/0/partners/0/strengths/0/id").asText()).isEqualTo("tempo");
        assertThat(flensburg.at("/lessons/0/partners/0/strengths/0/text").asText()).isEqualTo("Ist schnell");
    }
}
