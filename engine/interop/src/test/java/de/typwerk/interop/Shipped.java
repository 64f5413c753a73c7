package de.typwerk.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Response;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.answers.AnswersRead;
import de.typwerk.engine.batch.AnswersJsonLine;
import de.typwerk.engine.batch.Batch;
import de.typwerk.engine.batch.BatchFormat;
import de.typwerk.engine.batch.BatchInput;
import de.typwerk.engine.batch.BatchProgress;
import de.typwerk.engine.synthetic.SyntheticAnswers;
import de.typwerk.engine.synthetic.SyntheticRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The shipped questionnaires (on the test class path as plugins) and what the round trips need of them. */
final class Shipped {

    static final Typwerk ENGINE = Typwerk.builder().locale(Locale.ENGLISH).build();

    private Shipped() {
    }

    static List<LoadedQuestionnaire> questionnaires() {
        return ENGINE.questionnaires();
    }

    /** Synthetic answers as native JSON Lines, reproducible by seed. */
    static List<String> nativeRows(LoadedQuestionnaire q, int count, long seed) {
        List<String> rows = new ArrayList<>();
        AnswersJsonLine line = new AnswersJsonLine();
        Iterator<SyntheticRow> it = new SyntheticAnswers(q.questionnaire(), SyntheticAnswers.Settings.seed(seed).withGaps(0.2)).rows(count);
        while (it.hasNext()) {
            SyntheticRow r = it.next();
            rows.add(line.write(r.questionnaireId(), r.questionnaireVersion(), r.respondent(), r.answers()));
        }
        return rows;
    }

    /** The ids of the questions asked given a native row's answers. */
    static List<String> asked(String nativeRow) {
        AnswersRead read = ENGINE.readAnswers("row.json", nativeRow.getBytes(StandardCharsets.UTF_8));
        Response response = read.response().orElseThrow(() -> new IllegalStateException(read.problems().toString()));
        LoadedQuestionnaire q = read.questionnaire().orElseThrow();
        List<String> asked = new ArrayList<>();
        for (Question question : q.questionnaire().questions()) {
            if (question.isAskedGiven(response.answers())) asked.add(question.id());
        }
        return asked;
    }

    static JsonNode tree(String json) throws IOException {
        return Json.mapper().readTree(json);
    }

    /** A native row's answers and respondent as one flat object of SurveyJS names. */
    static ObjectNode surveyJsData(String nativeRow) throws IOException {
        JsonNode row = tree(nativeRow);
        ObjectNode data = Json.object();
        for (Respondent field : Respondent.FIELDS) {
            JsonNode value = row.path("respondent").get(field.field());
            if (value != null) data.set(field.name(), value);
        }
        data.setAll((ObjectNode) row.get("answers"));
        return data;
    }

    /** The batch's JSON Lines output for native rows. */
    static String scoreNative(List<String> rows) throws IOException {
        byte[] input = String.join("\n", rows).concat("\n").getBytes(StandardCharsets.UTF_8);
        return run(new BatchInput(ENGINE).open(new ByteArrayInputStream(input), BatchFormat.JSONL));
    }

    /** The batch's JSON Lines output for another tool's responses. */
    static String score(ResponseFormat format, byte[] input, Optional<LoadedQuestionnaire> assumed) throws IOException {
        try (InputStream in = new ByteArrayInputStream(input)) {
            return run(format.open(ENGINE, in, assumed));
        }
    }

    static String run(BatchInput.Opening opening) throws IOException {
        if (opening instanceof BatchInput.Refused refused) throw new AssertionError("refused: " + refused.reasons());
        StringWriter out = new StringWriter();
        new Batch(ENGINE).run(((BatchInput.Ready) opening).rows(), out, new Batch.Options(BatchFormat.JSONL, Optional.empty(), 2),
                BatchProgress.NONE);
        return out.toString();
    }
}
