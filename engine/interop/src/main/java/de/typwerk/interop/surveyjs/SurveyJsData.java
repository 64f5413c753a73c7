package de.typwerk.interop.surveyjs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.QuestionKind;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.definition.QuestionIndex;
import de.typwerk.applications.batch.ProblemPlaces;
import de.typwerk.applications.batch.RowError;
import de.typwerk.interop.Converted;
import de.typwerk.interop.Coordinates;
import de.typwerk.interop.InteropMessages;
import de.typwerk.interop.Json;
import de.typwerk.interop.Respondent;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One SurveyJS result ({@code survey.data}) as an answers document. The data names its
 * questionnaire by the calculated value {@value SurveyJsExport#MARKER} that the export puts in
 * every result; without it, the questionnaire given to the reader is assumed. Question names are
 * the question ids and choice values the option ids, so the answers are taken as they are and the
 * engine checks them as it checks any answers file; a finding names the SurveyJS question. A
 * number given as a text ({@code "29534"}, as a SurveyJS text question without
 * {@code inputType: "number"} stores it) is read as the number for a number or scale question,
 * as a LimeSurvey cell is; any other text stays text, for the engine to say what is wrong with it.
 */
final class SurveyJsData {

    private final InteropMessages messages;
    private final Optional<LoadedQuestionnaire> assumed;
    /** The loaded questionnaire of an id or {@code id@version}, if any. */
    private final Function<String, Optional<LoadedQuestionnaire>> loaded;

    SurveyJsData(InteropMessages messages, Optional<LoadedQuestionnaire> assumed,
                 Function<String, Optional<LoadedQuestionnaire>> loaded) {
        this.messages = messages;
        this.assumed = assumed;
        this.loaded = loaded;
    }

    Converted convert(JsonNode data, long line) {
        if (!data.isObject()) {
            return failed("not-an-object", line, Optional.empty(), messages.get("surveyjs.not-an-object", messages.get("json.found." + Json.kind(data))));
        }
        Optional<String> layout = survey(data);
        if (layout.isPresent()) {
            return failed("survey-not-result", line, layout, messages.get("surveyjs.survey", layout.get()));
        }
        Optional<Coordinates> named = Optional.empty();
        JsonNode marker = data.get(SurveyJsExport.MARKER);
        if (marker != null) {
            named = marker.isTextual() ? Coordinates.parse(marker.asText()) : Optional.empty();
            if (named.isEmpty()) {
                return failed("bad-questionnaire", line, Optional.of(SurveyJsExport.MARKER),
                        messages.get("surveyjs.bad-marker", SurveyJsExport.MARKER, marker.toString()));
            }
        }
        if (named.isPresent() && assumed.isPresent() && !named.get().id().equals(assumed.get().questionnaire().id())) {
            return failed("other-questionnaire", line, Optional.of(SurveyJsExport.MARKER),
                    messages.get("import.other-questionnaire", named.get().toString(), assumed.get().questionnaire().coordinates()));
        }
        Optional<Coordinates> coordinates = named.or(() -> assumed.map(a ->
                new Coordinates(a.questionnaire().id(), a.questionnaire().version())));
        if (coordinates.isEmpty()) {
            return failed("no-questionnaire", line, Optional.of(SurveyJsExport.MARKER),
                    messages.get("surveyjs.no-marker", SurveyJsExport.MARKER));
        }
        ObjectNode document = Json.object();
        document.put("questionnaire", coordinates.get().id());
        document.put("version", coordinates.get().version());
        ObjectNode respondent = Json.object();
        ObjectNode answers = Json.object();
        Optional<QuestionIndex> questions = loaded.apply(coordinates.get().toString())
                .or(() -> loaded.apply(coordinates.get().id()))
                .map(l -> QuestionIndex.of(l.questionnaire()));
        for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals(SurveyJsExport.MARKER)) continue;
            Optional<Respondent> field = Respondent.named(e.getKey());
            if (field.isPresent()) respondent.set(field.get().field(), e.getValue());
            else answers.set(e.getKey(), numberIfOne(questions.flatMap(q -> q.question(e.getKey())), e.getValue()));
        }
        if (!respondent.isEmpty()) document.set("respondent", respondent);
        document.set("answers", answers);
        return new Converted.Document(document, PLACES);
    }

    /**
     * The key that makes {@code data} a survey rather than a result, if one does: {@code pages} or
     * {@code elements} holding a list of objects, as the survey JSON the export writes (or one made
     * in SurveyJS Creator) does. No answer of a Typwerk question is a list of objects.
     */
    private static Optional<String> survey(JsonNode data) {
        for (String key : java.util.List.of("pages", "elements")) {
            JsonNode list = data.get(key);
            if (list != null && list.isArray() && !list.isEmpty()) {
                boolean objects = true;
                for (JsonNode entry : list) objects &= entry.isObject();
                if (objects) return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** {@code value} as a number where it is a number written as a text and {@code question} takes a number. */
    private static JsonNode numberIfOne(Optional<Question> question, JsonNode value) {
        boolean numeric = question.map(q -> q.kind() == QuestionKind.NUMBER || q.kind() == QuestionKind.SCALE).orElse(false);
        if (!numeric || !value.isTextual()) return value;
        try {
            return Json.NODES.numberNode(new BigDecimal(value.textValue()).stripTrailingZeros());
        } catch (NumberFormatException notANumber) {
            return value;   // the answers reader says what is wrong with it
        }
    }

    /** A finding names the SurveyJS question: the question id, or the name of a respondent's field. */
    static final ProblemPlaces PLACES = (Problem first, long line, int more) -> {
        String pointer = first.location().pointer();
        Optional<String> question = ProblemPlaces.question(pointer);
        Optional<String> rest = pointer.isEmpty() ? Optional.empty() : Optional.of(pointer);
        if (pointer.startsWith("/respondent/")) {
            question = Respondent.at(pointer).map(Respondent::name);
        } else if (pointer.equals("/questionnaire") || pointer.equals("/version")) {
            rest = Optional.of("/" + SurveyJsExport.MARKER);
        }
        if (question.isPresent()) rest = Optional.empty();
        return new RowError(first.code(), question, Optional.empty(), rest, line, first.message(), more);
    };

    private static Converted failed(String code, long line, Optional<String> key, String message) {
        return new Converted.Failed(new RowError(code, Optional.empty(), Optional.empty(), key.map(k -> "/" + k), line, message, 0));
    }
}
