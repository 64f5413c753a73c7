package de.typwerk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Location;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Severity;
import de.typwerk.engine.plugin.Decision;
import de.typwerk.engine.plugin.PluginEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build step that records validated definitions runs in plugin builds we do not own (the
 * questionnaire archetype's POM): whatever is wrong with the plugin, it must not fail that build
 * with a stack trace, and it must leave no record behind that an earlier build wrote.
 */
class ValidatedDefinitionsTest {

    @TempDir
    Path classes;

    @Test
    void a_descriptor_that_does_not_parse_leaves_no_record_says_so_in_one_line_and_does_not_fail_the_build() throws IOException {
        Path descriptor = classes.resolve("META-INF/typwerk/plugin.yaml");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(descriptor, "id: kaputt\nquestionnaires: [questionnaires/k.yaml\n");
        Path stale = classes.resolve("questionnaires/k.yaml.validated");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "sha256=0\n");
        Files.writeString(classes.resolve("questionnaires/k.yaml"), "id: k\n");

        String out = printed(() -> ValidatedDefinitions.main(new String[] {classes.toString()}));

        assertThat(out.lines()).singleElement().asString()
                .startsWith("typwerk: keine Vermerke geprüfter Definitionen geschrieben (")
                .endsWith("sie werden daher bei jedem Laden des Plugins geprüft");
        try (Stream<Path> files = Files.walk(classes)) {
            assertThat(files.filter(f -> f.toString().endsWith(".validated"))).isEmpty();
        }
    }

    @Test
    void a_folder_without_a_plugin_descriptor_is_left_alone() throws IOException {
        Path other = Files.writeString(classes.resolve("x.yaml.validated"), "kept\n");

        String out = printed(() -> ValidatedDefinitions.main(new String[] {classes.toString()}));

        assertThat(out).isEmpty();
        assertThat(other).hasContent("kept");
    }

    @Test
    void the_one_line_puts_one_full_stop_between_the_warning_and_the_hint() {
        Problem unknownAlternative = Problem.warning("unknown-strategy",
                "The alternative strategy 'median' is not loaded here; its parameters are not checked.",
                new Location("target/classes/questionnaires/k.yaml", 9, 7, "/overlay/scoring/alternatives/median"));
        PluginEntry entry = new PluginEntry("k", "1.0.0", "K", "V", "", "class path: target/classes", "", Decision.LOADED,
                Severity.WARNING, "", List.of(), List.of(unknownAlternative));

        String line = ValidatedDefinitions.notRecorded("k", Optional.of(entry), Path.of("target/classes"), Path.of("src/main/resources"));

        assertThat(line).contains("its parameters are not checked. This step sees only the test class path").doesNotContain("..");
    }

    @Test
    void a_plugin_kept_from_its_records_by_a_warning_is_told_which_warning_in_the_one_line() {
        Problem unknownAlternative = Problem.warning("unknown-strategy",
                "The alternative strategy 'median' is not loaded here; its parameters are not checked.",
                new Location("target/classes/questionnaires/k.yaml", 73, 5, "/scoring/alternatives/median"));
        Problem second = Problem.warning("empty-section", "The section 's' has no questions.",
                new Location("target/classes/questionnaires/k.yaml", 20, 3, "/sections/1"));
        PluginEntry entry = new PluginEntry("k", "1.0.0", "K", "V", "", "class path: target/classes", "", Decision.LOADED,
                Severity.WARNING, "", List.of(), List.of(unknownAlternative, second));

        String line = ValidatedDefinitions.notRecorded("k", Optional.of(entry), Path.of("target/classes"), Path.of("src/main/resources"));

        assertThat(line).isEqualTo("typwerk: k: no records of validated definitions written, so they are validated whenever"
                + " it loads: target/classes/questionnaires/k.yaml:73:5: warning: The alternative strategy 'median' is not"
                + " loaded here; its parameters are not checked (and 1 more). This step sees only the test class path,"
                + " not the folders your test’s pluginFolders() returns: to have records written, make the strategy’s"
                + " plugin a test dependency (Typwerk’s plugin authors’ guide, \"Your questionnaire with your own strategy\")");
    }

    @Test
    void a_strategy_the_step_does_not_find_is_told_how_to_get_it_onto_the_test_class_path() {
        Problem unknown = Problem.error("unknown-strategy", "Unknown scoring strategy 'zentroid'; known: points",
                new Location("target/classes/questionnaires/k.yaml", 195, 3, "/scoring/strategy"));
        PluginEntry entry = new PluginEntry("k", "1.0.0", "K", "V", "", "class path: target/classes", "", Decision.REFUSED,
                Severity.ERROR, "1 error", List.of(), List.of(unknown));

        assertThat(ValidatedDefinitions.notRecorded("k", Optional.of(entry), Path.of("target/classes"), Path.of("src/main/resources")))
                .contains("k.yaml:195:3: error: Unknown scoring strategy 'zentroid'; known: points. This step sees only the test"
                        + " class path, not the folders your test’s pluginFolders() returns: to have records written, make"
                        + " the strategy’s plugin a test dependency");
    }

    @Test
    void the_line_speaks_german_as_the_test_kit_does_unless_typwerk_lang_says_en() {
        Problem unknown = Problem.error("unknown-strategy", LocalizedText.of(java.util.Map.of(
                        "de", "Unbekannte Bewertungsstrategie „zentroid“; bekannt: points",
                        "en", "Unknown scoring strategy 'zentroid'; known: points")),
                new Location("target/classes/questionnaires/k.yaml", 195, 3, "/scoring/strategy"));
        PluginEntry entry = new PluginEntry("k", "1.0.0", "K", "V", "", "class path: target/classes", "", Decision.REFUSED,
                Severity.ERROR, "1 error", List.of(), List.of(unknown));

        assertThat(ValidatedDefinitions.notRecorded("k", Optional.of(entry), Path.of("target/classes"), Path.of("src/main/resources"),
                java.util.Locale.GERMAN)).isEqualTo("typwerk: k: keine Vermerke geprüfter Definitionen geschrieben, sie werden"
                        + " daher bei jedem Laden geprüft: target/classes/questionnaires/k.yaml:195:3: error: Unbekannte"
                        + " Bewertungsstrategie „zentroid“; bekannt: points. Dieser Schritt sieht nur den Test-Klassenpfad, nicht"
                        + " die Ordner, die pluginFolders() Ihres Tests liefert: Damit Vermerke geschrieben werden, machen Sie das"
                        + " Plugin der Strategie zu einer Test-Abhängigkeit (Typwerks Leitfaden für Plugin-Autoren, „Your"
                        + " questionnaire with your own strategy“)");
        // the language the archetype's POM passes (-Dtypwerk.lang=${typwerk.lang}); German without it, as the test kit
        String before = System.getProperty(ValidatedDefinitions.LANGUAGE_PROPERTY);
        try {
            System.clearProperty(ValidatedDefinitions.LANGUAGE_PROPERTY);
            assertThat(ValidatedDefinitions.language()).isEqualTo(java.util.Locale.GERMAN);
            System.setProperty(ValidatedDefinitions.LANGUAGE_PROPERTY, "en");
            assertThat(ValidatedDefinitions.language()).isEqualTo(java.util.Locale.ENGLISH);
            System.setProperty(ValidatedDefinitions.LANGUAGE_PROPERTY, "${typwerk.lang}");
            assertThat(ValidatedDefinitions.language()).isEqualTo(java.util.Locale.GERMAN);
        } finally {
            if (before == null) System.clearProperty(ValidatedDefinitions.LANGUAGE_PROPERTY);
            else System.setProperty(ValidatedDefinitions.LANGUAGE_PROPERTY, before);
        }
    }

    @Test
    void names_a_definition_with_a_problem_by_its_source_where_the_author_edits_it() throws IOException {
        Path project = this.classes;   // a project folder: its build output and its sources
        Path classes = project.resolve("target/classes");
        Path sources = project.resolve("src/main/resources");
        Files.createDirectories(sources.resolve("questionnaires"));
        Files.writeString(sources.resolve("questionnaires/k.yaml"), "id: k\n");
        Problem typo = Problem.error("unknown-reference", "There is no type 'pioneer'; did you mean 'pionier'?",
                new Location(classes.toAbsolutePath().resolve("questionnaires/k.yaml").toString(), 21, 21, "/types/1"));
        PluginEntry entry = new PluginEntry("k", "1.0.0", "K", "V", "", "class path: " + classes, "", Decision.REFUSED,
                Severity.ERROR, "1 error", List.of(), List.of(typo));

        assertThat(ValidatedDefinitions.notRecorded("k", Optional.of(entry), classes, sources)).endsWith("whenever it loads: "
                + sources.resolve("questionnaires/k.yaml") + ":21:21: error: There is no type 'pioneer'; did you mean 'pionier'?");
    }

    @Test
    void a_plugin_whose_descriptor_does_not_read_is_told_the_descriptors_problem_at_its_source() throws IOException {
        Path project = this.classes;
        Path classes = project.resolve("target/classes").toAbsolutePath();
        Path sources = project.resolve("src/main/resources");
        Files.createDirectories(sources.resolve("META-INF/typwerk"));
        Files.writeString(sources.resolve("META-INF/typwerk/plugin.yaml"), "id: k\n");
        Problem misspelt = Problem.error("unknown-key", "Unknown key \"vendr\" in the plugin descriptor - did you mean \"vendor\"?",
                new Location(classes.resolve("META-INF/typwerk/plugin.yaml").toString(), 7, 1, "/vendr"));
        // the engine knows no id for a descriptor it could not read: it names the plugin by its folder
        PluginEntry entry = new PluginEntry("classes", "", "", "", "", "class path: " + classes, "", Decision.REFUSED,
                Severity.ERROR, "class path: " + classes + ": invalid plugin descriptor: " + misspelt.message(),
                List.of(), List.of(misspelt));
        PluginEntry other = new PluginEntry("typwerk-strategy-points", "1.0.0", "P", "V", "", "class path: points.jar", "",
                Decision.LOADED, Severity.INFO, "", List.of(), List.of());

        Optional<PluginEntry> seen = ValidatedDefinitions.seen("k", List.of(other, entry), classes);

        assertThat(ValidatedDefinitions.notRecorded("k", seen, classes, sources)).endsWith("whenever it loads: "
                + sources.resolve("META-INF/typwerk/plugin.yaml") + ":7:1: error: Unknown key \"vendr\" in the plugin"
                + " descriptor - did you mean \"vendor\"?");
    }

    @Test
    void a_plugin_refused_without_details_is_told_the_reason() {
        PluginEntry entry = new PluginEntry("k", "1.0.0", "K", "V", "", "class path: target/classes", "", Decision.REFUSED,
                Severity.ERROR, "class path: target/classes: plugin k needs API version [2.0.0,3.0.0), this engine provides 1.0.0",
                List.of(), List.of());

        assertThat(ValidatedDefinitions.notRecorded("k", Optional.of(entry), Path.of("target/classes"), Path.of("src/main/resources"))).endsWith(
                "whenever it loads: class path: target/classes: plugin k needs API version [2.0.0,3.0.0), this engine provides 1.0.0");
    }

    private interface Step {
        void run() throws IOException;
    }

    private static String printed(Step step) throws IOException {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            step.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
