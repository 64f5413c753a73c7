package de.typwerk.cli;

import de.typwerk.cli.output.OutputFiles;
import de.typwerk.cli.output.ProgressDisplay;
import de.typwerk.cli.output.OutputTarget;

import de.typwerk.presentation.Texts;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.applications.batch.Batch;
import de.typwerk.applications.batch.BatchDetail;
import de.typwerk.applications.batch.BatchFormat;
import de.typwerk.applications.batch.BatchInput;
import de.typwerk.applications.batch.BatchProgress;
import de.typwerk.applications.batch.BatchSummary;
import de.typwerk.applications.batch.CsvDialect;
import de.typwerk.interop.ResponseFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code typwerk batch <input>}: scores every row of a JSON Lines or CSV file and writes one output
 * row per input row (a result or an error record), streaming. Exit 0 when every row scored, 1
 * when some did not, 2 when the command line, the output path or the input as a whole (no rows, a
 * bad CSV header) is wrong; then nothing is written. With {@code --out} the file appears under its
 * name only when complete.
 */
@Command(name = "batch")
final class BatchCommand extends EngineCommand {

    private final Terminal terminal;

    BatchCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Parameters(index = "0", paramLabel = "INPUT", descriptionKey = "batch.input")
    private Path input;

    @Option(names = "--input-format", paramLabel = "jsonl|csv|surveyjs|fhir|limesurvey", descriptionKey = "batch.input-format")
    private String inputFormat;

