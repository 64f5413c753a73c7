package de.typwerk.applications.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Respondent;
import de.typwerk.engine.testing.Fixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvLayoutTest {

    private final CsvLayout layout = new CsvLayout(Fixtures.TEAMS);

    @Test
    void the_header_is_the_fixed_columns_then_every_question_in_questionnaire_order() {
        assertThat(layout.header()).isEqualTo(
                "questionnaire,version,name,ags,kind,state,q-anchor,q-tools,q-goals,q-numbers,q-meetups,q-size,q-note");
    }

    @Test
    void writes_answers_as_cells_and_reads_them_back_as_an_answers_document() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("q-anchor", new Answer.Choice("o-craft"));
        answers.put("q-tools", new Answer.Choices(List.of("t-data", "t-build")));
        answers.put("q-goals", new Answer.Ranking(List.of("g-service", "g-efficiency")));
        answers.put("q-numbers", new Answer.Scale(4));
        answers.put("q-size", new Answer.Number(new BigDecimal("12")));
        answers.put("q-note", new Answer.Text("Kommas, \"Zitate\"\nund Zeilen"));
        Respondent respondent = Respondent.builder().name("Gemeinde A").ags("09162001").build();

        List<String> cells = layout.row("fixture-teams", "1.2.0", respondent, answers);
        ObjectNode document = layout.document(layout.columns(), cells);

        assertThat(CsvText.line(cells)).isEqualTo("fixture-teams,1.2.0,Gemeinde A,09162001,,,o-craft,t-data|t-build,"
                + "g-service|g-efficiency,4,,12,\"Kommas, \"\"Zitate\"\"\nund Zeilen\"");
        assertThat(document.toString()).isEqualTo("{\"questionnaire\":\"fixture-teams\",\"version\":\"1.2.0\","
                + "\"respondent\":{\"name\":\"Gemeinde A\",\"ags\":\"09162001\"},\"answers\":{\"q-anchor\":\"o-craft\","
                + "\"q-tools\":[\"t-data\",\"t-build\"],\"q-goals\":[\"g-service\",\"g-efficiency\"],\"q-numbers\":4,"
                + "\"q-size\":12,\"q-note\":\"Kommas, \\\"Zitate\\\"\\nund Zeilen\"}}");
    }

    @Test
    void a_number_of_forty_characters_and_more_is_a_number_as_in_json_lines_not_text() {
        // the same row as JSON Lines is read as the number 12: a CSV cell must not get another verdict
        String twelve = "12." + "0".repeat(40);
        String four = "4." + "0".repeat(40);
        List<String> header = List.of("questionnaire", "version", "q-numbers", "q-size");
        ObjectNode document = layout.document(header, new ArrayList<>(List.of("fixture-teams", "1.2.0", four, twelve)));

        assertThat(document.get("answers").get("q-numbers").isNumber()).as(document.toString()).isTrue();
        assertThat(document.get("answers").get("q-size").isNumber()).as(document.toString()).isTrue();
        assertThat(document.get("answers").get("q-size").decimalValue()).isEqualByComparingTo("12");
    }

    @Test
    void a_no_break_space_around_a_cell_is_white_space_as_a_space_is() {
        // copied from a web page or written by a spreadsheet: " 12 " is 12, so is "12\u00a0", which read as the text "12 "
        List<String> header = List.of("questionnaire", "version", "q-anchor", "q-tools", "q-numbers", "q-size");
        ObjectNode document = layout.document(header, new ArrayList<>(List.of("fixture-teams", "1.2.0", "\u00a0o-craft",
                "t-data\u202f|\u00a0t-build", "4\u2007", "12\u00a0")));

        assertThat(document.get("answers").toString())
                .isEqualTo("{\"q-anchor\":\"o-craft\",\"q-tools\":[\"t-data\",\"t-build\"],\"q-numbers\":4,\"q-size\":12}");
    }

    @Test
    void a_cell_that_does_not_look_like_its_kind_stays_text_for_the_reader_to_refuse() {
        List<String> header = List.of("questionnaire", "version", "q-numbers", "q-size");
        ObjectNode document = layout.document(header, new ArrayList<>(List.of("fixture-teams", "1.2.0", "viel", "12,5")));

        assertThat(document.get("answers").get("q-numbers").isTextual()).isTrue();
        assertThat(document.get("answers").get("q-size").isTextual()).isTrue();
    }
}
