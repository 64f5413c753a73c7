package de.typwerk.cli;

import de.typwerk.api.model.ResolvedBase;
import de.typwerk.cli.output.OutputFormat;

import de.typwerk.presentation.text.DiffView;
import de.typwerk.presentation.text.Page;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.diff.QuestionnaireDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code typwerk diff <a> <b>}: what differs between two loaded questionnaires, by id; for a
 * variant and its base, what the variant changes. {@code typwerk diff <variant>} alone compares
 * the variant with the base it was resolved against. Differences are not findings: the exit code
 * is 0 either way.
 */
@Command(name = "diff")
final class DiffCommand extends EngineCommand {

    @Parameters(index = "0", paramLabel = "A", descriptionKey = "diff.a")
    private String first;

    @Parameters(index = "1", arity = "0..1", paramLabel = "B", descriptionKey = "diff.b")
    private String second;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "option.format")
    private OutputFormat format;

    @Override
    protected int run(Typwerk engine) throws Exception {
        LoadedQuestionnaire a;
        LoadedQuestionnaire b;
        if (second == null) {
            // one questionnaire: a variant, set against the base it was resolved against
            b = questionnaire(engine, first);
            ResolvedBase base = b.base().orElseThrow(() -> usageErrorText(messages().get("diff.not-a-variant",
                    b.questionnaire().coordinates(), typwerk().pluginsOptions())));
            a = questionnaire(engine, base.id() + "@" + base.version());
        } else {
            a = questionnaire(engine, first);
            b = questionnaire(engine, second);
        }
        QuestionnaireDiff diff = QuestionnaireDiff.between(a.questionnaire(), b.questionnaire());
        Mappers mappers = new Mappers();
        if (format == OutputFormat.JSON) {
            out().println(mappers.json().writeValueAsString(diff));
        } else {
            Page page = new Page();
            page.heading(messages().get("diff.head", diff.from(), diff.to()), '=');
            new DiffView(messages(), mappers).render(diff, page);
            out().print(page);
        }
        out().flush();
        return ExitCodes.OK;
    }
}
