package de.typwerk.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Problem;
import de.typwerk.engine.Typwerk;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code typwerk validate plugin.jar}: an author checks a plugin before installing it. */
class ValidateJarTest {

    private static final Path GREETED = Path.of("src/test/resources/plugins/scored-by-greeting.yaml");
    private static final Path PROBE = Path.of("src/test/resources/plugins/probe-typen.yaml");

    @TempDir
    Path folder;

    private final Typwerk typwerk = Typwerk.builder().classPathPlugins(false).locale(Locale.ENGLISH).build();

    @AfterEach
    void close() {
        typwerk.close();
    }

    @Test
    void validates_a_jars_definitions_against_the_strategies_the_jar_itself_ships() {
        Path jar = PluginJar.named("own.jar").descriptor("own", "1.0.0", "[1.0,2.0)")
                .source("com.example.own.Greeting", TestSources.strategy("com.example.own.Greeting", "greeting"))
                .strategy("com.example.own.Greeting")
                .questionnaire("q/gruss.yaml", GREETED)
                .writeTo(folder);

        assertThat(typwerk.validate(jar)).isEmpty();
        assertThat(typwerk.strategies().ids()).isEmpty();
    }

    @Test
    void refuses_a_jar_holding_a_definition_twice_with_different_contents_in_validate_and_in_loading() throws java.io.IOException {
        // no build tool writes it: Java reads the one copy, unzip or a streaming reader the other
        String greeted = java.nio.file.Files.readString(GREETED);
        Path jar = PluginJar.named("twice.jar").descriptor("twice", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/gruss.yaml", GREETED)
                .resource("q/gruss.yamX", greeted.replace("gruss-typen", "anders-typen"))
                .writeTo(folder);
        byte[] bytes = java.nio.file.Files.readAllBytes(jar);
        String latin = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(latin).contains("q/gruss.yamX");
        java.nio.file.Files.write(jar, latin.replace("q/gruss.yamX", "q/gruss.yaml").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(typwerk.validate(jar)).extracting(Problem::toString).containsExactly(jar + ": error: Not a valid jar: the entry"
                + " q/gruss.yaml is in it twice, with different contents; which one is read depends on the tool: build the jar again");
        try (Typwerk loading = Typwerk.builder().classPathPlugins(false).locale(Locale.GERMAN).pluginsFrom(folder).build()) {
            assertThat(loading.plugins()).singleElement().satisfies(e -> {
                assertThat(e.decision()).isEqualTo(Decision.FAILED);
                assertThat(e.reason()).isEqualTo(jar + ": kein gültiges Jar-Archiv (der Eintrag q/gruss.yaml steht zweimal darin,"
                        + " mit verschiedenem Inhalt; welcher gelesen wird, hängt vom Werkzeug ab: das Jar neu bauen)");
            });
            assertThat(loading.questionnaires()).isEmpty();
        }
    }

    @Test
    void reports_a_strategy_that_cannot_prepare_for_the_definition_where_the_definition_names_it() {
        Path jar = PluginJar.named("unready.jar").descriptor("unready", "1.0.0", "[1.0,2.0)")
                .source("com.example.u.Unready", """
                        package com.example.u;

                        import de.typwerk.api.model.LocalizedText;
                        import de.typwerk.api.model.Questionnaire;
                        import de.typwerk.api.model.Version;
                        import de.typwerk.api.spi.PreparedScorer;
                        import de.typwerk.api.spi.ScoringStrategy;

                        public class Unready implements ScoringStrategy<Void> {
                            public String id() { return "greeting"; }
                            public Version version() { return Version.parse("1.0.0"); }
                            public LocalizedText description() { return LocalizedText.of("en", "never ready"); }
                            public Class<Void> parametersType() { return Void.class; }
                            public PreparedScorer prepare(Questionnaire q, Void p) {
                                throw new IllegalStateException("no licence key configured");
                            }
                        }
                        """)
                .strategy("com.example.u.Unready")
                .questionnaire("q/gruss.yaml", GREETED)
                .writeTo(folder);

        assertThat(typwerk.validate(jar)).extracting(Problem::toString).containsExactly(jar + "!/q/gruss.yaml:24:3: error:"
                + " The scoring strategy 'greeting' of the plugin 'unready' (" + jar + ") could not prepare for the"
                + " questionnaire gruss-typen@1.0.0 (no licence key configured). Every response scored with it would be"
                + " refused: change the definition so that the strategy can prepare for it (the reason in brackets says what"
                + " it lacks), or change the strategy.");

        try (Typwerk german = Typwerk.builder().classPathPlugins(false).locale(Locale.GERMAN).build()) {
            assertThat(german.validate(jar)).extracting(Problem::message).singleElement().asString().endsWith(
                    "(no licence key configured). Jede damit bewertete Antwort würde abgelehnt: Ändern Sie die Definition so,"
                            + " dass sich die Strategie auf sie vorbereiten kann (was ihr fehlt, sagt der Grund in Klammern),"
                            + " oder die Strategie.");
        }
    }

    @Test
    void reports_a_strategy_that_cannot_prepare_for_a_variant_at_the_variants_extends() {
        Path jar = PluginJar.named("needy.jar").descriptor("needy", "1.0.0", "[1.0,2.0)")
                .source("com.example.n.Needy", """
                        package com.example.n;

                        import de.typwerk.api.model.LocalizedText;
                        import de.typwerk.api.model.Questionnaire;
                        import de.typwerk.api.model.Version;
                        import de.typwerk.api.spi.PreparedScorer;
                        import de.typwerk.api.spi.ScoreSheet;
                        import de.typwerk.api.spi.ScoringStrategy;
                        import java.util.List;

                        public class Needy implements ScoringStrategy<Void> {
                            public String id() { return "greeting"; }
                            public Version version() { return Version.parse("1.0.0"); }
                            public LocalizedText description() { return LocalizedText.of("en", "needs q"); }
                            public Class<Void> parametersType() { return Void.class; }
                            public PreparedScorer prepare(Questionnaire q, Void p) {
                                if (q.question("q").isEmpty()) throw new IllegalStateException("question 'q' is needed");
                                return context -> new ScoreSheet(List.of(new ScoreSheet.TypeScore("a", 1, 1)), List.of(), List.of());
                            }
                        }
                        """)
                .strategy("com.example.n.Needy")
                .questionnaire("q/gruss.yaml", GREETED)
                .questionnaire("q/kurz.yaml", """
                        id: gruss-kurz
                        version: 1.0.0
                        extends: gruss-typen@1.0
                        locales: [de]
                        title: {de: Kurz}
                        overlay:
                          remove:
                            questions: [q]
                          add:
                            questions:
                              - section: s
                                question:
                                  id: r
                                  kind: single
                                  text: {de: "Andere Frage?"}
                                  options:
                                    - {id: o, text: {de: O}, weights: {a: 1}}
                                    - {id: p, text: {de: P}, weights: {a: 0}}
                        """)
                .writeTo(folder);

        // the base prepares; its variant, without question q, would fail every response at score
        assertThat(typwerk.validate(jar)).extracting(Problem::toString).containsExactly(jar + "!/q/kurz.yaml:3:1: error:"
                + " The scoring strategy 'greeting' of the plugin 'needy' (" + jar + ") could not prepare for the"
                + " questionnaire gruss-kurz@1.0.0 (question 'q' is needed). Every response scored with it would be refused:"
                + " change the definition so that the strategy can prepare for it (the reason in brackets says what it lacks),"
                + " or change the strategy.");
    }

    @Test
    void names_the_line_of_a_listed_definition_the_jar_lacks_and_the_file_probably_meant() throws java.io.IOException {
        String descriptor = """
                id: kreis
                version: 1.0.0
                api: "[1.0,2.0)"
                name: Kreis
                vendor: Landkreistag Musterland
                questionnaires:
                  - questionnaires/kreistypen.yml
                """;
        Path near = PluginJar.named("near.jar").rawDescriptor(descriptor)
                .resource("questionnaires/kreistypen.yaml", java.nio.file.Files.readString(PROBE, java.nio.charset.StandardCharsets.UTF_8))
                .writeTo(folder);
        Path far = PluginJar.named("far.jar").rawDescriptor(descriptor)
                .resource("questionnaires/lkt-kreistypen.yaml", java.nio.file.Files.readString(PROBE, java.nio.charset.StandardCharsets.UTF_8))
                .writeTo(folder);

        assertThat(typwerk.validate(near)).extracting(Problem::toString).containsExactly(near + "!/META-INF/typwerk/plugin.yaml:7:5:"
                + " error: The definition questionnaires/kreistypen.yml named in the descriptor is missing from the jar - did you"
                + " mean questionnaires/kreistypen.yaml?");
        assertThat(typwerk.validate(far)).extracting(Problem::toString).containsExactly(far + "!/META-INF/typwerk/plugin.yaml:7:5:"
                + " error: The definition questionnaires/kreistypen.yml named in the descriptor is missing from the jar; it holds:"
                + " questionnaires/lkt-kreistypen.yaml.");
    }

    @Test
    void reports_a_strategy_neither_the_jar_nor_the_engine_has() {
        Path jar = PluginJar.named("bare.jar").descriptor("bare", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/gruss.yaml", GREETED)
                .writeTo(folder);

        assertThat(typwerk.validate(jar)).extracting(Problem::code).contains("unknown-strategy");
    }

    @Test
    void reports_a_strategy_of_the_jar_that_cannot_be_created() {
        Path jar = PluginJar.named("boom.jar").descriptor("boom", "1.0.0", "[1.0,2.0)")
                .source("com.example.boom.Boom", TestSources.strategy("com.example.boom.Boom", "greeting", "\"x\"",
                        "public Boom() { throw new IllegalStateException(\"kaputt\"); }"))
                .strategy("com.example.boom.Boom")
                .questionnaire("q/gruss.yaml", GREETED)
                .writeTo(folder);

        assertThat(typwerk.validate(jar)).extracting(Problem::toString)
                .contains(jar + ": error: com.example.boom.Boom could not be created: kaputt");
    }

    @Test
    void says_in_words_that_a_strategy_was_compiled_for_a_newer_java_and_how_to_compile_it_as_loading_does() {
        Path jar = PluginJar.named("neu.jar").descriptor("neu", "1.0.0", "[1.0,2.0)")
                .source("com.example.neu.Neu", TestSources.strategy("com.example.neu.Neu", "neu"))
                .strategy("com.example.neu.Neu").compiledForJava(99)
                .writeTo(folder);
        String because = "a provider of de.typwerk.api.spi.ScoringStrategy cannot be loaded: the class com.example.neu.Neu"
                + " was compiled for Java 99 (class file version 143), and this engine runs on Java " + Runtime.version().feature()
                + "; compile the plugin for Java 17, the oldest Java Typwerk runs on (Maven:"
                + " <maven.compiler.release>17</maven.compiler.release>; javac: --release 17)";

        assertThat(typwerk.validate(jar)).extracting(Problem::toString).containsExactly(jar + ": error: " + because);
        try (Typwerk loading = Typwerk.builder().classPathPlugins(false).pluginsFrom(folder).locale(Locale.ENGLISH).build()) {
            assertThat(loading.plugins()).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo(jar + ": " + because));
        }
        try (Typwerk german = Typwerk.builder().classPathPlugins(false).pluginsFrom(folder).locale(Locale.GERMAN).build()) {
            assertThat(german.plugins().get(0).reason()).contains("die Klasse com.example.neu.Neu ist für Java 99 übersetzt")
                    .doesNotContain("has been compiled");
        }
    }

    @Test
    void reports_an_api_range_that_excludes_this_engine_as_loading_would_refuse_it() {
        Path jar = PluginJar.named("future.jar").descriptor("future", "1.0.0", "[2.0,3.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(folder);

        assertThat(typwerk.validate(jar)).extracting(Problem::toString).containsExactly(jar + "!/META-INF/typwerk/plugin.yaml:3:6:"
                + " error: The plugin future needs API version [2.0.0,3.0.0), a later one than this engine\u2019s 1.0.0, which would"
                + " refuse it. Run it on a Typwerk whose API is in that range (typwerk --version shows it), or, if it uses nothing"
                + " added after 1.0.0, write api: \"[1.0,2.0)\".");
        // one this engine has outgrown: built against this API, it would write this API's range
        Path past = PluginJar.named("past.jar").descriptor("past", "0.9.0", "[0.9,1.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(folder);
        assertThat(typwerk.validate(past)).extracting(Problem::toString).containsExactly(past + "!/META-INF/typwerk/plugin.yaml:3:6:"
                + " error: The plugin past needs API version [0.9.0,1.0.0); this engine provides 1.0.0 and would refuse it."
                + " For a plugin built against this API, write api: \"[1.0,2.0)\".");
    }

    @Test
    void warns_that_an_id_with_the_reserved_prefix_is_typwerks_own() {
        Path jar = PluginJar.named("mine.jar").descriptor("typwerk-mine", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(folder);

        assertThat(typwerk.validate(jar)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("reserved-id");
            assertThat(p.location().line()).as("the line of id:").isEqualTo(1);
            assertThat(p.isError()).isFalse();
        });
    }

    /** A strategy {@code schwelle} whose schema gives threshold the default 0.25, with {@code parameters} as its record. */
    private static String thresholdStrategy(String parameters) {
        return """
                package com.example.t;

                import de.typwerk.api.model.LocalizedText;
                import de.typwerk.api.model.Questionnaire;
                import de.typwerk.api.model.Version;
                import de.typwerk.api.spi.PreparedScorer;
                import de.typwerk.api.spi.ScoreSheet;
                import de.typwerk.api.spi.ScoringStrategy;
                import java.util.List;
                import java.util.Optional;

                public class Schwelle implements ScoringStrategy<Schwelle.Parameters> {
                    %s

                    public String id() { return "schwelle"; }

                    public Version version() { return Version.parse("1.0.0"); }

                    public LocalizedText description() { return LocalizedText.of("en", "A threshold."); }

                    public Class<Parameters> parametersType() { return Parameters.class; }

                    public Optional<String> parametersSchema() {
                        return Optional.of("{\\"type\\": \\"object\\", \\"properties\\": {\\"threshold\\": {\\"type\\": \\"number\\", \\"default\\": 0.25}}}");
                    }

                    public PreparedScorer prepare(Questionnaire questionnaire, Parameters parameters) {
                        return context -> new ScoreSheet(List.of(new ScoreSheet.TypeScore("x", 1, 1)), List.of(), List.of());
                    }
                }
                """.formatted(parameters);
    }

    @Test
    void warns_of_a_schema_default_the_parameters_record_does_not_keep_since_the_engine_never_fills_one_in() {
        Path unset = PluginJar.named("unset.jar").descriptor("unset", "1.0.0", "[1.0,2.0)")
                .source("com.example.t.Schwelle", thresholdStrategy("public record Parameters(Double threshold) { }"))
                .strategy("com.example.t.Schwelle").writeTo(folder.resolve("unset"));

        assertThat(typwerk.validate(unset)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("schema-default");
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).isEqualTo("The parameters schema of the strategy 'schwelle' gives \"threshold\" the default 0.25,"
                    + " but a definition that leaves \"threshold\" out hands the strategy null: Typwerk does not fill in a schema’s"
                    + " defaults. Set \"threshold\" to 0.25 in the compact constructor of com.example.t.Schwelle$Parameters, or take"
                    + " the default out of the schema.");
        });

        Path primitive = PluginJar.named("primitive.jar").descriptor("primitive", "1.0.0", "[1.0,2.0)")
                .source("com.example.t.Schwelle", thresholdStrategy("public record Parameters(double threshold) { }"))
                .strategy("com.example.t.Schwelle").writeTo(folder.resolve("primitive"));
        assertThat(typwerk.validate(primitive)).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("The parameters schema of the strategy 'schwelle' gives \"threshold\" the default 0.25,"
                        + " but a definition that leaves \"threshold\" out is refused: Typwerk does not fill in a schema’s defaults, and"
                        + " the component double threshold of com.example.t.Schwelle$Parameters is of a primitive type, which every"
                        + " definition must write. Make it a Double and set it to 0.25 in the compact constructor where it is null, or"
                        + " take the default out of the schema."));

        Path insisting = PluginJar.named("insisting.jar").descriptor("insisting", "1.0.0", "[1.0,2.0)")
                .source("com.example.t.Schwelle", thresholdStrategy("public record Parameters(Double threshold) { public Parameters {"
                        + " if (threshold == null) throw new IllegalStateException(\"threshold fehlt\"); } }"))
                .strategy("com.example.t.Schwelle").writeTo(folder.resolve("insisting"));
        assertThat(typwerk.validate(insisting)).singleElement().satisfies(p ->
                assertThat(p.message()).contains("and com.example.t.Schwelle$Parameters does not take the parameters without"
                        + " \"threshold\" (IllegalStateException: threshold fehlt). Set \"threshold\" to 0.25 in the compact constructor"
                        + " where it is null"));

        Path kept = PluginJar.named("kept.jar").descriptor("kept", "1.0.0", "[1.0,2.0)")
                .source("com.example.t.Schwelle", thresholdStrategy(
                        "public record Parameters(Double threshold) { public Parameters { threshold = threshold == null ? 0.25 : threshold; } }"))
                .strategy("com.example.t.Schwelle").writeTo(folder.resolve("kept"));
        assertThat(typwerk.validate(kept)).isEmpty();
    }

    @Test
    void reports_a_strategy_whose_parameters_schema_is_no_json_schema_and_loading_fails_that_plugin() {
        Path jar = PluginJar.named("schema.jar").descriptor("schema", "1.0.0", "[1.0,2.0)")
                .source("com.example.s.Schema", TestSources.strategy("com.example.s.Schema", "schema", "\"x\"",
                        "public java.util.Optional<String> parametersSchema() {"
                                + " return java.util.Optional.of(\"{\\\"type\\\": \\\"nummer\\\"}\"); }"))
                .strategy("com.example.s.Schema").writeTo(folder);

        assertThat(typwerk.validate(jar)).extracting(Problem::code, (Problem p) -> p.message()).singleElement().satisfies(t ->
                assertThat(t.toList().get(1).toString()).startsWith("The parameters schema of the strategy 'schema' is not a valid"
                        + " JSON Schema (2020-12): /type: does not have a value in the enumeration"));
        try (Typwerk loading = Typwerk.builder().classPathPlugins(false).pluginsFrom(folder).locale(Locale.ENGLISH).build()) {
            PluginEntry entry = loading.plugins().get(0);
            assertThat(entry.loaded()).isFalse();
            assertThat(entry.reason()).contains("com.example.s.Schema could not be created: The parameters schema of the"
                    + " strategy 'schema' is not a valid JSON Schema");
        }
    }

    @Test
    void validates_every_jar_in_a_plugins_folder_and_passes_over_a_shading_original() {
        Path plugins = folder.resolve("plugins");
        PluginJar.named("good.jar").descriptor("good", "1.0.0", "[1.0,2.0)").questionnaire("q/probe.yaml", PROBE)
                .writeTo(plugins);
        Path future = PluginJar.named("future.jar").descriptor("future", "1.0.0", "[2.0,3.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(plugins);
        Path original = PluginJar.named("original-good.jar").descriptor("good", "1.0.0", "[9.0,10.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(plugins);

        assertThat(typwerk.validate(plugins)).extracting(Problem::code, p -> p.location().source()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("api-range", future + "!/META-INF/typwerk/plugin.yaml"),
                org.assertj.core.groups.Tuple.tuple("shade-original", original.toString()));
    }

    @Test
    void validates_a_plugins_folder_with_the_strategies_of_every_jar_in_it_as_loading_does() {
        Path plugins = folder.resolve("plugins");
        PluginJar.named("a-fragen.jar").descriptor("fragen", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/gruss.yaml", GREETED).writeTo(plugins);
        greetingJar("b-gruss.jar", "gruss", "com.example.own.Greeting", plugins);

        assertThat(typwerk.validate(plugins)).isEmpty();
        try (Typwerk loading = Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).locale(Locale.ENGLISH).build()) {
            assertThat(loading.plugins()).hasSize(2).allSatisfy(e -> assertThat(e.loaded()).as(e.reason()).isTrue());
        }
    }

    @Test
    void resolves_a_variant_against_its_base_in_another_jar_of_the_plugins_folder() {
        Path plugins = folder.resolve("plugins");
        PluginJar.named("a-variante.jar").descriptor("variante", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/variante.yaml", Path.of("src/test/resources/plugins/probe-variante.yaml")).writeTo(plugins);
        PluginJar.named("b-basis.jar").descriptor("basis", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(plugins);

        assertThat(typwerk.validate(plugins)).isEmpty();
    }

    @Test
    void reports_the_second_of_two_jars_of_a_plugins_folder_with_one_questionnaire_which_loading_refuses() {
        Path plugins = folder.resolve("plugins");
        Path first = PluginJar.named("eins.jar").descriptor("eins", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(plugins);
        Path second = PluginJar.named("zwei.jar").descriptor("zwei", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(plugins);

        assertThat(typwerk.validate(plugins)).extracting(Problem::toString).containsExactly(second + "!/q/probe.yaml:2:1: error:"
                + " The questionnaire probe-typen@1.0.0 is already in " + first + "!/q/probe.yaml, which comes first in the"
                + " folder; loading refuses this jar. Raise the version of one of them, give it an id of its own, or keep"
                + " one of the two jars.");
        try (Typwerk loading = Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).locale(Locale.ENGLISH).build()) {
            assertThat(loading.plugins()).filteredOn(e -> e.id().equals("zwei")).singleElement()
                    .satisfies(e -> assertThat(e.loaded()).isFalse());
        }
    }

    @Test
    void reports_a_jar_whose_strategy_id_a_loaded_plugin_of_another_id_provides_as_loading_refuses_it() {
        Path installed = folder.resolve("installed");
        Path first = greetingJar("gruss.jar", "gruss", "com.example.own.Greeting", installed);
        Path mine = greetingJar("meins.jar", "meins", "com.example.mine.Greeting", folder);

        try (Typwerk loaded = Typwerk.builder().classPathPlugins(false).pluginsFrom(installed).locale(Locale.ENGLISH).build()) {
            assertThat(loaded.validate(mine)).extracting(Problem::toString).containsExactly(mine + ": error:"
                    + " The strategy greeting is already provided by the loaded plugin gruss (" + first + "); loading refuses"
                    + " this jar. Give your strategy an id of its own (id()) and name that one under scoring.strategy.");
            // the installed jar itself is what is loaded, not a clash
            assertThat(loaded.validate(first)).isEmpty();
        }
        try (Typwerk loading = Typwerk.builder().classPathPlugins(false).pluginsFrom(installed).pluginsFrom(folder)
                .locale(Locale.ENGLISH).build()) {
            assertThat(loading.plugins()).filteredOn(e -> e.id().equals("meins")).singleElement()
                    .satisfies(e -> assertThat(e.loaded()).isFalse());
        }
    }

    @Test
    void names_a_strategy_of_a_class_path_plugin_by_where_it_is_on_the_class_path_in_german_words() throws Exception {
        Path bundled = greetingJar("gruss.jar", "gruss", "com.example.own.Greeting", folder.resolve("lib"));
        Path mine = greetingJar("meins.jar", "meins", "com.example.mine.Greeting", folder);

        try (URLClassLoader classPath = new URLClassLoader(new URL[] {bundled.toUri().toURL()}, getClass().getClassLoader());
             Typwerk loaded = Typwerk.builder().classPathLoader(classPath).locale(Locale.GERMAN).build()) {
            assertThat(loaded.validate(mine)).extracting(Problem::toString).containsExactly(mine + ": error:"
                    + " Die Strategie greeting liefert schon das geladene Plugin gruss (Klassenpfad: " + bundled.toAbsolutePath()
                    + "); beim Laden wird dieses Jar abgelehnt. Geben Sie Ihrer Strategie eine eigene ID (id()) und nennen"
                    + " Sie diese unter scoring.strategy.");
        }
    }

    @Test
    void reports_the_second_of_two_jars_of_a_plugins_folder_with_one_strategy_id_which_loading_refuses() {
        Path plugins = folder.resolve("plugins");
        Path first = greetingJar("a-gruss.jar", "gruss", "com.example.own.Greeting", plugins);
        Path second = greetingJar("b-meins.jar", "meins", "com.example.mine.Greeting", plugins);

        assertThat(typwerk.validate(plugins)).extracting(Problem::toString).containsExactly(second + ": error:"
                + " The strategy greeting is already provided by " + first + ", which comes first in the folder; loading"
                + " refuses this jar. Give each strategy an id of its own (id()), or keep one of the two jars.");
        try (Typwerk loading = Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).locale(Locale.ENGLISH).build()) {
            assertThat(loading.plugins()).filteredOn(e -> e.id().equals("meins")).singleElement()
                    .satisfies(e -> assertThat(e.loaded()).isFalse());
        }
    }

    @Test
    void reports_a_jar_whose_questionnaire_a_loaded_plugin_of_another_id_provides_as_loading_refuses_it() {
        Path installed = folder.resolve("installed");
        Path first = PluginJar.named("eins.jar").descriptor("eins", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(installed);
        Path copy = PluginJar.named("kopie.jar").descriptor("kopie", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(folder);

        try (Typwerk loaded = Typwerk.builder().classPathPlugins(false).pluginsFrom(installed).locale(Locale.ENGLISH).build()) {
            assertThat(loaded.validate(copy)).extracting(Problem::toString).containsExactly(copy + "!/q/probe.yaml:2:1: error:"
                    + " The questionnaire probe-typen@1.0.0 is already provided by the loaded plugin eins (" + first + ");"
                    + " loading refuses this jar. Give the questionnaire an id of its own (or, if it is a new edition of the"
                    + " same questionnaire, a higher version).");
            // the installed jar itself is what is loaded, not a clash
            assertThat(loaded.validate(first)).isEmpty();
        }
        try (Typwerk loading = Typwerk.builder().classPathPlugins(false).pluginsFrom(installed).pluginsFrom(copy.getParent())
                .locale(Locale.ENGLISH).build()) {
            assertThat(loading.plugins()).filteredOn(e -> e.id().equals("kopie")).singleElement()
                    .satisfies(e -> assertThat(e.reason()).contains("probe-typen@1.0.0 is already provided by " + first));
        }
    }

    @Test
    void reports_the_second_of_two_jars_of_a_plugins_folder_with_one_plugin_id_once() {
        Path plugins = folder.resolve("plugins");
        Path first = PluginJar.named("kreis-1.0.0.jar").descriptor("kreis", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(plugins);
        Path second = PluginJar.named("kreis-1.1.0.jar").descriptor("kreis", "1.1.0", "[1.0,2.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(plugins);

        assertThat(typwerk.validate(plugins)).extracting(Problem::toString).containsExactly(second
                + "!/META-INF/typwerk/plugin.yaml: error: The plugin id kreis is already that of " + first + ", which comes"
                + " first in the folder; loading refuses this jar. Keep one of the two jars, or give each plugin an id of"
                + " its own.");
    }

    @Test
    void reports_a_folder_with_nothing_to_check_instead_of_finding_no_problems() throws java.io.IOException {
        Path empty = java.nio.file.Files.createDirectories(folder.resolve("empty"));

        assertThat(typwerk.validate(empty)).extracting(Problem::toString).containsExactly(empty
                + ": warning: The folder holds no definition file (.yaml, .yml, .json); nothing was checked.");
    }

    /** A plugin jar whose one strategy, {@code className}, has the id {@code greeting}. */
    private static Path greetingJar(String file, String pluginId, String className, Path into) {
        return PluginJar.named(file).descriptor(pluginId, "1.0.0", "[1.0,2.0)")
                .source(className, TestSources.strategy(className, "greeting")).strategy(className).writeTo(into);
    }
}
