package de.typwerk.cli;

import de.typwerk.cli.output.OutputFormat;

import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.interop.OneResponse;
import de.typwerk.interop.ResponseFormat;
import de.typwerk.presentation.ProblemReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code typwerk score ANSWERS}: an answers file (YAML or JSON) → the report, as text or as JSON
 * following {@code docs/result.schema.json}. Exit 0 with a result; 1 when the answers are refused
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

    @Override
    protected int run(Typwerk engine) throws Exception {
        if (!Files.exists(answers)) throw missing(answers);
        // a device or a pipe is read (/dev/stdin); a folder is said as one, as every command says it
        if (Files.isDirectory(answers)) throw usageError("error.input-is-a-folder", answers);
        Optional<ResponseFormat> tool = tool();
        Optional<LoadedQuestionnaire> assumed = questionnaire == null ? Optional.empty() : Optional.of(questionnaire(engine, questionnaire));
        if (assumed.isPresent() && tool.isEmpty()) throw usageError("error.score.questionnaire-needs-tool");
        Optional<String> strategyId = strategyOption(engine, strategy);
        ScoreRun run = tool.isEmpty() ? engine.score(answers, strategyId) : scoreResponse(engine, tool.get(), assumed, strategyId);
        Optional<de.typwerk.api.model.Problem> wrongChoice = ProblemReport.strategyChoice(run);
        if (wrongChoice.isPresent()) throw usageError("error.strategy", wrongChoice.get().message());
        return new ScoreOutput(engine, messages(), out(), err()).print(run, format);
    }

    /** The tool the file comes from: as given, else as its content says beyond doubt; empty for an answers file. */
    private Optional<ResponseFormat> tool() {
        if (inputFormat != null) {
            if (inputFormat.strip().equalsIgnoreCase(NATIVE)) return Optional.empty();
            return Optional.of(ResponseFormat.of(inputFormat).orElseThrow(() -> usageError("error.score.input-format", inputFormat)));
        }
        if (!Files.isRegularFile(answers)) return Optional.empty();
        try (InputStream in = Files.newInputStream(answers)) {
            return ResponseFormat.recognize(in.readNBytes(ResponseFormat.RECOGNITION_BYTES));
        } catch (IOException e) {
            // unreadable: the answers reading says so, located
            return Optional.empty();
        }
    }

    private ScoreRun scoreResponse(Typwerk engine, ResponseFormat tool, Optional<LoadedQuestionnaire> assumed,
                                   Optional<String> strategyId) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(answers), 1 << 16)) {
            return OneResponse.score(engine, tool, answers.toString(), in, assumed, strategyId);
        }
    }
}
