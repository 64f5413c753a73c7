package de.typwerk.cli;

import de.typwerk.cli.output.AtomicFile;
import de.typwerk.cli.output.Interruption;
import de.typwerk.cli.output.OutputTarget;
import de.typwerk.presentation.Texts;
import de.typwerk.presentation.Language;
import de.typwerk.applications.batch.CsvDialect;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand that works with the engine shares: the global options from
 * {@link TypwerkCommand}, the streams picocli was given, and one engine per run.
 */
public abstract class EngineCommand implements Callable<Integer> {

    @ParentCommand
    private TypwerkCommand typwerk;

    @Spec
    private CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        requireNamedPaths();
        try (Typwerk engine = typwerk.startEngine(spec, strictStart())) {
            return run(engine);
        }
    }

    /**
     * A path given as an empty text ({@code typwerk score ""}, {@code --plugins "$UNSET"}, as a
     * script writes a variable that is not set) is a usage error naming the option or parameter,
     * before the engine starts: Java reads it as the current folder, so it was said to be a folder
     * or, for {@code validate} and {@code --plugins}, the current folder was read in silence. An
     * output ({@code --out}, {@code --lock}) says it itself ({@link #requireOutputFile}).
     */
    private void requireNamedPaths() {
        for (CommandSpec command = spec; command != null; command = command.parent()) {
            for (picocli.CommandLine.Model.ArgSpec arg : command.args()) {
                boolean path = arg.type() == Path.class || java.util.Arrays.asList(arg.auxiliaryTypes()).contains(Path.class);
                boolean output = arg instanceof picocli.CommandLine.Model.OptionSpec o && OUTPUT_OPTIONS.contains(o.longestName());
                if (!path || output || arg.originalStringValues().stream().noneMatch(String::isBlank)) continue;
                String name = arg instanceof picocli.CommandLine.Model.OptionSpec o ? o.longestName() : arg.paramLabel();
                throw usageError("error.path-empty", name);
            }
        }
    }

    /** The options that name a file to write, whose empty name {@link #requireOutputFile} refuses in its own words. */
    private static final java.util.Set<String> OUTPUT_OPTIONS = java.util.Set.of("--out", "--lock");

    /** Whether {@code --strict} makes the engine refuse to start; {@code plugins} reports instead. */
    protected boolean strictStart() {
        return typwerk.strict();
    }

    /**
     * Another engine, like the one {@link #run} gets but speaking {@code language}; the caller
     * closes it.
     */
    protected Typwerk startEngine(Language language) {
        return typwerk.startEngine(spec, strictStart(), language);
    }

    /** Does the work; returns the exit code. */
    protected abstract int run(Typwerk engine) throws Exception;

    /**
     * One line on standard error for each plugin found but not loaded (refused or failed), naming
     * why and where to see more ({@code typwerk plugins}): for the commands whose output would
     * otherwise leave out what such a plugin provides without a word.
     */
    protected void sayPluginsNotLoaded(Typwerk engine) {
        engine.plugins().stream().filter(p -> !p.loaded())
                .forEach(p -> err().println("typwerk: " + messages().get("plugins.not-loaded-line", p.reason())));
        err().flush();
    }

    protected TypwerkCommand typwerk() {
        return typwerk;
    }

    protected Texts messages() {
        return typwerk.messages();
    }

    protected Language language() {
        return typwerk.language();
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * The loaded questionnaire with this id (its highest version) or {@code id@version}; else a
     * usage error that lists the loaded ones.
     */
    protected LoadedQuestionnaire questionnaire(Typwerk engine, String idOrCoordinates) {
        return engine.questionnaire(idOrCoordinates).orElseThrow(() -> unknownQuestionnaire(engine, idOrCoordinates));
    }

    /**
     * The usage error for a questionnaire id (or id@version) that is not loaded, naming those that
     * are and the plugins not loaded that had it, with a hint at {@code --plugins}.
     */
    protected ParameterException unknownQuestionnaire(Typwerk engine, String id) {
        return new ParameterException(spec.commandLine(), messages().unknownQuestionnaire(engine, id)
                + " " + typwerk().pluginsHint());
    }


    /**
     * The CSV dialect {@code --csv-dialect} names, {@link CsvDialect#STANDARD} where it is not given;
     * a usage error (exit 2) for a name no dialect has, and ({@code needsCsvKey}) where the output is
     * no CSV: a dialect asked for output without separators would be dropped without a word.
     *
     * @param named       the option's value, {@code null} where it is not given
     * @param csv         whether the command writes CSV
     * @param needsCsvKey the message of a dialect given for output that is no CSV
     */
    protected CsvDialect csvDialect(String named, boolean csv, String needsCsvKey) {
        if (named == null) return CsvDialect.STANDARD;
        CsvDialect dialect = CsvDialect.of(named).orElseThrow(() -> usageError("error.batch.csv-dialect", named));
        if (!csv) throw usageError(needsCsvKey, named);
        return dialect;
    }

    /** A usage error (exit 2) with this text, already in the user's language. */
    protected ParameterException usageErrorText(String text) {
        return new ParameterException(spec.commandLine(), text);
    }

    /**
     * An input read once, front to back: a file, or a device or pipe ({@code <(zcat rows.jsonl.gz)},
     * {@code /dev/stdin}); missing or a folder is a usage error (exit 2).
     */
    protected void requireInputStream(Path input) {
        if (Files.isDirectory(input)) throw usageError("error.input-is-a-folder", input);
        if (!Files.exists(input)) throw missing(input);
    }

    /**
     * An input as a stream. A pipe or device ({@code <(zcat rows.jsonl.gz)}) through a
     * FileInputStream: the readers ask how much is ready, which a channel's stream answers with a
     * seek that a pipe refuses ("Illegal seek").
     */
    protected static java.io.InputStream openInput(Path input) throws java.io.IOException {
        return Files.isRegularFile(input) ? Files.newInputStream(input) : new java.io.FileInputStream(input.toFile());
    }

    /**
     * The usage error (exit 2) for a path that is not there: missing, or a symbolic link that
     * leads nowhere (to nothing, or round in a circle), which is there but cannot be followed.
     */
    protected ParameterException missing(Path path) {
        return Files.isSymbolicLink(path) ? usageError("error.link-leads-nowhere", path) : usageError("error.no-such-path", path);
    }

    /**
     * A {@code --out} that cannot become a file, said the same way by every command before it reads
     * or writes anything: a folder, or a file in a "folder" that is a file. A folder that does not
     * exist is no reason: every command creates it when it writes (as {@code mkdir -p} would). A
     * usage error (exit 2).
     */
    protected void requireOutputFile(Path out) {
        if (out == null) return;
        // as written: a Path has lost the "/" that says the user means a folder ("--out results/")
        String written = writtenAs(out);
        if (written.isEmpty()) throw usageError("error.output-empty");
        if ((written.endsWith("/") || written.endsWith(java.io.File.separator)) && !Files.isDirectory(out)) {
            throw usageError("error.output-names-a-folder", written);
        }
        if (Files.isDirectory(out)) throw usageError("error.output-not-writable", out, messages().get("io.is-a-folder"));
        // the nearest part of the path that is there must be a folder ("--out results.jsonl/x.csv" cannot be made)
        Path folder = out.toAbsolutePath().getParent();
        while (folder != null && !Files.exists(folder)) folder = folder.getParent();
        if (folder != null && !Files.isDirectory(folder)) throw usageError("error.output-folder-is-a-file", out, folder);
    }

    /**
     * Refuses an output file that exists already unless {@code force} ({@code --force}): a result, an
     * export, a template filled in since, or a lock file would be replaced without a word. A device
     * or a named pipe ({@code /dev/null}) has no content to protect and is written as ever.
     */
    protected void requireNewOutput(Path out, boolean force) {
        if (out == null || force) return;
        if (Files.isRegularFile(out)) throw usageError("error.output-exists", out);
    }

    /**
     * The {@code --out} file (null: standard output, as bytes where the terminal has them) that
     * {@code batch} and {@code generate} write rows to, checked first as every command checks it and
     * written under another name until it is complete, its folder created where it is missing.
     */
    protected OutputTarget openOutput(Path out, boolean force, Terminal terminal) throws java.io.IOException {
        requireOutputFile(out);
        requireNewOutput(out, force);
        // a folder or file that cannot be created (permission denied, a read-only file system) is a
        // failure to write, said as every command says it (exit 1), not a wrong command line
        return OutputTarget.open(java.util.Optional.ofNullable(out), out(), terminal.bytesOut());
    }

    /**
     * A text a command makes whole: on standard output when {@code out} is null, else into that
     * file, written under another name and moved into place.
     */
    protected void writeText(Path out, String text) throws java.io.IOException {
        if (out == null) {
            out().print(text);
            out().flush();
        } else {
            AtomicFile.write(out, text);
        }
    }

    /** Work a command does while {@link #interruptible} watches for Ctrl-C. */
    @FunctionalInterface
    protected interface Work {
        int run() throws java.io.IOException;
    }

    /**
     * Runs {@code work} so that Ctrl-C while it works ends the command with one line, saying what
     * that left of {@code out} (null: standard output), and exit code 130.
     */
    protected int interruptible(Path out, Work work) throws java.io.IOException {
        try (Interruption watch = Interruption.watch(err(), messages(), java.util.Optional.ofNullable(out))) {
            return work.run();
        }
    }

    /**
     * Whether {@code out} is {@code -}: standard output, as Unix tools read it, not a file of that
     * name. The commands whose output file is optional treat it as not given.
     */
    protected static boolean standardOutput(Path out) {
        return out != null && out.toString().equals("-");
    }

    /** How findings name standard input, read for an input given as {@code -} (as compilers name it). */
    protected static final String STANDARD_INPUT_NAME = "<stdin>";

    /**
     * Whether {@code input} is {@code -}: standard input, as Unix tools read it, not a file of that
     * name.
     */
    protected static boolean standardInput(Path input) {
        return input != null && input.toString().equals("-");
    }

    /**
     * Standard input, for an input given as {@code -}. Where a person sits at a terminal (nothing
     * piped in), one line on standard error first says that the command reads what is typed and how
     * to end it, so that it does not seem to hang.
     */
    protected java.io.InputStream standardInput(Terminal terminal) {
        if (terminal.interactive()) {
            err().println("typwerk: " + messages().get("input.from-terminal"));
            err().flush();
        }
        return terminal.in();
    }

    /** How the user wrote the option or parameter whose value is {@code value}: its last spelling on the command line. */
    private String writtenAs(Object value) {
        for (picocli.CommandLine.Model.OptionSpec option : spec.options()) {
            if (option.getValue() == value && !option.originalStringValues().isEmpty()) {
                return option.originalStringValues().get(option.originalStringValues().size() - 1);
            }
        }
        return value.toString();
    }

    /**
     * The {@code --strategy} given, stripped; empty when the option is not given. An empty one
     * ({@code --strategy ''}, {@code --strategy=}, as a script writes an unset variable) is a usage
     * error naming the option, not the questionnaire's own strategy taken in silence. One that is
     * not loaded at all is one too, said so with the loaded ones, before any input is read: not
     * that the questionnaire "has no parameters" for it, as if it were there.
     */
    protected java.util.Optional<String> strategyOption(Typwerk engine, String strategy) {
        if (strategy == null) return java.util.Optional.empty();
        if (strategy.isBlank()) throw usageError("error.strategy-empty", String.join(", ", engine.strategies().ids()));
        String id = strategy.strip();
        if (engine.strategies().find(id).isEmpty()) {
            // with the loaded one a slip of the pen ("--strategy zahler") was meant for, and why it is not loaded
            throw usageErrorText(messages().strategyNotLoaded(engine, id, id) + " " + typwerk().pluginsHint());
        }
        return java.util.Optional.of(id);
    }

    /**
     * The format of rows written to {@code out}: the one given with {@code --format}, else CSV for an
     * output file ending in {@code .csv}, as an input is told by that ending, where JSON Lines under a
     * CSV name would be read back as a broken CSV; else {@code given} (the default).
     */
    protected de.typwerk.applications.batch.BatchFormat rowFormat(de.typwerk.applications.batch.BatchFormat given, Path out) {
        if (out == null || spec.commandLine().getParseResult().hasMatchedOption("--format")) return given;
        return out.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? de.typwerk.applications.batch.BatchFormat.CSV : given;
    }

    /** A usage error (exit 2) with a message in the user's language. */
    protected ParameterException usageError(String key, Object... args) {
        return new ParameterException(spec.commandLine(), messages().get(key, args));
    }
}
