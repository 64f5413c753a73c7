package de.typwerk.applications.cohort;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.i18n.TextControls;
import de.typwerk.engine.Typwerk;
import de.typwerk.applications.batch.Lines;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the JSON Lines that {@code typwerk batch} writes: one result per line, or an error row for
 * an input row that could not be scored. Line by line, so one damaged line costs that line only;
 * of each result only what a {@link Member} keeps is taken (questionnaire, respondent, outcome,
 * shares, confirmed weak spots) and the first result's strategy, the rest of the line is skipped token by token without building it.
 *
 * <p>A line counts as a result when it is an object with {@code outcome} (at the top or under
 * {@code result}); as an error row when it has {@code error} or {@code errors} instead; anything
 * else is unreadable. The file's first result fixes the questionnaire, and the first that names a
 * strategy the strategy; results for another questionnaire (or another version), or scored with
 * another strategy, are counted and skipped, a cohort compares like with like.
 */
public final class ResultsReader {

    /** Skipped lines reported one by one; the counts have them all. */
    public static final int MAX_PROBLEMS = 20;

    private final ObjectMapper json;
    private final Messages messages;

    /**
     * A reader whose problems are in {@code engine}'s language: the one to use in an application,
     * which needs nothing of the engine but its facade (use {@code engine.speaking(locale)} for
     * another language).
     *
     * @param engine the engine whose messages the problems are written with
     */
    public ResultsReader(Typwerk engine) {
        this(new Mappers(), engine.messages());
    }

    /** A reader with the engine's internals handed in, as its own commands have them. */
    public ResultsReader(Mappers mappers, Messages messages) {
        // not the engine's strict mapper: that one checks for trailing tokens after every value it
        // reads, which would refuse each part of a line read on its own; reading stays strict about
        // the line as a whole (see parse)
        this.json = JsonMapper.builder(JsonFactory.builder()
                .streamReadConstraints(mappers.json().getFactory().streamReadConstraints()).build()).build();
        this.messages = messages;
    }

    /**
     * Reads every line of {@code in} (UTF-8), each at most {@link Mappers#MAX_DOCUMENT_BYTES} long as
     * a batch row is: a longer line is skipped to its end, without being held in memory, and
     * reported; {@code source} names it in problems.
     */
    public ResultRows read(String source, InputStream in) throws IOException {
        Reading reading = new Reading(source);
        Lines lines = new Lines(in, Mappers.MAX_DOCUMENT_BYTES);
        for (Optional<Lines.Line> next = lines.next(); next.isPresent(); next = lines.next()) {
            Lines.Line line = next.get();
            if (line.tooLong()) {
                reading.skip(new Line.Unreadable("too-long", messages.get("cohort.line.too-long",
                        String.valueOf(Mappers.MAX_DOCUMENT_BYTES))));
            } else {
                reading.accept(new String(line.content(), StandardCharsets.UTF_8));
            }
        }
        return reading.rows();
    }

    /** Reads every line of {@code reader}; {@code source} names it in problems. */
    public ResultRows read(String source, Reader reader) throws IOException {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        Reading reading = new Reading(source);
        String line;
        while ((line = lines.readLine()) != null) {
            reading.accept(line);
        }
        return reading.rows();
    }

    /** What has been read so far of one input. */
    private final class Reading {
        private final String source;
        private final List<Member> members = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private Optional<String> id = Optional.empty();
        private Optional<String> version = Optional.empty();
        private Optional<String> strategy = Optional.empty();
        private long lineNo;
        private long nonBlank;
        private long errors;
        private long unreadable;
        private long other;
        private long otherStrategy;
        private final Map<String, Long> others = new LinkedHashMap<>();
        private final Map<String, Long> otherStrategies = new LinkedHashMap<>();
        // ids and kinds repeat on every line: one String each, not one per line (100,000 members)
        private final Map<String, String> words = new HashMap<>();

        Reading(String source) {
            this.source = source;
        }

        /** A line that is not read at all (too long): counted as unreadable. */
        void skip(Line.Unreadable u) {
            lineNo++;
            nonBlank++;
            unreadable++;
            note(problems, Problem.error(u.code(), u.message(), new Location(source, (int) Math.min(lineNo, Integer.MAX_VALUE), 0, "")));
        }

