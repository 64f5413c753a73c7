package de.typwerk.questionnaire.oefit;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The calibration the ÖFIT scoring promises (docs/oefit-scoring.md, "Calibration"), measured on
 * seeded synthetic respondents, so every run sees the same rows: the goals decide, random answers
 * favour no type, and the two strategies agree.
 *
 * <p>The figures in the docs come from {@link #writes_the_figures_the_docs_quote}, which writes
 * {@code target/oefit-calibration.md} (rows: {@code -Doefit.calibration.rows}, default 2,000).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class OefitCalibrationTest {

    private static final long SEED = 20201;
    private static final int ROWS = Integer.getInteger("oefit.calibration.rows", 2000);

    private static Typwerk typwerk;
    private static Calibration calibration;

    @BeforeAll
    static void start() {
        typwerk = Typwerk.builder().locale(Locale.GERMAN).strict(true).build();
        LoadedQuestionnaire oefit = typwerk.questionnaire("oefit-digitalisierungstypen").orElseThrow();
        calibration = new Calibration(typwerk, oefit);
    }

    @AfterAll
    static void stop() {
        typwerk.close();
    }

    @Test
    void generated_respondents_come_out_as_their_type_and_both_strategies_agree_on_nine_in_ten() {
        Calibration.Run run = calibration.generated(SEED, ROWS);

        assertThat(run.agreement()).as("same leading type in prototype and points").isGreaterThanOrEqualTo(0.9);
        for (String strategy : Calibration.STRATEGIES) {
            assertThat(run.byStrategy.get(strategy).leadingRate()).as(strategy + ": drawn type leads").isGreaterThanOrEqualTo(0.9);
        }
    }

    @Test
    void uniformly_random_answers_favour_no_type_and_mostly_come_out_mixed() {
        Calibration.Run run = calibration.random(SEED, ROWS);

        for (String strategy : Calibration.STRATEGIES) {
            Calibration.Tally tally = run.byStrategy.get(strategy);
            assertThat(tally.largestConfidentShare()).as(strategy + ": largest share of the confident results")
                    .isLessThanOrEqualTo(0.35);
            assertThat(tally.mixedOrUnclear()).as(strategy + ": mixed or unclear").isGreaterThan(0.5);
        }
    }

    @Test
    void swapping_the_goals_for_another_types_moves_most_respondents_to_that_type_in_both_strategies() {
        Calibration.Run run = calibration.swapped(SEED, ROWS);

        for (String strategy : Calibration.STRATEGIES) {
            assertThat(run.byStrategy.get(strategy).leadingRate()).as(strategy + ": the goals' type leads").isGreaterThan(0.5);
        }
    }

    @Test
    void writes_the_figures_the_docs_quote() throws IOException {
        int rows = ROWS;
        String report = calibration.report(SEED, rows);
        Path out = Path.of("target", "oefit-calibration.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        assertThat(report).contains("| generated | prototype |", "| goal swap | points |");
    }
}
