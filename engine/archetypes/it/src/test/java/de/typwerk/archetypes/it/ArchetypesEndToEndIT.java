package de.typwerk.archetypes.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Respondent;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.ScoringSpec;
import de.typwerk.api.model.Version;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.plugin.PluginEntry;
import de.typwerk.engine.scoring.ResultAssembler;
import de.typwerk.engine.scoring.Scorer;
import de.typwerk.engine.scoring.ScoringOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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
        Optional<Path> mvn = MavenRun.onPath();
        Assumptions.assumeTrue(mvn.isPresent(),
                "Maven (mvn) is not on the PATH: the archetype end-to-end test is skipped here; CI runs it.");
        clean(work);
        Path userRepository = Path.of(System.getProperty("typwerk.it.userRepository",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        MavenRun maven = new MavenRun(mvn.get(), MavenRun.writeSettings(work.resolve("settings.xml"), userRepository), repository);

        Path questionnaireJar = generateAndBuild(maven, "typwerk-archetype-questionnaire", "kreistypen", "");
        Path strategyJar = generateAndBuild(maven, "typwerk-archetype-strategy", "median", "-DstrategyId=median");

        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Files.copy(questionnaireJar, plugins.resolve(questionnaireJar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(strategyJar, plugins.resolve(strategyJar.getFileName()), StandardCopyOption.REPLACE_EXISTING);

        try (Typwerk typwerk = Typwerk.builder().pluginsFrom(plugins).classPathPlugins(true).locale(Locale.ENGLISH).build()) {
            PluginEntry questionnairePlugin = entry(typwerk, "kreistypen");
            PluginEntry strategyPlugin = entry(typwerk, "median");
            assertThat(questionnairePlugin.loaded()).as(questionnairePlugin.reason()).isTrue();
            assertThat(questionnairePlugin.source()).endsWith("kreistypen-1.0.0.jar");
            assertThat(questionnairePlugin.provides()).contains("questionnaire kreistypen@1.0.0");
            assertThat(strategyPlugin.loaded()).as(strategyPlugin.reason()).isTrue();
            assertThat(strategyPlugin.provides()).contains("strategy median 1.0.0");

            LoadedQuestionnaire listed = typwerk.questionnaire("kreistypen").orElseThrow();
            ScoringStrategy<?> median = typwerk.strategies().find("median").orElseThrow();
            assertThat(median.version()).isEqualTo(Version.parse("1.0.0"));

            Response planner = response(listed.questionnaire(), Map.of(
                    "strategie", new Answer.Choice("ja"), "umsetzung", new Answer.Scale(4),
                    "start", new Answer.Choice("plan"), "tempo", new Answer.Scale(2)));
            try (Scorer scorer = new Scorer(new Mappers(), typwerk.messages())) {
                // the questionnaire's own strategy (points, from the class path) makes a result
                ScoringOutcome byPoints = scorer.score(typwerk.strategies().find("points").orElseThrow(),
                        listed.questionnaire(), planner);
                assertThat(byPoints.problems()).isEmpty();
                Result result = new ResultAssembler().assemble(listed, planner, byPoints.scored().orElseThrow());
                assertThat(result.outcome()).isEqualTo(new Outcome.Primary("planer", primaryLead(result)));

                // the folder strategy scores the same answers, given parameters for it
                Questionnaire withMedian = withAlternative(listed.questionnaire(), "median");
                ScoringOutcome byMedian = scorer.score(median, withMedian, planner);
                assertThat(byMedian.problems()).isEmpty();
                ScoreSheet sheet = byMedian.scored().orElseThrow().sheet();
                assertThat(sheet.types()).extracting(ScoreSheet.TypeScore::type).containsExactly("planer", "macher");
                assertThat(sheet.types().get(0).share()).isGreaterThan(sheet.types().get(1).share());
            }

            // the folder strategy was created through its @Inject constructor with the engine's language
            Path definition = Files.writeString(work.resolve("ignores-nothing.yaml"), IGNORES_A_QUESTION_THAT_DOES_NOT_EXIST);
            assertThat(typwerk.validate(definition)).extracting(p -> p.message())
                    .containsExactly("\"nope\" in ignore is not a question of this questionnaire.");
        }
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

    private Path generateAndBuild(MavenRun maven, String archetype, String artifactId, String extra) throws Exception {
        MavenRun.Outcome generated = maven.run(work, work.resolve(artifactId + "-generate.log"),
                "org.apache.maven.plugins:maven-archetype-plugin:" + archetypePlugin + ":generate",
                "-DinteractiveMode=false", "-DarchetypeCatalog=local",
                "-DarchetypeGroupId=de.typwerk", "-DarchetypeArtifactId=" + archetype, "-DarchetypeVersion=" + version,
                "-DgroupId=" + GROUP, "-DartifactId=" + artifactId, "-Dversion=1.0.0", "-Dpackage=" + GROUP + "." + artifactId,
                extra.isEmpty() ? "-Dvendor=Musterverband" : extra);
        assertThat(generated.ok()).as("generating %s from %s:%n%s", artifactId, archetype, generated.tail()).isTrue();

        Path project = work.resolve(artifactId);
        MavenRun.Outcome built = maven.run(project, work.resolve(artifactId + "-verify.log"), "verify");
        assertThat(built.ok()).as("mvn verify in the generated %s:%n%s", artifactId, built.tail()).isTrue();
        assertThat(Files.readString(built.log())).as("the generated test ran").containsPattern("Tests run: [1-9]");

        Path jar = project.resolve("target").resolve(artifactId + "-1.0.0.jar");
        assertThat(jar).isRegularFile();
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
        return new Response(questionnaire.id(), Version.parse(questionnaire.version()), Respondent.ANONYMOUS, ordered);
    }

    /** The questionnaire with empty parameters for {@code strategyId} among its alternatives. */
    private static Questionnaire withAlternative(Questionnaire q, String strategyId) {
        ScoringSpec spec = q.scoring().orElseThrow();
        Map<String, Map<String, Object>> alternatives = new LinkedHashMap<>(spec.alternatives());
        alternatives.put(strategyId, Map.of());
        ScoringSpec more = new ScoringSpec(spec.strategy(), spec.parameters(), alternatives, spec.mixedMargin(),
                spec.minAnswered(), spec.missing());
        return new Questionnaire(q.id(), q.version(), q.base(), q.locales(), q.title(), q.description(), q.source(),
                q.profileTopics(), q.types(), q.dimensions(), q.sections(), Optional.of(more));
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
