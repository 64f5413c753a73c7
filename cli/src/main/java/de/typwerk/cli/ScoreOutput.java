package de.typwerk.cli;

import de.typwerk.cli.output.OutputFormat;

import de.typwerk.presentation.Texts;
import de.typwerk.presentation.ProblemReport;
import de.typwerk.presentation.text.ResultView;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code typwerk score} prints, shared with {@code typwerk take}: the report (text or JSON) on
 * standard output and warnings on standard error; or, when the answers were refused, exactly one
 * compiler-style line per problem ({@code path:line:col: error: message}) on standard output and
 * nothing else.
 */
public final class ScoreOutput {


    /** Problems that a plugins folder not given may be the cause of. */
    static final Set<String> MISSING_PLUGIN = Set.of("unknown-questionnaire", "unknown-strategy");

    /** Whether one of {@code problems} is a strategy that threw (in check, prepare or score), whose stack trace --debug shows. */
    static boolean threw(java.util.Collection<Problem> problems) {
        return problems.stream().anyMatch(p -> p.code().equals("strategy-failed"));
    }

    private final Typwerk engine;
    private final Texts messages;
    /** What to say of loading plugins when a questionnaire or strategy is missing ({@link TypwerkCommand#pluginsHint()}). */
    private final String pluginsHint;
    private final PrintWriter out;
    private final PrintWriter err;
    /** Whether {@code --debug} was given: a strategy's stack trace is shown, so no hint at it. */
    private final boolean debug;

    public ScoreOutput(Typwerk engine, Texts messages, TypwerkCommand typwerk, PrintWriter out, PrintWriter err) {
        this.engine = engine;
        this.messages = messages;
        this.pluginsHint = typwerk.pluginsHint();
        this.debug = typwerk.debug();
        this.out = out;
        this.err = err;
    }

    /**
     * {@return whether the report of {@code result} tells more with the answers at hand: what too few
     * of them already tell ({@code SoFar}), or which answers of a thin dimension count for no type
     * ({@code Weightless})}
     */
    public static boolean needsAnswers(Result result) {
        return result.outcome() instanceof Outcome.Insufficient || !result.coverage().thinDimensions().isEmpty();
    }

    /** Prints {@code run}; returns the exit code (0 with a result, 1 without). */
    public int print(ScoreRun run, OutputFormat format) throws Exception {
        return print(run, format, Map.of());
    }

    /**
     * Prints {@code run}, the text report with what {@code answers} already tell where they are too
     * few for a type; returns the exit code (0 with a result, 1 without).
     */
    public int print(ScoreRun run, OutputFormat format, Map<String, Answer> answers) throws Exception {
        return print(run, format, answers, text -> {
            out.print(text);
            out.flush();
        });
    }

    /** Where the report of a result goes: standard output, or a file ({@code typwerk score --out}). */
    @FunctionalInterface
    public interface Report {
        void write(String text) throws java.io.IOException;
    }

    /**
     * Prints {@code run} as {@link #print(ScoreRun, OutputFormat, Map)} does, but gives the report
     * of a result (text, or the JSON and a line break) to {@code report}; refused answers still get
     * their lines on standard output, and no report is written. Returns the exit code.
     */
    public int print(ScoreRun run, OutputFormat format, Map<String, Answer> answers, Report report) throws Exception {
        if (run instanceof ScoreRun.Done done) {
            lines(done.problems(), messages.language().locale()).forEach(err::println);
            err.flush();
            Result result = done.result();
            report.write(format == OutputFormat.JSON
                    ? engine.resultJson().write(result) + System.lineSeparator()
                    : new ResultView(result, questionnaireOf(result), answers, messages).render());
            return ExitCodes.OK;
        }
        if (format == OutputFormat.JSON) {
            out.println(new ProblemReport(run.problems(), messages.language().locale()).json());
        } else {
            lines(run.problems(), messages.language().locale()).forEach(out::println);
        }
        out.flush();
        if (run.problems().stream().anyMatch(p -> MISSING_PLUGIN.contains(p.code()))) {
            err.println(pluginsHint);
            err.flush();
        }
        if (!debug && threw(run.problems())) {
            // the finding names the exception in a line; where the strategy threw it is for the plugin's maker
            err.println(messages.get("error.debug-hint.strategy"));
            err.flush();
        }
        return ExitCodes.FINDINGS;
    }

    private Optional<Questionnaire> questionnaireOf(Result result) {
        return engine.questionnaire(result.questionnaire().id() + "@" + result.questionnaire().version())
                .filter(l -> l.contentHash().equals(result.questionnaire().contentHash()))
                .map(LoadedQuestionnaire::questionnaire);
    }

    /**
     * One compiler-style line per problem, in the order the engine found them: file order, and
     * questionnaire order among problems at one place (e.g. several missing answers).
     */
    public static List<String> lines(List<Problem> problems, java.util.Locale locale) {
        return problems.stream().map(p -> ProblemReport.line(p, locale)).toList();
    }
}
