package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code typwerk validate}: compiler-style problems, JSON for tools, exit codes 0, 1, 2. */
class ValidateCommandTest {

    private static final String COMPILER_LINE = "^.*kaputt\\.yaml:\\d+:\\d+: error: .+$";

    @TempDir
    Path temp;

    private Cli cli() {
        return new Cli(temp.resolve("home"));
    }

    @Test
    void a_file_named_with_a_line_break_or_an_escape_sequence_keeps_each_finding_on_one_line_without_the_control_characters()
            throws IOException {
        java.nio.file.Path broken = java.nio.file.Files.writeString(temp.resolve("a\nb\u001b[31m.yaml"), "q: 1\n");
        Cli.Result validate = cli().run("validate", broken.toString(), "--lang", "en");
        Cli.Result score = cli().run("score", broken.toString(), "--lang", "en");

        String shown = temp + "/a\\nb\\u001b[31m.yaml:1:1: error: ";
        assertThat(validate.out()).startsWith(shown).doesNotContain("\u001b");
        assertThat(validate.out().lines().filter(l -> l.contains(": error: ")).toList()).allMatch(l -> l.startsWith(shown));
        assertThat(score.out()).startsWith(shown).doesNotContain("\u001b");
        Cli.Result missing = cli().run("score", temp.resolve("nicht\nda\u001b[2J.yaml").toString(), "--lang", "en");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("typwerk: “" + temp + "/nicht\\nda\\u001b[2J.yaml” does not exist.\n");
    }

    @Test
    void a_valid_folder_exits_0_with_a_summary_on_stderr() {
        Cli.Result r = cli().run("validate", Fixtures.path("valid").toString());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("Keine Probleme gefunden.\n");
    }

    @Test
    void a_folder_checks_a_definition_it_holds_as_a_symbolic_link_and_names_a_link_that_leads_nowhere() throws IOException {
        Path elsewhere = java.nio.file.Files.createDirectories(temp.resolve("elsewhere"));
        Path bad = java.nio.file.Files.writeString(elsewhere.resolve("bad.yaml"), "id: kaputt\nversion: 1.0.0\n");
        Path folder = java.nio.file.Files.createDirectories(temp.resolve("definitions"));
        java.nio.file.Files.createSymbolicLink(folder.resolve("kaputt.yaml"), bad);
        java.nio.file.Files.createSymbolicLink(folder.resolve("weg.yaml"), temp.resolve("gone.yaml"));

        Cli.Result r = cli().run("validate", folder.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).containsPattern("(?m)" + COMPILER_LINE)
                .contains(folder.resolve("weg.yaml") + ": error: A symbolic link that leads nowhere (its target is missing,"
                        + " or links point to each other in a circle); not checked.")
                .doesNotContain("holds no definition file");
    }

    @Test
    void a_folder_named_by_a_symbolic_link_is_checked_as_the_folder_and_its_problems_are_named_by_the_link() throws IOException {
        Path elsewhere = java.nio.file.Files.createDirectories(temp.resolve("releases/7"));
        java.nio.file.Files.writeString(elsewhere.resolve("kaputt.yaml"), "id: kaputt\nversion: 1.0.0\n");
        Path current = java.nio.file.Files.createSymbolicLink(temp.resolve("current"), elsewhere);

        Cli.Result r = cli().run("validate", current.toString(), "--lang", "en");
        Cli.Result valid = cli().run("validate", java.nio.file.Files.createSymbolicLink(temp.resolve("valid"),
                Fixtures.path("valid")).toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).containsPattern("(?m)" + COMPILER_LINE).contains(current.resolve("kaputt.yaml") + ":")
                .doesNotContain("releases");
        assertThat(valid.exitCode()).as(valid.toString()).isZero();
        assertThat(valid.err()).isEqualTo("No problems found.\n");
    }

