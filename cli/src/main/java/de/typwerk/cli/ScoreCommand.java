package de.typwerk.cli;

import de.typwerk.cli.output.OutputFiles;
import de.typwerk.cli.output.OutputFormat;

import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.interop.OneResponse;
import de.typwerk.interop.ResponseFormat;
import de.typwerk.presentation.ProblemReport;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Response;
import de.typwerk.engine.answers.AnswersReader;
import de.typwerk.engine.definition.Mappers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code typwerk score ANSWERS}: an answers file (YAML or JSON; {@code -}: standard input, its
 * format told by its content) → the report, as text or as JSON following
 * {@code docs/result.schema.json}. Exit 0 with a result; 1 when the answers are refused
 * (one compiler-style line per problem, nothing else) or the strategy failed; 2 for a wrong
 * command line, including a {@code --strategy} the questionnaire has no parameters for.
 *
 * <p>The file may also be one response of another survey tool ({@code --input-format surveyjs |
 * fhir | limesurvey}, or recognised by its content, {@link ResponseFormat#recognize}): read as
 * {@code typwerk batch} reads it and scored as the same answers given natively, its findings
 * placed in that file ({@link OneResponse}). A file of several responses is refused: that is
 * {@code batch}'s work.
 */
@Command(name = "score")
final class ScoreCommand extends EngineCommand {

    /** {@code --input-format answers}: an answers file of Typwerk, whatever its content looks like. */
    private static final String NATIVE = "answers";

    private final Terminal terminal;

    ScoreCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Parameters(index = "0", paramLabel = "ANSWERS", descriptionKey = "score.answers")
    private Path answers;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "option.format")
    private OutputFormat format;

    @Option(names = "--strategy", paramLabel = "ID", descriptionKey = "option.strategy")
    private String strategy;

    @Option(names = "--input-format", paramLabel = "answers|surveyjs|fhir|limesurvey", descriptionKey = "score.input-format")
    private String inputFormat;

    @Option(names = "--questionnaire", paramLabel = "ID", descriptionKey = "score.questionnaire")
    private String questionnaire;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "score.out")
    private Path out;

    @Option(names = "--force", descriptionKey = "option.force")
    private boolean force;

    @Override
    protected int run(Typwerk engine) throws Exception {
        boolean stdin = standardInput(answers);
        if (!stdin) {
            if (!Files.exists(answers)) throw missing(answers);
            // a device or a pipe is read (/dev/stdin); a folder is said as one, as every command says it
            if (Files.isDirectory(answers)) throw usageError("error.input-is-a-folder", answers);
        }
        // checked before anything is read or scored, as every command that writes a file checks it
        if (standardOutput(out)) out = null;
        // standard input too: "typwerk score - --out a.yaml --force < a.yaml" replaced the answers with their report
        Optional<Path> overwritten = OutputFiles.sameAsInput(out, answers);
        if (overwritten.isPresent()) throw usageError("error.output-is-input", out, overwritten.get());
        requireOutputFile(out);
        requireNewOutput(out, force);
        // standard input is read once, whole (bounded as a file is): what it is and its scoring look at the same bytes
        byte[] piped = stdin ? standardInput(terminal).readNBytes(Mappers.MAX_DOCUMENT_BYTES + 1) : null;
        Optional<ResponseFormat> tool = tool(piped);
        Optional<LoadedQuestionnaire> assumed = questionnaire == null ? Optional.empty() : Optional.of(questionnaire(engine, questionnaire));
        if (assumed.isPresent() && tool.isEmpty()) throw usageError("error.score.questionnaire-needs-tool");
        Optional<String> strategyId = strategyOption(engine, strategy);
        ScoreRun run = stdin ? scorePiped(engine, piped, tool, assumed, strategyId)
                : tool.isEmpty() ? engine.score(answers, strategyId) : scoreResponse(engine, tool.get(), assumed, strategyId);
        Optional<Problem> wrongChoice = ProblemReport.strategyChoice(run);
        if (wrongChoice.isPresent()) throw usageError("error.strategy", wrongChoice.get().message());
        return new ScoreOutput(engine, messages(), typwerk(), out(), err())
                .print(run, format, answersOf(engine, run, piped, tool, assumed), report -> writeText(out, report));
    }

    /**
     * The answers that were scored, of an answers file or of a tool's one response, for what a report
     * with too few answers for a type already tells ({@code SoFar}) and which answers of a thin
     * dimension count for no type ({@code Weightless}); none where it was not scored, needs neither
     * or does not read again.
     */
    private Map<String, Answer> answersOf(Typwerk engine, ScoreRun run, byte[] piped, Optional<ResponseFormat> tool,
                                          Optional<LoadedQuestionnaire> assumed) {
        if (!run.ok() || !ScoreOutput.needsAnswers(run.asResult().orElseThrow())) return Map.of();
        try {
            byte[] bytes = piped != null ? piped : Mappers.readBounded(answers);
            if (tool.isPresent()) return OneResponse.answers(engine, tool.get(), bytes, assumed);
            return engine.readAnswers(answers.toString(), bytes).response().map(Response::answers).orElse(Map.of());
        } catch (IOException e) {
            return Map.of();
        }
    }

    /**
     * The tool the answers come from: as given, else as their content says beyond doubt; empty for
     * an answers file. {@code piped}: standard input's bytes, else null (the file is looked at).
     */
    private Optional<ResponseFormat> tool(byte[] piped) {
        if (inputFormat != null) {
            if (inputFormat.strip().equalsIgnoreCase(NATIVE)) return Optional.empty();
            return Optional.of(ResponseFormat.of(inputFormat).orElseThrow(() -> usageError("error.score.input-format", inputFormat)));
        }
        if (piped != null) return ResponseFormat.recognize(piped);
        if (!Files.isRegularFile(answers)) return Optional.empty();
        try (InputStream in = Files.newInputStream(answers)) {
            return ResponseFormat.recognize(in.readNBytes(ResponseFormat.RECOGNITION_BYTES));
        } catch (IOException e) {
            // unreadable: the answers reading says so, located
            return Optional.empty();
        }
    }

    /** Scores what came on standard input, named {@value #STANDARD_INPUT_NAME} in findings (its format told by its content); refused when over the limit. */
    private ScoreRun scorePiped(Typwerk engine, byte[] piped, Optional<ResponseFormat> tool, Optional<LoadedQuestionnaire> assumed,
                                Optional<String> strategyId) throws IOException {
        if (piped.length > Mappers.MAX_DOCUMENT_BYTES) {
            return new ScoreRun.Refused(List.of(AnswersReader.tooLarge(STANDARD_INPUT_NAME, OptionalLong.empty(), engine.messages())));
        }
        if (tool.isEmpty()) return engine.score(STANDARD_INPUT_NAME, piped, strategyId);
        return OneResponse.score(engine, tool.get(), STANDARD_INPUT_NAME, new ByteArrayInputStream(piped), assumed, strategyId);
    }

    private ScoreRun scoreResponse(Typwerk engine, ResponseFormat tool, Optional<LoadedQuestionnaire> assumed,
                                   Optional<String> strategyId) throws IOException {
        // read bounded and refused over the limit as an answers file is, by its size: the reader stopped at the first long
        // text in it (a text of 4256936 characters, at line 1, column 1), and read a pipe or device without end
        byte[] content = Mappers.readBounded(answers);
        if (content.length > Mappers.MAX_DOCUMENT_BYTES) {
            return new ScoreRun.Refused(List.of(AnswersReader.tooLarge(answers.toString(), Mappers.sizeOf(answers), engine.messages())));
        }
        return OneResponse.score(engine, tool, answers.toString(), new ByteArrayInputStream(content), assumed, strategyId);
    }
}
