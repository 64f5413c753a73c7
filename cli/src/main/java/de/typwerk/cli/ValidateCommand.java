package de.typwerk.cli;

import de.typwerk.cli.output.OutputFormat;

import de.typwerk.presentation.ProblemReport;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Severity;
import de.typwerk.engine.Typwerk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code typwerk validate PATH...}: checks definition files, folders of them, or plugin jars, and
 * prints each problem like a compiler does. Exit 0 when there is no error (warnings alone pass,
 * unless {@code --strict}), 1 when there are problems, 2 when a path does not exist.
 */
@Command(name = "validate")
final class ValidateCommand extends EngineCommand {

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "validate.paths")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "option.format")
    private OutputFormat format;

    @Override
    protected int run(Typwerk engine) throws Exception {
        // every path is checked before any is validated: a typo should not hide behind a long report
        for (Path p : paths) {
            // "-" is standard input to score, batch and report; a definition is found by its path (its variant's base, its plugin folder)
            if (standardInput(p) && !Files.exists(p)) throw usageError("error.validate-standard-input");
            if (!Files.exists(p)) throw missing(p);
        }
        List<Problem> problems = new ArrayList<>();
        for (Path p : paths) {
            problems.addAll(engine.validate(p));
        }
        ProblemReport report = new ProblemReport(problems, messages().language().locale());
        if (format == OutputFormat.JSON) {
            out().println(report.json());
        } else {
            report.lines().forEach(out()::println);
        }
        out().flush();
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        err().println(errors + warnings == 0 ? messages().get("validate.summary.clean")
                : messages().get("validate.summary.problems", errors, warnings));
        // also for the warning about an alternative strategy that is not loaded: its plugin is one --plugins away
        if (problems.stream().anyMatch(p -> ScoreOutput.MISSING_PLUGIN.contains(p.code()))) {
            Optional<String> project = problems.stream().anyMatch(p -> p.code().equals("unknown-strategy"))
                    ? strategyProjectHint() : Optional.empty();
            err().println(project.orElseGet(() -> typwerk().pluginsHint()));
        }
        if (!typwerk().debug() && ScoreOutput.threw(problems)) {
            // "ask the plugin's maker to fix it": the maker reading this learns where the strategy threw with --debug
            err().println(messages().get("error.debug-hint.strategy"));
        }
        boolean failed = errors > 0 || (warnings > 0 && typwerk().strict());
        return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /**
     * For paths in a plugin project (a definition under its {@code src/main/resources}, its
     * {@code target/classes}) whose definitions name a strategy not loaded: the command line that
     * checks them with the strategy, whose jar a project beside it builds into its {@code target}
     * (found there, or, where none is, the form it takes). Empty for paths in no Maven project.
     */
    private Optional<String> strategyProjectHint() {
        Optional<Path> project = StrategyProjects.projectOf(paths.get(0));
        if (project.isEmpty()) return Optional.empty();
        StringBuilder command = new StringBuilder("typwerk validate");
        for (Path p : paths) command.append(' ').append(TypwerkCommand.shellWord(p.toString()));
        command.append(typwerk().pluginsOptions());
        Path here = Path.of("").toAbsolutePath();
        StringBuilder added = new StringBuilder();
        for (Path target : StrategyProjects.besides(project.get())) {
            // from within the folder that holds both projects, as a relative path (../median/target); else in full
            String shown = here.startsWith(project.get().getParent()) ? here.relativize(target).toString() : target.toString();
            if (typwerk().pluginsOptions().contains(" --plugins " + TypwerkCommand.shellWord(shown))) continue;
            added.append(" --plugins ").append(TypwerkCommand.shellWord(shown));
        }
        return Optional.of(added.isEmpty()
                ? messages().get("validate.strategy-project.none", command.toString())
                : messages().get("validate.strategy-project", command.toString() + added));
    }
}
