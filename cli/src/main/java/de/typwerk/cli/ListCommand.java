package de.typwerk.cli;

import de.typwerk.presentation.Texts;
import de.typwerk.presentation.text.Table;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code typwerk list}: the questionnaires the loaded plugins offer. */
@Command(name = "list")
final class ListCommand extends EngineCommand {

    @Override
    protected int run(Typwerk engine) {
        Texts m = messages();
        List<LoadedQuestionnaire> loaded = engine.questionnaires();
        // what a plugin that did not load would have listed is missing: say so, as serve does
        sayPluginsNotLoaded(engine);
        if (loaded.isEmpty()) {
            out().println(m.get("list.none"));
            return ExitCodes.OK;
        }
        Table table = new Table(m.get("list.column.id"), m.get("list.column.version"), m.get("list.column.title"),
                m.get("list.column.languages"), m.get("list.column.strategy"), m.get("list.column.plugin"));
        String lang = language().tag();
        for (LoadedQuestionnaire l : loaded) {
            Questionnaire q = l.questionnaire();
            table.row(q.id(), q.version(), q.title().get(lang, q.defaultLocale()), String.join(", ", q.locales()),
                    q.scoring().map(ScoringSpec::strategy).orElse("-"), l.pluginId());
        }
        table.print(out());
        return ExitCodes.OK;
    }
}
