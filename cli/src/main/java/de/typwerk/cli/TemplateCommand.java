package de.typwerk.cli;

import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.definition.Mappers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code typwerk template QUESTIONNAIRE}: an empty answers file to fill in, on standard output or
 * into {@code --out FILE} (never over an existing file: it may hold answers). Filled in, it is what
 * {@code typwerk score} reads.
 */
@Command(name = "template")
final class TemplateCommand extends EngineCommand {

    /** {@code --format} of a template: YAML with comments, or JSON. */
    enum Format {
        YAML, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Parameters(index = "0", paramLabel = "QUESTIONNAIRE", descriptionKey = "template.questionnaire")
    private String id;

    @Option(names = "--format", paramLabel = "yaml|json", defaultValue = "yaml", descriptionKey = "template.option.format")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "template.option.out")
    private Path outFile;

    @Override
    int run(Typwerk engine) throws Exception {
        LoadedQuestionnaire loaded = engine.questionnaire(id).orElseThrow(() -> unknownQuestionnaire(engine, id));
        if (outFile != null && Files.exists(outFile)) throw usageError("error.template-exists", outFile);
        AnswersTemplate template = new AnswersTemplate(loaded.questionnaire(), messages());
        String name = outFile != null ? outFile.toString()
                : "typwerk-" + loaded.questionnaire().id() + "-answers." + format;
        String text = format == Format.JSON ? template.json(new Mappers()) + "\n" : template.yaml(name);
        if (outFile == null) {
            out().print(text);
            out().flush();
        } else {
            AtomicFile.write(outFile, text);
            err().println(messages().get("template.written", outFile, "typwerk score " + outFile));
        }
        return ExitCodes.OK;
    }
}
