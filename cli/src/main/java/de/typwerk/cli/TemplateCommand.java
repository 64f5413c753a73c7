package de.typwerk.cli;


import de.typwerk.presentation.answers.AnswersTemplate;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.answers.AnswersSchema;
import de.typwerk.applications.batch.CsvDialect;
import de.typwerk.applications.batch.CsvLayout;
import de.typwerk.engine.definition.Mappers;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code typwerk template QUESTIONNAIRE}: an empty answers file to fill in, on standard output or
 * into {@code --out FILE} (never over an existing file: it may hold answers). Filled in, it is what
 * {@code typwerk score} reads. With {@code --format csv} it is the header of a CSV file for
 * {@code typwerk batch} (one row per respondent; layout in {@code docs/integrators.md}), with
 * {@code --csv-dialect excel-de} for Excel set to German ({@link CsvDialect#EXCEL_DE}); with
 * {@code --format schema} the JSON Schema of a valid answers file ({@link AnswersSchema}).
 */
@Command(name = "template")
final class TemplateCommand extends EngineCommand {

    /** {@code --format} of a template: YAML with comments, JSON, or the CSV header for {@code typwerk batch}. */
    enum Format {
        YAML, JSON, CSV, SCHEMA;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Parameters(index = "0", paramLabel = "QUESTIONNAIRE", descriptionKey = "template.questionnaire")
    private String id;

    @Option(names = "--format", paramLabel = "yaml|json|csv|schema", defaultValue = "yaml", descriptionKey = "template.option.format")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "template.option.out")
    private Path outFile;

    @Option(names = "--force", descriptionKey = "option.force")
    private boolean force;

    @Option(names = "--csv-dialect", paramLabel = "standard|excel-de", descriptionKey = "template.csv-dialect")
    private String csvDialect;

    @Override
    protected int run(Typwerk engine) throws Exception {
        if (standardOutput(outFile)) outFile = null;
        // a YAML or JSON template has no separators
        CsvDialect dialect = csvDialect(csvDialect, format == Format.CSV, "template.error.csv-dialect-needs-csv");
        LoadedQuestionnaire loaded = questionnaire(engine, id);
        requireOutputFile(outFile);
        requireNewOutput(outFile, force);
        AnswersTemplate template = new AnswersTemplate(loaded.questionnaire(), messages());
        String name = outFile != null ? outFile.toString()
                : "typwerk-" + loaded.questionnaire().id() + "-answers." + (format == Format.SCHEMA ? "schema.json" : format);
        String text = switch (format) {
            case JSON -> template.json(new Mappers()) + "\n";
            // one row per respondent below this header, filled in by a spreadsheet or an export; for Excel set to
            // German (excel-de) with a byte order mark, ';' and CR LF, which the batch reads back as it saves it
            case CSV -> new CsvLayout(loaded.questionnaire()).template(dialect);
            case YAML -> template.yaml("typwerk score " + TypwerkCommand.shellWord(name) + typwerk().pluginsOptions());
            // what a valid answers file is, for a client that fills one in (docs/http.md)
            case SCHEMA -> new AnswersSchema(engine.messages()).json(loaded, engine.questionnaires());
        };
        writeText(outFile, text);
        if (outFile != null) {
            if (format == Format.SCHEMA) {
                err().println(messages().get("template.schema-written", outFile));
            } else {
                String next = (format == Format.CSV ? "typwerk batch " : "typwerk score ")
                        + TypwerkCommand.shellWord(outFile.toString()) + typwerk().pluginsOptions();
                err().println(messages().get("template.written", outFile, next));
            }
        }
        return ExitCodes.OK;
    }
}
