package de.typwerk.engine.plugin;

import static de.typwerk.engine.plugin.TestSources.greeting;
import static de.typwerk.engine.plugin.TestSources.strategy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.MissingAnswers;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.Severity;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.ScoringContext;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.TypwerkStartException;
import de.typwerk.engine.definition.document.QuestionnaireDocument;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads real plugin jars, compiled and packed in the test, from a temporary plugins folder.
 */
class PluginLoadingTest {

    private static final Path PROBE = Path.of("src/test/resources/plugins/probe-typen.yaml");

    @TempDir
    Path plugins;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) c.close();
    }

    private Typwerk load() {
        return start(Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).locale(Locale.ENGLISH));
    }

    private Typwerk start(Typwerk.Builder builder) {
        Typwerk typwerk = builder.build();
        open.add(typwerk);
        return typwerk;
    }

    private static PluginEntry entry(Typwerk typwerk, String fileName) {
        return typwerk.plugins().stream().filter(e -> e.source().endsWith(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + fileName + " in " + typwerk.plugins()));
    }

    private static String describe(Typwerk typwerk, String strategyId) {
        return typwerk.strategies().find(strategyId).orElseThrow().description().get("en", "en");
    }

    private Path jarOf(String fileName, String id, String strategyClass, String strategyId) {
        return PluginJar.named(fileName).descriptor(id, "1.0.0", "[1.0,2.0)")
                .source(strategyClass, strategy(strategyClass, strategyId)).strategy(strategyClass)
                .writeTo(plugins);
    }

    // ---- what loads ----

    @Test
    void loads_a_plugin_that_ships_only_definitions_and_lists_its_questionnaire() throws IOException {
        Path jar = PluginJar.named("probe.jar").descriptor("probe", "1.2.0", "[1.0,2.0)")
                .questionnaire("questionnaires/probe-typen.yaml", PROBE).writeTo(plugins);

        Typwerk typwerk = load();

        PluginEntry probe = entry(typwerk, "probe.jar");
        assertThat(probe.decision()).isEqualTo(Decision.LOADED);
        assertThat(probe.reason()).isEmpty();
        assertThat(probe.id()).isEqualTo("probe");
        assertThat(probe.version()).isEqualTo("1.2.0");
        assertThat(probe.name()).isEqualTo("Test plugin probe");
        assertThat(probe.vendor()).isEqualTo("Typwerk tests");
        assertThat(probe.source()).isEqualTo(jar.toString());
        assertThat(probe.sha256()).isEqualTo(FolderScan.sha256(jar)).hasSize(64);
        assertThat(probe.provides()).containsExactly("questionnaire probe-typen@1.0.0");
        assertThat(typwerk.questionnaires()).singleElement().satisfies(q -> {
            assertThat(q.questionnaire().id()).isEqualTo("probe-typen");
            assertThat(q.pluginId()).isEqualTo("probe");
            assertThat(q.source()).isEqualTo("questionnaires/probe-typen.yaml");
            assertThat(q.contentHash()).startsWith("sha256:");
        });
        assertThat(typwerk.questionnaire("probe-typen")).isPresent();
    }

    @Test
    void lists_questionnaires_by_id_then_version_and_finds_the_highest_or_an_exact_version() {
        PluginJar.named("b.jar").descriptor("probe-new", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/probe.yaml", Path.of("src/test/resources/plugins/probe-typen-1.1.yaml")).writeTo(plugins);
        PluginJar.named("a.jar").descriptor("probe-old", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(plugins);

        Typwerk typwerk = load();

        assertThat(typwerk.questionnaires()).extracting(q -> q.questionnaire().coordinates())
                .containsExactly("probe-typen@1.0.0", "probe-typen@1.1.0");
        assertThat(typwerk.questionnaire("probe-typen").orElseThrow().pluginId()).isEqualTo("probe-new");
        assertThat(typwerk.questionnaire("probe-typen@1.0.0").orElseThrow().pluginId()).isEqualTo("probe-old");
        assertThat(typwerk.questionnaire("probe-typen@1.0").orElseThrow().pluginId()).isEqualTo("probe-old");
        assertThat(typwerk.questionnaire("probe-typen@2.0.0")).isEmpty();
        assertThat(typwerk.questionnaire("unbekannt")).isEmpty();
    }

    @Test
    void lets_two_plugins_carry_different_versions_of_one_library_class() {
        for (String v : List.of("one", "two")) {
            PluginJar.named("greeter-" + v + ".jar").descriptor("greeter-" + v, "1.0.0", "[1.0,2.0)")
                    .source("com.example.lib.Greeting", greeting("hello from " + v))
                    .source("com.example." + v + ".Greeter",
                            strategy("com.example." + v + ".Greeter", "greet-" + v, "com.example.lib.Greeting.text()", ""))
                    .strategy("com.example." + v + ".Greeter")
                    .writeTo(plugins);
        }

        Typwerk typwerk = load();

        assertThat(typwerk.plugins()).allSatisfy(e -> assertThat(e.decision()).isEqualTo(Decision.LOADED));
        assertThat(describe(typwerk, "greet-one")).isEqualTo("hello from one");
        assertThat(describe(typwerk, "greet-two")).isEqualTo("hello from two");
        assertThat(entry(typwerk, "greeter-one.jar").provides()).containsExactly("strategy greet-one 1.0.0");
    }

    @Test
    void keeps_a_plugin_from_seeing_other_plugins_and_the_engine_internals() {
        PluginJar.named("a.jar").descriptor("seen", "1.0.0", "[1.0,2.0)")
                .source("com.example.seen.Marker", "package com.example.seen; public class Marker {}")
                .writeTo(plugins);
        String reports = "loads(\"com.example.seen.Marker\") + \" \" + loads(\"de.typwerk.engine.Typwerk\")"
                + " + \" \" + loads(\"de.typwerk.engine.i18n.Messages\") + \" \" + loads(\"com.fasterxml.jackson.databind.ObjectMapper\")"
                + " + \" \" + loads(\"de.typwerk.api.spi.ScoringStrategy\") + \" \" + loads(\"java.util.List\")";
        PluginJar.named("b.jar").descriptor("looker", "1.0.0", "[1.0,2.0)")
                .source("com.example.look.Looker", strategy("com.example.look.Looker", "look", reports, ""))
                .strategy("com.example.look.Looker")
                .writeTo(plugins);

        Typwerk typwerk = load();

        assertThat(describe(typwerk, "look")).isEqualTo("invisible invisible invisible invisible visible visible");
    }

    @Test
    void runs_plugin_code_with_the_plugins_class_loader_as_context_class_loader() {
        String own = "(Thread.currentThread().getContextClassLoader() == getClass().getClassLoader())";
        PluginJar.named("ctx.jar").descriptor("ctx", "1.0.0", "[1.0,2.0)")
                .source("com.example.ctx.Ctx", strategy("com.example.ctx.Ctx", "ctx",
                        "\"built=\" + builtInOwnContext + \" now=\" + " + own,
                        "private final boolean builtInOwnContext = " + own + ";"))
                .strategy("com.example.ctx.Ctx")
                .writeTo(plugins);
        Typwerk typwerk = load();
        ClassLoader before = Thread.currentThread().getContextClassLoader();

        @SuppressWarnings("unchecked")
        ScoringStrategy<Object> ctx = (ScoringStrategy<Object>) typwerk.strategies().find("ctx").orElseThrow();
        ScoreSheet sheet = ctx.prepare(questionnaire(), null).score(new ScoringContext() {
            public Response response() {
                return PluginLoadingTest.response();
            }

            public MissingAnswers missing() {
                return MissingAnswers.SKIP;
            }

            public Locale locale() {
                return Locale.ENGLISH;
            }
        });

        assertThat(ctx.description().get("en", "en")).isEqualTo("built=true now=true");
        assertThat(sheet.types()).extracting(ScoreSheet.TypeScore::type).containsExactly("built=true now=true");
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
        PluginContext context = ((StrategyRegistry) typwerk.strategies()).origin("ctx").orElseThrow();
        assertThat(context.pluginId()).isEqualTo("ctx");
        assertThat(context.classLoader()).isInstanceOf(PluginClassLoader.class);
    }

    @Test
    void gives_a_questionnaire_provider_its_own_resources_through_the_context_class_loader() throws IOException {
        String provider = """
                package com.example.gen;

                import de.typwerk.api.spi.DefinitionSource;
                import de.typwerk.api.spi.QuestionnaireProvider;
                import java.io.IOException;
                import java.io.InputStream;
                import java.util.List;

                public class Generated implements QuestionnaireProvider {
                    public List<DefinitionSource> definitions() {
                        // what libraries do: look resources up through the context class loader
                        try (InputStream in = Thread.currentThread().getContextClassLoader()
                                .getResourceAsStream("hidden/probe.yaml")) {
                            return List.of(new DefinitionSource("generated/probe.yaml", in.readAllBytes()));
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
                """;
        PluginJar.named("gen.jar").descriptor("gen", "1.0.0", "[1.0,2.0)")
                .resource("hidden/probe.yaml", Files.readAllBytes(PROBE))
                .source("com.example.gen.Generated", provider).questionnaireProvider("com.example.gen.Generated")
                .writeTo(plugins);

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "gen.jar").decision()).isEqualTo(Decision.LOADED);
        assertThat(typwerk.questionnaire("probe-typen").orElseThrow().source()).isEqualTo("generated/probe.yaml");
    }

    @Test
    void names_a_definition_that_a_class_path_folders_provider_made_inside_its_class_file_not_as_a_file_of_the_folder()
            throws Exception {
        String provider = """
                package com.example.made;

                import de.typwerk.api.spi.DefinitionSource;
                import de.typwerk.api.spi.QuestionnaireProvider;
                import java.nio.charset.StandardCharsets;
                import java.util.List;

                public class Made implements QuestionnaireProvider {
                    public List<DefinitionSource> definitions() {
                        String yaml = "id: made\\nversion: 1.0.0\\nlocales: [de]\\ntitle: {de: Gemacht}\\n"
                                + "sections:\\n  - id: s\\n    title: {de: S}\\n    questions:\\n"
                                + "      - {id: q, kind: singel, text: {de: Q}}\\n";
                        return List.of(new DefinitionSource("questionnaires/made.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
                    }
                }
                """;
        Path jar = PluginJar.named("made.jar").descriptor("made", "1.0.0", "[1.0,2.0)")
                .source("com.example.made.Made", provider).questionnaireProvider("com.example.made.Made")
                .writeTo(plugins.resolve("cp"));
        // the project's target/classes, as a test kit or an IDE puts it on the class path
        Path classes = plugins.resolve("made/target/classes");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.isDirectory()) continue;
                Path to = classes.resolve(e.getName());
                Files.createDirectories(to.getParent());
                try (var in = zip.getInputStream(e)) {
                    Files.copy(in, to);
                }
            }
        }
        URLClassLoader classPath = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
        open.add(classPath);

        Typwerk typwerk = start(Typwerk.builder().classPathLoader(classPath).locale(Locale.ENGLISH));

        PluginEntry made = typwerk.plugins().stream().filter(e -> e.id().equals("made")).findFirst().orElseThrow();
        assertThat(made.decision()).isEqualTo(Decision.REFUSED);
        assertThat(made.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.location().source())
                .endsWith("/com/example/made/Made.class!/questionnaires/made.yaml"));
        // where it used to point: a file of the folder, which is not there
        assertThat(classes.resolve("questionnaires/made.yaml")).doesNotExist();
        assertThat(made.problems()).noneSatisfy(p -> assertThat(p.location().source()).endsWith("classes/questionnaires/made.yaml"));
    }

    @Test
    void creates_a_provider_with_its_no_argument_constructor_and_injects_nothing_even_where_it_asks() {
        // an @Inject constructor beside it is ignored: the container is no part of the contract, and
        // a folder plugin does not even see jakarta.inject (the annotation is dropped as unloadable)
        String members = """
                private final String made;

                public Injected() { this("no-argument"); }

                @jakarta.inject.Inject
                public Injected(java.util.Locale locale) { this("inject " + locale); }

                private Injected(String made) { this.made = made; }
                """;
        PluginJar.named("inj.jar").descriptor("inj", "1.0.0", "[1.0,2.0)")
                .source("com.example.inj.Injected", strategy("com.example.inj.Injected", "inj", "made", members))
                .strategy("com.example.inj.Injected")
                .writeTo(plugins);

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "inj.jar").decision()).isEqualTo(Decision.LOADED);
        assertThat(describe(typwerk, "inj")).isEqualTo("no-argument");
    }

    @Test
    void refuses_a_class_path_provider_without_a_descriptor() throws Exception {
        Path jar = PluginJar.named("nameless.jar")
                .source("com.example.nameless.Nameless", strategy("com.example.nameless.Nameless", "nameless"))
                .strategy("com.example.nameless.Nameless")
                .writeTo(plugins.resolve("cp"));
        URLClassLoader classPath = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
        open.add(classPath);

        Typwerk typwerk = start(Typwerk.builder().classPathLoader(classPath).locale(Locale.ENGLISH));

        PluginEntry nameless = entry(typwerk, "nameless.jar");
        assertThat(nameless.decision()).isEqualTo(Decision.REFUSED);
        assertThat(nameless.reason()).contains(jar.toAbsolutePath().toString(), "com.example.nameless.Nameless",
                "META-INF/typwerk/plugin.yaml");
        assertThat(typwerk.strategies().ids()).doesNotContain("nameless");
    }

    // ---- what is refused, and that the rest still loads ----

    @Test
    void refuses_the_second_of_two_plugins_with_one_id_naming_both_jars() {
        Path first = jarOf("a-first.jar", "twin", "com.example.a.First", "first");
        Path second = jarOf("b-second.jar", "twin", "com.example.b.Second", "second");

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "a-first.jar").decision()).isEqualTo(Decision.LOADED);
        PluginEntry refused = entry(typwerk, "b-second.jar");
        assertThat(refused.decision()).isEqualTo(Decision.REFUSED);
        assertThat(refused.severity()).isEqualTo(Severity.ERROR);
        assertThat(refused.reason()).isEqualTo(second + ": the plugin id twin is already taken by " + first
                + "; keep one of the two jars, or give each plugin an id of its own");
        assertThat(typwerk.strategies().ids()).containsExactly("first");
    }

    @Test
    void refuses_a_new_version_beside_the_old_jar_of_its_id_naming_both_versions_and_what_to_remove() {
        // a new build copied into the plugins folder beside the last one: by file name the old comes first
        Path old = PluginJar.named("kreistypen-1.0.0.jar").descriptor("kreistypen", "1.0.0", "[1.0,2.0)")
                .source("com.example.k.Old", strategy("com.example.k.Old", "kreis-alt")).strategy("com.example.k.Old")
                .writeTo(plugins);
        Path fresh = PluginJar.named("kreistypen-1.1.0.jar").descriptor("kreistypen", "1.1.0", "[1.0,2.0)")
                .source("com.example.k.New", strategy("com.example.k.New", "kreis-neu")).strategy("com.example.k.New")
                .writeTo(plugins);

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "kreistypen-1.0.0.jar").loaded()).isTrue();
        PluginEntry refused = entry(typwerk, "kreistypen-1.1.0.jar");
        assertThat(refused.decision()).isEqualTo(Decision.REFUSED);
        assertThat(refused.reason()).isEqualTo(fresh + ": the plugin id kreistypen is already taken by " + old
                + ", version 1.0.0, found first, so version 1.1.0 in this jar does not load: for 1.1.0, remove the"
                + " other jar (or give each plugin an id of its own)");
        assertThat(typwerk.strategies().ids()).contains("kreis-alt").doesNotContain("kreis-neu");
    }

    @Test
    void refuses_the_original_jar_a_shading_step_leaves_beside_the_real_one_so_the_real_one_loads() {
        // what maven-shade-plugin leaves in target/: the jar before shading (here without the library
        // the strategy needs), and the shaded one; by name the original comes first
        PluginJar.named("original-schwelle-1.0.0.jar").descriptor("schwelle", "1.0.0", "[1.0,2.0)")
                .source("com.example.lib.Greeting", greeting("private library"))
                .source("com.example.s.Schwelle", strategy("com.example.s.Schwelle", "schwelle",
                        "com.example.lib.Greeting.text()", ""))
                .strategy("com.example.s.Schwelle").exclude("com/example/lib/Greeting.class").writeTo(plugins);
        Path shaded = PluginJar.named("schwelle-1.0.0.jar").descriptor("schwelle", "1.0.0", "[1.0,2.0)")
                .source("com.example.lib.Greeting", greeting("private library"))
                .source("com.example.s.Schwelle", strategy("com.example.s.Schwelle", "schwelle",
                        "com.example.lib.Greeting.text()", ""))
                .strategy("com.example.s.Schwelle").writeTo(plugins);

        Typwerk typwerk = load();

        PluginEntry original = entry(typwerk, "original-schwelle-1.0.0.jar");
        assertThat(original.decision()).isEqualTo(Decision.REFUSED);
        assertThat(original.reason()).isEqualTo(plugins.resolve("original-schwelle-1.0.0.jar")
                + ": the unshaded original that maven-shade-plugin leaves beside schwelle-1.0.0.jar; not loaded,"
                + " the plugin comes from schwelle-1.0.0.jar (remove this file from the plugins folder)");
        PluginEntry real = entry(typwerk, "/schwelle-1.0.0.jar");
        assertThat(real.source()).isEqualTo(shaded.toString());
        assertThat(real.loaded()).as(real.reason()).isTrue();
        assertThat(describe(typwerk, "schwelle")).isEqualTo("private library");
    }

    @Test
    void loads_a_jar_named_original_when_no_shaded_twin_is_beside_it() {
        jarOf("original-only.jar", "only", "com.example.o.Only", "only");

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "original-only.jar").loaded()).isTrue();
    }

    @Test
    void reports_a_corrupt_jar_and_still_loads_the_good_one_beside_it() throws IOException {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Path corrupt = Files.write(plugins.resolve("x.jar"), noise);
        jarOf("good.jar", "good", "com.example.good.Good", "good");

        Typwerk typwerk = load();

        PluginEntry x = entry(typwerk, "x.jar");
        assertThat(x.decision()).isEqualTo(Decision.FAILED);
        assertThat(x.id()).isEqualTo("x.jar");
        assertThat(x.reason()).startsWith(corrupt + ": not a valid jar (not a readable ZIP file (").doesNotContain("\n")
                .doesNotContain("ZipException", "java.");
        assertThat(x.sha256()).isEqualTo(FolderScan.sha256(corrupt));
        assertThat(entry(typwerk, "good.jar").decision()).isEqualTo(Decision.LOADED);
        assertThat(typwerk.plugins()).extracting(PluginEntry::id).containsExactly("good", "x.jar");
    }

    @Test
    void refuses_a_zip_bomb_by_the_sizes_its_entries_declare_and_an_entry_that_unpacks_to_more_than_it_declares()
            throws IOException {
        // a jar of a few megabytes whose entries unpack to gigabytes was read through at every start
        // (half a minute), and an entry could unpack to far more than it declares
        Path bomb = PluginJar.named("bomb.jar").descriptor("bomb", "1.0.0", "[1.0,2.0)")
                .resource("big.txt", "0".repeat(1000)).writeTo(plugins);
        declare(bomb, "big.txt", 0x7FFF_FFFFL);
        Path lie = PluginJar.named("lie.jar").descriptor("lie", "1.0.0", "[1.0,2.0)")
                .resource("lie.txt", "0".repeat(200_000)).writeTo(plugins);
        declare(lie, "lie.txt", 10);
        jarOf("good.jar", "good", "com.example.good.Good", "good");

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "bomb.jar").decision()).isEqualTo(Decision.FAILED);
        String tooLarge = "its entries unpack to " + (0x7FFF_FFFFL + entrySizes(bomb, "big.txt")) + " bytes, more than the 1073741824"
                + " a plugin jar may hold, as a ZIP bomb does, so it is not read: build the jar with only what the plugin needs";
        assertThat(entry(typwerk, "bomb.jar").reason()).isEqualTo(bomb + ": not a valid jar (" + tooLarge + ")");
        // typwerk validate says what loading will do
        assertThat(typwerk.validate(bomb)).extracting(Problem::toString).containsExactly(bomb + ": error: Not a valid jar: " + tooLarge);
        assertThat(entry(typwerk, "lie.jar").decision()).isEqualTo(Decision.FAILED);
        assertThat(entry(typwerk, "lie.jar").reason()).isEqualTo(lie + ": not a valid jar (the entry lie.txt unpacks to more than"
                + " the 10 bytes it declares: build the jar again)");
        assertThat(entry(typwerk, "good.jar").decision()).isEqualTo(Decision.LOADED);
    }

    /** Writes {@code size} as what entry {@code name} of {@code jar} unpacks to, in the jar's central directory, which readers go by. */
    private static void declare(Path jar, String name, long size) throws IOException {
        byte[] bytes = Files.readAllBytes(jar);
        java.nio.ByteBuffer zip = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (zip.getInt(i) != 0x02014b50) continue;
            int length = zip.getShort(i + 28) & 0xFFFF;
            if (new String(bytes, i + 46, length, java.nio.charset.StandardCharsets.UTF_8).equals(name)) {
                zip.putInt(i + 24, (int) size);
                Files.write(jar, bytes);
                return;
            }
        }
        throw new AssertionError(name + " not in " + jar);
    }

    /** What the entries of {@code jar} other than {@code but} declare they unpack to, together. */
    private static long entrySizes(Path jar, String but) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            return zip.stream().filter(e -> !e.getName().equals(but)).mapToLong(e -> Math.max(Math.max(e.getSize(), e.getCompressedSize()), 0)).sum();
        }
    }

    @Test
    void reports_a_truncated_jar() throws IOException {
        Path whole = jarOf("whole.jar", "whole", "com.example.whole.Whole", "whole");
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(plugins.resolve("half.jar"), Arrays.copyOf(bytes, bytes.length / 2));

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "half.jar").decision()).isEqualTo(Decision.FAILED);
        assertThat(entry(typwerk, "half.jar").reason()).contains("half.jar: not a valid jar");
        assertThat(entry(typwerk, "whole.jar").decision()).isEqualTo(Decision.LOADED);
    }

    @Test
    void reports_a_jar_that_is_a_symbolic_link_leading_nowhere_and_loads_the_good_one_beside_it() throws IOException {
        Path link = Files.createSymbolicLink(plugins.resolve("verband.jar"), plugins.resolve("verband-1.2.0.jar"));
        jarOf("good.jar", "good", "com.example.good.Good", "good");

        Typwerk typwerk = load();

        PluginEntry dangling = entry(typwerk, "verband.jar");
        assertThat(dangling.decision()).isEqualTo(Decision.FAILED);
        assertThat(dangling.reason()).isEqualTo(link + ": a symbolic link to " + plugins.resolve("verband-1.2.0.jar")
                + ", which does not exist; the file it points to is missing");
        assertThat(entry(typwerk, "good.jar").decision()).isEqualTo(Decision.LOADED);
    }

    @Test
    void refuses_a_plugin_whose_api_range_excludes_this_engine() {
        Path future = PluginJar.named("future.jar").descriptor("future", "3.0.0", "[2.0,3.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(plugins);

        Typwerk typwerk = load();

        PluginEntry entry = entry(typwerk, "future.jar");
        assertThat(entry.decision()).isEqualTo(Decision.REFUSED);
        assertThat(entry.id()).isEqualTo("future");
        assertThat(entry.version()).isEqualTo("3.0.0");
        // a later API: run it on a later Typwerk, or lower the range if it can
        assertThat(entry.reason()).isEqualTo(future + ": plugin future needs API version [2.0.0,3.0.0), "
                + "a later one than this engine\u2019s 1.0.0: run it on a Typwerk whose API is in that range (typwerk --version shows it), or, if it uses nothing added after 1.0.0, write api: \"[1.0,2.0)\" in its descriptor");
        assertThat(typwerk.questionnaires()).isEmpty();
    }

    @Test
    void refuses_a_plugin_built_for_an_api_this_engine_has_outgrown_saying_to_write_the_range_of_this_api() {
        Path past = PluginJar.named("past.jar").descriptor("past", "0.9.0", "[0.9,1.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(plugins);

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "past.jar").reason()).isEqualTo(past + ": plugin past needs API version [0.9.0,1.0.0), this engine"
                + " provides 1.0.0; for a plugin built against this API, write api: \"[1.0,2.0)\" in its descriptor");
        assertThat(typwerk.questionnaires()).isEmpty();
    }

    @Test
    void loads_one_of_typwerks_own_plugins_from_a_folder_when_the_class_path_does_not_carry_it() {
        PluginJar.named("typwerk-probe-1.0.0.jar").descriptor("typwerk-probe", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(plugins);

        Typwerk typwerk = load();

        PluginEntry entry = entry(typwerk, "typwerk-probe-1.0.0.jar");
        assertThat(entry.loaded()).as(entry.reason()).isTrue();
        assertThat(typwerk.questionnaires()).isNotEmpty();
    }

    @Test
    void names_the_class_path_plugin_that_already_provides_a_strategy_or_questionnaire_in_german_words() throws IOException {
        Path bundled = PluginJar.named("gruss.jar").descriptor("gruss", "1.0.0", "[1.0,2.0)")
                .source("com.example.own.Greeting", strategy("com.example.own.Greeting", "greeting"))
                .strategy("com.example.own.Greeting").questionnaire("q/probe.yaml", PROBE).writeTo(plugins.resolve("lib"));
        Path strategy = jarOf("meine-strategie.jar", "meine-strategie", "com.example.mine.Greeting", "greeting");
        Path questionnaire = PluginJar.named("meine-fragen.jar").descriptor("meine-fragen", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(plugins);
        URLClassLoader classPath = new URLClassLoader(new URL[] {bundled.toUri().toURL()}, getClass().getClassLoader());
        open.add(classPath);

        Typwerk typwerk = start(Typwerk.builder().classPathLoader(classPath).pluginsFrom(plugins).locale(Locale.GERMAN));

        String where = "Klassenpfad: " + bundled.toAbsolutePath();
        assertThat(entry(typwerk, "meine-strategie.jar").shortReason())
                .isEqualTo("die Strategie greeting bietet schon " + where + " (com.example.own.Greeting); geben Sie jeder Strategie"
                        + " eine eigene ID (id()), oder behalten Sie nur eine der beiden");
        assertThat(entry(typwerk, "meine-fragen.jar").shortReason())
                .isEqualTo("den Fragebogen probe-typen@1.0.0 bietet schon " + where + "; geben Sie dem Fragebogen eine eigene ID"
                        + " (oder, ist er eine neue Fassung desselben Fragebogens, eine höhere Version), oder behalten Sie nur einen der beiden");
        assertThat(strategy).exists();
        assertThat(questionnaire).exists();
    }

    @Test
    void refuses_a_folder_copy_of_one_of_typwerks_own_plugins_saying_it_is_already_on_the_class_path() throws IOException {
        Path bundled = PluginJar.named("typwerk-probe-1.0.0.jar").descriptor("typwerk-probe", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(plugins.resolve("lib"));
        Path copy = Files.copy(bundled, plugins.resolve("typwerk-probe-1.0.0.jar"));
        URLClassLoader classPath = new URLClassLoader(new URL[] {bundled.toUri().toURL()}, getClass().getClassLoader());
        open.add(classPath);

        Typwerk typwerk = start(Typwerk.builder().classPathLoader(classPath).pluginsFrom(plugins).locale(Locale.ENGLISH));

        PluginEntry refused = typwerk.plugins().stream().filter(e -> e.source().equals(copy.toString())).findFirst()
                .orElseThrow();
        assertThat(refused.decision()).isEqualTo(Decision.REFUSED);
        assertThat(refused.reason()).isEqualTo(copy + ": typwerk-probe is one of Typwerk’s own plugins and already on"
                + " the class path (class path: " + bundled.toAbsolutePath() + "); the copy in the plugins folder is not needed");
        assertThat(entry(typwerk, "lib/typwerk-probe-1.0.0.jar").loaded()).isTrue();
    }

    @Test
    void fails_a_plugin_whose_strategy_throws_in_its_constructor_and_loads_the_others() {
        PluginJar.named("boom.jar").descriptor("boom", "1.0.0", "[1.0,2.0)")
                .source("com.example.boom.Boom", strategy("com.example.boom.Boom", "boom", "\"boom\"",
                        "public Boom() { throw new IllegalStateException(\"no licence key configured\"); }"))
                .strategy("com.example.boom.Boom")
                .writeTo(plugins);
        jarOf("calm.jar", "calm", "com.example.calm.Calm", "calm");

        Typwerk typwerk = load();

        PluginEntry boom = entry(typwerk, "boom.jar");
        assertThat(boom.decision()).isEqualTo(Decision.FAILED);
        assertThat(boom.reason()).isEqualTo(plugins.resolve("boom.jar")
                + ": com.example.boom.Boom could not be created: no licence key configured");
        assertThat(boom.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("\tat ", "\n"));
        assertThat(entry(typwerk, "calm.jar").decision()).isEqualTo(Decision.LOADED);
        assertThat(typwerk.strategies().ids()).containsExactly("calm");
    }

    @Test
    void fails_a_plugin_whose_strategy_id_is_one_no_definition_can_name_as_question_ids_are_held_to_the_id_syntax() {
        jarOf("capitals.jar", "capitals", "com.example.c.Median", "Median");
        jarOf("calm.jar", "calm", "com.example.calm.Calm", "calm");

        Typwerk typwerk = load();
        Typwerk german = start(Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).locale(Locale.GERMAN));

        PluginEntry capitals = entry(typwerk, "capitals.jar");
        assertThat(capitals.decision()).isEqualTo(Decision.FAILED);
        assertThat(capitals.reason()).isEqualTo(plugins.resolve("capitals.jar") + ": com.example.c.Median could not be"
                + " created: its id 'Median' is one no definition can name in scoring.strategy: id() must return lower-case"
                + " letters, digits and hyphens, starting with a letter or digit, such as 'median'");
        assertThat(entry(german, "capitals.jar").reason()).endsWith(": ihre ID „Median“ kann keine Definition unter"
                + " scoring.strategy nennen: id() muss Kleinbuchstaben, Ziffern und Bindestriche liefern, beginnend mit"
                + " einem Buchstaben oder einer Ziffer, etwa „median“");
        assertThat(typwerk.strategies().ids()).containsExactly("calm");
        // checked before installing, the jar gets the same finding
        assertThat(typwerk.validate(plugins.resolve("capitals.jar"))).extracting(Problem::toString)
                .containsExactly(plugins.resolve("capitals.jar") + ": error: com.example.c.Median could not be created: its"
                        + " id 'Median' is one no definition can name in scoring.strategy: id() must return lower-case"
                        + " letters, digits and hyphens, starting with a letter or digit, such as 'median'");
    }

    @Test
    void fails_a_plugin_whose_provider_class_is_missing_or_of_the_wrong_type() {
        PluginJar.named("ghost.jar").descriptor("ghost", "1.0.0", "[1.0,2.0)")
                .strategy("com.example.ghost.NotThere").writeTo(plugins);
        PluginJar.named("wrong.jar").descriptor("wrong", "1.0.0", "[1.0,2.0)")
                .source("com.example.wrong.Plain", "package com.example.wrong; public class Plain {}")
                .strategy("com.example.wrong.Plain").writeTo(plugins);

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "ghost.jar").decision()).isEqualTo(Decision.FAILED);
        assertThat(entry(typwerk, "ghost.jar").reason()).contains("names the class com.example.ghost.NotThere, which is not there");
        assertThat(entry(typwerk, "wrong.jar").reason())
                .contains("names the class com.example.wrong.Plain, which does not implement de.typwerk.api.spi.ScoringStrategy");
    }

    @Test
    void fails_a_provider_without_a_public_no_argument_constructor_naming_the_class_and_the_rule() {
        String members = """
                private final java.util.Locale locale;

                @jakarta.inject.Inject
                public OnlyInject(java.util.Locale locale) { this.locale = locale; }
                """;
        Path jar = PluginJar.named("only-inject.jar").descriptor("only-inject", "1.0.0", "[1.0,2.0)")
                .source("com.example.oi.OnlyInject", strategy("com.example.oi.OnlyInject", "oi", "\"x\"", members))
                .strategy("com.example.oi.OnlyInject")
                .writeTo(plugins);
        jarOf("calm.jar", "calm", "com.example.calm.Calm", "calm");

        Typwerk typwerk = load();

        PluginEntry refused = entry(typwerk, "only-inject.jar");
        assertThat(refused.decision()).isEqualTo(Decision.FAILED);
        assertThat(refused.reason()).isEqualTo(jar + ": class com.example.oi.OnlyInject has no public no-argument"
                + " constructor, which java.util.ServiceLoader requires of every provider"
                + " (the engine creates providers with it)");
        assertThat(entry(typwerk, "calm.jar").decision()).isEqualTo(Decision.LOADED);
        assertThat(typwerk.strategies().ids()).containsExactly("calm");
    }

    @Test
    void reports_every_broken_registration_of_a_plugin_not_only_the_first() {
        Path jar = PluginJar.named("mixed.jar").descriptor("mixed", "1.0.0", "[1.0,2.0)")
                .source("com.example.mixed.Plain", "package com.example.mixed; public class Plain {}")
                .source("com.example.mixed.Hidden", strategy("com.example.mixed.Hidden", "hidden", "\"x\"",
                        "Hidden() { }"))
                .source("com.example.mixed.Good", strategy("com.example.mixed.Good", "good"))
                .strategy("com.example.mixed.NotThere")
                .strategy("com.example.mixed.Plain")
                .strategy("com.example.mixed.Hidden")
                .strategy("com.example.mixed.Good")
                .writeTo(plugins);

        Typwerk typwerk = load();

        PluginEntry mixed = entry(typwerk, "mixed.jar");
        assertThat(mixed.decision()).isEqualTo(Decision.FAILED);
        assertThat(mixed.reason()).isEqualTo(jar + ": META-INF/services/de.typwerk.api.spi.ScoringStrategy names the class"
                + " com.example.mixed.NotThere, which is not there (ClassNotFoundException), as when a class is renamed or moved:"
                + " write there the full name (with its package) of the class that implements de.typwerk.api.spi.ScoringStrategy");
        // each problem stands at the jar, which its message does not repeat (as "jar: error: jar: …")
        assertThat(mixed.problems()).extracting(p -> p.location().source()).containsOnly(jar.toString());
        assertThat(mixed.problems()).extracting(p -> p.message()).containsExactly(
                "META-INF/services/de.typwerk.api.spi.ScoringStrategy names the class"
                + " com.example.mixed.NotThere, which is not there (ClassNotFoundException), as when a class is renamed or moved:"
                + " write there the full name (with its package) of the class that implements de.typwerk.api.spi.ScoringStrategy",
                "META-INF/services/de.typwerk.api.spi.ScoringStrategy names the class com.example.mixed.Plain, which does"
                        + " not implement de.typwerk.api.spi.ScoringStrategy: name a strategy in"
                        + " META-INF/services/de.typwerk.api.spi.ScoringStrategy, a questionnaire provider in"
                        + " META-INF/services/de.typwerk.api.spi.QuestionnaireProvider",
                "class com.example.mixed.Hidden has no public no-argument constructor, which"
                        + " java.util.ServiceLoader requires of every provider"
                        + " (the engine creates providers with it)");
    }

    @Test
    void fails_a_provider_whose_static_initializer_throws_and_loads_the_others() {
        Path jar = PluginJar.named("static.jar").descriptor("static", "1.0.0", "[1.0,2.0)")
                .source("com.example.st.Static", strategy("com.example.st.Static", "static", "\"x\"",
                        "static { if (true) throw new IllegalStateException(\"no configuration\"); }"))
                .strategy("com.example.st.Static")
                .writeTo(plugins);
        jarOf("calm.jar", "calm", "com.example.calm.Calm", "calm");

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "static.jar").decision()).isEqualTo(Decision.FAILED);
        assertThat(entry(typwerk, "static.jar").reason())
                .isEqualTo(jar + ": com.example.st.Static could not be created: no configuration");
        assertThat(entry(typwerk, "calm.jar").decision()).isEqualTo(Decision.LOADED);
    }

    @Test
    void keeps_finding_class_path_providers_after_a_broken_registration_and_names_its_jar() throws Exception {
        Path cp = plugins.resolve("cp");
        Path broken = PluginJar.named("a-broken.jar").descriptor("typwerk-broken", "1.0.0", "[1.0,2.0)")
                .strategy("com.example.gone.Gone")
                .writeTo(cp);
        Path strict = PluginJar.named("b-strict.jar").descriptor("typwerk-strict", "1.0.0", "[1.0,2.0)")
                .source("com.example.strict.Strict", strategy("com.example.strict.Strict", "strict", "\"x\"",
                        "@jakarta.inject.Inject public Strict(java.util.Locale locale) { }"))
                .strategy("com.example.strict.Strict")
                .writeTo(cp);
        Path fine = PluginJar.named("c-fine.jar").descriptor("typwerk-fine", "1.0.0", "[1.0,2.0)")
                .source("com.example.fine.Fine", strategy("com.example.fine.Fine", "fine"))
                .strategy("com.example.fine.Fine")
                .writeTo(cp);
        URLClassLoader classPath = new URLClassLoader(
                new URL[] {broken.toUri().toURL(), strict.toUri().toURL(), fine.toUri().toURL()}, getClass().getClassLoader());
        open.add(classPath);

        Typwerk typwerk = start(Typwerk.builder().classPathLoader(classPath).locale(Locale.ENGLISH));

        assertThat(entry(typwerk, "a-broken.jar").decision()).isEqualTo(Decision.FAILED);
        assertThat(entry(typwerk, "a-broken.jar").reason()).isEqualTo("class path: " + broken.toAbsolutePath()
                + ": META-INF/services/de.typwerk.api.spi.ScoringStrategy names the class"
                + " com.example.gone.Gone, which is not there (ClassNotFoundException), as when a class is renamed or moved:"
                + " write there the full name (with its package) of the class that implements de.typwerk.api.spi.ScoringStrategy");
        assertThat(entry(typwerk, "b-strict.jar").decision()).isEqualTo(Decision.FAILED);
        assertThat(entry(typwerk, "b-strict.jar").reason()).startsWith("class path: " + strict.toAbsolutePath()
                + ": class com.example.strict.Strict has no public no-argument constructor");
        assertThat(entry(typwerk, "c-fine.jar").decision()).isEqualTo(Decision.LOADED);
        assertThat(typwerk.strategies().ids()).containsExactly("fine");
    }

    /**
     * A plugin project's {@code target/classes} on the class path, as the test kit and the build step
     * of validated definitions load it: its services file is a copy of the one under
     * {@code src/main/resources}, so {@code services} is written to both (or {@code source} to the latter).
     */
    private Path project(String services, String source) throws IOException {
        Path project = plugins.resolve("distanz");
        Path classes = project.resolve("target/classes");
        Files.createDirectories(classes.resolve("META-INF/typwerk"));
        Files.writeString(classes.resolve("META-INF/typwerk/plugin.yaml"),
                "id: distanz\nversion: 1.0.0\napi: \"[1.0,2.0)\"\nname: Distanz\nvendor: Typwerk tests\n");
        Path copy = classes.resolve("META-INF/services/de.typwerk.api.spi.ScoringStrategy");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, services);
        Path registration = project.resolve("src/main/resources/META-INF/services/de.typwerk.api.spi.ScoringStrategy");
        Files.createDirectories(registration.getParent());
        Files.writeString(registration, source);
        return classes;
    }

    private Typwerk onTheClassPath(Path classes, Locale locale) throws IOException {
        URLClassLoader classPath = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
        open.add(classPath);
        return start(Typwerk.builder().classPathLoader(classPath).locale(locale));
    }

    @Test
    void names_a_class_path_projects_registration_of_a_class_that_is_not_there_at_its_line_under_src_main_resources()
            throws Exception {
        String services = "# the strategies of this plugin\n  de.example.distanz.WeightSumStrategy\n";
        Path classes = project(services, services);
        Path registration = plugins.resolve("distanz/src/main/resources/META-INF/services/de.typwerk.api.spi.ScoringStrategy");

        PluginEntry english = entry(onTheClassPath(classes, Locale.ENGLISH), "classes");
        PluginEntry german = entry(onTheClassPath(classes, Locale.GERMAN), "classes");

        assertThat(english.decision()).isEqualTo(Decision.FAILED);
        // the file its author edits, at the line and column of the class, not the copy in target/classes
        assertThat(english.reason()).isEqualTo("class path: " + classes.toAbsolutePath() + ": " + registration.toAbsolutePath()
                + ":2:3: the class de.example.distanz.WeightSumStrategy named here is not there (ClassNotFoundException),"
                + " as when a class is renamed or moved: write here the full name (with its package) of the class that"
                + " implements de.typwerk.api.spi.ScoringStrategy");
        assertThat(german.reason()).endsWith(": " + registration.toAbsolutePath() + ":2:3: die hier genannte Klasse"
                + " de.example.distanz.WeightSumStrategy gibt es nicht (ClassNotFoundException), wie nach dem Umbenennen oder"
                + " Verschieben einer Klasse: Tragen Sie hier den vollen Namen (mit Paket) der Klasse ein, die"
                + " de.typwerk.api.spi.ScoringStrategy implementiert");
    }

    @Test
    void says_a_registration_copied_to_target_classes_is_out_of_date_when_the_source_no_longer_names_the_class()
            throws Exception {
        Path classes = project("de.example.distanz.WeightSumStrategy\n", "de.example.distanz.DistanceStrategy\n");
        Path registration = plugins.resolve("distanz/src/main/resources/META-INF/services/de.typwerk.api.spi.ScoringStrategy");

        PluginEntry entry = entry(onTheClassPath(classes, Locale.ENGLISH), "classes");

        assertThat(entry.decision()).isEqualTo(Decision.FAILED);
        assertThat(entry.reason()).isEqualTo("class path: " + classes.toAbsolutePath()
                + ": META-INF/services/de.typwerk.api.spi.ScoringStrategy names the class de.example.distanz.WeightSumStrategy,"
                + " which is not there (ClassNotFoundException); " + registration.toAbsolutePath() + ", which the build"
                + " copies it from, no longer names it: build the plugin again, so that the copy matches");
    }

    @Test
    void reports_class_path_registrations_that_name_no_loadable_class_by_file_or_on_their_own() throws Exception {
        Path cp = plugins.resolve("cp");
        Path syntax = PluginJar.named("a-syntax.jar").descriptor("typwerk-syntax", "1.0.0", "[1.0,2.0)")
                .strategy("com.example not a class name")
                .writeTo(cp);
        Path unlinked = PluginJar.named("b-unlinked.jar").descriptor("typwerk-unlinked", "1.0.0", "[1.0,2.0)")
                .source("com.example.u.Base", "package com.example.u; public abstract class Base"
                        + " implements de.typwerk.api.spi.ScoringStrategy<Void> { }")
                .source("com.example.u.Child", strategy("com.example.u.Child", "child")
                        .replace("public class Child implements ScoringStrategy<Void>", "public class Child extends Base"))
                .exclude("com/example/u/Base.class")
                .strategy("com.example.u.Child")
                .writeTo(cp);
        Path fine = jarOf("c-fine.jar", "typwerk-fine", "com.example.fine.Fine", "fine");
        Files.move(fine, cp.resolve("c-fine.jar"));
        URLClassLoader classPath = new URLClassLoader(new URL[] {syntax.toUri().toURL(), unlinked.toUri().toURL(),
                cp.resolve("c-fine.jar").toUri().toURL()}, getClass().getClassLoader());
        open.add(classPath);

        Typwerk typwerk = start(Typwerk.builder().classPathLoader(classPath).locale(Locale.ENGLISH));

        PluginEntry bad = entry(typwerk, "a-syntax.jar");
        assertThat(bad.decision()).isEqualTo(Decision.FAILED);
        assertThat(bad.reason()).startsWith("class path: " + syntax.toAbsolutePath()
                + ": a provider of de.typwerk.api.spi.ScoringStrategy cannot be loaded: ").contains("syntax");
        PluginEntry untraced = typwerk.plugins().stream().filter(e -> e.source().equals("class path")).findFirst().orElseThrow();
        assertThat(untraced.decision()).isEqualTo(Decision.FAILED);
        assertThat(untraced.reason()).isEqualTo("class path: a provider of de.typwerk.api.spi.ScoringStrategy cannot be"
                + " loaded: NoClassDefFoundError: com/example/u/Base");
        assertThat(entry(typwerk, "c-fine.jar").decision()).isEqualTo(Decision.LOADED);
    }

    @Test
    void refuses_a_second_plugin_with_a_strategy_id_already_taken_naming_both() {
        Path first = jarOf("a.jar", "first", "com.example.a.Same", "same");
        Path second = jarOf("b.jar", "second", "com.example.b.Same", "same");

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "a.jar").decision()).isEqualTo(Decision.LOADED);
        assertThat(entry(typwerk, "b.jar").decision()).isEqualTo(Decision.REFUSED);
        assertThat(entry(typwerk, "b.jar").reason()).isEqualTo(second + ": the strategy same is already provided by " + first
                + " (com.example.a.Same); give each strategy an id of its own (id()), or keep only one of the two");
    }

    @Test
    void refuses_a_second_plugin_with_a_questionnaire_already_loaded_naming_both() {
        Path first = PluginJar.named("a.jar").descriptor("first", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(plugins);
        Path second = PluginJar.named("b.jar").descriptor("second", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/probe.yaml", PROBE).writeTo(plugins);

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "a.jar").decision()).isEqualTo(Decision.LOADED);
        assertThat(entry(typwerk, "b.jar").reason()).startsWith(second + ":")
                .contains("probe-typen@1.0.0", first.toString());
        assertThat(typwerk.questionnaires()).singleElement().extracting(q -> q.pluginId()).isEqualTo("first");
    }

    @Test
    void refuses_a_plugin_whose_definition_does_not_read_with_its_problems() {
        Path jar = PluginJar.named("broken.jar").descriptor("broken", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/broken.yaml", Path.of("src/test/resources/plugins/broken-unknown-key.yaml"))
                .writeTo(plugins);

        Typwerk typwerk = load();

        PluginEntry broken = entry(typwerk, "broken.jar");
        assertThat(broken.decision()).isEqualTo(Decision.REFUSED);
        assertThat(broken.reason()).startsWith(jar + ":").contains("q/broken.yaml:6");
        int errors = broken.problems().size();
        assertThat(broken.reason()).as("the count in words, not 'error(s)'")
                .startsWith(jar + ": " + (errors == 1 ? "one error" : errors + " errors") + " in its definitions, first: ");
        assertThat(broken.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.location().source()).isEqualTo(jar + "!/q/broken.yaml");
            assertThat(p.location().line()).isEqualTo(6);
        });
    }

    @Test
    void withdraws_a_refused_plugins_strategy_so_no_questionnaire_names_a_missing_strategy() {
        // the strategy's plugin is refused for its own broken definition; the questionnaire that
        // names the strategy, in another plugin, must then be refused too
        PluginJar.named("a-strategy.jar").descriptor("greeting", "1.0.0", "[1.0,2.0)")
                .source("com.example.g.Greeting", strategy("com.example.g.Greeting", "greeting"))
                .strategy("com.example.g.Greeting")
                .questionnaire("q/broken.yaml", Path.of("src/test/resources/plugins/broken-unknown-key.yaml"))
                .writeTo(plugins);
        PluginJar.named("b-content.jar").descriptor("content", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/gruss.yaml", Path.of("src/test/resources/plugins/scored-by-greeting.yaml"))
                .writeTo(plugins);

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "a-strategy.jar").decision()).isEqualTo(Decision.REFUSED);
        assertThat(entry(typwerk, "b-content.jar").decision()).isEqualTo(Decision.REFUSED);
        assertThat(entry(typwerk, "b-content.jar").reason()).contains("greeting");
        assertThat(typwerk.strategies().ids()).isEmpty();
        assertThat(typwerk.questionnaires()).isEmpty();
    }

    @Test
    void gives_the_first_problem_a_strategys_check_finds_in_the_readers_language_in_the_reason() {
        PluginJar.named("a-strategy.jar").descriptor("greeting", "1.0.0", "[1.0,2.0)")
                .source("com.example.g.Greeting", TestSources.strategy("com.example.g.Greeting", "greeting", "\"greeting\"", """
                        public List<de.typwerk.api.model.Problem> check(Questionnaire questionnaire, Void parameters) {
                            return List.of(de.typwerk.api.model.Problem.at("", LocalizedText.of(java.util.Map.of(
                                    "de", "Keine Persona für den Typ a.", "en", "No persona for the type a."))));
                        }
                        """))
                .strategy("com.example.g.Greeting")
                .writeTo(plugins);
        PluginJar.named("b-content.jar").descriptor("content", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/gruss.yaml", Path.of("src/test/resources/plugins/scored-by-greeting.yaml"))
                .writeTo(plugins);

        Typwerk english = load();
        Typwerk german = start(Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).locale(Locale.GERMAN));

        assertThat(entry(english, "b-content.jar").reason()).contains("in its definitions, first: ")
                .endsWith(": error: No persona for the type a.");
        assertThat(entry(german, "b-content.jar").reason()).endsWith(": error: Keine Persona für den Typ a.");
    }

    @Test
    void loads_a_questionnaire_that_names_a_strategy_of_another_plugin() {
        jarOf("a-strategy.jar", "greeting", "com.example.g.Greeting", "greeting");
        PluginJar.named("b-content.jar").descriptor("content", "1.0.0", "[1.0,2.0)")
                .questionnaire("q/gruss.yaml", Path.of("src/test/resources/plugins/scored-by-greeting.yaml"))
                .writeTo(plugins);

        Typwerk typwerk = load();

        assertThat(typwerk.plugins()).allSatisfy(e -> assertThat(e.decision()).isEqualTo(Decision.LOADED));
        assertThat(typwerk.questionnaire("gruss-typen")).isPresent();
    }

    @Test
    void refuses_a_plugin_whose_descriptor_lists_a_missing_definition() {
        PluginJar.named("gap.jar").rawDescriptor("""
                id: gap
                version: 1.0.0
                api: "[1.0,2.0)"
                name: Gap
                vendor: Tests
                questionnaires: [q/not-there.yaml]
                """).writeTo(plugins);

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "gap.jar").decision()).isEqualTo(Decision.REFUSED);
        assertThat(entry(typwerk, "gap.jar").reason()).contains("gap.jar", "q/not-there.yaml", "missing");
    }

    @Test
    void names_the_definition_meant_when_the_descriptor_lists_one_with_a_slip() {
        PluginJar.named("slip.jar").rawDescriptor("""
                id: slip
                version: 1.0.0
                api: "[1.0,2.0)"
                name: Slip
                vendor: Tests
                questionnaires: [questionnaires/probe-typn.yaml]
                """).questionnaire("questionnaires/probe-typen.yaml", PROBE).writeTo(plugins);

        Typwerk typwerk = load();

        // as typwerk validate says it of the jar, so that typwerk plugins, list and serve say what to write
        assertThat(entry(typwerk, "slip.jar").decision()).isEqualTo(Decision.REFUSED);
        assertThat(entry(typwerk, "slip.jar").reason()).endsWith(
                "the definition questionnaires/probe-typn.yaml named in the descriptor is missing - did you mean questionnaires/probe-typen.yaml?");
    }

    @Test
    void refuses_a_jar_without_descriptor_or_with_an_invalid_one() {
        PluginJar.named("bare.jar").resource("readme.txt", "no descriptor here").writeTo(plugins);
        PluginJar.named("typo.jar").rawDescriptor("""
                id: typo
                version: 1.0.0
                api: "[1.0,2.0)"
                name: Typo
                vendr: Tests
                """).writeTo(plugins);

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "bare.jar").decision()).isEqualTo(Decision.REFUSED);
        // what is wrong, where, and what to do: a jar put there by mistake is most often a plugin's library
        assertThat(entry(typwerk, "bare.jar").reason()).isEqualTo(plugins.resolve("bare.jar") + ": no plugin descriptor"
                + " META-INF/typwerk/plugin.yaml; every plugin jar needs one (a library a plugin uses goes inside that"
                + " plugin’s jar, not into the plugins folder)");
        Typwerk german = start(Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).locale(Locale.GERMAN));
        assertThat(entry(german, "bare.jar").reason()).isEqualTo(plugins.resolve("bare.jar") + ": kein Plugin-Deskriptor"
                + " META-INF/typwerk/plugin.yaml; jedes Plugin-Jar braucht einen (eine Bibliothek, die ein Plugin nutzt,"
                + " gehört in dessen Jar, nicht in den Plugin-Ordner)");
        assertThat(typwerk.validate(plugins.resolve("bare.jar"))).extracting(Problem::toString).containsExactly(
                plugins.resolve("bare.jar") + ": error: The jar has no plugin descriptor META-INF/typwerk/plugin.yaml; every"
                        + " plugin jar needs one, saying who it is (in a Maven project:"
                        + " src/main/resources/META-INF/typwerk/plugin.yaml). A library a plugin uses goes inside that"
                        + " plugin’s jar, not into the plugins folder.");
        PluginEntry typo = entry(typwerk, "typo.jar");
        assertThat(typo.decision()).isEqualTo(Decision.REFUSED);
        assertThat(typo.reason()).contains("typo.jar", "vendr", "did you mean \"vendor\"");
        // where, as for a definition: the line of the misspelt key in the jar's descriptor
        assertThat(typo.reason()).contains("typo.jar!/META-INF/typwerk/plugin.yaml:5:1: error: Unknown key \"vendr\"");
        assertThat(typo.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().source()).endsWith("typo.jar!/META-INF/typwerk/plugin.yaml");
            assertThat(p.location().line()).isEqualTo(5);
        });
    }

    @Test
    void reports_a_plugins_folder_that_does_not_exist() {
        Path missing = plugins.resolve("nowhere");

        Typwerk typwerk = start(Typwerk.builder().classPathPlugins(false).pluginsFrom(missing).locale(Locale.ENGLISH));

        assertThat(typwerk.plugins()).singleElement().satisfies(e -> {
            assertThat(e.decision()).isEqualTo(Decision.FAILED);
            assertThat(e.reason()).isEqualTo(missing + ": plugins folder not found");
        });
    }

    @Test
    void a_plugin_jar_named_where_its_folder_belongs_is_told_to_name_the_folder() throws IOException {
        PluginJar.named("team.jar").descriptor("team", "1.0.0", "[1.0,2.0)").writeTo(plugins);
        Path jar = plugins.resolve("team.jar");

        Typwerk typwerk = start(Typwerk.builder().classPathPlugins(false).pluginsFrom(jar).locale(Locale.ENGLISH));

        assertThat(typwerk.plugins()).singleElement().satisfies(e -> {
            assertThat(e.decision()).isEqualTo(Decision.FAILED);
            assertThat(e.reason()).isEqualTo(jar + ": a file, not a plugins folder; name the folder that holds the plugin jars ("
                    + plugins + ")");
        });
    }

    @Test
    void writes_reasons_in_german_by_default() {
        PluginJar.named("future.jar").descriptor("future", "3.0.0", "[2.0,3.0)").writeTo(plugins);

        Typwerk typwerk = start(Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins));

        assertThat(entry(typwerk, "future.jar").reason()).contains("braucht die API-Version [2.0.0,3.0.0), eine sp\u00e4tere als die dieser Engine, 1.0.0: F\u00fchren Sie es mit einem Typwerk aus,"
                + " dessen API in diesem Bereich liegt (typwerk --version zeigt sie), oder schreiben Sie, wenn es nichts nutzt, was nach 1.0.0"
                + " hinzukam, api: \"[1.0,2.0)\" in seinen Deskriptor");
    }

    // ---- strict mode, closing ----

    @Test
    void refuses_to_start_in_strict_mode_when_any_plugin_is_not_loaded() throws IOException {
        Files.write(plugins.resolve("x.jar"), new byte[] {1, 2, 3});
        jarOf("good.jar", "good", "com.example.good.Good", "good");

        assertThatThrownBy(() -> Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).strict(true)
                .locale(Locale.ENGLISH).build())
                .isInstanceOfSatisfying(TypwerkStartException.class, e -> {
                    assertThat(e.refused()).extracting(PluginEntry::id).containsExactly("x.jar");
                    assertThat(e.getMessage()).contains("strict mode", "x.jar: not a valid jar");
                });
    }

    @Test
    void starts_in_strict_mode_when_every_plugin_loads() {
        jarOf("good.jar", "good", "com.example.good.Good", "good");

        Typwerk typwerk = start(Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).strict(true));

        assertThat(typwerk.plugins()).extracting(PluginEntry::decision).containsExactly(Decision.LOADED);
    }

    @Test
    void closes_the_plugin_class_loaders_when_the_engine_closes() {
        jarOf("good.jar", "good", "com.example.good.Good", "good");
        Typwerk typwerk = load();
        ClassLoader loader = ((StrategyRegistry) typwerk.strategies()).origin("good").orElseThrow().classLoader();
        assertThat(loader.getResource("META-INF/typwerk/plugin.yaml")).isNotNull();

        typwerk.close();

        assertThat(loader.getResource("META-INF/typwerk/plugin.yaml")).isNull();
    }

    @Test
    void loads_jars_in_file_name_order_whatever_the_file_system_lists() {
        for (String name : List.of("c.jar", "a.jar", "b.jar")) {
            String cls = "com.example." + name.charAt(0) + ".S";
            jarOf(name, "dup", cls, "s-" + name.charAt(0));
        }

        Typwerk typwerk = load();

        assertThat(typwerk.plugins()).extracting(e -> Path.of(e.source()).getFileName().toString(), PluginEntry::decision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a.jar", Decision.LOADED),
                        org.assertj.core.groups.Tuple.tuple("b.jar", Decision.REFUSED),
                        org.assertj.core.groups.Tuple.tuple("c.jar", Decision.REFUSED));
    }

    private static Questionnaire questionnaire() {
        return new QuestionnaireDocument("q", "1.0.0", null, List.of("de"), LocalizedText.of("de", "Q"), null, null, null, null, null, null, null, null);
    }

    private static Response response() {
        return Response.builder("q", Version.parse("1.0.0")).build();
    }
}
