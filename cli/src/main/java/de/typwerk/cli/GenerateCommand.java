package de.typwerk.cli;

import de.typwerk.cli.output.OutputTarget;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.applications.batch.AnswersJsonLine;
import de.typwerk.applications.batch.BatchFormat;
import de.typwerk.applications.batch.CsvDialect;
import de.typwerk.applications.batch.CsvLayout;
import de.typwerk.applications.synthetic.SyntheticAnswers;
import de.typwerk.applications.synthetic.SyntheticRow;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code typwerk generate <questionnaire> --count N --seed S}: reproducible synthetic answers
 * ({@link SyntheticAnswers}) as JSON Lines or CSV, ready for {@code typwerk batch}. The same
 * arguments give the same bytes on any machine.
 */
@Command(name = "generate")
final class GenerateCommand extends EngineCommand {

    private final Terminal terminal;

    GenerateCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Parameters(index = "0", paramLabel = "QUESTIONNAIRE", descriptionKey = "generate.questionnaire")
    private String id;

    @Option(names = "--count", required = true, paramLabel = "N", descriptionKey = "generate.count")
    private long count;

    @Option(names = "--seed", required = true, paramLabel = "S", descriptionKey = "generate.seed")
    private long seed;

    @Option(names = "--format", paramLabel = "jsonl|csv", defaultValue = "jsonl", descriptionKey = "generate.format")
    private BatchFormat format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "generate.out")
    private Path out;

    @Option(names = "--force", descriptionKey = "option.force")
    private boolean force;

    @Option(names = "--mix", paramLabel = "TYPE=WEIGHT,...", descriptionKey = "generate.mix")
    private String mix;

    @Option(names = "--gaps", paramLabel = "P", defaultValue = "0.05", descriptionKey = "generate.gaps")
    private double gaps;

    @Option(names = "--kind", paramLabel = "gemeinde|stadt|kreis", descriptionKey = "generate.kind")
    private String kind;

    @Option(names = "--csv-dialect", paramLabel = "standard|excel-de", descriptionKey = "generate.csv-dialect")
    private String csvDialect;

    /** The dialect of CSV output, checked before anything is generated. */
    private CsvDialect dialect = CsvDialect.STANDARD;

    @Override
    protected int run(Typwerk engine) throws IOException {
        if (standardOutput(out)) out = null;
        format = rowFormat(format, out);
        // JSON Lines have no separators
        dialect = csvDialect(csvDialect, format == BatchFormat.CSV, "error.batch.csv-dialect-needs-csv");
        return interruptible(out, () -> work(engine));
    }

    private int work(Typwerk engine) throws IOException {
        LoadedQuestionnaire loaded = questionnaire(engine, id);
        Questionnaire questionnaire = loaded.questionnaire();
        if (count < 0) throw usageError("error.generate.count", count);
        if (!(gaps >= 0 && gaps <= 1)) throw usageError("error.generate.gaps", gaps);
        SyntheticAnswers.Settings settings = SyntheticAnswers.Settings.seed(seed).withGaps(gaps).withMix(mix(questionnaire));
        if (kind != null) {
            // a Landkreis variant is asked of Kreise only: its rows should not come from Gemeinden
            // any case, as --format: "Kreis" is what a German writes
            String named = kind.strip().toLowerCase(Locale.ROOT);
            if (!SyntheticAnswers.Settings.KINDS.contains(named)) throw usageError("error.generate.kind", kind);
            settings = settings.withKind(named);
        }
        SyntheticAnswers answers = new SyntheticAnswers(questionnaire, settings);
        try (OutputTarget target = openOutput(out, force, terminal)) {
            // standard output as bytes where there is one: a closed pipe (… | head) then stops the
            // command (FailureHandler), where the text writer would swallow it and go on to the end
            Writer writer = out == null && target.bytes().isPresent()
                    ? new OutputStreamWriter(target.bytes().get(), StandardCharsets.UTF_8) : target.writer();
            write(answers, questionnaire, writer);
            writer.flush();
            target.commit();
        }
        return ExitCodes.OK;
    }

    private void write(SyntheticAnswers answers, Questionnaire questionnaire, Writer writer) throws IOException {
        Iterator<SyntheticRow> rows = answers.rows(count);
        if (format == BatchFormat.CSV) {
            // for Excel set to German (excel-de): a byte order mark, ';', decimal commas and CR LF, as it saves the file back
            CsvLayout layout = new CsvLayout(questionnaire);
            if (dialect.byteOrderMark()) writer.write('\uFEFF');
            writer.write(layout.header(dialect));
            writer.write(dialect.lineEnd());
            while (rows.hasNext()) {
                SyntheticRow r = rows.next();
                writer.write(layout.line(r.questionnaireId(), r.questionnaireVersion(), r.respondent(), r.answers(), dialect));
                writer.write(dialect.lineEnd());
            }
        } else {
            AnswersJsonLine json = new AnswersJsonLine();
            while (rows.hasNext()) {
                SyntheticRow r = rows.next();
                writer.write(json.write(r.questionnaireId(), r.questionnaireVersion(), r.respondent(), r.answers()));
                writer.write('\n');
            }
        }
    }

    /** {@code --mix bedaechtig=2,optimierer=1}: relative weights; types not named are not drawn. */
    private Map<String, Double> mix(Questionnaire questionnaire) {
        Map<String, Double> weights = new LinkedHashMap<>();
        if (mix == null) return weights;
        String known = questionnaire.types().stream().map(t -> t.id()).collect(Collectors.joining(", "));
        // an empty --mix (a script's unset variable) would draw every type alike, as no --mix does
        if (mix.isBlank()) throw usageError("error.generate.mix-empty", known);
        // -1: a trailing comma leaves an empty entry to report, where split(",") would drop it
        String[] parts = mix.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isBlank()) throw usageError("error.generate.mix-empty-entry", mix, i + 1);
            int eq = part.indexOf('=');
            if (eq <= 0) throw usageError("error.generate.mix-syntax", part.strip());
            String type = part.substring(0, eq).strip();
            if (questionnaire.type(type).isEmpty()) throw usageError("error.generate.mix-type", type, known);
            double weight = weight(part.substring(eq + 1).strip()).orElseThrow(() -> usageError("error.generate.mix-syntax", part.strip()));
            // optimierer=1,optimierer=0 would keep the last and then say every weight is 0
            if (weights.put(type, weight) != null) throw usageError("error.generate.mix-twice", type);
        }
        if (weights.values().stream().allMatch(w -> w == 0)) throw usageError("error.generate.mix-zero");
        return weights;
    }

    /**
     * A weight written as a decimal number of 0 or more ({@code 2}, {@code 0.5}, {@code 1e3}); not
     * what else Java reads as a double ({@code NaN}, {@code Infinity}, {@code 0x1p3}, {@code 2d}).
     */
    private static Optional<Double> weight(String text) {
        try {
            double weight = new java.math.BigDecimal(text).doubleValue();
            return weight >= 0 && !Double.isInfinite(weight) ? Optional.of(weight) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
