package de.typwerk.cli.take;

import de.typwerk.cli.CliTexts;
import de.typwerk.cli.EngineCommand;
import de.typwerk.cli.TypwerkCommand;
import de.typwerk.cli.ExitCodes;
import de.typwerk.cli.ScoreOutput;
import de.typwerk.cli.Terminal;
import de.typwerk.cli.output.OutputFormat;
import de.typwerk.cli.output.AtomicFile;
import de.typwerk.cli.output.OutputWriteFailed;

import de.typwerk.presentation.answers.AnswersDocument;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Respondent;
import de.typwerk.api.model.Response;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.answers.AnswersRead;
import de.typwerk.engine.definition.Mappers;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code typwerk take QUESTIONNAIRE}: the questionnaire in the terminal, one question at a time
 * (see {@link Interview}), then the report as {@code typwerk score} prints it. The answers are kept
 * in an answers file ({@code --out}, default {@code typwerk-<id>-answers.yaml} in the current
 * folder), written atomically: at the end, on {@code q}, at the end of the input, and on Ctrl-C
 * (a shutdown hook), so {@code --resume FILE} can continue where it stopped.
 *
 * <p>Exit codes: 0 finished (or quit on purpose, saved), 1 the input ended before the last question
 * (saved) or the answers were refused, 2 a wrong command line. Ctrl-C ends the JVM with its usual
 * code (130) after saving.
 */
@Command(name = "take")
public final class TakeCommand extends EngineCommand {

    @Parameters(index = "0", paramLabel = "QUESTIONNAIRE", descriptionKey = "take.questionnaire")
    private String id;

