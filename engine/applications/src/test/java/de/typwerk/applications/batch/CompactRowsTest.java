package de.typwerk.applications.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.typwerk.applications.synthetic.SyntheticAnswers;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.report.Decimals;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The compact rows, written as bytes without a JSON generator: the same bytes a generator writes,
 * for every text and number, and the same fields and values as the full row of the same answers.
 */
class CompactRowsTest {

    private final CompactJsonLinesResults.Renderer renderer = new CompactJsonLinesResults.Renderer();

    @Property(tries = 2000)
    void a_text_is_written_as_jacksons_generator_writes_it(@ForAll("texts") String text) throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(expected, JsonEncoding.UTF8)) {
            g.writeString(text);
        }

        // the first time encoded, the second kept, the third copied from what was kept; a copy of the text as the first
        assertThat(renderer.stringBytes(text)).isEqualTo(expected.toByteArray());
        assertThat(renderer.stringBytes(text)).isEqualTo(expected.toByteArray());
        assertThat(renderer.stringBytes(text)).isEqualTo(expected.toByteArray());
        assertThat(renderer.stringBytes(new String(text.toCharArray()))).isEqualTo(expected.toByteArray());
    }

    @Test
    void texts_that_share_a_slot_of_the_kept_texts_are_each_written_as_themselves() throws IOException {
        // "Aa" and "BB" have the same hash, so the same slot
        for (int i = 0; i < 3; i++) {
            assertThat(new String(renderer.stringBytes("Aa"), StandardCharsets.UTF_8)).isEqualTo("\"Aa\"");
            assertThat(new String(renderer.stringBytes("BB"), StandardCharsets.UTF_8)).isEqualTo("\"BB\"");
            assertThat(new String(renderer.stringBytes("Aa"), StandardCharsets.UTF_8)).isEqualTo("\"Aa\"");
        }
    }

    @Provide
    Arbitrary<String> texts() {
        // ids, names with umlauts, quotes and backslashes, control characters, emoji (surrogate pairs) and halves of them
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30),
                Arbitraries.strings().withChars("aäöüßÄ\"\\\n\t\u0000\u001f\u007f\u0080\u07ff\u0800\u2028\uffff\ud83d\ude00").ofMaxLength(20),
                Arbitraries.of("Gemeinde Müllheim", "Stadt \"Süd\"", "a\\b", "😀 Dorf", "\ud83d", "\ude00x", "<&>", ""));
    }

    @Property(tries = 5000)
    void a_fractional_number_is_written_with_six_decimals_as_the_full_result_writes_it(@ForAll("numbers") double value) {
        String expected = Double.isFinite(value) ? Decimals.fixed(value) : "null";

        assertThat(new String(renderer.decimalBytes(value), StandardCharsets.US_ASCII)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Double> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-2, 2),
                Arbitraries.doubles().between(-1e9, 1e9),
                Arbitraries.doubles(),
                // halves at the sixth place, beyond the quick way, and what is not finite
                Arbitraries.of(0.0000005, -0.0000005, 0.0000025, 1.0000015, -0.0, 4398046.511104, 5e6, 1e300, -1e300,
                        Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    }

    @Test
    @Timeout(120)
    void every_field_of_a_compact_row_is_the_full_rows_field_at_the_same_place_in_the_same_order() throws IOException {
        try (Typwerk typwerk = Typwerk.builder().locale(Locale.GERMAN).build()) {
            LoadedQuestionnaire ozg = typwerk.questionnaire("ozg-reifegrad").orElseThrow();
            AnswersJsonLine json = new AnswersJsonLine();
            List<String> lines = new ArrayList<>();
            new SyntheticAnswers(ozg.questionnaire(), SyntheticAnswers.Settings.seed(11)).rows(300).forEachRemaining(r ->
                    lines.add(json.write(r.questionnaireId(), r.questionnaireVersion(), r.respondent(), r.answers())));
            String input = String.join("\n", lines) + "\n";

            List<String> compact = run(typwerk, input, BatchDetail.COMPACT);
            List<String> full = run(typwerk, input, BatchDetail.FULL);

            ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
            assertThat(compact).hasSize(300).hasSameSizeAs(full);
            for (int i = 0; i < compact.size(); i++) {
                assertThat(compact.get(i)).as("row %d", i + 1).doesNotContain("\"error\"");
                containedInOrder(mapper.readTree(compact.get(i)), mapper.readTree(full.get(i)), "row " + (i + 1));
            }
        }
    }

    /** Every field of {@code part} is in {@code whole} with an equal value (objects: recursively), in the same order. */
    private static void containedInOrder(JsonNode part, JsonNode whole, String where) {
        if (part.isObject()) {
            assertThat(whole.isObject()).as(where).isTrue();
            List<String> wholeNames = new ArrayList<>();
            whole.fieldNames().forEachRemaining(wholeNames::add);
            int last = -1;
            for (Iterator<Map.Entry<String, JsonNode>> it = part.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                int at = wholeNames.indexOf(field.getKey());
                assertThat(at).as("%s/%s: in the full row, after the field before it", where, field.getKey()).isGreaterThan(last);
                last = at;
                containedInOrder(field.getValue(), whole.get(field.getKey()), where + "/" + field.getKey());
            }
        } else if (part.isArray()) {
            assertThat(whole.isArray()).as(where).isTrue();
            assertThat(part.size()).as(where).isEqualTo(whole.size());
            for (int i = 0; i < part.size(); i++) containedInOrder(part.get(i), whole.get(i), where + "/" + i);
        } else {
            assertThat(part).as(where).isEqualTo(whole);
        }
    }

    private static List<String> run(Typwerk typwerk, String input, BatchDetail detail) throws IOException {
        BatchInput.Opening opening = new BatchInput(typwerk).open(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), BatchFormat.JSONL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Batch(typwerk).run(((BatchInput.Ready) opening).rows(), out,
                new Batch.Options(BatchFormat.JSONL, Optional.empty(), 2, detail), BatchProgress.NONE);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