    @Test
    void an_answers_file_met_in_a_folder_is_not_taken_for_a_definition() {
        Cli.Result r = cli().run("validate", Fixtures.path("valid").toString());

        assertThat(Fixtures.path("valid/personas/ruhig.yaml")).exists();
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    @Test
    void a_definition_in_a_plugin_project_naming_an_unknown_strategy_is_told_the_command_line_with_the_strategy_projects_jar()
            throws IOException {
        // two projects side by side, as the archetypes make them: the questionnaire's and the strategy's
        Path project = temp.resolve("work/kreistypen");
        Path definition = project.resolve("src/main/resources/questionnaires/kreistypen.yaml");
        java.nio.file.Files.createDirectories(definition.getParent());
        java.nio.file.Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        java.nio.file.Files.writeString(definition, """
                id: kreistypen
                version: 1.0.0
                locales: [de, en]
                title: {de: Kreis, en: District}
                types:
                  - {id: a, name: {de: A, en: A}}
                  - {id: b, name: {de: B, en: B}}
                sections:
                  - id: s
                    title: {de: S, en: S}
                    questions:
                      - id: q
                        kind: single
                        text: {de: Q, en: Q}
                        options:
                          - {id: x, text: {de: X, en: X}, weights: {a: 1}}
                          - {id: y, text: {de: Y, en: Y}, weights: {b: 1}}
                scoring: {strategy: median, parameters: {}}
                """);

        // the strategy's project not built yet: how to build it and the form of the command line
        Cli.Result unbuilt = cli().run("validate", definition.toString(), "--lang", "en");
        assertThat(unbuilt.exitCode()).as(unbuilt.toString()).isEqualTo(1);
        assertThat(unbuilt.err()).contains("A strategy of your own is checked with its jar: build its project (mvn package)"
                + " and load the folder it puts the jar in, e.g. for a project beside this one: typwerk validate "
                + definition + " --plugins ../median/target").doesNotContain("Plugins from a folder are loaded");

        // built: the command line with the folder its jar is in
        Path target = temp.resolve("work/median/target");
        java.nio.file.Files.createDirectories(target);
        try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(
                java.nio.file.Files.newOutputStream(target.resolve("median-1.0.0.jar")))) {
            jar.putNextEntry(new java.util.zip.ZipEntry("META-INF/services/de.typwerk.api.spi.ScoringStrategy"));
            jar.write("de.musterverband.median.MedianStrategy\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Cli.Result english = cli().run("validate", definition.toString(), "--lang", "en");
        Cli.Result german = cli().run("validate", definition.toString());
        assertThat(english.err()).contains("A strategy of your own is checked with its jar, which its project beside this one"
                + " builds (mvn package): typwerk validate " + definition + " --plugins " + target);
        assertThat(german.err()).contains("Eine eigene Strategie wird mit ihrem Jar geprüft, das ihr Projekt neben diesem baut"
                + " (mvn package): typwerk validate " + definition + " --plugins " + target);
        // a file in no Maven project keeps the general hint
        Path alone = java.nio.file.Files.copy(definition, temp.resolve("alone.yaml"));
        assertThat(cli().run("validate", alone.toString(), "--lang", "en").err()).contains("Plugins from a folder are loaded with --plugins DIR");
    }

    @Test
    void an_alternative_strategy_that_is_not_loaded_is_a_warning_followed_by_how_plugins_are_loaded() throws IOException {
        Path definition = java.nio.file.Files.writeString(temp.resolve("kreis.yaml"), """
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
                      - {id: q, kind: single, text: {de: Q}, options: [{id: o, text: {de: O}, weights: {a: 1}}, {id: p, text: {de: P}, weights: {b: 1}}]}
                scoring:
                  strategy: points
                  parameters: {}
                  alternatives:
                    manhattan: {}
                """);

        Cli.Result r = cli().run("validate", definition.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("warning: The alternative strategy 'manhattan' is not loaded here");
        assertThat(r.err()).isEqualTo("no errors, 1 warning.\nPlugins from a folder are loaded with --plugins DIR; typwerk"
                + " plugins shows what is loaded and what is not.\n");
    }

    @Test
    void a_valid_plugin_jar_exits_0() throws IOException {
        Path jar = PluginFolder.good(temp).resolve(PluginFolder.GOOD_JAR);

        Cli.Result r = cli().run("validate", jar.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEqualTo("No problems found.\n");
    }

    @Test
    void a_broken_definition_prints_compiler_style_lines_and_exits_1() {
        Cli.Result r = cli().run("validate", Fixtures.path("broken/kaputt.yaml").toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out().lines()).isNotEmpty().allMatch(l -> l.matches(COMPILER_LINE));
        assertThat(r.out()).contains("optionz");
        assertThat(r.err()).matches("(?s)\\d+ Fehler, (keine Warnungen|1 Warnung|\\d+ Warnungen)\\.\\n");
        assertThat(r.err()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void yamls_infinity_or_not_a_number_as_a_limit_is_named_at_its_value_in_the_language_asked_for_not_as_malformed_yaml() throws IOException {
        // the YAML parser called it "Malformed numeric value '.inf'", in English under German too, at the end of the line
        String ozg = java.nio.file.Files.readString(Repository.root().resolve(
                "questionnaires/ozg-reifegrad/src/main/resources/questionnaires/ozg-reifegrad.yaml"));
        assertThat(ozg).contains("\n        max: 4\n");
        int line = (int) ozg.substring(0, ozg.indexOf("\n        max: 4\n") + 1).lines().count() + 1;
        Path inf = java.nio.file.Files.writeString(temp.resolve("inf.yaml"), ozg.replace("\n        max: 4\n", "\n        max: .inf\n"));
        Path nan = java.nio.file.Files.writeString(temp.resolve("nan.yaml"), ozg.replace("\n        max: 4\n", "\n        max: -.NaN\n")
                .replace("\n        max: -.NaN\n", "\n        max: .NaN\n"));

        Cli.Result de = cli().run("validate", inf.toString());
        Cli.Result en = cli().run("validate", nan.toString(), "--lang", "en");

        assertThat(de.exitCode()).as(de.toString()).isEqualTo(1);
        assertThat(de.out()).isEqualTo(inf + ":" + line + ":14: error: „.inf“ ist keine endliche Zahl.\n");
        assertThat(en.exitCode()).as(en.toString()).isEqualTo(1);
        assertThat(en.out()).isEqualTo(nan + ":" + line + ":14: error: '.NaN' is not a finite number.\n");
    }

    @Test
    void a_whole_number_limit_beyond_any_double_is_refused_at_its_value_not_read_as_an_infinite_limit() throws IOException {
        // 309 nines were read as an infinite limit: no problem found, and typwerk show, take and the
        // answers template asked for "eine ganze Zahl von -Infinity bis Infinity"
        String oefit = java.nio.file.Files.readString(Repository.root().resolve(
                "questionnaires/oefit/src/main/resources/questionnaires/oefit-digitalisierungstypen.yaml"));
        assertThat(oefit).contains("\n        max: 10000000\n");
        int line = (int) oefit.substring(0, oefit.indexOf("\n        max: 10000000\n") + 1).lines().count() + 1;
        Path big = java.nio.file.Files.writeString(temp.resolve("big.yaml"),
                oefit.replace("\n        max: 10000000\n", "\n        max: " + "9".repeat(309) + "\n"));
        Path small = java.nio.file.Files.writeString(temp.resolve("small.yaml"),
                oefit.replace("\n        max: 10000000\n", "\n        max: -" + "9".repeat(309) + "\n"));

        Cli.Result en = cli().run("validate", big.toString(), "--lang", "en");
        Cli.Result de = cli().run("validate", small.toString());

        assertThat(en.exitCode()).as(en.toString()).isEqualTo(1);
        assertThat(en.out()).isEqualTo(big + ":" + line + ":14: error: The number " + "9".repeat(39) + "… (309 digits) lies beyond what"
                + " a definition can hold: from -1.7976931348623157E+308 to 1.7976931348623157E+308.\n");
        assertThat(de.exitCode()).as(de.toString()).isEqualTo(1);
        assertThat(de.out()).isEqualTo(small + ":" + line + ":14: error: Die Zahl -" + "9".repeat(38) + "… (309 Stellen) liegt außerhalb"
                + " dessen, was eine Definition fassen kann: von -1.7976931348623157E+308 bis 1.7976931348623157E+308.\n");
    }

    @Test
    void a_text_with_an_escape_sequence_or_a_right_to_left_override_is_an_error_at_its_text() throws IOException {
        // validate found no problem, and typwerk show and score printed the escape sequence to the
        // terminal, which obeyed it (colours, the window's title); an override turned the report's
        // own words after a type's name around
        String oefit = java.nio.file.Files.readString(Repository.root().resolve(
                "questionnaires/oefit/src/main/resources/questionnaires/oefit-digitalisierungstypen.yaml"));
        String name = "    name: {de: \"Der Bedächtige\", en: \"The Cautious One\"}\n";
        assertThat(oefit).contains(name);
        int line = (int) oefit.substring(0, oefit.indexOf(name) + 1).lines().count();
        Path escape = java.nio.file.Files.writeString(temp.resolve("escape.yaml"),
                oefit.replace(name, "    name: {de: \"Der Bedächtige\", en: \"The \\e]0;pwned\\a\\e[31mCautious One\"}\n"));
        Path override = java.nio.file.Files.writeString(temp.resolve("override.yaml"),
                oefit.replace(name, "    name: {de: \"Der Bedächtige \\u202E\", en: \"The Cautious One\"}\n"));
        Path marks = java.nio.file.Files.writeString(temp.resolve("marks.yaml"),
                oefit.replace(name, "    name: {de: \"Der Bedächtige\", en: \"The\\tCautious\\nOne \\u200F\"}\n"));

        Cli.Result en = cli().run("validate", escape.toString(), "--lang", "en");
        Cli.Result de = cli().run("validate", override.toString());
        Cli.Result fine = cli().run("validate", marks.toString(), "--lang", "en");

        assertThat(en.exitCode()).as(en.toString()).isEqualTo(1);
        assertThat(en.out()).isEqualTo(escape + ":" + line + ":34: error: The text (en) holds a control character (U+001B) at position 5,"
                + " which a terminal would obey and every page and CSV row would carry on; give text without control characters"
                + " (line breaks and tabs are fine).\n");
        assertThat(de.exitCode()).as(de.toString()).isEqualTo(1);
        assertThat(de.out()).isEqualTo(override + ":" + line + ":12: error: Der Text (de) enthält an Stelle 16 ein Steuerzeichen der"
                + " Schreibrichtung (U+202E RIGHT-TO-LEFT OVERRIDE), das den Text danach in jedem Bericht, jeder Tabelle und jeder"
                + " CSV-Zeile umdreht; nur Text ohne dieses Zeichen angeben.\n");
        assertThat(fine.exitCode()).as(fine.toString()).isZero();
    }

    @Test
    void problems_of_several_files_come_sorted_by_file_line_and_column() {
        Cli.Result r = cli().run("validate", Fixtures.path("broken").toString(), Fixtures.path("valid").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("kaputt.yaml:", "syntax.yaml:");
        assertThat(r.out().lines().toList()).isSortedAccordingTo(ValidateCommandTest::byLocation);
    }

    @Test
    void as_json_it_prints_an_array_of_problems_for_tools() throws IOException {
        Cli.Result r = cli().run("validate", "--format", "json", Fixtures.path("broken/kaputt.yaml").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        JsonNode problems = new ObjectMapper().readTree(r.out());
        assertThat(problems.isArray()).isTrue();
        assertThat(problems).isNotEmpty();
        JsonNode first = problems.get(0);
        assertThat(first.fieldNames()).toIterable()
                .containsExactly("severity", "code", "message", "source", "line", "column", "pointer");
        assertThat(first.path("severity").asText()).isEqualTo("error");
        assertThat(first.path("source").asText()).endsWith("kaputt.yaml");
        assertThat(first.path("line").asInt()).isPositive();
    }

    @Test
    void as_json_a_valid_file_is_an_empty_array() throws IOException {
        Cli.Result r = cli().run("validate", "--format", "json", Fixtures.path("valid").toString());

        assertThat(r.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).isEmpty()).isTrue();
    }

    @Test
    void a_path_that_does_not_exist_is_a_usage_error_before_anything_is_validated() {
        Path missing = temp.resolve("fehlt.yaml");

        Cli.Result r = cli().run("validate", Fixtures.path("broken/kaputt.yaml").toString(), missing.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("typwerk: „" + missing + "“ gibt es nicht.");
    }

    @Test
    void a_dash_is_a_usage_error_saying_validate_reads_no_standard_input_not_that_a_file_is_missing() {
        Cli.Result r = cli().input("id: x\n").run("validate", "-", "--lang", "en");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("typwerk: typwerk validate checks files and folders and does not read standard input (-): give the path of the definition.");
    }

    @Test
    void validate_needs_a_path() {
        Cli.Result r = cli().run("validate");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Es fehlt: PATH");
    }

    /** Orders compiler lines by file, then line and column as numbers. */
    private static int byLocation(String a, String b) {
        String[] x = a.split(":", 4);
        String[] y = b.split(":", 4);
        int c = x[0].compareTo(y[0]);
        if (c == 0) c = Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
        if (c == 0) c = Integer.compare(Integer.parseInt(x[2]), Integer.parseInt(y[2]));
        return c;
    }

    @Test
    void an_empty_folder_is_not_reported_as_clean() throws java.io.IOException {
        java.nio.file.Path empty = java.nio.file.Files.createDirectories(temp.resolve("leer"));

        Cli.Result r = cli().run("validate", empty.toString(), "--lang", "en");

        assertThat(r.out()).isEqualTo(empty + ": warning: The folder holds no definition file (.yaml, .yml, .json); nothing was checked.\n");
        assertThat(r.err()).doesNotContain("No problems found").contains("no errors, 1 warning");
    }

    private static final String SERVICES = "META-INF/services/de.typwerk.api.spi.ScoringStrategy";

    /**
     * A strategy plugin project after its build, its services file (written to
     * {@code src/main/resources} and copied to {@code target/classes}) naming the strategy there
     * and {@code extra}; its {@code target/classes}.
     */
    private Path project(String copied, String source) throws java.io.IOException {
        Path project = temp.resolve("zaehler");
        Path classes = PluginFolder.classes(project, "plugin-counting", "CountingStrategy");
        java.nio.file.Files.writeString(classes.resolve(SERVICES), copied);
        Path registration = project.resolve("src/main/resources").resolve(SERVICES);
        java.nio.file.Files.createDirectories(registration.getParent());
        java.nio.file.Files.writeString(registration, source);
        return classes;
    }

    @Test
    void a_projects_target_classes_whose_services_file_names_a_class_that_is_not_there_fails_at_that_line_as_its_jar_fails()
            throws java.io.IOException {
        String services = "# die Strategien\nde.typwerk.cli.strategies.CountingStrategy\nde.example.zaehler.WeightSumStrategy\n";
        Path classes = project(services, services);
        Path registration = temp.resolve("zaehler/src/main/resources").resolve(SERVICES);

        Cli.Result english = cli().run("validate", classes.toString(), "--lang", "en");
        Cli.Result german = cli().run("validate", classes.toString());
        Cli.Result jar = cli().run("validate", PluginJar.of(classes, temp.resolve("zaehler/target/zaehler-1.0.0.jar")).toString(),
                "--lang", "en");

        assertThat(english.exitCode()).as(english.toString()).isEqualTo(1);
        // the file its author edits, at the line of the class, not the copy in target/classes
        assertThat(english.out()).isEqualTo(registration + ":3:1: error: The class de.example.zaehler.WeightSumStrategy named"
                + " here is not there (ClassNotFoundException), as when a class is renamed or moved: write here the full name"
                + " (with its package) of the class that implements de.typwerk.api.spi.ScoringStrategy; installed, the plugin"
                + " would not load.\n");
        assertThat(english.err()).doesNotContain("No problems found");
        assertThat(german.exitCode()).as(german.toString()).isEqualTo(1);
        assertThat(german.out()).isEqualTo(registration + ":3:1: error: Die hier genannte Klasse"
                + " de.example.zaehler.WeightSumStrategy gibt es nicht (ClassNotFoundException), wie nach dem Umbenennen oder"
                + " Verschieben einer Klasse: Tragen Sie hier den vollen Namen (mit Paket) der Klasse ein, die"
                + " de.typwerk.api.spi.ScoringStrategy implementiert; installiert würde das Plugin nicht geladen.\n");
        assertThat(german.err()).doesNotContain("Keine Probleme gefunden");
        assertThat(jar.exitCode()).as(jar.toString()).isEqualTo(1);
        assertThat(jar.out()).contains("de.example.zaehler.WeightSumStrategy");
    }

    @Test
    void a_projects_target_classes_whose_copied_services_file_is_out_of_date_fails_at_the_copys_line_saying_to_build_again()
            throws java.io.IOException {
        Path classes = project("de.typwerk.cli.strategies.CountingStrategy\nde.example.zaehler.WeightSumStrategy\n",
                "de.typwerk.cli.strategies.CountingStrategy\n");
        Path registration = temp.resolve("zaehler/src/main/resources").resolve(SERVICES);

        Cli.Result r = cli().run("validate", classes.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(classes.resolve(SERVICES) + ":2:1: error: The class de.example.zaehler.WeightSumStrategy"
                + " named here is not there (ClassNotFoundException); " + registration + ", which the build copies this file"
                + " from, no longer names it: build the plugin again, so that the copy matches.\n");
    }

    @Test
    void a_projects_target_classes_is_validated_with_its_own_strategies_as_its_jar_is() throws java.io.IOException {
        String services = "de.typwerk.cli.strategies.CountingStrategy\n";
        Path classes = project(services, services);

        Cli.Result r = cli().run("validate", classes.toString(), "--lang", "en");

        // its definition's strategy, counting, is its own: not loaded in the engine, but there in the folder
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("No problems found.\n");
    }

    @Test
    void a_projects_src_main_resources_is_not_checked_for_the_classes_its_services_file_names_which_the_build_puts_elsewhere()
            throws java.io.IOException {
        Path resources = temp.resolve("zaehler/src/main/resources");
        java.nio.file.Files.createDirectories(resources);
        for (String file : new String[] {"META-INF/typwerk/plugin.yaml", "questionnaires/zaehler.yaml", SERVICES}) {
            java.nio.file.Files.createDirectories(resources.resolve(file).getParent());
            java.nio.file.Files.copy(Fixtures.path("plugin-counting").resolve(file), resources.resolve(file));
        }

        Cli.Result r = cli().run("validate", resources.toString(), "--lang", "en");

        // its definition names a strategy of the plugin's code, which this folder does not hold
        assertThat(r.out()).doesNotContain(SERVICES).contains("counting");
    }

    @Test
    void a_plugin_folders_descriptor_for_an_api_this_engine_does_not_provide_is_an_error_at_its_api_as_in_the_jar()
            throws java.io.IOException {
        Path classes = PluginFolder.classes(temp.resolve("zaehler"), "plugin-counting", "CountingStrategy");
        Path descriptor = classes.resolve("META-INF/typwerk/plugin.yaml");
        java.nio.file.Files.writeString(descriptor, java.nio.file.Files.readString(descriptor).replace("[1.0,2.0)", "[2.0,3.0)"));

        Cli.Result folder = cli().run("validate", classes.toString(), "--lang", "en");
        Cli.Result file = cli().run("validate", descriptor.toString(), "--lang", "en");
        Cli.Result jar = cli().run("validate", PluginJar.of(classes, temp.resolve("zaehler/target/zaehler-1.0.0.jar")).toString(),
                "--lang", "en");

        assertThat(folder.exitCode()).as(folder.toString()).isEqualTo(1);
        assertThat(folder.out()).startsWith(descriptor + ":3:6: error: The plugin test-counting needs API version [2.0.0,3.0.0), a later one than this engine\u2019s ")
                .isEqualTo(file.out()).isEqualTo(jar.out().replace(jar.out().substring(0, jar.out().indexOf("!/") + 2),
                        classes + "/"));
    }

    private static final String PROVIDERS = "META-INF/services/de.typwerk.api.spi.QuestionnaireProvider";

    @Test
    void a_projects_target_classes_and_its_jar_fail_for_a_questionnaire_provider_that_is_not_there_or_is_none_as_loading_fails()
            throws java.io.IOException {
        String services = "de.typwerk.cli.strategies.CountingStrategy\n";
        Path classes = project(services, services);
        // a provider renamed since, and a strategy registered in the wrong file
        String providers = "de.example.zaehler.LaenderProvider\nde.typwerk.cli.strategies.CountingStrategy\n";
        java.nio.file.Files.writeString(classes.resolve(PROVIDERS), providers);
        Path registration = java.nio.file.Files.writeString(temp.resolve("zaehler/src/main/resources").resolve(PROVIDERS), providers);
        Path jar = PluginJar.of(classes, temp.resolve("zaehler/target/zaehler-1.0.0.jar"));

        Cli.Result folder = cli().run("validate", classes.toString(), "--lang", "en");
        Cli.Result packed = cli().run("validate", jar.toString(), "--lang", "en");
        Cli.Result loaded = cli().run("plugins", "--plugins", jar.getParent().toString(), "--lang", "en");

        assertThat(folder.exitCode()).as(folder.toString()).isEqualTo(1);
        assertThat(folder.out()).isEqualTo(registration + ":1:1: error: The class de.example.zaehler.LaenderProvider named"
                + " here is not there (ClassNotFoundException), as when a class is renamed or moved: write here the full name"
                + " (with its package) of the class that implements de.typwerk.api.spi.QuestionnaireProvider; installed, the"
                + " plugin would not load.\n"
                + registration + ":2:1: error: META-INF/services/de.typwerk.api.spi.QuestionnaireProvider names the class"
                + " de.typwerk.cli.strategies.CountingStrategy, which does not implement de.typwerk.api.spi.QuestionnaireProvider:"
                + " name a strategy in META-INF/services/de.typwerk.api.spi.ScoringStrategy, a questionnaire provider in"
                + " META-INF/services/de.typwerk.api.spi.QuestionnaireProvider\n");
        assertThat(folder.err()).doesNotContain("No problems found");
        assertThat(packed.exitCode()).as(packed.toString()).isEqualTo(1);
        assertThat(packed.out()).contains(jar + ": error: META-INF/services/de.typwerk.api.spi.QuestionnaireProvider names the"
                + " class de.example.zaehler.LaenderProvider, which is not there")
                .contains(jar + ": error: META-INF/services/de.typwerk.api.spi.QuestionnaireProvider names the class"
                        + " de.typwerk.cli.strategies.CountingStrategy, which does not implement"
                        + " de.typwerk.api.spi.QuestionnaireProvider: name a strategy in");
        // what validate finds is why loading fails the plugin
        assertThat(loaded.out()).contains("failed: META-INF/services/de.typwerk.api.spi.QuestionnaireProvider names the class"
                + " de.example.zaehler.LaenderProvider, which is not there");
    }

    @Test
    void a_projects_target_classes_and_its_jar_validate_what_its_questionnaire_provider_yields_as_loading_reads_it()
            throws java.io.IOException {
        String services = "de.typwerk.cli.strategies.CountingStrategy\n";
        Path classes = PluginFolder.classes(temp.resolve("zaehler"), "plugin-counting", "CountingStrategy", "MisspeltProvider");
        java.nio.file.Files.writeString(classes.resolve(PROVIDERS), "de.typwerk.cli.strategies.MisspeltProvider\n");
        Path jar = PluginJar.of(classes, temp.resolve("zaehler/target/zaehler-1.0.0.jar"));

        Cli.Result folder = cli().run("validate", classes.toString(), "--lang", "en");
        Cli.Result packed = cli().run("validate", jar.toString(), "--lang", "en");

        String misspelt = "/questionnaires/erzeugt.yaml:13:9: error: 'singel' is not a question kind - did you mean 'single'?";
        assertThat(folder.exitCode()).as(folder.toString()).isEqualTo(1);
        // made by code, no file of the folder: named inside the provider's class file
        assertThat(folder.out()).startsWith(classes + "/de/typwerk/cli/strategies/MisspeltProvider.class!" + misspelt)
                .hasLineCount(1);
        assertThat(classes.resolve("questionnaires/erzeugt.yaml")).doesNotExist();
        assertThat(packed.exitCode()).as(packed.toString()).isEqualTo(1);
        assertThat(packed.out()).startsWith(jar + "!" + misspelt).hasLineCount(1);
    }

    private static final String DESCRIPTOR = "META-INF/typwerk/plugin.yaml";

    /** The project's target/classes with its descriptor's {@code from} replaced by {@code to}. */
    private Path projectWith(String from, String to) throws java.io.IOException {
        String services = "de.typwerk.cli.strategies.CountingStrategy\n";
        Path classes = project(services, services);
        String descriptor = java.nio.file.Files.readString(classes.resolve(DESCRIPTOR));
        assertThat(descriptor).contains(from);
        java.nio.file.Files.writeString(classes.resolve(DESCRIPTOR), descriptor.replace(from, to));
        return classes;
    }

    @Test
    void a_projects_target_classes_warns_of_a_reserved_id_and_fails_for_a_listed_definition_it_lacks_as_its_jar_does()
            throws java.io.IOException {
        Path classes = projectWith("id: test-counting\n", "id: typwerk-zaehler\n");
        String descriptor = java.nio.file.Files.readString(classes.resolve(DESCRIPTOR));
        java.nio.file.Files.writeString(classes.resolve(DESCRIPTOR), descriptor.replace("zaehler.yaml", "zahler.yaml"));
        Path jar = PluginJar.of(classes, temp.resolve("zaehler/target/zaehler-1.0.0.jar"));

        Cli.Result folder = cli().run("validate", classes.toString(), "--lang", "en");
        Cli.Result german = cli().run("validate", classes.toString());
        Cli.Result packed = cli().run("validate", jar.toString(), "--lang", "en");

        assertThat(folder.exitCode()).as(folder.toString()).isEqualTo(1);
        assertThat(folder.out()).isEqualTo(classes.resolve(DESCRIPTOR) + ":1:5: warning: The id typwerk-zaehler starts with"
                + " typwerk-, which is reserved for Typwerk’s own plugins; from a plugins folder it loads only where the class"
                + " path does not already carry that plugin.\n"
                + classes.resolve(DESCRIPTOR) + ":7:5: error: The definition questionnaires/zahler.yaml named in the"
                + " descriptor is not in this folder - did you mean questionnaires/zaehler.yaml? The plugin’s jar would be"
                + " refused for it.\n");
        assertThat(german.out()).contains(":7:5: error: Die im Deskriptor genannte Definition questionnaires/zahler.yaml fehlt in"
                + " diesem Ordner – meinten Sie questionnaires/zaehler.yaml? Das Jar des Plugins würde deshalb abgelehnt.\n");
        // the jar says the same of itself
        assertThat(packed.out()).contains(":1:5: warning: The id typwerk-zaehler starts with typwerk-")
                .contains(":7:5: error: The definition questionnaires/zahler.yaml named in the descriptor is missing from the jar");
    }

    @Test
    void a_projects_target_classes_that_provides_nothing_is_warned_of_as_its_jar_is() throws java.io.IOException {
        Path classes = projectWith("questionnaires:\n  - questionnaires/zaehler.yaml\n", "");
        java.nio.file.Files.delete(classes.resolve(SERVICES));
        java.nio.file.Files.delete(classes.resolve("questionnaires/zaehler.yaml"));
        // the registration in a file of the wrong name
        java.nio.file.Files.writeString(classes.resolve("META-INF/services/de.typwerk.api.ScoringStrategy"),
                "de.typwerk.cli.strategies.CountingStrategy\n");

        Cli.Result r = cli().run("validate", classes.toString(), "--lang", "en");

        assertThat(r.out()).isEqualTo(classes.resolve(DESCRIPTOR) + ":1:5: warning: The plugin test-counting provides nothing:"
                + " its descriptor lists no questionnaires (questionnaires:), and it registers no strategy and no questionnaire"
                + " provider. A strategy is registered with the name of its class in"
                + " META-INF/services/de.typwerk.api.spi.ScoringStrategy. It has the file"
                + " META-INF/services/de.typwerk.api.ScoringStrategy; it must be named"
                + " META-INF/services/de.typwerk.api.spi.ScoringStrategy for Typwerk to find what it lists.\n");
        assertThat(r.err()).isEqualTo("no errors, 1 warning.\n");
    }

    @Test
    void a_projects_target_classes_whose_questionnaire_and_strategy_a_loaded_plugin_of_another_id_has_fails_as_loading_would()
            throws java.io.IOException {
        Path plugins = PluginFolder.counting(temp);
        Path classes = projectWith("id: test-counting\n", "id: zaehler-neu\n");

        Cli.Result r = cli().run("validate", classes.toString(), "--plugins", plugins.toString(), "--lang", "en");
        Cli.Result same = cli().run("validate", PluginFolder.classes(temp.resolve("same"), "plugin-counting", "CountingStrategy")
                .toString(), "--plugins", plugins.toString(), "--lang", "en");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(classes + ": error: The strategy counting is already provided by the loaded plugin"
                + " test-counting (" + plugins.resolve("counting.jar") + "); loading would refuse the plugin zaehler-neu. Give"
                + " your strategy an id of its own (id()) and name that one under scoring.strategy.\n"
                + classes.resolve("questionnaires/zaehler.yaml") + ":1:1: error: The questionnaire test-zaehler@1.0.0 is already"
                + " provided by the loaded plugin test-counting (" + plugins.resolve("counting.jar") + "); loading would refuse"
                + " the plugin zaehler-neu. Give the questionnaire an id of its own (or, if it is a new edition of the same"
                + " questionnaire, a higher version).\n");
        // the installed copy of the same plugin is no clash
        assertThat(same.exitCode()).as(same.toString()).isZero();
    }
}
