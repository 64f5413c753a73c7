package de.typwerk.cli;

import de.typwerk.engine.definition.StrictUtf8;
import de.typwerk.engine.i18n.Failures;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.i18n.TextControls;
import de.typwerk.cli.output.OutputFiles;

import de.typwerk.presentation.ProblemReport;
import de.typwerk.presentation.text.ResultView;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.result.TypeResult;
import de.typwerk.presentation.html.HtmlReport;
import de.typwerk.applications.batch.Lines;
import de.typwerk.interop.OneResponse;
import de.typwerk.interop.ResponseFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code typwerk report INPUT}: the report of a result, as text or as one self-contained HTML page.
 * The input is a result file as {@code typwerk score --format json} writes it, or an answers file,
 * which is scored first (as {@code typwerk score} would), or with {@code --row N} one row of a batch's
 * JSON Lines, its full output or its input. One response of another survey tool, recognised by its
 * content as {@code typwerk score} recognises it, is scored as {@code score} scores it ({@link OneResponse}). The HTML page's report is the same
 * fragment {@code typwerk serve}'s pages embed ({@link HtmlReport}). Exit 0 with a report; 1 for a
 * result file that does not read (one located line) or answers that are refused; 2 for a wrong
 * command line.
 */
@Command(name = "report")
final class ReportCommand extends EngineCommand {

    /** {@code --format}. */
    enum Format {
        TEXT, HTML;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Parameters(index = "0", paramLabel = "INPUT", descriptionKey = "report-command.input")
    private Path input;

    @Option(names = "--format", paramLabel = "text|html", defaultValue = "text", descriptionKey = "report-command.format")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "report-command.out")
    private Path out;

    @Option(names = "--force", descriptionKey = "option.force")
    private boolean force;

    @Option(names = "--strategy", paramLabel = "ID", descriptionKey = "report-command.strategy")
    private String strategy;

    @Option(names = "--row", paramLabel = "N", descriptionKey = "report-command.row")
    private Integer row;

    /**
     * Where the row {@code --row} picked stands in the input: its line, and the {@code shift} columns of its
     * {@code "row"} member taken out at column {@code from} of the first line; null without --row.
     */
    private RowPlace rowPlace;

    private record RowPlace(long line, int from, int shift) {
    }

    private final Terminal terminal;

    ReportCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    protected int run(Typwerk engine) throws Exception {
        if (standardOutput(out)) out = null;
        boolean stdin = standardInput(input);
        // read once, whole: a device or a pipe (<(zcat result.json.gz), /dev/stdin) as well as a file
        if (!stdin) requireInputStream(input);
        // standard input too: "typwerk score - --out a.yaml --force < a.yaml" replaced the answers with their report
        Optional<Path> overwritten = OutputFiles.sameAsInput(out, input);
        if (overwritten.isPresent()) throw usageError("error.output-is-input", out, overwritten.get());
        requireOutputFile(out);
        requireNewOutput(out, force);
        Optional<String> strategyId = strategyOption(engine, strategy);

        Result result;
        byte[] bytes;
        String fileName = stdin ? "" : input.getFileName().toString();
        if (row != null) {
            // one row of a batch's JSON Lines, its input or its output, read line by line: the file may be of any size
            if (row < 1) throw usageError("report-command.error.row-range", String.valueOf(row));
            if (fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) throw usageError("report-command.error.row-csv");
            Picked picked;
            try (InputStream in = stdin ? standardInput(terminal) : openInput(input)) {
                picked = pick(in, row);
            }
            if (picked instanceof Picked.NoRows) throw usageError("report-command.error.row-not-lines", source());
            if (picked instanceof Picked.NotThere n) throw usageError("report-command.error.row-missing", source(), String.valueOf(row),
                    String.valueOf(n.rows()));
            if (picked instanceof Picked.Refused r) return refused(List.of(r.problem()));
            Picked.Found found = (Picked.Found) picked;
            rowPlace = new RowPlace(found.line(), found.from(), found.shift());
            bytes = found.bytes();
            // the row stands for a document of its own: a result is a .json, answers in JSON Lines are JSON as well
            fileName = "row.json";
        } else {
            // read once, whole and bounded: what it is and its scoring look at the same bytes (standard input can be read only once)
            bytes = stdin ? standardInput(terminal).readNBytes(Mappers.MAX_DOCUMENT_BYTES + 1) : Mappers.readBounded(input);
        }
        Map<String, Answer> answers = Map.of();
        Input what = classify(bytes, fileName);
        if (what instanceof Input.Unreadable u) return refused(List.of(u.problem()));
        if (what instanceof Input.ResultDocument r) {
            if (strategy != null) throw usageError("report-command.error.strategy-for-result");
            Input read = read(engine, r.json());
            if (read instanceof Input.Unreadable u) return refused(List.of(u.problem()));
            result = ((Input.Read) read).result();
        } else {
            // one response of another survey tool (SurveyJS data, a FHIR QuestionnaireResponse, a LimeSurvey export), told
            // as typwerk score tells it: scored as score scores it, where it was read as an answers file and refused for every key
            Optional<ResponseFormat> tool = ResponseFormat.recognize(bytes);
            ScoreRun run = tool.isPresent()
                    ? OneResponse.score(engine, tool.get(), source(), new java.io.ByteArrayInputStream(bytes), Optional.empty(), strategyId)
                    : engine.score(source(), bytes, strategyId);
            Optional<Problem> wrongChoice = ProblemReport.strategyChoice(run);
            if (wrongChoice.isPresent()) throw usageError("error.strategy", wrongChoice.get().message());
            if (!(run instanceof ScoreRun.Done done)) {
                int code = refused(run.problems());
                if (run.problems().stream().anyMatch(p -> ScoreOutput.MISSING_PLUGIN.contains(p.code()))) {
                    err().println(typwerk().pluginsHint());
                    err().flush();
                }
                return code;
            }
            ScoreOutput.lines(done.problems(), messages().language().locale()).forEach(err()::println);
            result = done.result();
            // too few for a type: the report says what they already tell (SoFar); a thin dimension: which
            // of its answers count for no type (Weightless)
            if (ScoreOutput.needsAnswers(result)) {
                answers = tool.isPresent() ? OneResponse.answers(engine, tool.get(), bytes, Optional.empty())
                        : engine.readAnswers(source(), bytes).response().map(Response::answers).orElse(Map.of());
            }
        }

        Optional<Questionnaire> questionnaire = questionnaireOf(engine, result);
        if (questionnaire.isEmpty()) {
            // a plugin's questionnaire is loaded only with its --plugins, which a report of its result needs too
            err().println(messages().get("report-command.without-questionnaire",
                    result.questionnaire().id() + "@" + result.questionnaire().version())
                    + engine.notLoadedNote(result.questionnaire().id()) + " " + typwerk().pluginsHint());
        }
        err().flush();
        String report = format == Format.HTML
                ? new HtmlReport().page(result, questionnaire, engine.strategies().find(result.strategy().id()), answers,
                        messages().language().locale())
                : new ResultView(result, questionnaire, answers, messages()).render();
        writeText(out, report);
        return ExitCodes.OK;
    }

    /** What the input turned out to be. */
    private sealed interface Input {

        /** An answers file, to be scored. */
        record Answers() implements Input {
        }

        /** A result file's text. */
        record ResultDocument(String json) implements Input {
        }

        /** A result, read. */
        record Read(Result result) implements Input {
        }

        /** JSON that does not read, or not as a result: where and why. */
        record Unreadable(Problem problem) implements Input {
        }
    }