    @Option(names = "--resume", paramLabel = "FILE", descriptionKey = "take.option.resume")
    private Path resume;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "take.option.out")
    private Path outFile;

    @Option(names = "--strategy", paramLabel = "ID", descriptionKey = "option.strategy")
    private String strategy;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "take.option.format")
    private OutputFormat format;

    private final Terminal terminal;

    public TakeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    protected int run(Typwerk engine) throws Exception {
        LoadedQuestionnaire loaded = engine.questionnaire(id).orElseThrow(() -> unknownQuestionnaire(engine, id));
        Questionnaire questionnaire = loaded.questionnaire();
        // the questions and the report are on standard output: answers there would be mixed into them
        if (standardOutput(outFile)) throw usageError("error.take.out-standard-output", questionnaire.id());
        // what is typed comes from standard input: the answers to go on from cannot come from there too
        if (resume != null && resume.toString().equals("-")) throw usageError("error.take.resume-standard-input");
        requireOutputFile(outFile);
        Optional<String> strategyId = strategyOption(engine, strategy);
        if (strategyId.isPresent() && !engine.strategiesFor(loaded).contains(strategyId.get())) {
            throw usageError("error.strategy-not-offered", questionnaire.coordinates(), strategyId.get(),
                    String.join(", ", engine.strategiesFor(loaded)));
        }
        Interview.Snapshot start = new Interview.Snapshot(Map.of(), Set.of());
        Respondent respondent = Respondent.ANONYMOUS;
        Path target;
        // a device or a named pipe (--out /dev/null) takes the answers but cannot give them back to be scored at the end
        if (outFile != null) requireRegularFile(outFile);
        if (resume != null) {
            if (outFile == null) requireRegularFile(resume);
            if (!Files.exists(resume)) throw missing(resume);
            if (Files.isDirectory(resume)) throw usageError("error.input-is-a-folder", resume);
            // another answers file given with --out is not overwritten, as without --resume (its own file it goes on in)
            if (outFile != null && Files.exists(outFile) && de.typwerk.cli.output.OutputFiles.sameAsInput(outFile, resume).isEmpty()) {
                throw usageError("error.resume-out-exists", outFile, resume);
            }
            byte[] content = de.typwerk.engine.definition.Mappers.readBounded(resume); // bounded: the reader calls more "too large"
            AnswersRead read = engine.readPartialAnswers(resume.toString(), content);
            if (!read.ok()) {
                ScoreOutput.lines(read.problems(), messages().language().locale()).forEach(out()::println);
                out().flush();
                return ExitCodes.FINDINGS;
            }
            ScoreOutput.lines(read.problems(), messages().language().locale()).forEach(err()::println);
            LoadedQuestionnaire belongs = read.questionnaire().orElseThrow();
            if (!belongs.questionnaire().id().equals(questionnaire.id())) {
                throw usageError("error.resume-other-questionnaire", resume, belongs.questionnaire().id(), questionnaire.id());
            }
            loaded = belongs;
            questionnaire = belongs.questionnaire();
            Response response = read.response().orElseThrow();
            respondent = response.respondent();
            start = new Interview.Snapshot(response.answers(), skippedIn(resume.toString(), content, response));
            target = outFile != null ? outFile : resume;
        } else {
            target = outFile != null ? outFile : Path.of("typwerk-" + questionnaire.id() + "-answers.yaml");
            requireRegularFile(target);
            if (Files.exists(target)) throw usageError("error.answers-exist", target, resumeCommand(target));
        }

        // a place that takes no file (a read-only file system, a folder not ours) is said now, before a person types anything
        AtomicFile.probe(target);
        Saver saver = new Saver(questionnaire, respondent, target);
        BufferedReader in = new BufferedReader(new InputStreamReader(terminal.in(), StandardCharsets.UTF_8));
        Questionnaire asked = questionnaire;
        Interview interview = new Interview(questionnaire, start, in, out(), messages(), terminal.interactive(),
                state -> check(engine, asked, saver, state));
        AtomicBoolean done = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            // Ctrl-C (SIGINT) while a question waits: keep what was answered, say how to go on
            if (done.get()) return;
            try {
                err().println();
                Path saved = saver.save(interview.snapshot(), false);
                err().println(messages().get("take.saved.interrupted", saved));
                err().println(messages().get("take.resume-with", resumeCommand(saved)));
            } catch (IOException | RuntimeException e) {
                err().println("typwerk: " + messages().get("take.save-failed", target, e.getMessage()));
            }
            err().flush();
        }, "typwerk-take-save");
        Runtime.getRuntime().addShutdownHook(hook);
        Interview.Ending ending;
        try {
            out().println(messages().get("take.welcome", text(questionnaire.title(), questionnaire), questionnaire.coordinates()));
            out().println(messages().get("take.commands"));
            ending = interview.run();
        } finally {
            done.set(true);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already ending: the hook runs (and saves) or has run
            }
        }
        Interview.Snapshot end = interview.snapshot();
        if (ending == Interview.Ending.QUIT) {
            Path saved = saver.save(end, false);
            out().println(messages().get("take.saved.quit", saved));
            out().println(messages().get("take.resume-with", resumeCommand(saved)));
            return ExitCodes.OK;
        }
        if (ending == Interview.Ending.END_OF_INPUT) {
            out().flush();
            Path saved = saver.save(end, false);
            err().println(messages().get("take.saved.eof", saved));
            err().println(messages().get("take.resume-with", resumeCommand(saved)));
            return ExitCodes.FINDINGS;
        }
        out().flush();
        Path saved = saver.save(end, true);
        out().println();
        out().println(messages().get("take.saved.done", saved));
        out().println();
        ScoreRun run = engine.score(saved, strategyId);
        // the answers given, as typwerk score reads them from the file: what too few of them already tell, and
        // which answers of a thin dimension count for no type
        return new ScoreOutput(engine, messages(), typwerk(), out(), err()).print(run, format, end.answers());
    }

    /** The engine's verdict on a tentative state: the file it would give, read back as partial answers. */
    private Optional<String> check(Typwerk engine, Questionnaire questionnaire, Saver saver, Interview.Snapshot state) {
        String yaml = saver.text(state, false);
        AnswersRead read = engine.readPartialAnswers("input.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        return read.problems().stream().filter(Problem::isError).map((Problem p) -> p.message()).findFirst();
    }

    private String resumeCommand(Path target) {
        return "typwerk take " + id + " --resume " + TypwerkCommand.shellWord(target.toString())
                + typwerk().pluginsOptions();
    }

    /** Questions the file names with an empty value: seen and skipped, not to be asked again. */
    private static Set<String> skippedIn(String source, byte[] content, Response response) {
        try {
            JsonNode answers = new Mappers().forDocument(source, content).readTree(content).path("answers");
            Set<String> skipped = new LinkedHashSet<>();
            answers.properties().forEach(e -> {
                JsonNode v = e.getValue();
                if (v.isNull() || (v.isTextual() && v.textValue().isEmpty())) skipped.add(e.getKey());
            });
            skipped.removeAll(response.answers().keySet());
            return skipped;
        } catch (IOException e) {
            // the engine read this file a moment ago; without skip marks, skipped questions are asked again
            return Set.of();
        }
    }

    private String text(de.typwerk.api.model.LocalizedText t, Questionnaire q) {
        return t.get(language().tag(), q.defaultLocale());
    }

    /** Writes the answers file, for the end, for quitting and for the shutdown hook. */
    private final class Saver {

        private final Questionnaire questionnaire;
        private final Respondent respondent;
        private final Path target;

        Saver(Questionnaire questionnaire, Respondent respondent, Path target) {
            this.questionnaire = questionnaire;
            this.respondent = respondent;
            this.target = target;
        }

        /** Where the answers go: {@link #target}, or, once it took them no more, a file of the system's temporary folder. */
        private Path where;

        /**
         * Saves the answers and returns where. A target that takes them no more (the disk full, the
         * folder made read-only since the start) does not lose them: they go to a new file in the
         * system's temporary folder, said on standard error, and the later saves go there too; where
         * that fails as well, the answers file itself is printed on standard error, to be kept by hand.
         */
        synchronized Path save(Interview.Snapshot state, boolean complete) throws IOException {
            Path to = where == null ? target : where;
            try {
                AtomicFile.write(to, text(state, complete, to));
                return to;
            } catch (IOException failed) {
                if (where != null) throw failed;
                String reason = CliTexts.reason(failed instanceof OutputWriteFailed named ? named.reason() : failed, messages());
                try {
                    Path instead = Files.createTempFile("typwerk-" + questionnaire.id() + "-answers-", ".yaml");
                    AtomicFile.write(instead, text(state, complete, instead));
                    where = instead;
                    err().println("typwerk: " + messages().get("take.saved-instead", target, reason, instead));
                    err().flush();
                    return instead;
                } catch (IOException | RuntimeException nowhere) {
                    err().println("typwerk: " + messages().get("take.saved-nowhere", target, reason));
                    err().print(text(state, complete, target));
                    err().flush();
                    throw failed;
                }
            }
        }

        String text(Interview.Snapshot state, boolean complete) {
            return text(state, complete, target);
        }

        private String text(Interview.Snapshot state, boolean complete, Path file) {
            List<String> header = complete
                    ? List.of(messages().get("take.file.done", questionnaire.coordinates()),
                            messages().get("take.file.score",
                                    "typwerk score " + TypwerkCommand.shellWord(file.toString()) + typwerk().pluginsOptions()))
                    : List.of(messages().get("take.file.unfinished", questionnaire.coordinates()),
                            messages().get("take.file.resume", resumeCommand(file)));
            return AnswersDocument.yaml(header, questionnaire, respondent, state.answers(), state.skipped(),
                    messages().get("take.file.skipped"));
        }
    }

    /** Refuses a place that exists but is neither a file nor a folder: the answers are saved there and read back to be scored. */
    private void requireRegularFile(Path place) {
        if (Files.exists(place) && !Files.isDirectory(place) && !Files.isRegularFile(place)) {
            throw usageError("error.take.out-not-a-file", place);
        }
    }
}
