package de.typwerk.archetypes.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.definition.document.QuestionnaireDocument;
import de.typwerk.engine.definition.document.ScoringDocument;
import de.typwerk.engine.plugin.PluginEntry;
import de.typwerk.engine.plugin.ValidatedIndex;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.engine.scoring.ResultAssembler;
import de.typwerk.engine.strategy.StrategyRunner;
import de.typwerk.engine.strategy.RunOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What issue 4 promises a plugin author, end to end: a project generated from each archetype
 * builds with {@code mvn verify} against this engine (its test holding it to the test kit's
 * contract), and the jars it builds load from a plugins folder: the questionnaire is listed and
 * scored, the strategy is found and scores in its own class loader.
 *
 * <p>Needs {@code mvn} on the PATH; without it the test is skipped with a message (CI has it).
 */
class ArchetypesEndToEndIT {

    private static final String GROUP = "org.example.typwerk";

    private final Path work = Path.of(System.getProperty("typwerk.it.work", "target/it-work"));
    private final Path repository = Path.of(System.getProperty("typwerk.it.repository", "target/it-repo")).toAbsolutePath();
    private final String version = System.getProperty("typwerk.it.version", "1.0.0-SNAPSHOT");
    private final String archetypePlugin = System.getProperty("typwerk.it.archetypePlugin", "3.4.1");

    @Test
    void projects_generated_from_both_archetypes_build_and_their_jars_load_from_a_plugins_folder() throws Exception {
        Assumptions.assumeTrue(MavenRun.onPath().isPresent(),
                "Maven (mvn) is not on the PATH: the archetype end-to-end test is skipped here; CI runs it.");
        clean(work);
        MavenRun maven = MavenRun.forTest("the archetype", work, repository);

        Path questionnaireJar = generateAndBuild(maven, "typwerk-archetype-questionnaire", "kreistypen", "", p -> { });
        // the generated build records that its definition validated, for these very bytes (start-up: ValidatedIndex)
        try (java.util.jar.JarFile contents = new java.util.jar.JarFile(questionnaireJar.toFile())) {
            String definition = "questionnaires/kreistypen.yaml";
            java.util.zip.ZipEntry record = contents.getEntry(definition + ValidatedIndex.SUFFIX);
            assertThat(record).as("the record beside %s in %s", definition, questionnaireJar.getFileName()).isNotNull();
            byte[] bytes;
            try (var in = contents.getInputStream(contents.getEntry(definition))) {
                bytes = in.readAllBytes();
            }
            try (var in = contents.getInputStream(record)) {
                assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines())
                        .contains("sha256=" + ValidatedIndex.sha256(bytes)).anyMatch(l -> l.matches("strategies=(.*,)?points@.*"));
            }
        }
        // a variant of ÖFIT, its base loaded in its tests by the recipe of docs/plugin-authors.md
        Path variantJar = generateAndBuild(maven, "typwerk-archetype-questionnaire", "kreisvariante", "",
                ArchetypesEndToEndIT::applyVariantRecipe);
        try (java.util.jar.JarFile contents = new java.util.jar.JarFile(variantJar.toFile())) {
            assertThat(contents.getEntry("questionnaires/kreisvariante.yaml" + ValidatedIndex.SUFFIX))
                    .as("the variant validated with its base and every strategy the base names").isNotNull();
        }