    /**
     * A result file is JSON (by its name, or its first character) whose {@code questionnaire} is an
     * object or that has an {@code outcome}; an answers file names its questionnaire by id. JSON
     * that does not parse is unreadable, whatever it was meant to be.
     */
    private Input classify(byte[] bytes, String fileName) throws IOException {
        // a spreadsheet, a PDF or an archive passed by mistake: said as what it is, before its size or its first byte
        Optional<de.typwerk.engine.definition.BinaryFiles.Found> binary = de.typwerk.engine.definition.BinaryFiles.recognize(bytes);
        if (binary.isPresent()) {
            String kind = binary.get().describe(new Messages(messages().language().locale()));
            return new Input.Unreadable(Problem.error("not-utf8", messages().get("report-command.error.binary", kind,
                    messages().get(binary.get().adviceKey("report-command.error.binary"))), new Location(source(), 1, 1, "")));
        }
        // the limit of every document the engine reads: a file of gigabytes is not taken into memory
        if (bytes.length > Mappers.MAX_DOCUMENT_BYTES) {
            // a batch's results or answers: a report is of one row
            if (row == null && jsonLines(new String(bytes, 0, 1 << 20, StandardCharsets.UTF_8))) return jsonLinesWithoutRow();
            OptionalLong size = standardInput(input) ? OptionalLong.empty() : Mappers.sizeOf(input);
            String message = size.isPresent()
                    ? messages().get("report-command.error.too-large", String.valueOf(size.getAsLong()), String.valueOf(Mappers.MAX_DOCUMENT_BYTES))
                    : messages().get("report-command.error.too-large.stream", String.valueOf(Mappers.MAX_DOCUMENT_BYTES));
            return new Input.Unreadable(Problem.error("too-large", message, Location.source(source())));
        }
        // UTF-16 or UTF-32 would read as garbled text here: said as the answers reader says it
        Optional<StrictUtf8.OtherEncoding> other = StrictUtf8.otherEncoding(bytes);
        if (other.isPresent()) {
            return new Input.Unreadable(Problem.error("not-utf8", messages().get("report-command.error.other-encoding",
                    other.get().name(), other.get().mark()), new Location(source(), 1, 1, "")));
        }
        Optional<String> unmarked = StrictUtf8.unmarkedEncoding(bytes);
        if (unmarked.isPresent()) {
            return new Input.Unreadable(Problem.error("not-utf8", messages().get("report-command.error.unmarked-encoding", unmarked.get()),
                    new Location(source(), 1, 1, "")));
        }
        // a byte order mark, as Windows editors and PowerShell write it: not content, as for an answers file
        String text = StrictUtf8.withoutByteOrderMark(new String(bytes, StandardCharsets.UTF_8));
        String name = fileName.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json") && !text.stripLeading().startsWith("{")) return new Input.Answers();
        com.fasterxml.jackson.databind.ObjectMapper json = new Mappers().json();
        try (com.fasterxml.jackson.core.JsonParser parser = json.createParser(text)) {
            JsonNode tree;
            try {
                tree = json.readTree(parser);
            } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
                if (row == null && jsonLines(text)) return jsonLinesWithoutRow();
                // a read limit names no place; the parser knows it
                JsonLocation at = Failures.stoppedAt(e, parser);
                return new Input.Unreadable(Problem.error("result-unreadable", messages().get("report-command.error.json",
                        Failures.parser(e, new Messages(messages().language().locale()))),
                        new Location(source(), Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), "")));
            }
            boolean result = tree != null && tree.isObject() && (tree.path("questionnaire").isObject() || tree.has("outcome"));
            return result ? new Input.ResultDocument(text) : new Input.Answers();
        } catch (JsonProcessingException e) {
            if (row == null && jsonLines(text)) return jsonLinesWithoutRow();
            Messages words = new Messages(messages().language().locale());
            return new Input.Unreadable(located("result-unreadable", messages().get("report-command.error.json",
                    cutOffInText(e, text) ? words.get("syntax.json.end-text") : Failures.parser(e, words)), e));
        }
    }

    /**
     * Whether the document ends inside a text, with only the file's last line break (or white
     * space) after where the text was cut off: the parser takes that line break for a control
     * character in the text, where the document, as {@code typwerk cohort} reads its line, is cut off.
     */
    private static boolean cutOffInText(JsonProcessingException e, String text) {
        if (!de.typwerk.engine.i18n.ParserWords.lineBreakInText(e.getOriginalMessage())) return false;
        JsonLocation at = e.getLocation();
        long offset = at == null ? -1 : at.getCharOffset();
        return offset >= 0 && offset < text.length() && text.substring((int) offset).isBlank();
    }

    /** A batch's JSON Lines given without {@code --row}: several documents, and a report is of one. */
    private Input jsonLinesWithoutRow() {
        return new Input.Unreadable(Problem.error("json-lines", messages().get("report-command.error.json-lines"),
                new Location(source(), 2, 1, "")));
    }

    /** Whether {@code text} is JSON Lines: its first two lines that are not blank each an object of their own. */
    private static boolean jsonLines(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(2).toList();
        return lines.size() == 2 && lines.stream().allMatch(ReportCommand::jsonObject);
    }

    /** Whether {@code line} is a JSON object by itself. */
    private static boolean jsonObject(String line) {
        try {
            JsonNode tree = new Mappers().json().readTree(line);
            return tree != null && tree.isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** What {@code --row} found. */
    private sealed interface Picked {

        /** The row's document: a result (its {@code "row"} member, {@code shift} characters, taken out after column {@code from}) or answers. */
        record Found(byte[] bytes, long line, int from, int shift) implements Picked {
        }

        /** The input has only {@code rows} rows. */
        record NotThere(long rows) implements Picked {
        }

        /** The input is one document, not JSON Lines. */
        record NoRows() implements Picked {
        }

        /** The row is there but holds no report: an error record, a compact result, a line too long. */
        record Refused(Problem problem) implements Picked {
        }
    }

    /** A batch's output row begins with its number: {@code {"row":17,}. */
    private static final Pattern ROW_FIELD = Pattern.compile("^\\{\\s*\"row\"\\s*:\\s*(\\d{1,18})\\s*,");
    /** The bytes of a line {@link #ROW_FIELD} is looked for in: its number and the spaces a writer may put around it. */
    private static final int ROW_FIELD_BYTES = 64;

    /** A batch output row's number, and the characters {@code [start, end)} of its line that hold the {@code "row"} member. */
    private record Numbered(long number, int start, int end) {
    }

    /** The bytes of {@code "row"}, looked for before a line is decoded to find the member elsewhere than at its start. */
    private static final byte[] ROW_NAME = "\"row\"".getBytes(StandardCharsets.US_ASCII);

    /**
     * The row's number: {@link #ROW_FIELD} at the start of {@code line}, looked for in the line's first
     * bytes, so that a line passed over is not decoded whole, and in the whole line only where those do
     * not hold it (spaces around the number beyond them); else a member {@code "row"} of the line's
     * object elsewhere, as a tool that sorts or reorders keys writes it ({@code jq -S}); else null.
     */
    private static Numbered rowField(byte[] line) {
        // the pattern is ASCII, so a match in the first bytes stands at the same offsets in the whole line
        Matcher numbered = ROW_FIELD.matcher(new String(line, 0, Math.min(line.length, ROW_FIELD_BYTES), StandardCharsets.ISO_8859_1));
        if (numbered.find()) return new Numbered(Long.parseLong(numbered.group(1)), 1, numbered.end());
        if (!contains(line, ROW_NAME)) return null;
        String text = new String(line, StandardCharsets.UTF_8);
        numbered = ROW_FIELD.matcher(text);
        if (numbered.find()) return new Numbered(Long.parseLong(numbered.group(1)), 1, numbered.end());
        return rowMember(text);
    }

    private static boolean contains(byte[] line, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= line.length; i++) {
            for (int j = 0; j < part.length; j++) if (line[i + j] != part[j]) continue outer;
            return true;
        }
        return false;
    }

    /** The top-level member {@code "row"} with a whole number, wherever it stands in the object, with the comma that joins it. */
    private static Numbered rowMember(String text) {
        try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(text)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) return null;
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                int start = (int) p.currentTokenLocation().getCharOffset();
                boolean row = p.currentName().equals("row");
                com.fasterxml.jackson.core.JsonToken value = p.nextToken();
                if (!row) {
                    p.skipChildren();
                    continue;
                }
                if (value != com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT || p.getNumberType() == com.fasterxml.jackson.core.JsonParser.NumberType.BIG_INTEGER) {
                    return null;
                }
                long number = p.getLongValue();
                int end = (int) p.currentTokenLocation().getCharOffset() + p.getText().length();
                int after = end;
                while (after < text.length() && Character.isWhitespace(text.charAt(after))) after++;
                if (after < text.length() && text.charAt(after) == ',') return new Numbered(number, start, after + 1);
                // the last member: the comma before it goes with it
                int before = start - 1;
                while (before > 0 && Character.isWhitespace(text.charAt(before))) before--;
                return new Numbered(number, text.charAt(before) == ',' ? before : start, end);
            }
        } catch (IOException e) {
            // a line that does not read has no row number that counts
        }
        return null;
    }

    /** The start of {@code line} in the input. */
    private Location at(Lines.Line line) {
        return new Location(source(), (int) Math.min(Integer.MAX_VALUE, line.number()), 1, "");
    }

    /**
     * Row {@code wanted} of JSON Lines, as {@code typwerk batch} counts them: of its output the line
     * whose {@code "row"} is that number (so a file filtered with grep still finds it), of its input
     * the {@code wanted}-th line that is not blank.
     */
    private Picked pick(InputStream in, int wanted) throws IOException {
        Lines lines = new Lines(in, Mappers.MAX_DOCUMENT_BYTES);
        long rows = 0;
        Boolean output = null;
        // a first line that starts an object but does not read: a row of JSON Lines cut short, or an indented document,
        // told by the line after it; the row it is, where that is the one picked
        boolean unsure = false;
        Picked.Found first = null;
        for (Optional<Lines.Line> next = lines.next(); next.isPresent(); next = lines.next()) {
            Lines.Line line = next.get();
            if (line.blank()) continue;
            rows++;
            if (line.tooLong()) {
                // of the output only a row's number picks it, and a line too long to read has none that counts
                if (output != Boolean.TRUE && rows == wanted) {
                    return new Picked.Refused(Problem.error("too-large", messages().get("report-command.error.row-too-long",
                            String.valueOf(wanted), String.valueOf(Mappers.MAX_DOCUMENT_BYTES)), at(line)));
                }
                continue;
            }
            byte[] content = line.content();
            // of the input every line is a row: only the output's lines are looked at for their number
            Numbered numbered = output == Boolean.FALSE ? null : rowField(content);
            boolean isOutput = numbered != null;
            if (unsure) {
                // the second row: a document of its own makes the first a row cut short
                if (!jsonObject(new String(content, StandardCharsets.UTF_8))) return new Picked.NoRows();
                unsure = false;
                if (first != null) return first;
            }
            if (output == null) {
                // a YAML file or an indented JSON document has no rows: its first line is no document of its own
                String text = new String(content, StandardCharsets.UTF_8);
                if (!isOutput && !jsonObject(text)) {
                    if (!StrictUtf8.withoutByteOrderMark(text).stripLeading().startsWith("{")) return new Picked.NoRows();
                    unsure = true;
                }
                output = isOutput;
            }
            long number = output ? (isOutput ? numbered.number() : -1) : rows;
            if (number != wanted) continue;
            if (unsure) {
                first = new Picked.Found(content, line.number(), 0, 0);
                continue;
            }
            if (!output) return new Picked.Found(content, line.number(), 0, 0);
            return outputRow(new String(content, StandardCharsets.UTF_8), numbered, wanted, at(line));
        }
        // one line that does not read is a document, not JSON Lines
        if (unsure) return new Picked.NoRows();
        return new Picked.NotThere(rows);
    }

    /** A row of a batch's output: a full result (its {@code "row"} taken off), else why it gives no report. */
    private Picked outputRow(String text, Numbered numbered, int wanted, Location at) {
        JsonNode tree;
        try {
            tree = new Mappers().json().readTree(text);
        } catch (JsonProcessingException e) {
            // said where it is by the result reader below, which reads the same text
            tree = null;
        }
        if (tree != null && tree.has("error")) {
            return new Picked.Refused(Problem.error("error-row", messages().get("report-command.error.row-error", String.valueOf(wanted),
                    tree.path("error").path("message").asText("")), at));
        }
        // a compact row leaves the texts out: its questionnaire has no title (its recommendations name weak spots by id only)
        if (tree != null && tree.has("outcome") && !tree.path("questionnaire").has("title")) {
            return new Picked.Refused(Problem.error("compact-row", messages().get("report-command.error.row-compact", String.valueOf(wanted)), at));
        }
        // {"row":17,"questionnaire":… → {"questionnaire":…, a result as typwerk score writes it (the member taken out where it stands)
        String result = text.substring(0, numbered.start()) + text.substring(numbered.end());
        return new Picked.Found(result.getBytes(StandardCharsets.UTF_8), at.line(), numbered.start(), numbered.end() - numbered.start());
    }

    /** The result a result file holds, or where and why it holds none. */
    private Input read(Typwerk engine, String json) {
        try {
            Result result = engine.resultJson().read(json);
            // what the reader takes but the schema does not, a field missing or null, is read as null: the report would fail on it
            Optional<Problem> wrong = de.typwerk.engine.report.ResultJson.check(source(), json, messages().language().locale());
            if (wrong.isPresent()) {
                Problem p = wrong.get();
                return new Input.Unreadable(Problem.error(p.code(), messages().get("report-command.error.result", p.location().pointer(),
                        p.message()), p.location()));
            }
            Optional<Problem> unheld = typeNotHeld(result, json);
            if (unheld.isPresent()) return new Input.Unreadable(unheld.get());
            Optional<Problem> unwritable = unwritable(new Mappers().json().readTree(json), "", json);
            if (unwritable.isPresent()) return new Input.Unreadable(unwritable.get());
            return new Input.Read(result);
        } catch (MismatchedInputException e) {
            // databind's own sentence names the engine's classes: what is wrong is said by where it is
            String path = e.getPath().stream().map(r -> r.getFieldName() != null ? "/" + r.getFieldName() : "/" + r.getIndex())
                    .collect(Collectors.joining());
            return new Input.Unreadable(located("not-a-result", messages().get(e instanceof InvalidTypeIdException
                    ? "report-command.error.kind" : "report-command.error.shape", path.isEmpty() ? "/" : path), e));
        } catch (JsonProcessingException e) {
            return new Input.Unreadable(located("not-a-result", messages().get("report-command.error.shape", "/"), e));
        } catch (IOException | RuntimeException e) {
            return new Input.Unreadable(Problem.error("not-a-result", messages().get("report-command.error.result", "/",
                    String.valueOf(e.getMessage())), Location.source(source())));
        }
    }

    /**
     * A result the schema takes whose outcome names a type its scores do not hold (a file edited by
     * hand: the schema cannot tie the two together); the report would print that type with no share.
     */
    private Optional<Problem> typeNotHeld(Result result, String json) throws IOException {
        java.util.Set<String> held = result.types().stream().map(TypeResult::id).collect(Collectors.toSet());
        Map<String, String> named = new java.util.LinkedHashMap<>();
        if (result.outcome() instanceof Outcome.Primary p) named.put("/outcome/type", p.type());
        if (result.outcome() instanceof Outcome.Mixed m) {
            named.put("/outcome/first", m.first());
            named.put("/outcome/second", m.second());
        }
        for (Map.Entry<String, String> n : named.entrySet()) {
            if (held.contains(n.getValue())) continue;
            return Optional.of(Problem.error("not-a-result", messages().get("report-command.error.result", n.getKey(),
                    messages().get("report-command.error.type-not-held", n.getValue())),
                    de.typwerk.engine.report.ResultJson.locate(source(), json, n.getKey())));
        }
        return Optional.empty();
    }

    /**
     * The first text of a result, in document order, that holds a control character (other than a
     * line break or a tab) or a control of the text direction, which no result Typwerk writes holds
     * (a definition's texts and a respondent's may not): a file edited by hand or made by another
     * tool, whose escape sequence in the respondent's name the terminal obeyed as the report was
     * printed, and whose right-to-left override turned the report's own words around.
     */
    private Optional<Problem> unwritable(JsonNode node, String pointer, String json) {
        if (node.isTextual()) {
            return TextControls.first(node.textValue()).map(found -> Problem.error("not-a-result",
                    messages().get("report-command.error.result", pointer,
                            messages().get(found.direction() ? "report-command.error.direction" : "report-command.error.control",
                                    found.named(), String.valueOf(found.position()))),
                    de.typwerk.engine.report.ResultJson.locate(source(), json, pointer)));
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<Problem> found = unwritable(node.get(i), pointer + "/" + i, json);
                if (found.isPresent()) return found;
            }
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String at = de.typwerk.engine.definition.JsonPointers.append(pointer, member.getKey());
                // a name is shown too (a profile topic's, a language's): it is held to the same as the texts
                Optional<Problem> found = unwritable(new com.fasterxml.jackson.databind.node.TextNode(member.getKey()), at, json)
                        .or(() -> unwritable(member.getValue(), at, json));
                if (found.isPresent()) return found;
            }
        }
        return Optional.empty();
    }

    private Problem located(String code, String message, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return Problem.error(code, message, new Location(source(), line, column, ""));
    }

    /** How findings name the input: its path as given, or {@value #STANDARD_INPUT_NAME}. */
    private String source() {
        return standardInput(input) ? STANDARD_INPUT_NAME : input.toString();
    }

    private int refused(List<Problem> problems) {
        if (rowPlace != null) problems = problems.stream().map(this::inFile).toList();
        new ProblemReport(problems, messages().language().locale()).lines().forEach(out()::println);
        out().flush();
        return ExitCodes.FINDINGS;
    }

    /** A finding in the row --row picked, placed where that row stands in the input. */
    private Problem inFile(Problem p) {
        Location l = p.location();
        if (l.line() < 1 || !l.source().equals(source())) return p;
        long line = rowPlace.line() + l.line() - 1;
        int column = l.line() == 1 && l.column() > rowPlace.from() ? l.column() + rowPlace.shift() : l.column();
        return p.withLocation(new Location(l.source(), (int) Math.min(Integer.MAX_VALUE, line), column, l.pointer()));
    }

    /** The loaded definition the result was scored against: same id, version and content. */
    private static Optional<Questionnaire> questionnaireOf(Typwerk engine, Result result) {
        return engine.questionnaire(result.questionnaire().id() + "@" + result.questionnaire().version())
                .filter(l -> l.contentHash().equals(result.questionnaire().contentHash()))
                .map(LoadedQuestionnaire::questionnaire);
    }
}
