package de.typwerk.cli;

import de.typwerk.cli.output.OutputFiles;

import de.typwerk.engine.definition.StrictUtf8;
import de.typwerk.presentation.ProblemReport;
import de.typwerk.api.model.ProfileTopic;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.applications.cohort.Cohort;
import de.typwerk.applications.batch.CsvDialect;
import de.typwerk.applications.cohort.CohortCsv;
import de.typwerk.applications.cohort.CohortJson;
import de.typwerk.applications.cohort.CohortSection;
import de.typwerk.presentation.text.CohortText;
import de.typwerk.applications.cohort.ResultRows;
import de.typwerk.applications.cohort.ResultsReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.presentation.html.HtmlCohort;
import java.io.InputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code typwerk cohort <results>}: reads what {@code typwerk batch} wrote and shows how the types
 * spread by kind of municipality and by state, and who should learn from whom. The analysis is
 * {@link Cohort}; this command reads the file, picks the questionnaire the results name, and
 * writes the chosen format to the terminal or, whole or not at all, to {@code --out}.
 */
@Command(name = "cohort")
final class CohortCommand extends EngineCommand {

    /** {@code --format}. */
    enum Format {
        TEXT, CSV, JSON, HTML;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code --only}. */
    enum Only {
        DISTRIBUTION, PEERS;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Parameters(index = "0", paramLabel = "RESULTS", descriptionKey = "cohort.results")
    private Path results;

    @Option(names = "--format", paramLabel = "text|csv|json|html", defaultValue = "text", descriptionKey = "cohort.format")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cohort.out")
    private Path out;

    @Option(names = "--force", descriptionKey = "option.force")
    private boolean force;

    @Option(names = "--hint-topic", paramLabel = "TOPIC", descriptionKey = "cohort.hint-topic")
    private String hintTopic;

    @Option(names = "--partners", paramLabel = "N", defaultValue = "" + Cohort.DEFAULT_PARTNERS, descriptionKey = "cohort.partners")
    private int partners;

    private final Terminal terminal;

    CohortCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Option(names = "--only", paramLabel = "distribution|peers", descriptionKey = "cohort.only")
    private Only only;

    @Option(names = "--csv-dialect", paramLabel = "standard|excel-de", descriptionKey = "cohort.csv-dialect")
    private String csvDialect;

    /** The dialect of CSV output, checked before the results are read. */
    private CsvDialect dialect = CsvDialect.STANDARD;

    @Override
    protected int run(Typwerk engine) throws IOException {
        if (standardOutput(out)) out = null;
        return interruptible(out, () -> work(engine));
    }

