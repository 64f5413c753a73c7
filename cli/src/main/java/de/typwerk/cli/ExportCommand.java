package de.typwerk.cli;


import de.typwerk.presentation.Language;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.interop.ExportFormat;
import de.typwerk.interop.ExportRefused;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code typwerk export QUESTIONNAIRE --to surveyjs|fhir|limesurvey}: the questionnaire (a variant
 * resolved) for another survey tool, on standard output or into {@code --out FILE}. {@code --lang}
 * picks the language a respondent sees first; every language of the questionnaire is exported.
 * Without it the questionnaire's default language, not the system's: an export is the same bytes
 * on every machine. The mappings are in docs/interop.md.
 */
@Command(name = "export")
final class ExportCommand extends EngineCommand {

    @Parameters(index = "0", paramLabel = "QUESTIONNAIRE", descriptionKey = "export.questionnaire")
    private String id;

    @Option(names = "--to", required = true, paramLabel = "surveyjs|fhir|limesurvey", descriptionKey = "export.to")
    private ExportFormat to;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "export.out")
    private Path outFile;

    @Option(names = "--force", descriptionKey = "option.force")
    private boolean force;

    @Override
    protected int run(Typwerk engine) throws Exception {
        if (standardOutput(outFile)) outFile = null;
        LoadedQuestionnaire loaded = questionnaire(engine, id);
        requireOutputFile(outFile);
        requireNewOutput(outFile, force);
        String language = typwerk().explicitLanguage().map(Language::tag).orElse(loaded.questionnaire().defaultLocale());
        if (!loaded.questionnaire().locales().contains(language)) {
            throw usageError("error.export.language", language, loaded.questionnaire().coordinates(),
                    String.join(", ", loaded.questionnaire().locales()));
        }
        String text;
        try {
            text = to.export(loaded, language);
        } catch (ExportRefused e) {
            // the questionnaire as written does not fit the tool's format: one line, what to do, no file
            err().println("typwerk: " + e.message(messages().language().locale()));
            return ExitCodes.FINDINGS;
        }
        writeText(outFile, text);
        if (outFile != null) {
            err().println(messages().get("export.written", outFile, to.id()));
            // what follows: the tool collects the answers, Typwerk reads them back, from the same plugins folders
            err().println(messages().get("export.next", to.id(), typwerk().pluginsOptions()));
        }
        return ExitCodes.OK;
    }
}