        void accept(String line) {
            lineNo++;
            if (line.isBlank()) return;
            nonBlank++;
            Line read = parse(line, lineNo, words);
            if (read instanceof Line.ErrorRow) {
                errors++;
            } else if (read instanceof Line.Unreadable u) {
                unreadable++;
                note(problems, Problem.error(u.code(), u.message(),
                        new Location(source, (int) Math.min(lineNo, Integer.MAX_VALUE), u.column(), "")));
            } else if (read instanceof Line.Read r) {
                if (id.isEmpty()) {
                    id = Optional.of(r.questionnaireId());
                    version = Optional.of(r.questionnaireVersion());
                    strategy = r.strategyId();
                } else if (strategy.isEmpty()) {
                    strategy = r.strategyId();
                }
                if (!id.get().equals(r.questionnaireId()) || !version.get().equals(r.questionnaireVersion())) {
                    other++;
                    others.merge(r.questionnaireId() + "@" + r.questionnaireVersion(), 1L, Long::sum);
                    note(problems, Problem.error("other-questionnaire", messages.get("cohort.line.other-questionnaire",
                            r.questionnaireId() + "@" + r.questionnaireVersion(), id.get() + "@" + version.get()),
                            new Location(source, (int) Math.min(lineNo, Integer.MAX_VALUE), 0, "/questionnaire")));
                    return;
                }
                // shares and scores of two strategies are not comparable: the strategy of the first
                // result that names one fixes it (a row that names none is taken, nothing tells it apart)
                if (r.strategyId().isPresent() && !r.strategyId().equals(strategy)) {
                    otherStrategy++;
                    otherStrategies.merge(r.strategyId().get(), 1L, Long::sum);
                    note(problems, Problem.error("other-strategy", messages.get("cohort.line.other-strategy",
                            r.strategyId().get(), strategy.get()),
                            new Location(source, (int) Math.min(lineNo, Integer.MAX_VALUE), 0, "/strategy")));
                    return;
                }
                members.add(r.member());
            }
        }

        ResultRows rows() {
            RowCounts counts = new RowCounts(nonBlank, members.size(), errors, unreadable, other, otherStrategy);
            return new ResultRows(source, id, version, members, counts, problems, others, strategy, otherStrategies);
        }
    }

    private static void note(List<Problem> problems, Problem p) {
        if (problems.size() < MAX_PROBLEMS) problems.add(p);
    }

    /** One line, classified. */
    private sealed interface Line {
        record Read(String questionnaireId, String questionnaireVersion, Optional<String> strategyId, Member member) implements Line {
        }

        record ErrorRow() implements Line {
        }

        /** {@code column}: where on the line, 1 for its first character; 0 for the line as a whole. */
        record Unreadable(String code, String message, int column) implements Line {
            Unreadable(String code, String message) {
                this(code, message, 0);
            }
        }
    }

    /** What a line's object (or its {@code result} object) holds that the cohort needs. */
    private static final class Fields {
        final Map<String, String> words;
        JsonNode questionnaire;
        JsonNode strategy;
        JsonNode respondent;
        JsonNode outcome;
        Map<String, Double> shares = new LinkedHashMap<>();
        /** Per type the weak spots the answers confirm, as the line's {@code recommendations} name them. */
        Map<String, Set<String>> confirmed = Map.of();
        boolean error;

        Fields(Map<String, String> words) {
            this.words = words;
        }

        String word(String s) {
            return words.computeIfAbsent(s, k -> k);
        }
    }