    private int work(Typwerk engine) throws IOException {
        boolean stdin = standardInput(results);
        if (!stdin) requireInputStream(results);
        // standard input too: "typwerk score - --out a.yaml --force < a.yaml" replaced the answers with their report
        Optional<Path> overwritten = OutputFiles.sameAsInput(out, results);
        if (overwritten.isPresent()) throw usageError("error.output-is-input", out, overwritten.get());
        String source = stdin ? STANDARD_INPUT_NAME : results.toString();
        requireOutputFile(out);
        requireNewOutput(out, force);
        if (partners < 0) throw usageError("cohort.error.partners", String.valueOf(partners));
        if (format == Format.HTML && only == Only.PEERS) throw usageError("cohort.error.html-peers");
        dialect = csvDialect(csvDialect, format == Format.CSV, "cohort.error.csv-dialect-needs-csv");

        ResultRows rows;
        try (InputStream in = new java.io.BufferedInputStream(stdin ? standardInput(terminal) : openInput(results), 1 << 16)) {
            // looked at without taking it from a pipe: the reader reads from the start
            // a spreadsheet, a PDF or an archive passed by mistake: said as what it is, where its bytes would be lines of garbage
            Optional<de.typwerk.engine.definition.BinaryFiles.Found> binary = de.typwerk.engine.definition.BinaryFiles.recognizeAhead(in);
            if (binary.isPresent()) throw usageError("cohort.error.binary", source, binary.get().describe(engine.messages()),
                    messages().get(binary.get().adviceKey("cohort.error.binary")));
            if (batchCsv(in)) throw usageError("cohort.error.csv", source);
            Optional<StrictUtf8.OtherEncoding> other = StrictUtf8.otherEncodingAhead(in);
            if (other.isPresent()) throw usageError("cohort.error.other-encoding", source, other.get().name(), other.get().mark());
            Optional<String> unmarked = StrictUtf8.unmarkedEncodingAhead(in);
            if (unmarked.isPresent()) throw usageError("cohort.error.unmarked-encoding", source, unmarked.get());
            // lines bounded like every other reader's: a line beyond 4 MiB is skipped and reported
            rows = new ResultsReader(new Mappers(), engine.messages()).read(source, in);
        }
        new ProblemReport(rows.problems(), messages().language().locale()).lines().forEach(err()::println);
        long skipped = rows.counts().damaged();
        if (skipped > rows.problems().size()) err().println(messages().get("cohort.more-skipped", String.valueOf(skipped - rows.problems().size())));
        if (rows.coordinates().isEmpty() && rows.counts().lines() == 0) {
            // nothing but blank lines: said as such, where "no result (0 error rows)" made a reader look for rows
            err().println("typwerk: " + messages().get("cohort.error.empty", source));
            return ExitCodes.FINDINGS;
        }
        if (rows.coordinates().isEmpty()) {
            // lines that were no result row at all are counted too: "0 error rows" alone read as if the file held nothing
            err().println("typwerk: " + (skipped == 0
                    ? messages().get("cohort.error.no-results", source, rows.counts().errors(), String.valueOf(rows.counts().errors()))
                    : messages().get("cohort.error.no-results.unread", source, rows.counts().errors(), String.valueOf(rows.counts().errors()),
                            skipped, String.valueOf(skipped))));
            return ExitCodes.FINDINGS;
        }
        String coordinates = rows.coordinates().get();
        LoadedQuestionnaire loaded = engine.questionnaire(coordinates).orElseThrow(() -> usageError("cohort.error.questionnaire",
                coordinates, engine.questionnaires().stream().map(l -> l.questionnaire().coordinates()).collect(Collectors.joining(", "))));
        rows.others().forEach((other, count) -> err().println(otherQuestionnaire(engine, loaded, other, count, source, stdin)));
        rows.otherStrategies().forEach((other, count) -> err().println(otherStrategy(coordinates, rows.strategyId().orElse("?"), other, count, source, stdin)));
        if (hintTopic != null && loaded.questionnaire().profileTopics().stream().noneMatch(t -> t.id().equals(hintTopic))) {
            String topics = loaded.questionnaire().profileTopics().stream().map(ProfileTopic::id).collect(Collectors.joining(", "));
            throw usageError("cohort.error.hint-topic", hintTopic, coordinates, topics.isEmpty() ? "–" : topics);
        }

        Cohort cohort = Cohort.of(loaded.questionnaire(), rows, Optional.ofNullable(hintTopic), partners);
        Set<CohortSection> sections = only == null ? EnumSet.allOf(CohortSection.class)
                : EnumSet.of(only == Only.DISTRIBUTION ? CohortSection.DISTRIBUTION : CohortSection.PEERS);
        if (out == null) {
            write(cohort, sections, engine, out());
        } else {
            writeFile(cohort, sections, engine);
        }
        return skipped > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /**
     * One line on the results of {@code other} that were skipped: why (a cohort is one
     * questionnaire's, in its words, even where a variant shares its types) and how to analyse them
     * in a cohort of their own, where the lines above say only that each was skipped.
     */
    private String otherQuestionnaire(Typwerk engine, LoadedQuestionnaire cohort, String other, long count, String source, boolean stdin) {
        int at = other.lastIndexOf('@');
        String filter = "'\"questionnaire\":{\"id\":\"" + other.substring(0, at) + "\",\"version\":\"" + other.substring(at + 1) + "\"'";
        String file = other.substring(0, at) + ".jsonl";
        String command = stdin ? "grep -F " + filter + " > " + file
                : "grep -F " + filter + " " + shellWord(source) + " > " + file;
        String line = "typwerk: " + messages().get("cohort.other-questionnaire", String.valueOf(count), other,
                cohort.questionnaire().coordinates(), command, file);
        Optional<LoadedQuestionnaire> loaded = engine.questionnaire(other);
        Optional<String> relation = loaded.flatMap(o -> relation(o, cohort));
        if (relation.isPresent() && typeIds(loaded.get()).equals(typeIds(cohort))) {
            line += " " + messages().get("cohort.other-variant", relation.get());
        }
        return line;
    }

    /**
     * One line on the results of the cohort's questionnaire scored with the strategy {@code other},
     * which were skipped: why (the shares and scores of two strategies are not comparable) and how
     * to analyse them in a cohort of their own.
     */
    private String otherStrategy(String coordinates, String strategy, String other, long count, String source, boolean stdin) {
        int at = coordinates.lastIndexOf('@');
        String questionnaire = "'\"questionnaire\":{\"id\":\"" + coordinates.substring(0, at) + "\",\"version\":\"" + coordinates.substring(at + 1) + "\"'";
        String filter = "grep -F '\"strategy\":{\"id\":\"" + other + "\",'";
        String file = coordinates.substring(0, at) + "-" + other + ".jsonl";
        String command = (stdin ? "grep -F " + questionnaire : "grep -F " + questionnaire + " " + shellWord(source))
                + " | " + filter + " > " + file;
        return "typwerk: " + messages().get("cohort.other-strategy", String.valueOf(count), coordinates, other, strategy, command, file);
    }

    /** How {@code other} and {@code cohort} are related: one a variant of the other, or both of one base; empty where not. */
    private Optional<String> relation(LoadedQuestionnaire other, LoadedQuestionnaire cohort) {
        String o = other.questionnaire().coordinates();
        String c = cohort.questionnaire().coordinates();
        Optional<String> baseO = other.base().map(de.typwerk.api.model.ResolvedBase::coordinates);
        Optional<String> baseC = cohort.base().map(de.typwerk.api.model.ResolvedBase::coordinates);
        if (baseO.equals(Optional.of(c))) return Optional.of(messages().get("cohort.relation.variant-of", o, c));
        if (baseC.equals(Optional.of(o))) return Optional.of(messages().get("cohort.relation.variant-of", c, o));
        if (baseO.isPresent() && baseO.equals(baseC)) return Optional.of(messages().get("cohort.relation.siblings", o, c, baseO.get()));
        return Optional.empty();
    }

    private static List<String> typeIds(LoadedQuestionnaire q) {
        return q.questionnaire().types().stream().map(t -> t.id()).toList();
    }

    /** {@code text} as one word of a POSIX shell: as it is where it needs no quotes, else in single quotes. */
    private static String shellWord(String text) {
        if (text.matches("[A-Za-z0-9_./:@%+,=-]+")) return text;
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /**
     * Whether {@code file} starts with the header of typwerk batch's CSV, in either dialect
     * ({@code --csv-dialect excel-de} separates by semicolons): then every line would be reported
     * as JSON that does not read, where one line says what to do.
     */
    private static boolean batchCsv(InputStream in) throws IOException {
        in.mark(64);
        byte[] start = in.readNBytes(64);
        in.reset();
        String head = StrictUtf8.withoutByteOrderMark(new String(start, StandardCharsets.UTF_8));
        return head.startsWith("row,questionnaire,version,") || head.startsWith("row;questionnaire;version;");
    }

    private void write(Cohort cohort, Set<CohortSection> sections, Typwerk engine, Writer w) throws IOException {
        switch (format) {
            case TEXT -> new CohortText(engine.messages()).write(cohort, sections, w);
            case CSV -> new CohortCsv(engine.messages()).write(cohort, sections, w, dialect);
            case JSON -> new CohortJson(engine.messages()).write(cohort, sections, w);
            // the distribution as charts with tables; the peer lists stay with text, csv and json
            // titled after the file's name, so several cohorts open side by side are told apart
            case HTML -> w.write(new HtmlCohort().page(cohort, standardInput(results) ? Optional.empty()
                    : Optional.ofNullable(results.getFileName()).map(Path::toString), messages().language().locale()));
        }
        w.flush();
    }

    /**
     * Into a temporary file beside the target, then moved over it: never a half-written file under
     * its name, written as batch and generate write theirs (its folder made where it is missing, a
     * device or a pipe written directly, a failure said of the file named).
     */
    private void writeFile(Cohort cohort, Set<CohortSection> sections, Typwerk engine) throws IOException {
        try (de.typwerk.cli.output.OutputTarget target = de.typwerk.cli.output.OutputTarget.open(Optional.of(out), out())) {
            write(cohort, sections, engine, target.writer());
            target.commit();
        }
    }

}
