package de.typwerk.cli;

import de.typwerk.presentation.ProblemReport;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
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
 */
@Command(name = "score")
final class ScoreCommand extends EngineCommand {

    @Parameters(index = "0", paramLabel = "ANSWERS", descriptionKey = "score.answers")
    private Path answers;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "option.format")
    private OutputFormat format;

    @Option(names = "--strategy", paramLabel = "ID", descriptionKey = "option.strategy")
    private String strategy;

    @Override
    int run(Typwerk engine) throws Exception {
        if (!Files.exists(answers)) throw usageError("error.no-such-path", answers);
        ScoreRun run = engine.score(answers, Optional.ofNullable(strategy));
        Optional<de.typwerk.api.model.Problem> wrongChoice = ProblemReport.strategyChoice(run);
        if (wrongChoice.isPresent()) throw usageError("error.strategy", wrongChoice.get().message());
        return new ScoreOutput(engine, messages(), out(), err()).print(run, format);
    }
}