    @Option(names = "--questionnaire", paramLabel = "ID", descriptionKey = "batch.questionnaire")
    private String questionnaire;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "batch.out")
    private Path out;

    @Option(names = "--force", descriptionKey = "option.force")
    private boolean force;

    @Option(names = "--format", paramLabel = "jsonl|csv", defaultValue = "jsonl", descriptionKey = "batch.format")
    private BatchFormat format;

    @Option(names = "--detail", paramLabel = "compact|full", defaultValue = "compact", descriptionKey = "batch.detail")
    private String detail;

    @Option(names = "--csv-dialect", paramLabel = "standard|excel-de", descriptionKey = "batch.csv-dialect")
    private String csvDialect;

    @Option(names = "--strategy", paramLabel = "ID", descriptionKey = "batch.strategy")
    private String strategy;

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "batch.threads")
    private Integer threads;

    @Override
    protected int run(Typwerk engine) throws IOException {
        if (standardOutput(out)) out = null;
        format = rowFormat(format, out);
        return interruptible(out, () -> work(engine));
    }

    private int work(Typwerk engine) throws IOException {
        boolean stdin = input.toString().equals("-");
        if (!stdin) requireInputStream(input);
        // a row for a refused plugin's questionnaire would otherwise only read "unknown questionnaire"
        sayPluginsNotLoaded(engine);
        Optional<String> strategyId = strategyOption(engine, strategy);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) throw usageError("error.batch.threads", workers);
        BatchDetail resultDetail = BatchDetail.of(detail).orElseThrow(() -> usageError("error.batch.detail", detail));
        // JSON Lines have no separators
        CsvDialect dialect = csvDialect(csvDialect, format == BatchFormat.CSV, "error.batch.csv-dialect-needs-csv");
        Optional<ResponseFormat> tool = inputFormat == null ? Optional.empty() : ResponseFormat.of(inputFormat);
        Optional<BatchFormat> own = inputFormat == null ? Optional.empty() : BatchFormat.of(inputFormat);
        if (inputFormat != null && tool.isEmpty() && own.isEmpty()) throw usageError("error.batch.input-format", inputFormat);
        BatchFormat from = own.orElse(stdin ? BatchFormat.JSONL : BatchFormat.forName(input.toString()));
        Optional<LoadedQuestionnaire> assumed = questionnaire == null ? Optional.empty() : Optional.of(questionnaire(engine, questionnaire));
        if (assumed.isPresent() && tool.isEmpty()) throw usageError("error.batch.questionnaire-needs-tool");

        Optional<Path> overwritten = OutputFiles.sameAsInput(out, input);
        if (overwritten.isPresent()) throw usageError("error.output-is-input", out, overwritten.get());
        OutputTarget target = openOutput(out, force, terminal);
        try (target; InputStream in = stdin ? System.in : new BufferedInputStream(openInput(input), 1 << 16)) {
            Optional<ResponseFormat> looks = inputFormat == null && !stdin && Files.isRegularFile(input) ? ResponseFormat.recognizeRows(in) : Optional.empty();
            if (looks.isPresent()) {
                // another tool's file read as rows of answers: every row (or line of a pretty-printed document) an error that names no cause
                String name = de.typwerk.presentation.ProblemReport.visible(input.toString());
                err().println("typwerk: " + name + ":1: " + messages().get("error.batch.tool-input",
                        messages().get("batch.looks." + looks.get().id()), looks.get().id(), name, typwerk().pluginsOptions()));
                err().println(messages().get("error.usage.hint", "typwerk batch"));
                err().flush();
                return ExitCodes.USAGE;
            }
            BatchInput.Opening opening = tool.isPresent() ? tool.get().open(engine, in, assumed)
                    : new BatchInput(engine).open(in, from);
            if (opening instanceof BatchInput.Refused refused) {
                // a whole-input problem: said once, nothing written (the output is not committed)
                // each at its place, as a compiler says it (rows.csv:1:25: …), where the input has one
                String name = stdin ? STANDARD_INPUT_NAME : de.typwerk.presentation.ProblemReport.visible(input.toString());
                for (int i = 0; i < refused.reasons().size(); i++) {
                    BatchInput.Place at = refused.places().get(i);
                    String where = at.line() < 1 ? "" : name + ":" + at.line() + (at.column() > 0 ? ":" + at.column() : "") + ": ";
                    err().println("typwerk: " + where + refused.reasons().get(i));
                }
                err().println(messages().get("error.usage.hint", "typwerk batch"));
                err().flush();
                return ExitCodes.USAGE;
            }
            BatchInput.Ready ready = (BatchInput.Ready) opening;
            OptionalLong size = stdin || !Files.isRegularFile(input) ? OptionalLong.empty() : OptionalLong.of(Files.size(input));
            BatchProgress progress = ProgressDisplay.forTerminal(size, messages());
            BatchSummary summary;
            try {
                Batch.Options options = new Batch.Options(format, strategyId, workers, resultDetail, dialect);
                // bytes where the target has a byte stream: the rows are UTF-8 already
                summary = target.bytes().isPresent()
                        ? new Batch(engine).run(ready.rows(), target.bytes().get(), options, progress)
                        : new Batch(engine).run(ready.rows(), target.writer(), options, progress);
            } finally {
                if (progress instanceof ProgressDisplay display) display.close();
            }
            target.commit();
            report(summary);
            return summary.allScored() ? ExitCodes.OK : ExitCodes.FINDINGS;
        }
    }

    /**
     * The summary on standard error: rows, then per type, mixed, no type (only when a strategy said
     * so for some row), insufficient, errors.
     */
    private void report(BatchSummary summary) {
        Texts m = messages();
        err().println(m.get("batch.summary.rows", String.valueOf(summary.rows()), summary.rows()));
        int width = summary.primary().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (String label : new String[] {m.get("batch.summary.mixed"), m.get("batch.summary.insufficient"), m.get("batch.summary.errors")}) {
            width = Math.max(width, label.length());
        }
        if (summary.none() > 0) width = Math.max(width, m.get("batch.summary.none").length());
        for (Map.Entry<String, Long> e : summary.primary().entrySet()) line(e.getKey(), e.getValue(), width);
        line(m.get("batch.summary.mixed"), summary.mixed(), width);
        if (summary.none() > 0) line(m.get("batch.summary.none"), summary.none(), width);
        line(m.get("batch.summary.insufficient"), summary.insufficient(), width);
        line(m.get("batch.summary.errors"), summary.errors(), width);
        err().flush();
    }

    private void line(String label, long count, int width) {
        err().println("  " + label + " ".repeat(width - label.length() + 2) + String.format(java.util.Locale.ROOT, "%10d", count));
    }
}
