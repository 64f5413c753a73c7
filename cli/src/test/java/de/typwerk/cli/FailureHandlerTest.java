package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Severity;
import de.typwerk.engine.TypwerkStartException;
import de.typwerk.engine.plugin.Decision;
import de.typwerk.engine.plugin.PluginEntry;
import de.typwerk.engine.strategy.PluginOrigin;
import de.typwerk.presentation.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What a command that failed says on standard error, here: the plugins --strict would not start without. */
class FailureHandlerTest {

    private static String said(Language language, TypwerkStartException failure) {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(CommandLine.Model.CommandSpec.create());
        command.setErr(new PrintWriter(err, true));
        int code = new FailureHandler(CliTexts.of(language), () -> false, () -> false).handleExecutionException(failure, command, null);
        assertThat(code).isEqualTo(ExitCodes.FINDINGS);
        return err.toString();
    }

    @Test
    void strict_names_a_refused_class_path_plugin_by_its_place_in_the_readers_words_and_a_jar_by_its_path() {
        String classPath = PluginOrigin.onClassPath("/opt/typwerk/lib/eigen.jar");
        PluginEntry onClassPath = new PluginEntry("de.example.eigen", "1.0.0", "Eigen", "Beispiel", classPath, "",
                Decision.REFUSED, Severity.ERROR, classPath + ": die Strategie points gibt es schon", List.of(), List.of());
        PluginEntry inFolder = new PluginEntry("de.example.ordner", "1.0.0", "Ordner", "Beispiel", "plugins/ordner.jar", "",
                Decision.REFUSED, Severity.ERROR, "plugins/ordner.jar: kaputt", List.of(), List.of());
        TypwerkStartException failure = new TypwerkStartException("2 Plugins abgelehnt", List.of(onClassPath, inFolder));

        assertThat(said(Language.DE, failure)).contains(
                "  de.example.eigen (Klassenpfad: /opt/typwerk/lib/eigen.jar): die Strategie points gibt es schon",
                "  de.example.ordner (plugins/ordner.jar): kaputt").doesNotContain("class path");
        assertThat(said(Language.EN, failure)).contains("  de.example.eigen (class path: /opt/typwerk/lib/eigen.jar): ");
    }
}
