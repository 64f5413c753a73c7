package de.typwerk.bench;

import de.typwerk.api.model.Response;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.applications.batch.AnswersJsonLine;
import de.typwerk.applications.synthetic.SyntheticAnswers;
import de.typwerk.applications.synthetic.SyntheticRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What the benchmarks work on, made once before measuring: synthetic respondents of one
 * questionnaire (seed 42, so every run measures the same rows), as checked responses and as the
 * JSON Lines a batch would read. A power of two of them, cycled through, so no benchmark measures
 * one row the JIT has learnt by heart.
 */
final class Workload {

    /** Rows prepared; a power of two, so the next index is a mask, not a division. */
    static final int ROWS = 1024;
    static final int MASK = ROWS - 1;
    static final long SEED = 42;

    /** The questionnaire a strategy is measured on: the ÖFIT types for points and prototype, the OZG model for levels. */
    static String questionnaireFor(String strategy) {
        return strategy.equals("levels") ? "ozg-reifegrad" : "oefit-digitalisierungstypen";
    }

    static Typwerk engine() {
        // class path plugins only: the bench jar carries the strategies and questionnaires
        return Typwerk.builder().strict(true).build();
    }

    static LoadedQuestionnaire questionnaire(Typwerk engine, String id) {
        return engine.questionnaire(id).orElseThrow(() -> new IllegalStateException("questionnaire " + id + " is not loaded"));
    }

    static List<Response> responses(LoadedQuestionnaire loaded) {
        List<Response> responses = new ArrayList<>(ROWS);
        rows(loaded).forEachRemaining(r -> responses.add(r.response()));
        return responses;
    }

    /** Each row as one line of an answers JSON Lines file, UTF-8, without the line end. */
    static List<byte[]> jsonLines(LoadedQuestionnaire loaded) {
        AnswersJsonLine writer = new AnswersJsonLine();
        List<byte[]> lines = new ArrayList<>(ROWS);
        rows(loaded).forEachRemaining(r -> lines.add(writer.write(r.questionnaireId(), r.questionnaireVersion(), r.respondent(),
                r.answers()).getBytes(StandardCharsets.UTF_8)));
        return lines;
    }

    private static Iterator<SyntheticRow> rows(LoadedQuestionnaire loaded) {
        return new SyntheticAnswers(loaded.questionnaire(), SyntheticAnswers.Settings.seed(SEED)).rows(ROWS);
    }

    private Workload() {
    }
}