        // the strategy with a private Jackson 2.17, built by the recipe of docs/plugin-authors.md
        Path strategyJar = generateAndBuild(maven, "typwerk-archetype-strategy", "median", "-DstrategyId=median",
                ArchetypesEndToEndIT::applyPrivateLibraryRecipe);
        Path originalJar = strategyJar.resolveSibling("original-" + strategyJar.getFileName());
        assertThat(originalJar).as("the shading step's original").isRegularFile();
        try (ZipFile zip = new ZipFile(strategyJar.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            assertThat(names).as("Jackson relocated into the jar")
                    .contains("de/musterverband/median/shaded/jackson/databind/ObjectMapper.class",
                            "de/musterverband/median/shaded/jackson/core/JsonFactory.class")
                    .noneMatch(n -> n.startsWith("com/fasterxml/"));
        }

        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Files.copy(questionnaireJar, plugins.resolve(questionnaireJar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(strategyJar, plugins.resolve(strategyJar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(originalJar, plugins.resolve(originalJar.getFileName()), StandardCopyOption.REPLACE_EXISTING);

        try (Typwerk typwerk = Typwerk.builder().pluginsFrom(plugins).classPathPlugins(true).locale(Locale.ENGLISH).build()) {
            PluginEntry questionnairePlugin = entry(typwerk, "kreistypen");
            PluginEntry strategyPlugin = entry(typwerk, "median");
            assertThat(questionnairePlugin.loaded()).as(questionnairePlugin.reason()).isTrue();
            assertThat(questionnairePlugin.source()).endsWith("kreistypen-1.0.0.jar");
            assertThat(questionnairePlugin.provides()).contains("questionnaire kreistypen@1.0.0");
            // the descriptor's one text, shown as written to every reader, in both languages
            assertThat(questionnairePlugin.description())
                    .isEqualTo("Ein Typologie-Fragebogen auf Deutsch und Englisch. / A typology questionnaire in German and English.");
            assertThat(strategyPlugin.loaded()).as(strategyPlugin.reason()).isTrue();
            assertThat(strategyPlugin.source()).endsWith("/median-1.0.0.jar");
            assertThat(strategyPlugin.provides()).contains("strategy median 1.0.0", "questionnaire jackson-probe@1.0.0");
            assertThat(strategyPlugin.description()).isEqualTo("Die Bewertungsstrategie median. / The scoring strategy median.");
            // written by the plugin's own, relocated Jackson, not the engine's
            assertThat(typwerk.questionnaire("jackson-probe").orElseThrow().questionnaire().title().get("en", "en"))
                    .isEqualTo("Written with Jackson 2.17.2");
            PluginEntry original = typwerk.plugins().stream()
                    .filter(e -> e.source().endsWith("original-median-1.0.0.jar")).findFirst().orElseThrow();
            assertThat(original.loaded()).isFalse();
            assertThat(original.reason()).contains("maven-shade-plugin", "median-1.0.0.jar");

            LoadedQuestionnaire listed = typwerk.questionnaire("kreistypen").orElseThrow();
            ScoringStrategy<?> median = typwerk.strategies().find("median").orElseThrow();
            assertThat(median.version()).isEqualTo(Version.parse("1.0.0"));

            Response planner = response(listed.questionnaire(), Map.of(
                    "strategie", new Answer.Choice("ja"), "umsetzung", new Answer.Scale(4),
                    "start", new Answer.Choice("plan"), "tempo", new Answer.Scale(2)));
            try (StrategyRunner scorer = new StrategyRunner(new Mappers(), typwerk.messages())) {
                // the questionnaire's own strategy (points, from the class path) makes a result
                RunOutcome byPoints = scorer.score(typwerk.strategies().find("points").orElseThrow(),
                        listed.questionnaire(), planner);
                assertThat(byPoints.problems()).isEmpty();
                Result result = new ResultAssembler().assemble(listed, planner, byPoints.scored().orElseThrow());
                assertThat(result.outcome()).isEqualTo(new Outcome.Primary("planer", primaryLead(result)));

                // the folder strategy scores the same answers, given parameters for it
                Questionnaire withMedian = withAlternative(listed.questionnaire(), "median");
                RunOutcome byMedian = scorer.score(median, withMedian, planner);
                assertThat(byMedian.problems()).isEmpty();
                ScoreSheet sheet = byMedian.scored().orElseThrow().sheet();
                assertThat(sheet.types()).extracting(ScoreSheet.TypeScore::type).containsExactly("planer", "macher");
                assertThat(sheet.types().get(0).share()).isGreaterThan(sheet.types().get(1).share());
            }

            // the folder strategy says its check messages in German and English; the caller picks
            Path definition = Files.writeString(work.resolve("ignores-nothing.yaml"), IGNORES_A_QUESTION_THAT_DOES_NOT_EXIST);
            assertThat(typwerk.validate(definition)).extracting(p -> p.message(Locale.ENGLISH))
                    .containsExactly("\"nope\" in ignore is not a question of this questionnaire.");
            assertThat(typwerk.validate(definition)).extracting(p -> p.message(Locale.GERMAN))
                    .containsExactly("„nope“ unter ignore ist keine Frage dieses Fragebogens.");
        }
    }

    @Test
    void refuses_to_generate_a_project_whose_ids_the_engine_would_refuse_and_says_what_to_use() throws Exception {
        Assumptions.assumeTrue(MavenRun.onPath().isPresent(),
                "Maven (mvn) is not on the PATH: the archetype end-to-end test is skipped here; CI runs it.");
        Path here = work.resolve("refused");
        clean(here);
        MavenRun maven = MavenRun.forTest("the archetype", here, repository);

        MavenRun.Outcome questionnaire = generate(maven, here, "typwerk-archetype-questionnaire", "KreisTypen", "-Dvendor=V");
        MavenRun.Outcome strategy = generate(maven, here, "typwerk-archetype-strategy", "median", "-DstrategyId=Median");

        assertThat(questionnaire.ok()).as("generating KreisTypen").isFalse();
        assertThat(Files.readString(questionnaire.log())).contains("-DartifactId=KreisTypen cannot be the id of a questionnaire"
                + " plugin", "use e.g. -DartifactId=kreistypen. Nothing was generated.");
        assertThat(here.resolve("KreisTypen")).doesNotExist();
        assertThat(strategy.ok()).as("generating a strategy with the id Median").isFalse();
        assertThat(Files.readString(strategy.log())).contains("-DstrategyId=Median cannot be the id definitions name in"
                + " scoring.strategy", "use e.g. -DstrategyId=median. Nothing was generated.");
        assertThat(here.resolve("median")).doesNotExist();
    }

    private MavenRun.Outcome generate(MavenRun maven, Path dir, String archetype, String artifactId, String extra) throws Exception {
        return maven.run(dir, dir.resolve(artifactId + "-" + archetype + ".log"),
                "org.apache.maven.plugins:maven-archetype-plugin:" + archetypePlugin + ":generate",
                "-DinteractiveMode=false", "-DarchetypeCatalog=local",
                "-DarchetypeGroupId=de.typwerk", "-DarchetypeArtifactId=" + archetype, "-DarchetypeVersion=" + version,
                "-DgroupId=" + GROUP, "-DartifactId=" + artifactId, "-Dversion=1.0.0", "-Dpackage=" + GROUP + ".x", extra);
    }

    private static final String IGNORES_A_QUESTION_THAT_DOES_NOT_EXIST = """
            id: ignores-nothing
            version: 1.0.0
            locales: [en]
            title: {en: "Ignores a question that does not exist"}
            types:
              - {id: a, name: {en: "A"}}
              - {id: b, name: {en: "B"}}
            sections:
              - id: s
                title: {en: "S"}
                questions:
                  - id: q
                    kind: single
                    text: {en: "Q?"}
                    options:
                      - {id: x, text: {en: "X"}, weights: {a: 1}}
                      - {id: y, text: {en: "Y"}, weights: {b: 1}}
            scoring:
              strategy: median
              parameters: {ignore: [nope]}
            """;

    /**
     * Applies "A strategy with a private library" of docs/plugin-authors.md to a generated project:
     * the blocks marked {@code typwerk-recipe=dependencies}, {@code =plugins} and
     * {@code =surefire-configuration} go into its POM as they stand in the docs, and a class uses the private Jackson: a questionnaire
     * provider whose definition, written with that Jackson, names its version in the title.
     */
    private static void applyPrivateLibraryRecipe(Path project) throws IOException {
        String docs = Files.readString(Path.of(System.getProperty("typwerk.it.docs", "../../../docs"))
                .resolve("plugin-authors.md"));
        Path pom = project.resolve("pom.xml");
        String text = Files.readString(pom);
        text = insertBefore(text, "  </dependencies>", MavenRun.recipe(docs, "docs/plugin-authors.md", "dependencies"));
        text = insertBefore(text, "    </plugins>", MavenRun.recipe(docs, "docs/plugin-authors.md", "plugins"));
        int surefire = text.indexOf("<artifactId>maven-surefire-plugin</artifactId>");
        assertThat(surefire).as("the generated POM declares maven-surefire-plugin").isNotNegative();
        int afterVersion = text.indexOf("</version>", surefire) + "</version>".length();
        text = text.substring(0, afterVersion) + "\n" + MavenRun.recipe(docs, "docs/plugin-authors.md", "surefire-configuration") + text.substring(afterVersion);
        Files.writeString(pom, text);
        Path source = project.resolve("src/main/java/org/example/typwerk/median/JacksonProbe.java");
        Files.writeString(source, """
                package org.example.typwerk.median;

                import com.fasterxml.jackson.core.JsonProcessingException;
                import com.fasterxml.jackson.databind.ObjectMapper;
                import com.fasterxml.jackson.databind.cfg.PackageVersion;
                import com.fasterxml.jackson.databind.node.ObjectNode;
                import de.typwerk.api.spi.DefinitionSource;
                import de.typwerk.api.spi.QuestionnaireProvider;
                import java.io.UncheckedIOException;
                import java.util.List;

                /** A definition written with the plugin's own Jackson; its title names that Jackson's version. */
                public final class JacksonProbe implements QuestionnaireProvider {

                    @Override
                    public List<DefinitionSource> definitions() {
                        ObjectMapper mapper = new ObjectMapper();
                        ObjectNode d = mapper.createObjectNode().put("id", "jackson-probe").put("version", "1.0.0");
                        d.putArray("locales").add("en");
                        d.putObject("title").put("en", "Written with Jackson " + PackageVersion.VERSION);
                        ObjectNode section = d.putArray("sections").addObject().put("id", "s");
                        section.putObject("title").put("en", "S");
                        ObjectNode question = section.putArray("questions").addObject().put("id", "q").put("kind", "text");
                        question.putObject("text").put("en", "Q?");
                        try {
                            return List.of(new DefinitionSource("jackson-probe.json", mapper.writeValueAsBytes(d)));
                        } catch (JsonProcessingException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
                """);
        Path services = project.resolve("src/main/resources/META-INF/services/de.typwerk.api.spi.QuestionnaireProvider");
        Files.writeString(services, "org.example.typwerk.median.JacksonProbe\n");
    }

    /**
     * Applies "A variant of a questionnaire that ships with Typwerk" of docs/plugin-authors.md to a
     * generated questionnaire project: its definition becomes a variant of ÖFIT, and the block
     * marked {@code typwerk-recipe=variant-dependencies} goes into its POM as it stands in the docs.
     */
    private static void applyVariantRecipe(Path project) throws IOException {
        String docs = Files.readString(Path.of(System.getProperty("typwerk.it.docs", "../../../docs"))
                .resolve("plugin-authors.md"));
        Path pom = project.resolve("pom.xml");
        Files.writeString(pom, insertBefore(Files.readString(pom), "  </dependencies>", MavenRun.recipe(docs, "docs/plugin-authors.md", "variant-dependencies")));
        Files.writeString(project.resolve("src/main/resources/questionnaires/kreisvariante.yaml"), """
                id: kreisvariante
                version: 1.0.0
                extends: oefit-digitalisierungstypen@[1.0,2.0)
                locales: [de, en]
                title: {de: "Digitale Kommunen in Musterland", en: "Digital municipalities in Musterland"}
                overlay:
                  remove:
                    questions: [chatbots-apps]
                  add:
                    questions:
                      - section: zusammenarbeit
                        after: interkommunal
                        question:
                          id: landesportal
                          kind: single
                          text: {de: "Nutzen Sie das Landesportal?", en: "Do you use the state portal?"}
                          options:
                            - {id: ja, text: {de: "Ja", en: "Yes"}, weights: {kooperation: 0.8, bedaechtig: 2}}
                            - {id: nein, text: {de: "Nein", en: "No"}, weights: {kooperation: 0.3}}
                """);
    }

    private static String insertBefore(String text, String marker, String insertion) {
        int at = text.lastIndexOf(marker);
        assertThat(at).as("the generated POM has " + marker.strip()).isNotNegative();
        return text.substring(0, at) + insertion + text.substring(at);
    }

    /** What a test does to a generated project before it is built. */
    @FunctionalInterface
    private interface Edit {
        void apply(Path project) throws IOException;
    }

    private Path generateAndBuild(MavenRun maven, String archetype, String artifactId, String extra, Edit edit)
            throws Exception {
        MavenRun.Outcome generated = maven.run(work, work.resolve(artifactId + "-generate.log"),
                "org.apache.maven.plugins:maven-archetype-plugin:" + archetypePlugin + ":generate",
                "-DinteractiveMode=false", "-DarchetypeCatalog=local",
                "-DarchetypeGroupId=de.typwerk", "-DarchetypeArtifactId=" + archetype, "-DarchetypeVersion=" + version,
                "-DgroupId=" + GROUP, "-DartifactId=" + artifactId, "-Dversion=1.0.0", "-Dpackage=" + GROUP + "." + artifactId,
                extra.isEmpty() ? "-Dvendor=Musterverband" : extra);
        assertThat(generated.ok()).as("generating %s from %s:%n%s", artifactId, archetype, generated.tail()).isTrue();

        Path project = work.resolve(artifactId);
        edit.apply(project);
        // install, not only verify: docs/plugin-authors.md has a strategy installed to be a questionnaire's test dependency
        MavenRun.Outcome built = maven.run(project, work.resolve(artifactId + "-install.log"), "clean", "install");
        assertThat(built.ok()).as("mvn clean install in the generated %s:%n%s", artifactId, built.tail()).isTrue();
        String log = Files.readString(built.log());
        assertThat(log).as("the generated test ran").containsPattern("Tests run: [1-9]");
        // every plugin of the build at the version Typwerk pins, none at Maven's default (install 2.4, clean 2.5)
        Map<String, String> ran = new LinkedHashMap<>();
        java.util.regex.Matcher step = java.util.regex.Pattern.compile("--- (maven-[a-z]+-plugin):([^:\\s]+):").matcher(log);
        while (step.find()) ran.put(step.group(1), step.group(2));
        Map<String, String> pinned = new LinkedHashMap<>();
        for (String plugin : System.getProperty("typwerk.it.pinnedPlugins",
                "maven-clean-plugin:3.4.1,maven-install-plugin:3.1.4").split(",")) {
            pinned.put(plugin.substring(0, plugin.indexOf(':')), plugin.substring(plugin.indexOf(':') + 1));
        }
        assertThat(ran).as("the plugins mvn clean install ran in the generated %s", artifactId)
                .containsAllEntriesOf(pinned);

        Path jar = project.resolve("target").resolve(artifactId + "-1.0.0.jar");
        assertThat(jar).isRegularFile();
        try (java.util.jar.JarFile contents = new java.util.jar.JarFile(jar.toFile())) {
            assertThat(contents.getEntry("META-INF/typwerk/plugins/" + artifactId + "/plugin.yaml"))
                    .as("%s carries its descriptor under a path of its own, for uber jars", jar.getFileName()).isNotNull();
        }
        return jar;
    }

    private static PluginEntry entry(Typwerk typwerk, String id) {
        return typwerk.plugins().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no plugin " + id + " in " + typwerk.plugins()));
    }

    private static Response response(Questionnaire questionnaire, Map<String, Answer> answers) {
        Map<String, Answer> ordered = new LinkedHashMap<>();
        questionnaire.questions().forEach(q -> {
            if (answers.containsKey(q.id())) ordered.put(q.id(), answers.get(q.id()));
        });
        return Response.builder(questionnaire.id(), Version.parse(questionnaire.version())).answers(ordered).build();
    }

    /** The questionnaire with empty parameters for {@code strategyId} among its alternatives. */
    private static Questionnaire withAlternative(Questionnaire q, String strategyId) {
        ScoringSpec spec = q.scoring().orElseThrow();
        Map<String, Map<String, Object>> alternatives = new LinkedHashMap<>(spec.alternatives());
        alternatives.put(strategyId, Map.of());
        ScoringSpec more = new ScoringDocument(spec.strategy(), spec.parameters(), alternatives, spec.mixedMargin(),
                spec.minAnswered(), spec.missing());
        return QuestionnaireDocument.builder(q).scoring(Optional.of(more)).build();
    }

    private static double primaryLead(Result result) {
        return result.outcome() instanceof Outcome.Primary p ? p.lead() : Double.NaN;
    }

    private static void clean(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
