package de.typwerk.interop;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Response;
import de.typwerk.applications.batch.BatchInput;
import de.typwerk.applications.batch.ProblemPlaces;
import de.typwerk.applications.batch.Row;
import de.typwerk.applications.batch.RowError;
import de.typwerk.applications.batch.RowSource;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.definition.JsonPlaces;
import de.typwerk.engine.definition.JsonPointers;
import de.typwerk.interop.limesurvey.CsvPlaces;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Scores the one response in another tool's file, as {@code typwerk score} does for an answers
 * file: read by the same reader as the batch ({@link ResponseFormat#open}), scored as the same
 * answers given natively, and every finding located in the tool's file, in the tool's terms
 * (line; the question, the CSV column or the JSON pointer in the resource), since the answers
 * document it was turned into is nothing the user has seen.
 *
 * <p>A file with more than one response is refused, naming the line the second starts on: scoring
 * only the first would drop the others without a word, and {@code typwerk batch} is the command
 * for several. A file without any response, or one that cannot be read as a whole, is refused
 * with the batch's reason.
 */
public final class OneResponse {

    /** The code of the finding for a file with several responses. */
    public static final String SEVERAL = "several-responses";
    /** The code of the finding for a file the reader refused as a whole (no response in it). */
    public static final String REFUSED = "no-response";

    private OneResponse() {
    }

    /**
     * @param source        how findings name the file (its path as given)
     * @param in            the file's content, which the caller closes
     * @param questionnaire the questionnaire the response answers, where it does not name it itself
     * @param strategy      another strategy than the definition's, as for an answers file
     */
    public static ScoreRun score(Typwerk engine, ResponseFormat format, String source, InputStream in,
                                 Optional<LoadedQuestionnaire> questionnaire, Optional<String> strategy) throws IOException {
        InteropMessages messages = new InteropMessages(engine.messages().locale());
        // one response: its text is kept, to place each finding at its line and column
        byte[] text = in.readAllBytes();
        BatchInput.Opening opening = format.open(engine, new java.io.ByteArrayInputStream(text), questionnaire);
        if (opening instanceof BatchInput.Refused refused) {
            List<Problem> problems = new java.util.ArrayList<>();
            for (int i = 0; i < refused.reasons().size(); i++) {
                BatchInput.Place at = refused.places().get(i);
                problems.add(Problem.error(REFUSED, refused.reasons().get(i), new Location(source, (int) at.line(), at.column(), "")));
            }
            return new ScoreRun.Refused(problems);
        }
        RowSource rows = ((BatchInput.Ready) opening).rows().source();
        Optional<Row> first = rows.next();
        if (first.isEmpty()) {
            return new ScoreRun.Refused(List.of(Problem.error(REFUSED, engine.messages().get("batch.no-rows"), Location.source(source))));
        }
        Optional<JsonRows.RefusedNumber> number = first.get() instanceof Row.Broken broken && format != ResponseFormat.LIMESURVEY
                && broken.error().code().equals("wrong-kind") ? JsonRows.refusedNumber(text) : Optional.empty();
        if (number.isPresent()) {
            // the number's own place, once, in the words of one response (nothing after it goes unread); before a second
            // row, which one in a Bundle's own fields ("total") is, the Bundle's one response after it
            return new ScoreRun.Refused(List.of(Problem.error("wrong-kind", messages.get("score.exponent-too-large", number.get().written()),
                    new Location(source, (int) Math.min(number.get().line(), Integer.MAX_VALUE),
                            (int) Math.min(number.get().column(), Integer.MAX_VALUE), ""))));
        }
        Optional<Row> second = rows.next();
        if (second.isPresent()) {
            // the row's line is the Bundle's where a Bundle is written as one document: the place is the entry's
            int[] place = secondPlace(format, text, second.get().line());
            return new ScoreRun.Refused(List.of(Problem.error(SEVERAL, messages.get("score.several", String.valueOf(place[0]), source, format.id()),
                    new Location(source, place[0], place[1], ""))));
        }
        if (first.get() instanceof Row.Broken broken) {
            RowError error = broken.error();
            // a row refused for what it holds names its place by pointer (or, in LimeSurvey's CSV, by its column); one that
            // does not read (breaks off) has none
            boolean placed = format == ResponseFormat.LIMESURVEY ? error.column().isPresent()
                    : error.pointer().isPresent() || error.question().isPresent();
            Optional<byte[]> read = placed ? Optional.of(text) : Optional.empty();
            return new ScoreRun.Refused(List.of(located(error, error.message(), Problem::error, source, format, read, messages)));
        }
        Row.Document document = (Row.Document) first.get();
        ScoreRun run = engine.score("response.json", document.json(), strategy);
        List<Problem> problems = new ArrayList<>();
        for (Problem p : run.problems()) problems.add(relocated(p, document, source, format, text, messages, engine.messages().locale()));
        return run instanceof ScoreRun.Done done ? new ScoreRun.Done(done.result(), problems) : new ScoreRun.Refused(problems);
    }

    /**
     * The answers of the one response a tool's file holds, as {@link #score} scored them: for a
     * report that says which answers of a thin dimension count for no type, or what too few answers
     * already tell, as it does for an answers file.
     *
     * @param engine        the engine that scored the response
     * @param format        the tool the file comes from
     * @param text          the file's content, as {@link #score} read it
     * @param questionnaire the questionnaire the response answers, where it does not name it itself
     * @return the answers by question id; empty where the file does not hold one response that reads
     * @throws IOException when the content cannot be read
     */
    public static Map<String, Answer> answers(Typwerk engine, ResponseFormat format, byte[] text,
                                              Optional<LoadedQuestionnaire> questionnaire) throws IOException {
        BatchInput.Opening opening = format.open(engine, new java.io.ByteArrayInputStream(text), questionnaire);
        if (!(opening instanceof BatchInput.Ready ready)) return Map.of();
        Optional<Row> first = ready.rows().source().next();
        if (first.isEmpty() || !(first.get() instanceof Row.Document document)) return Map.of();
        return engine.readAnswers("response.json", document.json()).response().map(Response::answers).orElse(Map.of());
    }

    /** A finding about the answers document, placed where the tool's file has it. */
    private static Problem relocated(Problem p, Row.Document document, String source, ResponseFormat format, byte[] text,
                                     InteropMessages messages, Locale locale) {
        ProblemPlaces places = document.columns();
        RowError error = places.error(p, document.line(), 0);
        return located(error, p.message(locale), p.isError() ? Problem::error : Problem::warning, source, format, Optional.of(text), messages);
    }

    /**
     * The JSON pointer of an error's place in the tool's file: its own, or in SurveyJS data, whose
     * keys are the question ids and the respondent's field names, the key of the question it names.
     */
    private static String pointer(RowError error, ResponseFormat format) {
        if (error.pointer().isPresent()) return error.pointer().get();
        if (format == ResponseFormat.SURVEYJS && error.question().isPresent()) return "/" + JsonPointers.escape(error.question().get());
        return "";
    }

    /**
     * Where a second response starts: in a JSON array or a FHIR Bundle the element it is, else the
     * first character on its line (a LimeSurvey row, a line of JSON Lines).
     */
    private static int[] secondPlace(ResponseFormat format, byte[] text, long line) {
        int at = (int) Math.min(line, Integer.MAX_VALUE);
        if (format != ResponseFormat.LIMESURVEY) {
            List<String> pointers = new ArrayList<>(List.of("/1"));
            secondEntry(text).ifPresent(pointers::add);
            for (String pointer : pointers) {
                // in the document the row starts in (which starts on or before it), not in a first line of JSON Lines
                Optional<int[]> found = JsonPlaces.exactly(text, pointer).filter(p -> p[0] >= at);
                if (found.isPresent()) return found.get();
            }
        }
        return new int[] {at, firstCharacter(text, at)};
    }

    /**
     * The pointer of the second response's resource in a Bundle that {@code text} starts with: the
     * second entry that is no other resource of a search result (an include, an outcome).
     */
    private static Optional<String> secondEntry(byte[] text) {
        com.fasterxml.jackson.databind.JsonNode bundle;
        try {
            bundle = Json.mapper().readTree(text);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (bundle == null || !bundle.path("resourceType").asText().equals("Bundle") || !bundle.path("entry").isArray()) return Optional.empty();
        int responses = 0;
        for (int i = 0; i < bundle.path("entry").size(); i++) {
            String mode = bundle.path("entry").path(i).path("search").path("mode").asText("match");
            if (mode.equals("include") || mode.equals("outcome")) continue;
            if (++responses == 2) return Optional.of("/entry/" + i + "/resource");
        }
        return Optional.empty();
    }

    /** The column (in characters) of the first character on {@code line} that is no space, 1 where it has none. */
    private static int firstCharacter(byte[] text, int line) {
        String chars = new String(text, java.nio.charset.StandardCharsets.UTF_8);
        int i = chars.startsWith("\uFEFF") ? 1 : 0;
        for (int n = 1; n < line && i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= chars.length() || chars.charAt(i + 1) != '\n')) n++;
        }
        int column = 1;
        while (i < chars.length() && (chars.charAt(i) == ' ' || chars.charAt(i) == '\t')) {
            i++;
            column++;
        }
        return i < chars.length() && chars.charAt(i) != '\n' && chars.charAt(i) != '\r' ? column : 1;
    }

    private interface Maker {
        Problem make(String code, String message, Location location);
    }

    /**
     * {@code error} as a finding at its line, its sentence led by where in the row it lies (the
     * question, the CSV column, the JSON pointer in the resource) where the sentence does not name
     * that place itself; the pointer is the finding's pointer, too.
     */
    private static Problem located(RowError error, String text, Maker maker, String source, ResponseFormat format,
                                   Optional<byte[]> read, InteropMessages messages) {
        // what the sentence does not say already: most name their question, few their column or pointer
        List<String> where = new ArrayList<>();
        error.question().filter(q -> !text.contains(q)).ifPresent(q -> where.add(messages.get("score.place.question", q)));
        error.column().filter(c -> !text.contains(c)).ifPresent(c -> where.add(messages.get("score.place.column", c)));
        error.pointer().filter(p -> !text.contains(p)).ifPresent(p -> where.add(messages.get("score.place.pointer", p)));
        String message = where.isEmpty() ? text : messages.get("score.place", String.join(", ", where), text);
        // in a JSON response that read, the node the pointer names (or its nearest ancestor there, the resource for an answer
        // it lacks), where line 1 of a pretty-printed resource would be no place to go to; else the row's line alone (a CSV
        // row, a JSON text that breaks off, whose message names the column)
        String pointer = pointer(error, format);
        int[] place = read.flatMap(file -> format == ResponseFormat.LIMESURVEY
                ? CsvPlaces.of(file, error.line(), error.column())
                : JsonPlaces.of(file, pointer)).orElse(null);
        int line = place != null ? place[0] : (int) Math.min(error.line(), Integer.MAX_VALUE);
        int column = place != null ? place[1] : 0;
        // the pointer of the node in the tool's file, as the line and column: in SurveyJS data the question's key
        return maker.make(error.code(), message, new Location(source, line, column, pointer));
    }
}
