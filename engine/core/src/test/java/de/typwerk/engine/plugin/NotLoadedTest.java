package de.typwerk.engine.plugin;

import static de.typwerk.engine.plugin.TestSources.strategy;
import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Problem;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A questionnaire or strategy that is missing because its plugin was refused is named together
 * with that plugin and the reason, wherever the user meets the gap: in the refusal of a
 * questionnaire plugin that needs the strategy, in scoring answers to the questionnaire, and in
 * what a plugin would have provided.
 */
class NotLoadedTest {

    private static final Path PROBE = Path.of("src/test/resources/plugins/probe-typen.yaml");
    private static final Path VARIANT = Path.of("src/test/resources/plugins/probe-variante.yaml");
    private static final Path SCORED_BY_GREETING = Path.of("src/test/resources/plugins/scored-by-greeting.yaml");

    @TempDir
    Path plugins;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) c.close();
    }

    private Typwerk load() {
        Typwerk typwerk = Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).locale(Locale.ENGLISH).build();
        open.add(typwerk);
        return typwerk;
    }

    private static PluginEntry entry(Typwerk typwerk, String fileName) {
        return typwerk.plugins().stream().filter(e -> e.source().endsWith(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + fileName + " in " + typwerk.plugins()));
    }

    @Test
    void a_questionnaire_whose_strategy_plugin_was_refused_for_its_api_range_names_that_plugin() {
        Path future = PluginJar.named("a-greeting.jar").descriptor("greeting-plugin", "1.0.0", "[2.0,3.0)")
                .source("com.example.g.Greeting", strategy("com.example.g.Greeting", "greeting"))
                .strategy("com.example.g.Greeting").writeTo(plugins);
        PluginJar.named("b-content.jar").descriptor("content", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/gruss.yaml", SCORED_BY_GREETING).writeTo(plugins);

        Typwerk typwerk = load();

        PluginEntry content = entry(typwerk, "b-content.jar");
        assertThat(content.loaded()).isFalse();
        assertThat(content.problems()).extracting((Problem p) -> p.message()).anySatisfy(m -> assertThat(m)
                .startsWith("Unknown scoring strategy 'greeting'")
                .endsWith(" Not loaded are plugins whose strategies were never created, so whether one of them is"
                        + " 'greeting' is unknown: greeting-plugin (" + future + ": plugin greeting-plugin needs API version"
                        + " [2.0.0,3.0.0), a later one than this engine\u2019s 1.0.0: run it on a Typwerk whose API is in that range (typwerk --version shows it), or, if it uses nothing added after 1.0.0, write api: \"[1.0,2.0)\" in its descriptor)."));
        assertThat(entry(typwerk, "a-greeting.jar").offers()).extracting(Offer::toString)
                .containsExactly("strategy ? (com.example.g.Greeting)");
    }

    @Test
    void a_strategy_plugin_without_its_services_file_loads_with_a_warning_and_is_named_where_its_strategy_is_missing() {
        // the class is there, its registration in META-INF/services is not: the author's most likely slip
        Path empty = PluginJar.named("greeting.jar").descriptor("greeting-plugin", "1.0.0", "[1.0,2.0)")
                .source("com.example.g.Greeting", strategy("com.example.g.Greeting", "greeting")).writeTo(plugins);

        Typwerk typwerk = load();

        PluginEntry entry = entry(typwerk, "greeting.jar");
        assertThat(entry.loaded()).isTrue();
        assertThat(entry.problems()).extracting(Problem::toString).containsExactly(empty + ": warning: The plugin"
                + " greeting-plugin provides nothing: its descriptor lists no questionnaires (questionnaires:), and it registers"
                + " no strategy and no questionnaire provider. A strategy is registered with the name of its class in"
                + " META-INF/services/de.typwerk.api.spi.ScoringStrategy.");
        assertThat(typwerk.validate(SCORED_BY_GREETING)).extracting((Problem p) -> p.message()).anySatisfy(m -> assertThat(m)
                .startsWith("Unknown scoring strategy 'greeting'")
                .endsWith(" Loaded, but with no strategy and no questionnaire: greeting-plugin (" + empty + "); a plugin"
                        + " registers its strategies in META-INF/services/de.typwerk.api.spi.ScoringStrategy."));
        // checked before installing, the jar gets the same warning
        assertThat(typwerk.validate(empty)).extracting(Problem::code).containsExactly("provides-nothing");
    }

    @Test
    void an_alternative_strategy_of_a_plugin_without_its_services_file_is_named_with_that_plugin() throws IOException {
        // the definition's own strategy is another; the author's new strategy is offered as an alternative
        Path empty = PluginJar.named("greeting.jar").descriptor("greeting-plugin", "1.0.0", "[1.0,2.0)")
                .source("com.example.g.Greeting", strategy("com.example.g.Greeting", "greeting")).writeTo(plugins);
        Path offered = Files.writeString(plugins.resolve("offered.yaml"), Files.readString(SCORED_BY_GREETING)
                .replace("  strategy: greeting", "  strategy: tally\n  alternatives: {greeting: {}}"));

        Typwerk typwerk = load();

        assertThat(typwerk.validate(offered)).filteredOn(p -> p.location().pointer().equals("/scoring/alternatives/greeting"))
                .extracting((Problem p) -> p.message()).containsExactly("The alternative strategy 'greeting' is not loaded here;"
                        + " its parameters are not checked. Loaded, but with no strategy and no questionnaire: greeting-plugin ("
                        + empty + "); a plugin registers its strategies in META-INF/services/de.typwerk.api.spi.ScoringStrategy.");
    }

    @Test
    void a_strategy_registered_only_by_provides_in_module_info_gets_told_to_add_the_services_file() {
        // module-info.java with provides and no services file: its tests pass on the module path, the jar provides nothing
        Path modular = PluginJar.named("greeting.jar").descriptor("greeting-plugin", "1.0.0", "[1.0,2.0)")
                .source("com.example.g.Greeting", strategy("com.example.g.Greeting", "greeting"))
                .resource("module-info.class", moduleInfo("com.example.g", "de/typwerk/api/spi/ScoringStrategy", "com/example/g/Greeting"))
                .writeTo(plugins);

        Typwerk typwerk = load();

        String slip = " Its module-info.class registers com.example.g.Greeting with 'provides', which Typwerk does not read, as it"
                + " loads a plugin as an unnamed module: add META-INF/services/de.typwerk.api.spi.ScoringStrategy, with the line"
                + " com.example.g.Greeting.";
        assertThat(entry(typwerk, "greeting.jar").problems()).extracting(Problem::message).singleElement().asString()
                .startsWith("The plugin greeting-plugin provides nothing: ").endsWith(slip);
        assertThat(typwerk.validate(modular)).extracting(Problem::message).singleElement().asString().endsWith(slip);
        try (Typwerk german = Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).build()) {
            assertThat(german.validate(modular)).extracting(Problem::message).singleElement().asString()
                    .endsWith(" Seine module-info.class meldet com.example.g.Greeting mit „provides“ an; das liest Typwerk nicht,"
                            + " da es ein Plugin als unbenanntes Modul lädt: Legen Sie"
                            + " META-INF/services/de.typwerk.api.spi.ScoringStrategy an, mit der Zeile com.example.g.Greeting.");
        }
    }

    @Test
    void a_services_file_of_another_name_than_the_service_gets_told_its_right_name() {
        Path misnamed = PluginJar.named("greeting.jar").descriptor("greeting-plugin", "1.0.0", "[1.0,2.0)")
                .source("com.example.g.Greeting", strategy("com.example.g.Greeting", "greeting"))
                .resource("META-INF/services/de.typwerk.api.ScoringStrategy", "com.example.g.Greeting\n")
                .writeTo(plugins);

        Typwerk typwerk = load();

        String slip = " It has the file META-INF/services/de.typwerk.api.ScoringStrategy; it must be named"
                + " META-INF/services/de.typwerk.api.spi.ScoringStrategy for Typwerk to find what it lists.";
        assertThat(entry(typwerk, "greeting.jar").problems()).extracting(Problem::message).singleElement().asString()
                .startsWith("The plugin greeting-plugin provides nothing: ").endsWith(slip);
        assertThat(typwerk.validate(misnamed)).extracting(Problem::message).singleElement().asString().endsWith(slip);
    }

    /**
     * A {@code module-info.class} of module {@code name} that requires java.base and provides
     * {@code service} with {@code provider} (both internal names), as javac writes it for
     * {@code module name { provides service with provider; }}.
     */
    private static byte[] moduleInfo(String name, String service, String provider) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            out.writeInt(0xCAFEBABE);
            out.writeShort(0);
            out.writeShort(61);
            out.writeShort(12); // constant pool: 11 entries, from 1
            out.writeByte(1); out.writeUTF("module-info");            // #1
            out.writeByte(7); out.writeShort(1);                       // #2 class module-info
            out.writeByte(1); out.writeUTF("Module");                  // #3
            out.writeByte(1); out.writeUTF(name);                      // #4
            out.writeByte(19); out.writeShort(4);                      // #5 module name
            out.writeByte(1); out.writeUTF(service);                   // #6
            out.writeByte(7); out.writeShort(6);                       // #7 class service
            out.writeByte(1); out.writeUTF(provider);                  // #8
            out.writeByte(7); out.writeShort(8);                       // #9 class provider
            out.writeByte(1); out.writeUTF("java.base");               // #10
            out.writeByte(19); out.writeShort(10);                     // #11 module java.base
            out.writeShort(0x8000);                                    // ACC_MODULE
            out.writeShort(2);                                         // this_class
            out.writeShort(0);                                         // super_class
            out.writeShort(0); out.writeShort(0); out.writeShort(0);   // interfaces, fields, methods
            out.writeShort(1);                                         // attributes: Module
            out.writeShort(3);
            out.writeInt(28);
            out.writeShort(5); out.writeShort(0); out.writeShort(0);   // name, flags, version
            out.writeShort(1); out.writeShort(11); out.writeShort(0x8000); out.writeShort(0); // requires mandated java.base
            out.writeShort(0); out.writeShort(0); out.writeShort(0);   // exports, opens, uses
            out.writeShort(1); out.writeShort(7); out.writeShort(1); out.writeShort(9); // provides service with provider
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Test
    void a_questionnaire_plugin_refused_for_the_strategy_of_a_plugin_without_its_services_file_names_that_plugin() {
        Path empty = PluginJar.named("a-greeting.jar").descriptor("greeting-plugin", "1.0.0", "[1.0,2.0)")
                .source("com.example.g.Greeting", strategy("com.example.g.Greeting", "greeting")).writeTo(plugins);
        PluginJar.named("b-content.jar").descriptor("content", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/gruss.yaml", SCORED_BY_GREETING).writeTo(plugins);

        Typwerk typwerk = load();

        // the questionnaire's author sees the strategy's plugin in the reason, not only in its own table row
        PluginEntry content = entry(typwerk, "b-content.jar");
        assertThat(content.loaded()).isFalse();
        assertThat(content.problems()).extracting((Problem p) -> p.message()).anySatisfy(m -> assertThat(m)
                .startsWith("Unknown scoring strategy 'greeting'")
                .endsWith(" Loaded, but with no strategy and no questionnaire: greeting-plugin (" + empty + "); a plugin"
                        + " registers its strategies in META-INF/services/de.typwerk.api.spi.ScoringStrategy."));
    }

    @Test
    void validating_a_plugins_folder_names_the_jar_without_its_services_file_where_its_strategy_is_missing() {
        Path empty = PluginJar.named("a-greeting.jar").descriptor("greeting-plugin", "1.0.0", "[1.0,2.0)")
                .source("com.example.g.Greeting", strategy("com.example.g.Greeting", "greeting")).writeTo(plugins);
        Path content = PluginJar.named("b-content.jar").descriptor("content", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/gruss.yaml", SCORED_BY_GREETING).writeTo(plugins);
        Typwerk typwerk = Typwerk.builder().classPathPlugins(false).locale(Locale.ENGLISH).build();
        open.add(typwerk);

        // checked before installing, as loading them would say it
        assertThat(typwerk.validate(plugins)).filteredOn(p -> p.location().source().startsWith(content.toString()))
                .extracting((Problem p) -> p.message()).containsExactly("Unknown scoring strategy 'greeting'; no scoring"
                        + " strategy is loaded. Would load, but with no strategy and no questionnaire: greeting-plugin (" + empty
                        + "); a plugin registers its strategies in META-INF/services/de.typwerk.api.spi.ScoringStrategy.");
    }

    @Test
    void validating_a_plugins_folder_without_the_jar_of_a_strategy_a_definition_names_says_to_put_that_jar_into_it() {
        Path content = PluginJar.named("b-content.jar").descriptor("content", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/gruss.yaml", SCORED_BY_GREETING).writeTo(plugins);
        Typwerk typwerk = Typwerk.builder().classPathPlugins(false).locale(Locale.ENGLISH).build();
        open.add(typwerk);

        // the author copied the questionnaire's jar alone: where the strategy's jar goes, not only that it is unknown
        assertThat(typwerk.validate(plugins)).extracting((Problem p) -> p.message()).containsExactly("Unknown scoring"
                + " strategy 'greeting'; no scoring strategy is loaded. No jar in " + plugins + " provides it, nor does a"
                + " loaded plugin: put the jar of the plugin that provides it into " + plugins + ", beside the jar that"
                + " names it, as both will lie in the plugins folder they run from.");
        assertThat(typwerk.validate(content)).extracting((Problem p) -> p.message()).containsExactly("Unknown scoring"
                + " strategy 'greeting'; no scoring strategy is loaded. Neither this jar nor a loaded plugin provides it:"
                + " check it in a folder beside the jar of the plugin that provides it (typwerk validate FOLDER), or load"
                + " that plugin’s folder with --plugins DIR.");
        assertThat(typwerk.speaking(Locale.GERMAN).validate(plugins)).extracting((Problem p) -> p.message(Locale.GERMAN))
                .singleElement().asString().endsWith(" Kein Jar in " + plugins + " stellt sie bereit, auch kein geladenes"
                        + " Plugin: Legen Sie das Jar des Plugins, das sie bereitstellt, nach " + plugins + " neben das Jar,"
                        + " das sie nennt, wie beide im Plugins-Ordner liegen werden, aus dem sie laufen.");
    }

    @Test
    void validating_a_plugins_folder_without_the_jar_of_a_variants_base_says_to_put_that_jar_into_it() {
        Path variant = PluginJar.named("c-variant.jar").descriptor("variant", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/kurz.yaml", """
                        id: gruss-kurz
                        version: 1.0.0
                        extends: gruss-typen@1.0
                        locales: [de]
                        title: {de: Kurz}
                        """).writeTo(plugins);
        Typwerk typwerk = Typwerk.builder().classPathPlugins(false).locale(Locale.ENGLISH).build();
        open.add(typwerk);

        // the author copied the variant's jar alone: where the base's jar goes, not only that it is not loaded
        assertThat(typwerk.validate(plugins)).extracting((Problem p) -> p.message()).singleElement().asString()
                .startsWith("'gruss-kurz' extends 'gruss-typen', but no questionnaire 'gruss-typen' is loaded;")
                .endsWith(" No jar in " + plugins + " provides it, nor does a loaded plugin: put the jar of the plugin that"
                        + " provides it into " + plugins + ", beside the jar that extends it, as both will lie in the plugins"
                        + " folder they run from.");
        assertThat(typwerk.validate(variant)).extracting((Problem p) -> p.message()).singleElement().asString()
                .endsWith(" Neither this jar nor a loaded plugin provides it: check it in a folder beside the jar of the plugin"
                        + " that provides it (typwerk validate FOLDER), or load that plugin\u2019s folder with --plugins DIR.");
        assertThat(typwerk.speaking(Locale.GERMAN).validate(plugins)).extracting((Problem p) -> p.message(Locale.GERMAN))
                .singleElement().asString().endsWith(" Kein Jar in " + plugins + " stellt ihn bereit, auch kein geladenes"
                        + " Plugin: Legen Sie das Jar des Plugins, das ihn bereitstellt, nach " + plugins + " neben das Jar,"
                        + " das ihn erweitert, wie beide im Plugins-Ordner liegen werden, aus dem sie laufen.");
    }

    @Test
    void a_questionnaire_whose_strategy_plugin_was_refused_after_its_strategy_was_created_names_the_strategy_id() {
        // refused for a definition that does not read, so its strategy leaves with it
        PluginJar.named("a-greeter.jar").descriptor("greeter", "1.0.0", "[1.0,2.0)")
                .source("com.example.g.Greeting", strategy("com.example.g.Greeting", "greeting"))
                .strategy("com.example.g.Greeting")
                .questionnaire("q/broken.yaml", Path.of("src/test/resources/plugins/broken-unknown-key.yaml"))
                .writeTo(plugins);
        PluginJar.named("b-content.jar").descriptor("content", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/gruss.yaml", SCORED_BY_GREETING).writeTo(plugins);

        Typwerk typwerk = load();

        PluginEntry greeter = entry(typwerk, "a-greeter.jar");
        assertThat(greeter.loaded()).isFalse();
        assertThat(greeter.offers()).extracting(Offer::toString).contains("strategy greeting 1.0.0");
        assertThat(entry(typwerk, "b-content.jar").problems()).extracting((Problem p) -> p.message()).anySatisfy(m -> assertThat(m)
                .contains("It would have come from a plugin that is not loaded: greeter (" + greeter.source() + ": "));
    }

    @Test
    void answers_to_a_questionnaire_whose_plugin_was_refused_for_a_misspelt_key_name_that_plugin() throws IOException {
        // the author's typo: the definition does not read strictly, but its id is there to say whose it was
        Path typo = PluginJar.named("typo.jar").descriptor("typo", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/probe.yaml", Files.readString(PROBE).replace("required: true", "requird: true"))
                .writeTo(plugins);

        Typwerk typwerk = load();

        PluginEntry refused = entry(typwerk, "typo.jar");
        assertThat(refused.loaded()).isFalse();
        assertThat(refused.offers()).extracting(Offer::toString).containsExactly("questionnaire probe-typen@1.0.0");
        ScoreRun run = typwerk.score("answers.yaml", """
                questionnaire: probe-typen
                version: "1.0.0"
                answers: {}
                """.getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertThat(run.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains(" It would have come from a plugin that is not loaded: typo (" + typo + ": ")
                .contains("Unknown key 'requird' - did you mean 'required'?"));
    }

    @Test
    void an_engine_speaking_another_language_names_the_plugins_not_loaded_in_its_own() {
        // typwerk serve answering ?lang=de from an English engine: the notes come along, in the caller's language
        Path future = PluginJar.named("a-greeting.jar").descriptor("greeting-plugin", "1.0.0", "[2.0,3.0)")
                .source("com.example.g.Greeting", strategy("com.example.g.Greeting", "greeting"))
                .strategy("com.example.g.Greeting").writeTo(plugins);
        Path variant = PluginJar.named("typwerk-probe-variante.jar").descriptor("typwerk-probe-variante", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/variante.yaml", VARIANT).writeTo(plugins);
        Typwerk english = load();

        try (Typwerk german = english.speaking(Locale.GERMAN)) {
            assertThat(german.notLoadedNote("probe-variante"))
                    .startsWith(" Geliefert hätte ihn ein Plugin, das nicht geladen ist: typwerk-probe-variante (" + variant + ": ");
            ScoreRun run = german.score("answers.yaml", """
                    questionnaire: probe-variante
                    version: "1.0.0"
                    answers: {}
                    """.getBytes(StandardCharsets.UTF_8), Optional.empty());
            assertThat(run.problems()).singleElement().satisfies(p -> assertThat(p.message())
                    .contains(" Geliefert hätte ihn ein Plugin, das nicht geladen ist: typwerk-probe-variante ("));
            assertThat(german.validate(SCORED_BY_GREETING)).extracting((Problem p) -> p.message()).anySatisfy(m -> assertThat(m)
                    .startsWith("Unbekannte Bewertungsstrategie")
                    .contains(" Nicht geladen wurden Plugins, deren Strategien nie erzeugt wurden, so dass unbekannt ist, ob eine"
                            + " davon „greeting“ ist: greeting-plugin (" + future + ": "));
        }
    }

    @Test
    void answers_to_a_variant_whose_base_is_missing_name_the_refused_variant_plugin() {
        // Typwerk's own variant from a folder, without its base: an engine embedded without the bundled plugins
        Path variant = PluginJar.named("typwerk-probe-variante.jar").descriptor("typwerk-probe-variante", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/variante.yaml", VARIANT).writeTo(plugins);

        Typwerk typwerk = load();

        PluginEntry refused = entry(typwerk, "typwerk-probe-variante.jar");
        assertThat(refused.loaded()).isFalse();
        assertThat(refused.offers()).extracting(Offer::toString).containsExactly("questionnaire probe-variante@1.0.0");
        assertThat(typwerk.notLoadedNote("probe-variante")).startsWith(
                " It would have come from a plugin that is not loaded: typwerk-probe-variante (" + variant + ": ");
        assertThat(typwerk.notLoadedNote("probe-variante@1.0.0")).isEqualTo(typwerk.notLoadedNote("probe-variante"));
        assertThat(typwerk.notLoadedNote("elsewhere")).isEmpty();

        ScoreRun run = typwerk.score("answers.yaml", """
                questionnaire: probe-variante
                version: "1.0.0"
                answers: {}
                """.getBytes(StandardCharsets.UTF_8), Optional.empty());
        assertThat(run.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("Unknown questionnaire 'probe-variante'")
                .contains("It would have come from a plugin that is not loaded: typwerk-probe-variante (" + variant));
    }

    @Test
    void a_plugin_refused_for_its_api_range_would_have_provided_the_questionnaires_its_descriptor_lists() {
        PluginJar.named("future.jar").descriptor("future", "3.0.0", "[2.0,3.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(plugins);

        Typwerk typwerk = load();

        PluginEntry future = entry(typwerk, "future.jar");
        assertThat(future.offers()).extracting(Offer::toString).containsExactly("questionnaire probe-typen@1.0.0");
        assertThat(future.provides()).isEmpty();
        assertThat(typwerk.notLoadedNote("probe-typen")).contains("future (", "needs API version [2.0.0,3.0.0)");
    }
}
