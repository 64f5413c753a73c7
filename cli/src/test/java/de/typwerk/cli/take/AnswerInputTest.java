package de.typwerk.cli.take;

import de.typwerk.cli.CliTexts;

import de.typwerk.presentation.Language;
import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.MultipleChoiceQuestion;
import de.typwerk.api.model.NumberQuestion;
import de.typwerk.api.model.Option;
import de.typwerk.api.model.RankingQuestion;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.SingleChoiceQuestion;
import de.typwerk.api.model.TextQuestion;
import de.typwerk.engine.definition.document.MultipleChoiceDocument;
import de.typwerk.engine.definition.document.NumberDocument;
import de.typwerk.engine.definition.document.OptionDocument;
import de.typwerk.engine.definition.document.RankingDocument;
import de.typwerk.engine.definition.document.ScaleDocument;
import de.typwerk.engine.definition.document.SingleChoiceDocument;
import de.typwerk.engine.definition.document.TextDocument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What {@code typwerk take} makes of a typed line, per kind of question. */
class AnswerInputTest {

    private final AnswerInput input = new AnswerInput(CliTexts.of(Language.EN));

    private static final LocalizedText T = LocalizedText.of("en", "?");
    private static final List<Option> ABCD = List.of(option("a"), option("b"), option("c"), option("d"));

    private static Option option(String id) {
        return new OptionDocument(id, LocalizedText.of("en", id.toUpperCase(java.util.Locale.ROOT)), Map.of());
    }

    private static final SingleChoiceQuestion SINGLE = new SingleChoiceDocument("s", T, Optional.empty(), true, Optional.empty(), ABCD);
    private static final MultipleChoiceQuestion MULTI = new MultipleChoiceDocument("m", T, Optional.empty(), true, Optional.empty(), ABCD, 1, 2);
    private static final RankingQuestion RANKING = new RankingDocument("r", T, Optional.empty(), true, Optional.empty(), ABCD, 3);
    private static final ScaleQuestion SCALE = new ScaleDocument("x", T, Optional.empty(), true, Optional.empty(), 1, 5, Map.of(), Map.of());
    private static final NumberQuestion WHOLE = new NumberDocument("n", T, Optional.empty(), true, Optional.empty(),
            Optional.of(0.0), Optional.of(10000000.0), true, Optional.empty(), Map.of());
    private static final NumberQuestion DECIMAL = new NumberDocument("d", T, Optional.empty(), true, Optional.empty(),
            Optional.of(0.0), Optional.empty(), false, Optional.empty(), Map.of());
    private static final TextQuestion TEXT = new TextDocument("t", T, Optional.empty(), false, Optional.empty(), 5);

    private Answer read(de.typwerk.api.model.Question q, String typed) {
        AnswerInput.Reading r = input.read(q, typed);
        assertThat(r).as(typed).isInstanceOf(AnswerInput.Reading.Read.class);
        return ((AnswerInput.Reading.Read) r).answer();
    }

    private String refused(de.typwerk.api.model.Question q, String typed) {
        AnswerInput.Reading r = input.read(q, typed);
        assertThat(r).as(typed).isInstanceOf(AnswerInput.Reading.Refused.class);
        return ((AnswerInput.Reading.Refused) r).why();
    }

    @Test
    void options_are_chosen_by_their_number_as_shown_or_by_their_id() {
        assertThat(read(SINGLE, " 2 ")).isEqualTo(new Answer.Choice("b"));
        assertThat(read(SINGLE, "c")).isEqualTo(new Answer.Choice("c"));
        assertThat(refused(SINGLE, "5")).isEqualTo("“5” is not one of the answers. Expected: A number from 1 to 4.");
        assertThat(refused(SINGLE, "1,2")).startsWith("Please give exactly one answer.");
    }

    @Test
    void several_picks_come_in_definition_order_a_ranking_in_the_order_typed() {
        assertThat(read(MULTI, "4,1")).isEqualTo(new Answer.Choices(List.of("a", "d")));
        assertThat(read(MULTI, "4 1")).isEqualTo(new Answer.Choices(List.of("a", "d")));
        assertThat(refused(MULTI, "1,2,3")).isEqualTo("3 given. Expected: Between 1 and 2 numbers, separated by commas (e.g. 3,1).");
        assertThat(refused(MULTI, "1,1")).startsWith("“1” is named twice.");
        assertThat(read(RANKING, "3,1,d")).isEqualTo(new Answer.Ranking(List.of("c", "a", "d")));
        assertThat(refused(RANKING, "3,1")).isEqualTo(
                "2 given. Expected: The 3 most important numbers in order, the most important first (e.g. 3,1,2).");
    }

