package de.typwerk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Typwerk#validate}: what a definition author runs before shipping. */
class TypwerkValidateTest {

    private static final Path FIXTURES = Path.of("src/test/resources/plugins");

    @TempDir
    Path temp;

    private final Typwerk typwerk = Typwerk.builder().classPathPlugins(false).locale(Locale.ENGLISH).build();

    @AfterEach
    void close() {
        typwerk.close();
    }

    /** {@code temp} as a path relative to the working directory, the way a user types one. */
    private Path relative(Path absolute) {
        return Path.of("").toAbsolutePath().relativize(absolute);
    }

    private Path copy(String fixture, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return Files.copy(FIXTURES.resolve(fixture), target);
    }

    @Test
    void finds_nothing_wrong_with_a_valid_definition() {
        assertThat(typwerk.validate(FIXTURES.resolve("probe-typen.yaml"))).isEmpty();
    }

    @Test
    void an_answers_file_named_on_its_own_is_told_which_command_checks_answers() throws IOException {
        Path answers = relative(Files.writeString(temp.resolve("antworten.yaml"), """
                questionnaire: probe-typen
                version: 1.0.0
                answers:
                  tempo: schnell
                """));

        assertThat(typwerk.validate(answers)).extracting(Problem::toString).containsExactly(answers
                + ":1:1: error: This is an answers file (\"questionnaire\" at the top), not a questionnaire definition: typwerk validate"
                + " checks definitions. typwerk score " + answers + " checks the answers and scores them; typwerk report " + answers
                + " shows the result as a report.");
    }

