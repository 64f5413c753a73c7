package de.typwerk.cli;

import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.definition.Mappers;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code typwerk show <id>}: a whole questionnaire, readable on a terminal or as JSON. */
@Command(name = "show")
final class ShowCommand extends EngineCommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "show.id")
    private String id;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "option.format")
    private OutputFormat format;

    private ParameterException unknown(Typwerk engine) {
        String known = engine.questionnaires().stream().map(l -> l.questionnaire().id()).distinct()
                .collect(Collectors.joining(", "));
        return known.isEmpty() ? usageError("error.unknown-questionnaire-none", id)
                : usageError("error.unknown-questionnaire", id, known);
    }

    @Override
    int run(Typwerk engine) throws Exception {
        LoadedQuestionnaire loaded = engine.questionnaire(id).orElseThrow(() -> unknown(engine));
        if (format == OutputFormat.JSON) {
            out().println(new QuestionnaireJson(new Mappers()).write(loaded.questionnaire()));
        } else {
            out().print(new QuestionnaireView(loaded, messages()).render());
        }
        out().flush();
        return ExitCodes.OK;
    }
}