    @Test
    void a_pick_of_exactly_one_is_asked_for_as_one_number_not_as_1_numbers() {
        // a field, "none" and "don't know": the two stand alone, so one pick is all there is
        List<Option> fieldNoneDontKnow = List.of(option("a"),
                new OptionDocument("keine", LocalizedText.of("en", "None"), Map.of(), true, false),
                new OptionDocument("weiss-nicht", LocalizedText.of("en", "Don't know"), Map.of(), false, true));
        MultipleChoiceQuestion oneTogether = new MultipleChoiceDocument("m1", T, Optional.empty(), true, Optional.empty(),
                fieldNoneDontKnow, 1, 3);
        MultipleChoiceQuestion atMostOne = new MultipleChoiceDocument("m2", T, Optional.empty(), true, Optional.empty(), ABCD, 1, 1);
        RankingQuestion topOne = new RankingDocument("r1", T, Optional.empty(), true, Optional.empty(), ABCD, 1);

        assertThat(input.expectation(oneTogether)).isEqualTo("A number from 1 to 3");
        assertThat(input.expectation(atMostOne)).isEqualTo("A number from 1 to 4");
        assertThat(refused(atMostOne, "1,2")).isEqualTo("2 given. Expected: A number from 1 to 4.");
        assertThat(input.expectation(topOne)).isEqualTo("The number of the most important answer (e.g. 3)");
        assertThat(new AnswerInput(CliTexts.of(Language.DE)).expectation(topOne)).isEqualTo("Die Nummer der wichtigsten Antwort (z. B. 3)");
        // exactly two: the example names two numbers, not three
        MultipleChoiceQuestion exactlyTwo = new MultipleChoiceDocument("m3", T, Optional.empty(), true, Optional.empty(), ABCD, 2, 2);
        assertThat(input.expectation(exactlyTwo)).isEqualTo("Exactly 2 numbers, separated by commas (e.g. 3,1)");
        // the example never names more numbers than may be picked together
        assertThat(input.expectation(new MultipleChoiceDocument("m4", T, Optional.empty(), true, Optional.empty(),
                List.of(option("a"), option("b"), fieldNoneDontKnow.get(1), fieldNoneDontKnow.get(2)), 1, 4)))
                .isEqualTo("Between 1 and 2 numbers, separated by commas (e.g. 3,1)");
    }

    @Test
    void a_scale_point_is_a_whole_number_in_range() {
        assertThat(read(SCALE, "5")).isEqualTo(new Answer.Scale(5));
        assertThat(refused(SCALE, "6")).isEqualTo("“6” does not fit. Expected: A whole number from 1 to 5.");
        assertThat(refused(SCALE, "4.5")).startsWith("“4.5” does not fit.");
    }

    @Test
    void numbers_are_read_as_written_in_the_interviews_language_and_three_zeros_the_other_reads_as_thousands_are_ambiguous() {
        assertThat(read(WHOLE, "284000")).isEqualTo(new Answer.Number(new BigDecimal("284000")));
        // an English consultant writes a city's inhabitants grouped by commas, as the English self-test reads them
        assertThat(read(WHOLE, "180,000")).isEqualTo(new Answer.Number(new BigDecimal("180000")));
        assertThat(read(WHOLE, "1,234,567")).isEqualTo(new Answer.Number(new BigDecimal("1234567")));
        assertThat(read(WHOLE, "5.0")).isEqualTo(new Answer.Number(new BigDecimal("5")));
        assertThat(read(DECIMAL, "1,250.5")).isEqualTo(new Answer.Number(new BigDecimal("1250.5")));
        assertThat(read(DECIMAL, "12,5")).isEqualTo(new Answer.Number(new BigDecimal("12.5")));
        assertThat(read(DECIMAL, "0.25")).isEqualTo(new Answer.Number(new BigDecimal("0.25")));
        assertThat(refused(DECIMAL, "1.000")).startsWith("“1.000” is ambiguous");
        assertThat(refused(WHOLE, "284.000")).startsWith("“284.000” is ambiguous");
        assertThat(refused(WHOLE, "2.5")).startsWith("“2.5” is not a whole number.");
        // the bounds grouped as the session writes numbers, and no "without thousands separators", which take reads
        assertThat(refused(WHOLE, "-1")).isEqualTo("“-1” does not fit. Expected: A whole number from 0 to 10,000,000.");
        assertThat(refused(WHOLE, "viele")).startsWith("“viele” is not a number.");
    }