    private Line parse(String line, long lineNo, Map<String, String> words) {
        Fields f = new Fields(words);
        try (JsonParser p = json.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new Line.Unreadable("not-an-object", messages.get("cohort.line.not-an-object"));
            }
            readObject(p, f);
            if (p.nextToken() != null) {
                return new Line.Unreadable("not-json", messages.get("cohort.line.not-json", messages.get("cohort.line.trailing")),
                        Math.max(0, p.currentTokenLocation().getColumnNr()));
            }
        } catch (JsonProcessingException e) {
            // where on the line, as typwerk report says it for the same file (a line cut off: after its last character)
            int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
            return new Line.Unreadable("not-json", messages.get("cohort.line.not-json", de.typwerk.engine.i18n.Failures.parser(e, messages)),
                    column);
        } catch (IOException e) {
            return new Line.Unreadable("not-json", messages.get("cohort.line.not-json", de.typwerk.engine.i18n.Failures.describe(e, messages)));
        }
        if (f.outcome == null) {
            if (f.error) return new Line.ErrorRow();
            // an answers document names its questionnaire by id, a result by an object: the batch's input, not its output
            boolean answers = f.questionnaire != null && f.questionnaire.isTextual();
            return new Line.Unreadable("not-a-result", messages.get(answers ? "cohort.line.answers" : "cohort.line.not-a-result"));
        }
        return result(f, lineNo);
    }

    /** Reads the fields of the object the parser is in, descending into {@code result}. */
    private void readObject(JsonParser p, Fields f) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "result" -> {
                    if (value == JsonToken.START_OBJECT) readObject(p, f);
                    else p.skipChildren();
                }
                case "questionnaire" -> f.questionnaire = p.readValueAsTree();
                case "strategy" -> f.strategy = p.readValueAsTree();
                case "respondent" -> f.respondent = p.readValueAsTree();
                case "outcome" -> f.outcome = p.readValueAsTree();
                case "types" -> readShares(p, f);
                case "recommendations" -> readConfirmed(p, f);
                case "error", "errors" -> {
                    f.error = true;
                    p.skipChildren();
                }
                default -> p.skipChildren();
            }
        }
    }

    private void readShares(JsonParser p, Fields f) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonNode type = p.readValueAsTree();
            JsonNode id = type.get("id");
            JsonNode share = type.get("share");
            if (id != null && id.isTextual() && share != null && share.isNumber()) {
                f.shares.put(f.word(id.textValue()), share.doubleValue());
            }
        }
        if (p.currentToken() != JsonToken.END_ARRAY) p.skipChildren();
    }

    /**
     * The weak spots a result's answers confirm, as its {@code recommendations} name them (a full
     * row with texts, a compact row by id alone): per type, each {@code learnFrom[].weakness}.
     */
    private void readConfirmed(JsonParser p, Fields f) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        Map<String, Set<String>> confirmed = new HashMap<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String type = null;
            Set<String> weaknesses = new java.util.LinkedHashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("type") && value == JsonToken.VALUE_STRING) {
                    type = f.word(p.getText());
                } else if (name.equals("learnFrom") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (p.currentToken() != JsonToken.START_OBJECT) {
                            p.skipChildren();
                            continue;
                        }
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String field = p.currentName();
                            JsonToken v = p.nextToken();
                            if (field.equals("weakness") && v == JsonToken.VALUE_STRING) weaknesses.add(f.word(p.getText()));
                            else p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (type != null) confirmed.computeIfAbsent(type, t -> new java.util.LinkedHashSet<>()).addAll(weaknesses);
        }
        if (p.currentToken() != JsonToken.END_ARRAY) p.skipChildren();
        f.confirmed = confirmed;
    }

    private Line result(Fields f, long lineNo) {
        Optional<String> id = text(f.questionnaire, "id");
        Optional<String> version = text(f.questionnaire, "version");
        if (id.isEmpty() || version.isEmpty()) {
            return new Line.Unreadable("not-a-result", messages.get("cohort.line.missing", "questionnaire.id, questionnaire.version"));
        }
        Optional<Outcome> outcome = outcome(f.outcome, f);
        if (outcome.isEmpty()) {
            return new Line.Unreadable("not-a-result", messages.get("cohort.line.bad-outcome"));
        }
        Map<String, Optional<String>> shown = new LinkedHashMap<>();
        shown.put("questionnaire.id", id);
        shown.put("questionnaire.version", version);
        shown.put("strategy.id", text(f.strategy, "id"));
        shown.put("respondent.name", text(f.respondent, "name"));
        shown.put("respondent.ags", text(f.respondent, "ags"));
        shown.put("respondent.kind", text(f.respondent, "kind"));
        for (String key : List.of("type", "first", "second")) shown.put("outcome." + key, text(f.outcome, key));
        for (Map.Entry<String, Optional<String>> field : shown.entrySet()) {
            Optional<Line> unwritable = field.getValue().flatMap(v -> unwritable(field.getKey(), v));
            if (unwritable.isPresent()) return unwritable.get();
        }
        Member member = new Member(lineNo, Place.of(text(f.respondent, "ags")), text(f.respondent, "name"),
                text(f.respondent, "kind").map(f::word), outcome.get(), f.shares, f.confirmed);
        return new Line.Read(f.word(id.get()), f.word(version.get()), text(f.strategy, "id").map(f::word), member);
    }

    /**
     * A text of the line that the cohort shows (the respondent's name in its table, the ids in its
     * messages) holding a control character or a control of the text direction, which no result
     * Typwerk writes holds: the terminal obeyed an escape sequence in a name as the table was
     * printed, and an override turned the rest of its row around.
     */
    private Optional<Line> unwritable(String field, String value) {
        return TextControls.first(value).map(found -> new Line.Unreadable("not-a-result",
                messages.get(found.direction() ? "cohort.line.direction" : "cohort.line.control",
                        field, found.named(), String.valueOf(found.position()))));
    }

    private static Optional<Outcome> outcome(JsonNode o, Fields f) {
        Optional<String> kind = text(o, "kind");
        if (kind.isEmpty()) return Optional.empty();
        switch (kind.get()) {
            case "primary": {
                Optional<String> type = text(o, "type").map(f::word);
                return type.map(t -> new Outcome.Primary(t, number(o, "lead")));
            }
            case "mixed": {
                Optional<String> first = text(o, "first").map(f::word);
                Optional<String> second = text(o, "second").map(f::word);
                if (first.isEmpty() || second.isEmpty()) return Optional.empty();
                return Optional.of(new Outcome.Mixed(first.get(), second.get(), number(o, "lead"), number(o, "mixedMargin")));
            }
            case "none":
                return Optional.of(new Outcome.None());
            case "insufficient":
                return Optional.of(new Outcome.Insufficient((int) number(o, "answered"), (int) number(o, "needed")));
            default:
                return Optional.empty();
        }
    }

    private static Optional<String> text(JsonNode node, String key) {
        if (node == null || !node.isObject()) return Optional.empty();
        JsonNode v = node.get(key);
        return v != null && v.isTextual() && !v.textValue().isBlank() ? Optional.of(v.textValue().strip()) : Optional.empty();
    }

    private static double number(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v != null && v.isNumber() ? v.doubleValue() : 0;
    }
}
