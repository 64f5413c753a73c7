package de.typwerk.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Response;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.answers.AnswersRead;
import de.typwerk.applications.batch.AnswersJsonLine;
import de.typwerk.applications.batch.Batch;
import de.typwerk.applications.batch.BatchFormat;
import de.typwerk.applications.batch.BatchInput;
import de.typwerk.applications.batch.BatchProgress;
import de.typwerk.applications.synthetic.SyntheticAnswers;
import de.typwerk.applications.synthetic.SyntheticRow;
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

    /**
     * Native rows that pick the options that must stand alone ({@code exclusive}, {@code noAnswer}):
     * for each such option of each question, the first of {@code base} in which the question is
     * asked, with that option as its only answer, where the row stays a clean answers document.
     * Random answers rarely pick them (and never "don't know"), so the round trips add these.
     */
    static List<String> aloneRows(LoadedQuestionnaire q, List<String> base) throws IOException {
        DefinitionTree definition = DefinitionTree.of(q.questionnaire());
        List<String> rows = new ArrayList<>();
        for (JsonNode question : definition.questions()) {
            String kind = DefinitionTree.kind(question);
            if (!kind.equals("single") && !kind.equals("multi")) continue;
            String id = question.path("id").asText();
            for (JsonNode option : question.path("options")) {
                if (!option.path("exclusive").asBoolean(false) && !option.path("noAnswer").asBoolean(false)) continue;
                String optionId = option.path("id").asText();
                for (String row : base) {
                    if (!asked(row).contains(id)) continue;
                    ObjectNode tree = (ObjectNode) tree(row);
                    ObjectNode answers = (ObjectNode) tree.get("answers");
                    if (kind.equals("single")) answers.put(id, optionId);
                    else answers.putArray(id).add(optionId);
                    String changed = new String(Json.line(tree), StandardCharsets.UTF_8);
                    AnswersRead read = ENGINE.readAnswers("row.json", changed.getBytes(StandardCharsets.UTF_8));
                    if (read.ok() && read.problems().isEmpty()) {
                        rows.add(changed);
                        break;
                    }
                }
            }
        }
        return rows;
    }

    /**
     * That {@link #aloneRows} found rows for most of a questionnaire's options that must stand
     * alone, among them an exclusive pick of a multiple choice and a "don't know" of a single and of
     * a multiple choice, where the questionnaire has such options (a changed answer may ask for
     * questions the base row did not answer; such a row is left out).
     */
    static void assertCoversAloneOptions(LoadedQuestionnaire q, List<String> alone) throws IOException {
        DefinitionTree definition = DefinitionTree.of(q.questionnaire());
        int options = 0;
        java.util.Set<String> wanted = new java.util.TreeSet<>();
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (JsonNode question : definition.questions()) {
            String kind = DefinitionTree.kind(question);
            for (JsonNode option : question.path("options")) {
                boolean exclusive = option.path("exclusive").asBoolean(false);
                boolean noAnswer = option.path("noAnswer").asBoolean(false);
                if (!exclusive && !noAnswer) continue;
                options++;
                String mark = kind + (noAnswer ? " noAnswer" : " exclusive");
                wanted.add(mark);
                for (String row : alone) {
                    JsonNode answer = tree(row).path("answers").path(question.path("id").asText());
                    String picked = answer.isArray() && answer.size() == 1 ? answer.get(0).asText() : answer.asText();
                    if (picked.equals(option.path("id").asText())) found.add(mark);
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(found).as("kinds of alone options answered in %s", q.questionnaire().id())
                .isEqualTo(wanted);
        org.assertj.core.api.Assertions.assertThat(alone.size() * 4).as("rows with alone options of %s", q.questionnaire().id())
                .isGreaterThanOrEqualTo(options * 3);
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

    /**
     * The rows a batch writes of {@code file}, a tool's responses in {@code format}, whose first
     * {@code end} bytes have come and the rest not yet (a pipe, a streaming request); fails unless
     * row 1 was written before the batch read on past {@code end}.
     */
    static String trickled(ResponseFormat format, byte[] file, int end, Optional<LoadedQuestionnaire> assumed) throws IOException {
        StringWriter out = new StringWriter();
        List<String> writtenBeforeWaiting = new ArrayList<>();
        InputStream trickle = new InputStream() {
            private int at;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (at == end) writtenBeforeWaiting.add(out.toString());   // a reader that waits here waits for the rest
                if (at >= file.length) return -1;
                int n = Math.min(len, (at < end ? end : file.length) - at);
                System.arraycopy(file, at, b, off, n);
                at += n;
                return n;
            }

            @Override
            public int available() {
                // nothing more at hand once the first end bytes are read: the rest is on its way
                return at < end ? end - at : 0;
            }
        };

        BatchInput.Opening opening = format.open(ENGINE, trickle, assumed);
        new Batch(ENGINE).run(((BatchInput.Ready) opening).rows(), out, new Batch.Options(BatchFormat.JSONL, Optional.empty(), 1),
                BatchProgress.NONE);

        org.assertj.core.api.Assertions.assertThat(writtenBeforeWaiting).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(writtenBeforeWaiting.get(0)).as("row 1 written before the rest is read").contains("{\"row\":1,").doesNotContain("\"error\"");
        return out.toString();
    }
}