    @Test
    void a_number_written_otherwise_is_asked_again_saying_how_to_write_it_never_read_as_another() {
        // Arabic-Indic and full-width digits, which Character.isDigit knows and TypedNumber does not read
        assertThat(refused(WHOLE, "٣")).isEqualTo("“٣” is written in digits other than 0 to 9; please write it with 0 to 9."
                + " Expected: A whole number from 0 to 10,000,000.");
        assertThat(refused(WHOLE, "１２")).startsWith("“１２” is written in digits other than 0 to 9;");
        // 40 digits: a number, only one of more digits than are read, where it was "not a number"
        assertThat(refused(WHOLE, "1234567890123456789012345678901234567890")).isEqualTo("“1234567890123456789012345678901234567890”"
                + " has more digits than are read (at most 30 before and 30 after the decimal point). Expected: A whole number from 0 to 10,000,000.");
        assertThat(refused(DECIMAL, "0." + "1".repeat(31))).contains("has more digits than are read");
        // exponent form, as a spreadsheet shows a large number: the number written out, as the interview reads it
        assertThat(refused(WHOLE, "1e3")).isEqualTo("“1e3” is written with an exponent; please write the number out: 1,000."
                + " Expected: A whole number from 0 to 10,000,000.");
        assertThat(refused(DECIMAL, "2.5E-3")).startsWith("“2.5E-3” is written with an exponent; please write the number out: 0.0025.");
        assertThat(refused(WHOLE, "1e99")).contains("has more digits than are read");
        assertThat(new AnswerInput(CliTexts.of(Language.DE)).read(WHOLE, "1e3")).isEqualTo(new AnswerInput.Reading.Refused(
                "„1e3“ ist mit Exponent geschrieben; bitte die Zahl ausschreiben: 1.000. Erwartet: Eine ganze Zahl von 0 bis 10.000.000."));
        assertThat(refused(WHOLE, "½")).startsWith("“½” is not a number.");
    }

    @Test
    void a_german_interview_reads_a_point_between_thousands_and_a_decimal_comma() {
        AnswerInput german = new AnswerInput(CliTexts.of(Language.DE));

        assertThat(((AnswerInput.Reading.Read) german.read(WHOLE, "180.000")).answer()).isEqualTo(new Answer.Number(new BigDecimal("180000")));
        assertThat(((AnswerInput.Reading.Read) german.read(WHOLE, "1.234.567")).answer()).isEqualTo(new Answer.Number(new BigDecimal("1234567")));
        assertThat(((AnswerInput.Reading.Read) german.read(DECIMAL, "1.250,5")).answer()).isEqualTo(new Answer.Number(new BigDecimal("1250.5")));
        assertThat(((AnswerInput.Reading.Read) german.read(DECIMAL, "12.5")).answer()).isEqualTo(new Answer.Number(new BigDecimal("12.5")));
        assertThat(((AnswerInput.Reading.Refused) german.read(WHOLE, "180,000")).why()).startsWith("„180,000“ ist mehrdeutig");
        // the prompt writes its bounds as German does, and does not ask for the number without the points it reads
        assertThat(german.expectation(WHOLE)).isEqualTo("Eine ganze Zahl von 0 bis 10.000.000");
        assertThat(german.expectation(DECIMAL)).doesNotContain("Tausender");
        // the largest bounds a definition holds short, as the self-test's hint writes them, not in 309 digits
        NumberQuestion wide = new NumberDocument("w", T, Optional.empty(), true, Optional.empty(),
                Optional.of(-Double.MAX_VALUE), Optional.of(Double.MAX_VALUE), false, Optional.empty(), Map.of());
        assertThat(german.expectation(wide)).isEqualTo("Eine Zahl von -1,7976931348623157E+308 bis 1,7976931348623157E+308");
        assertThat(input.expectation(wide)).isEqualTo("A number from -1.7976931348623157E+308 to 1.7976931348623157E+308");
    }

    @Test
    void text_is_the_line_as_typed_within_its_length() {
        assertThat(read(TEXT, "  Hallo ")).isEqualTo(new Answer.Text("Hallo"));
        assertThat(refused(TEXT, "zu lang")).isEqualTo("The text has 7 characters. Expected: A text of at most 5 characters.");
    }

    @Test
    void a_line_pasted_by_mistake_is_quoted_by_its_start_not_printed_back_whole() {
        String pasted = "x".repeat(100_000);

        assertThat(refused(SINGLE, pasted)).isEqualTo("“" + "x".repeat(60) + "…” is not one of the answers. Expected: A number from 1 to 4.");
        assertThat(refused(SCALE, pasted)).startsWith("“" + "x".repeat(60) + "…”").hasSizeLessThan(200);
        assertThat(refused(SINGLE, "e")).startsWith("“e” is not one of the answers.");
    }

    @Test
    void control_characters_typed_are_written_out_not_printed_back_to_the_terminal() {
        assertThat(refused(SINGLE, "\u0000\u001b[2J")).startsWith("“\\u0000\\u001b[2J” is not one of the answers.");
        assertThat(refused(DECIMAL, "4\u001b[31m")).startsWith("“4\\u001b[31m”");
    }
}
