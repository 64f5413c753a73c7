package de.typwerk.cli;

import de.typwerk.cli.output.OutputFormat;

import de.typwerk.presentation.Texts;
import de.typwerk.presentation.text.QuestionnaireView;
import de.typwerk.presentation.text.DiffView;
import de.typwerk.presentation.text.Page;
import de.typwerk.presentation.json.QuestionnaireJson;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ResolvedBase;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.diff.QuestionnaireDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code typwerk show <id>}: a whole questionnaire, readable on a terminal or as JSON. A variant is
 * shown as its author wrote it: what it changes in its base (as text), its definition with the
 * overlay (as JSON); {@code --resolved} shows the complete questionnaire its respondents answer
 * (as JSON: a definition of its own, without {@code extends}).
 */
@Command(name = "show")
final class ShowCommand extends EngineCommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "show.id")
    private String id;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "option.format")
    private OutputFormat format;

    @Option(names = "--resolved", descriptionKey = "option.resolved")
    private boolean resolved;

    @Override
    protected int run(Typwerk engine) throws Exception {
        LoadedQuestionnaire loaded = questionnaire(engine, id);
        Mappers mappers = new Mappers();
        boolean asWritten = loaded.isVariant() && !resolved;
        if (format == OutputFormat.JSON) {
            out().println(new QuestionnaireJson(mappers).write(asWritten ? loaded.definition() : QuestionnaireJson.standalone(loaded.questionnaire())));
        } else if (asWritten) {
            out().print(variant(engine, loaded, mappers));
        } else {
            out().print(new QuestionnaireView(loaded, messages()).render());
        }
        out().flush();
        return ExitCodes.OK;
    }


    /** Head, the base it was resolved against, and what it changes there. */
    private String variant(Typwerk engine, LoadedQuestionnaire loaded, Mappers mappers) {
        Texts m = messages();
        String lang = language().tag();
        Questionnaire q = loaded.questionnaire();
        ResolvedBase base = loaded.base().orElseThrow();
        Page page = new Page();
        page.heading(q.title().get(lang, q.defaultLocale()), '=');
        page.paragraph(0, m.get("show.variant.head", q.id(), q.version(), String.join(", ", q.locales()), loaded.pluginId()));
        page.paragraph(0, m.get("show.variant.of", q.base().orElse(""), base.coordinates(), base.contentHash()));
        q.description().ifPresent(d -> page.blank().paragraph(0, d.get(lang, q.defaultLocale())));
        page.blank().line(0, m.get("show.variant.resolved-hint", q.coordinates(), typwerk().pluginsOptions()));
        page.blank().heading(m.get("show.variant.changes", base.coordinates()), '=');
        engine.questionnaire(base.coordinates()).ifPresent(b ->
                new DiffView(m, mappers).render(QuestionnaireDiff.between(b.questionnaire(), q), page));
        return page.toString();
    }
}