    @Test
    void names_the_file_as_the_user_gave_it() {
        Path given = FIXTURES.resolve("broken-unknown-key.yaml");

        List<Problem> problems = typwerk.validate(given);

        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.location().source()).isEqualTo(given.toString()));
        assertThat(problems.get(0).toString()).startsWith("src/test/resources/plugins/broken-unknown-key.yaml:6:1: error: ");
    }

    @Test
    void reports_every_unknown_key_and_what_the_rest_of_the_definition_gets_wrong_in_one_round() throws IOException {
        Path file = relative(Files.writeString(temp.resolve("kreis.yaml"), """
                id: kreis
                version: 1.0.0
                locales: [de]
                title: {de: Kreis}
                types:
                  - {id: a, name: {de: A}}
                  - {id: b, name: {de: B}}
                sections:
                  - id: s
                    title: {de: S}
                    questions:
                      - id: q
                        kind: single
                        requird: true
                        text: {de: "Q?"}
                        options:
                          - {id: x, text: {de: X}, weights: {c: 1}}
                          - {id: y, text: {de: Y}, weigths: {b: 1}}
                      - id: r
                        kind: single
                        text: {de: "R?"}
                        optionz:
                          - {id: x, text: {de: X}, weights: {a: 1}}
                          - {id: y, text: {de: Y}, weights: {d: 1}}
                """));

        // the three keys and the weights for types that do not exist, where the first key alone was said;
        // optionz is read as the options it is a slip for, so their weights are checked and no option is missing
        assertThat(typwerk.validate(file)).extracting(Problem::toString).containsExactly(
                file + ":14:9: error: Unknown key 'requird' - did you mean 'required'?",
                file + ":17:46: error: There is no type or dimension 'c'; did you mean 'a'?",
                file + ":18:36: error: Unknown key 'weigths' - did you mean 'weights'?",
                file + ":22:9: error: Unknown key 'optionz' - did you mean 'options'?",
                file + ":24:46: error: There is no type or dimension 'd'; did you mean 'a'?");
    }

    @Test
    void reports_every_wrong_value_and_wrong_type_in_one_round_not_only_the_first() throws IOException {
        Path file = relative(Files.writeString(temp.resolve("kurz.yaml"), """
                id: kurz
                version: 1.0.0
                locales: [de, 7]
                title: {de: Kurz}
                sections:
                  - id: s
                    title: {de: S}
                    questions:
                      - id: q
                        kind: singel
                        text: {de: "Q?"}
                        options:
                          - {id: x, text: {de: X}}
                      - id: p
                        kind: skala
                        text: {de: "P?"}
                      - id: r
                        kind: single
                        required: vielleicht
                        text: {de: "R?"}
                        optionz:
                          - {id: x, text: {de: X}}
                      - id: t
                        kind: scale
                        text: {de: "T?"}
                        min: eins
                        max: 5
                """));

        // each is said once, where it stands, and nothing that only follows from leaving one out
        // (no missing 'min', no missing 'kind'); a question after one left out keeps its own line
        assertThat(typwerk.validate(file)).extracting(Problem::toString).containsExactly(
                file + ":3:15: error: Wrong type: expected text, found the number 7 (YAML reads digits without quotes as a number, and 1.10 as"
                        + " 1.1; put text in quotes, such as \"1.10\").",
                file + ":10:9: error: 'singel' is not a question kind - did you mean 'single'? Known kinds: single, multi, scale, ranking, number, text.",
                file + ":15:9: error: 'skala' is not a question kind; known kinds: single, multi, scale, ranking, number, text.",
                file + ":19:19: error: Wrong type: expected true or false, found the text 'vielleicht'.",
                file + ":21:9: error: Unknown key 'optionz' - did you mean 'options'?",
                file + ":26:14: error: Wrong type: expected a whole number, found the text 'eins'.");
    }

    @Test
    void checks_the_keys_of_a_question_whose_kind_is_a_slip_for_a_known_one_as_that_kind() throws IOException {
        Path file = relative(Files.writeString(temp.resolve("kurz.yaml"), """
                id: kurz
                version: 1.0.0
                locales: [de]
                title: {de: Kurz}
                sections:
                  - id: s
                    title: {de: S}
                    questions:
                      - id: q
                        kind: singel
                        requird: true
                        text: {de: "Q?"}
                        optionz:
                          - {id: x, text: {de: X}}
                      - id: p
                        kind: skala
                        txt: {de: "P?"}
                """));

        // 'singel' is read as 'single', so its slips are found in this round, not the next; 'skala'
        // is a slip for nothing closely enough: its question is not checked further
        assertThat(typwerk.validate(file)).extracting(Problem::toString).containsExactly(
                file + ":10:9: error: 'singel' is not a question kind - did you mean 'single'? Known kinds: single, multi, scale, ranking, number, text.",
                file + ":11:9: error: Unknown key 'requird' - did you mean 'required'?",
                file + ":13:9: error: Unknown key 'optionz' - did you mean 'options'?",
                file + ":16:9: error: 'skala' is not a question kind; known kinds: single, multi, scale, ranking, number, text.");
    }

    @Test
    void does_not_call_a_top_level_key_of_the_wrong_type_missing_when_a_problem_further_on_came_between() throws IOException {
        Path file = relative(Files.writeString(temp.resolve("kurz.yaml"), """
                id: kurz
                version: 1.0.0
                locales: de
                title: {de: Kurz}
                sections:
                  - id: s
                    title: {de: S}
                    questions:
                      - id: r
                        kind: single
                        required: vielleicht
                        text: {de: "R?"}
                        options:
                          - {id: x, text: {de: X}}
                """));

        // 'locales' is there, of the wrong type: said once, at its value, and not also "missing" at 1:1
        assertThat(typwerk.validate(file)).extracting(Problem::toString).containsExactly(
                file + ":3:10: error: Wrong type: expected a list, found the text 'de'.",
                file + ":11:19: error: Wrong type: expected true or false, found the text 'vielleicht'.");
    }

    @Test
    void reports_a_path_that_does_not_exist() {
        assertThat(typwerk.validate(Path.of("no/such/file.yaml"))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("not-found");
            assertThat(p.toString()).isEqualTo("no/such/file.yaml: error: File or folder not found.");
        });
    }

    @Test
    void walks_a_folder_in_order_skipping_build_output_and_hidden_folders() throws IOException {
        copy("broken-unknown-key.yaml", temp.resolve("b/zwei.yaml"));
        copy("broken-unknown-key.yaml", temp.resolve("a/eins.yml"));
        copy("probe-typen.yaml", temp.resolve("a/gut.yaml"));
        copy("broken-unknown-key.yaml", temp.resolve("target/classes/kopie.yaml"));
        copy("broken-unknown-key.yaml", temp.resolve(".git/kopie.yaml"));
        Files.writeString(temp.resolve("a/notes.txt"), "not a definition");
        Files.writeString(temp.resolve("a/leer.json"), "");
        Path folder = relative(temp);

        List<Problem> problems = typwerk.validate(folder);

        assertThat(problems).extracting(p -> p.location().source()).containsExactly(
                folder.resolve("a/eins.yml").toString(),
                folder.resolve("a/leer.json").toString(),
                folder.resolve("b/zwei.yaml").toString());
        assertThat(folder.isAbsolute()).isFalse();
    }

    @Test
    void checks_a_plugin_descriptor_in_a_folder_as_a_descriptor() throws IOException {
        Path descriptor = temp.resolve("src/main/resources/META-INF/typwerk/plugin.yaml");
        Files.createDirectories(descriptor.getParent());
        Files.writeString(descriptor, "id: x\nversion: 1.0.0\napi: \"[1.0,2.0)\"\nname: X\nvendr: Y\n");

        assertThat(typwerk.validate(temp)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("unknown-key");
            assertThat(p.location().line()).isEqualTo(5);
        });
    }

    @Test
    void checks_the_copy_of_the_descriptor_a_build_makes_for_uber_jars_as_a_descriptor() throws IOException {
        // target/classes of a project from the archetypes: the descriptor, its copy, one definition
        Path classes = temp.resolve("classes");
        String descriptor = "id: kreis\nversion: 1.0.0\napi: \"[1.0,2.0)\"\nname: Kreis\nvendor: V\n"
                + "description: \"Ein Fragebogen. / A questionnaire.\"\nquestionnaires: [questionnaires/probe-typen.yaml]\n";
        Files.createDirectories(classes.resolve("META-INF/typwerk/plugins/kreis"));
        Files.writeString(classes.resolve("META-INF/typwerk/plugin.yaml"), descriptor);
        Files.writeString(classes.resolve("META-INF/typwerk/plugins/kreis/plugin.yaml"), descriptor);
        copy("probe-typen.yaml", classes.resolve("questionnaires/probe-typen.yaml"));

        assertThat(typwerk.validate(classes)).isEmpty();

        // a slip in the copy is a descriptor's problem, not a definition's
        Files.writeString(classes.resolve("META-INF/typwerk/plugins/kreis/plugin.yaml"), descriptor.replace("vendor", "vendr"));
        assertThat(typwerk.validate(classes)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("unknown-key");
            assertThat(p.location().line()).isEqualTo(5);
        });
    }

    @Test
    void names_the_file_under_src_main_resources_that_a_projects_target_classes_holds_a_copy_of() throws IOException {
        Path project = relative(temp.resolve("kreistypen"));
        Path built = copy("broken-unknown-key.yaml", project.resolve("target/classes/questionnaires/kreistypen.yaml"));
        Path edited = copy("broken-unknown-key.yaml", project.resolve("src/main/resources/questionnaires/kreistypen.yaml"));

        // the author fixes the file the build copied, so that is the one each problem names
        List<Problem> problems = typwerk.validate(project.resolve("target/classes"));
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.location().source()).isEqualTo(edited.toString()));
        assertThat(problems.get(0).toString()).startsWith(edited + ":6:1: error: ");

        // changed since the build, its lines may be others: the copy checked is named
        Files.writeString(edited, "# a line more\n" + Files.readString(edited));
        assertThat(typwerk.validate(project.resolve("target/classes")))
                .isNotEmpty().allSatisfy(p -> assertThat(p.location().source()).isEqualTo(built.toString()));
    }

    @Test
    void checks_the_descriptor_and_every_definition_in_a_plugin_jar() throws IOException {
        Path jar = temp.resolve("kreis.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            put(out, "META-INF/typwerk/plugin.yaml", """
                    id: kreis
                    version: 1.0.0
                    api: "[1.0,2.0)"
                    name: Kreis
                    vendor: Tests
                    questionnaires: [q/gut.yaml, q/kaputt.yaml, q/fehlt.yaml]
                    """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            put(out, "q/gut.yaml", Files.readAllBytes(FIXTURES.resolve("probe-typen.yaml")));
            put(out, "q/kaputt.yaml", Files.readAllBytes(FIXTURES.resolve("broken-unknown-key.yaml")));
        }
        Path given = relative(jar);

        List<Problem> problems = typwerk.validate(given);

        assertThat(problems).extracting(p -> p.location().source()).containsExactly(
                given + "!/META-INF/typwerk/plugin.yaml",
                given + "!/q/kaputt.yaml");
        assertThat(problems.get(0).code()).isEqualTo("definition-missing");
        assertThat(problems.get(0).message()).contains("q/fehlt.yaml");
    }

    @Test
    void reports_a_corrupt_jar() throws IOException {
        Path jar = Files.write(temp.resolve("x.jar"), new byte[] {'P', 'K', 3, 4, 0});

        assertThat(typwerk.validate(jar)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("corrupt");
            assertThat(p.location().source()).isEqualTo(jar.toString());
        });
    }

    private static void put(JarOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content);
        out.closeEntry();
    }
}
