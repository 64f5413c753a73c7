package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.typwerk.engine.plugin.PluginDescriptor;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code typwerk show}: the whole questionnaire, in both languages, as text and as JSON. */
class ShowCommandTest {

    @TempDir
    Path temp;

    private Path plugins;
    private Cli cli;

    @BeforeEach
    void setUp() throws IOException {
        plugins = PluginFolder.good(temp);
        cli = new Cli(temp.resolve("home"));
    }

    private Cli.Result show(String... args) {
        List<String> all = new ArrayList<>(List.of("show"));
        Collections.addAll(all, args);
        all.add("--plugins");
        all.add(plugins.toString());
        return cli.run(all.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void prints_every_question_and_every_type_of_the_fixture(String language) throws IOException {
        Definitions fixture = Definitions.read(Files.newInputStream(Fixtures.path("plugin-good/questionnaires/amtstypen.yaml")));

        Cli.Result r = show("test-amtstypen", "--lang", language);

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains(fixture.questionIds()).contains(fixture.typeNames(language));
        assertThat(flat(r.out())).contains(fixture.questionTexts(language));
    }

    @Test
    void a_multiple_choice_with_none_and_dont_know_says_how_many_options_go_together() {
        // five fields of action, "Bisher keine" and "Weiß nicht", which stand alone: at most five, not seven
        String english = flat(new Cli(temp).run("show", "oefit-digitalisierungstypen", "--lang", "en").out());
        String template = new Cli(temp).run("template", "oefit-digitalisierungstypen").out();

        // (the help of handlungsfelder stands between its kind and how many to choose)
        assertThat(english).contains("[handlungsfelder · multiple choice] This means projects in these five fields.",
                "day care and youth work as “Education”. Choose 1 to 5. [ ] Transport and mobility",
                "[beteiligung · multiple choice] This means what you offer beyond your duties:", "Choose 1 to 6. [ ]",
                "[cdo-aufgaben · multiple choice] Only if:");
        assertThat(english).doesNotContain("Choose 1 to 7.", "Choose 1 to 8.");
        assertThat(template).contains("Mehrfachauswahl · Pflicht · 1 bis 5 Options-IDs als Liste, z. B. [mobilitaet, bildung]");
    }

    @Test
    void whom_to_learn_from_separates_several_strengths_so_that_each_keeps_its_capital_letter() {
        String out = flat(new Cli(temp).run("show", "oefit-digitalisierungstypen").out());

        assertThat(out).contains("→ lernen von: Der Community Manager (Als Kommune eine aktive Rolle bei der Digitalisierung vor Ort übernehmen · Die örtliche Gemeinschaft aktiv einbinden")
                .doesNotContain("; Die örtliche", "; Sektorübergreifend");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void prints_every_question_and_every_type_of_each_questionnaire_on_the_class_path(String language) throws IOException {
        List<Definitions> bundled = bundledDefinitions();
        assertThat(bundled).extracting(Definitions::id).contains("oefit-digitalisierungstypen");

        for (Definitions d : bundled) {
            Cli.Result r = new Cli(temp).run("show", d.id(), "--lang", language);

            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).as(d.id()).contains(d.questionIds()).contains(d.typeNames(language));
            assertThat(flat(r.out())).as(d.id()).contains(d.questionTexts(language));
        }
    }

    @Test
    void finds_a_questionnaire_by_id_and_version() {
        assertThat(show("test-amtstypen@2.1.0").exitCode()).isZero();

        Cli.Result wrongVersion = show("test-amtstypen@9.9.9");
        assertThat(wrongVersion.exitCode()).isEqualTo(2);
        // the questionnaire is loaded, in another version: said so, with the versions there are
        assertThat(wrongVersion.err()).contains("Den Fragebogen test-amtstypen gibt es nicht in der Version „9.9.9“."
                + " Geladen: 2.1.0 (geschrieben etwa test-amtstypen@2.1.0).");
        // nothing after the @, or no version there: said so, where it was "There is no version “”"
        assertThat(show("test-amtstypen@", "--lang", "en").err())
                .contains("The version after “test-amtstypen@” is missing. Loaded: 2.1.0 (written as test-amtstypen@2.1.0,"
                        + " or test-amtstypen without @ for the newest).");
        assertThat(show("test-amtstypen@2.1.0.0", "--lang", "en").err())
                .contains("“2.1.0.0” in test-amtstypen@2.1.0.0 is not a version (MAJOR.MINOR.PATCH, such as 1.0.0)."
                        + " Loaded: 2.1.0 (written as test-amtstypen@2.1.0).");
        assertThat(show("test-amtstypen@").err()).contains("Nach „test-amtstypen@“ fehlt die Version.");
    }

    @Test
    void an_unknown_questionnaire_a_letter_away_from_a_loaded_one_is_told_which_was_meant_and_a_file_name_that_an_id_belongs_there() {
        Cli.Result typo = show("test-amtstype", "--lang", "en");
        Cli.Result file = cli.run("diff", "a.yaml", "b.yaml", "--lang", "en");
        Cli.Result tippfehler = show("test-amtstype");

        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("There is no questionnaire “test-amtstype”. Loaded: ", " Did you mean “test-amtstypen”?");
        assertThat(tippfehler.err()).contains("Einen Fragebogen „test-amtstype“ gibt es nicht.", " Meinten Sie „test-amtstypen“?");
        assertThat(file.exitCode()).isEqualTo(2);
        assertThat(file.err()).contains("There is no questionnaire “a.yaml”. Loaded: ", " “a.yaml” looks like a file: what is meant is the id"
                + " of a loaded questionnaire (typwerk list shows them); typwerk validate FILE checks a definition file.")
                .doesNotContain("Did you mean");
    }

    @Test
    void an_unknown_questionnaire_is_a_usage_error_naming_the_loaded_ones() {
        Cli.Result r = show("gibt-es-nicht", "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("There is no questionnaire “gibt-es-nicht”. Loaded: ", "test-amtstypen")
                .contains("Help: typwerk show --help").doesNotContain("\tat ", "Exception");
    }

    @Test
    void as_json_it_is_the_definition_again_and_reads_back_to_the_same_questionnaire() throws IOException {
        Cli.Result r = show("test-amtstypen", "--format", "json");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("id").asText()).isEqualTo("test-amtstypen");
        assertThat(json.path("sections").get(0).path("questions").get(0).path("kind").asText()).isEqualTo("single");

        DefinitionReader reader = new DefinitionReader(new Mappers(), new Messages(Locale.GERMAN));
        DefinitionRead fromJson = reader.read("shown.json", r.out());
        DefinitionRead original = reader.read("amtstypen.yaml",
                Files.readString(Fixtures.path("plugin-good/questionnaires/amtstypen.yaml")));
        assertThat(fromJson.problems()).isEmpty();
        assertThat(fromJson.questionnaire()).isEqualTo(original.questionnaire());
    }

    @Test
    void the_output_is_the_same_under_any_system_locale() {
        String german = show("test-amtstypen", "--lang", "de").out();
        String underTurkish = new Cli(temp.resolve("home")).locale(new Locale("tr", "TR"))
                .run("show", "test-amtstypen", "--plugins", plugins.toString()).out();

        assertThat(underTurkish).isEqualTo(german);
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** Every definition that a plugin on the test class path ships, read from its descriptor. */
    private static List<Definitions> bundledDefinitions() throws IOException {
        ClassLoader loader = ShowCommandTest.class.getClassLoader();
        List<Definitions> found = new ArrayList<>();
        for (URL descriptor : Collections.list(loader.getResources(PluginDescriptor.RESOURCE))) {
            JsonNode plugin = Definitions.read(descriptor.openStream()).root();
            String base = descriptor.toString().substring(0, descriptor.toString().length() - PluginDescriptor.RESOURCE.length());
            for (JsonNode file : plugin.path("questionnaires")) {
                try (InputStream in = new URL(base + file.asText()).openStream()) {
                    Definitions d = Definitions.read(in);
                    // a variant says only what it changes; VariantCommandsTest shows those
                    if (!d.root().has("extends")) found.add(d);
                }
            }
        }
        return found;
    }
}
