package de.typwerk.cli;

import de.typwerk.cli.take.Terminal;
import de.typwerk.engine.definition.StrictUtf8;
import de.typwerk.engine.i18n.Failures;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.cli.output.OutputFiles;
import de.typwerk.cli.output.AtomicFile;

import de.typwerk.presentation.ProblemReport;
import de.typwerk.presentation.text.ResultView;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.result.TypeResult;
import de.typwerk.presentation.html.HtmlReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code typwerk report INPUT}: the report of a result, as text or as one self-contained HTML page.
 * The input is a result file as {@code typwerk score --format json} writes it, or an answers file,
 * which is scored first (as {@code typwerk score} would). The HTML page's report is the same
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

    @Option(names = "--strategy", paramLabel = "ID", descriptionKey = "report-command.strategy")
    private String strategy;

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
        Optional<Path> overwritten = stdin ? Optional.empty() : OutputFiles.sameAsInput(out, input);
        if (overwritten.isPresent()) throw usageError("error.output-is-input", out, overwritten.get());
        requireOutputFile(out, false);
        Optional<String> strategyId = strategyOption(engine, strategy);

        Result result;
        // read once, whole and bounded: what it is and its scoring look at the same bytes (standard input can be read only once)
        byte[] bytes = stdin ? standardInput(terminal).readNBytes(Mappers.MAX_DOCUMENT_BYTES + 1) : Mappers.readBounded(input);
        Input what = classify(bytes, stdin ? "" : input.getFileName().toString());
        if (what instanceof Input.Unreadable u) return refused(List.of(u.problem()));
        if (what instanceof Input.ResultDocument r) {
            if (strategy != null) throw usageError("report-command.error.strategy-for-result");
            Input read = read(engine, r.json());
            if (read instanceof Input.Unreadable u) return refused(List.of(u.problem()));
            result = ((Input.Read) read).result();
        } else {
            ScoreRun run = engine.score(source(), bytes, strategyId);
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
                ? new HtmlReport().page(result, questionnaire, engine.strategies().find(result.strategy().id()), messages().language().locale())
                : new ResultView(result, questionnaire, messages()).render();
        if (out == null) {
            out().print(report);
            out().flush();
        } else {
            AtomicFile.write(out, report);
        }
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
        // the limit of every document the engine reads: a file of gigabytes is not taken into memory
        if (bytes.length > Mappers.MAX_DOCUMENT_BYTES) {
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
        try {
            JsonNode tree = new Mappers().json().readTree(text);
            boolean result = tree != null && tree.isObject() && (tree.path("questionnaire").isObject() || tree.has("outcome"));
            return result ? new Input.ResultDocument(text) : new Input.Answers();
        } catch (JsonProcessingException e) {
            return new Input.Unreadable(located("result-unreadable", messages().get("report-command.error.json",
                    Failures.parser(e, new Messages(messages().language().locale()))), e));
        }
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
        new ProblemReport(problems, messages().language().locale()).lines().forEach(out()::println);
        out().flush();
        return ExitCodes.FINDINGS;
    }

    /** The loaded definition the result was scored against: same id, version and content. */
    private static Optional<Questionnaire> questionnaireOf(Typwerk engine, Result result) {
        return engine.questionnaire(result.questionnaire().id() + "@" + result.questionnaire().version())
                .filter(l -> l.contentHash().equals(result.questionnaire().contentHash()))
                .map(LoadedQuestionnaire::questionnaire);
    }
}
