package de.typwerk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.applications.batch.CsvLayout;
import de.typwerk.applications.synthetic.SyntheticAnswers;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example classes in {@code docs/integrators.md}, taken from the page as written, compiled
 * against the class path an integrator has (engine and content jars) and run.
 */
class IntegratorsGuideTest {

    @TempDir
    Path temp;

    /** The page, found from the module folder the tests run in. */
    private static Path guide() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/integrators.md"))) dir = dir.getParent();
        if (dir == null) throw new IllegalStateException("docs/integrators.md not found above " + Path.of("").toAbsolutePath());
        return dir.resolve("docs/integrators.md");
    }

    /** The ```java block of the page that declares the public class {@code className}, and that name. */
    private static String[] example(String className) throws IOException {
        String page = Files.readString(guide());
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(page);
        while (block.find()) {
            Matcher name = Pattern.compile("public class (\\w+)").matcher(block.group(1));
            if (name.find() && name.group(1).equals(className)) return new String[] {name.group(1), block.group(1)};
        }
        throw new IllegalStateException("no example class " + className + " in " + guide());
    }

    /** Compiles an example as an integrator would, warnings as errors; the folder of its classes. */
    private Path compile(String[] example) throws IOException {
        Path source = temp.resolve("src").resolve(example[0] + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, example[1]);
        Path classes = Files.createDirectories(temp.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

        int compiled = javac.run(null, diagnostics, diagnostics, "-d", classes.toString(), "-cp", classPath(),
                "--release", "17", "-Xlint:all", "-Werror", source.toString());

        assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        return classes;
    }

    @Test
    void every_java_example_of_the_guide_is_a_complete_class_with_its_imports() throws IOException {
        String page = Files.readString(guide());
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(page);
        int examples = 0;
        while (block.find()) {
            assertThat(block.group(1)).as("a java block of docs/integrators.md").contains("public class ").contains("import ");
            examples++;
        }
        assertThat(examples).isEqualTo(4);
    }

    @Test
    void the_batch_example_in_the_guide_compiles_and_scores_a_csv_file_as_written() throws Exception {
        String[] example = example("ScoreBatch");
        Path classes = compile(example);
        Path answers = threeRowsOfCsv();
        Path results = temp.resolve("results.jsonl");

        String printed = run(classes, example[0], answers.toString(), results.toString());

        assertThat(printed).as(Files.exists(results) ? Files.readString(results) : "no results").contains("3 rows, 0 error records");
        assertThat(Files.readAllLines(results)).hasSize(3)
                .allSatisfy(line -> assertThat(line).startsWith("{\"row\":").contains("\"outcome\":"));
    }

    @Test
    void the_cohort_example_in_the_guide_reads_a_batchs_results_with_the_engine_alone() throws Exception {
        String[] batch = example("ScoreBatch");
        Path results = temp.resolve("results.jsonl");
        run(compile(batch), batch[0], threeRowsOfCsv().toString(), results.toString());
        String[] cohort = example("CohortOfResults");
        // an application reaches the cohort through the facade: nothing of the engine's internals
        assertThat(cohort[1]).doesNotContain("de.typwerk.engine.definition").doesNotContain("de.typwerk.engine.i18n")
                .doesNotContain("messages()");

        String printed = run(compile(cohort), cohort[0], results.toString());

        assertThat(printed).contains("\"questionnaire\"").contains("oefit-digitalisierungstypen").contains("\"total\" : 3");
    }

    @Test
    void the_example_for_another_tools_responses_scores_a_fhir_bundle_as_written() throws Exception {
        String[] example = example("ScoreResponses");
        Path classes = compile(example);
        Path root = guide().getParent().getParent();
        String response = Files.readString(root.resolve("engine/interop/src/test/resources/personas/optimierer.fhir.json"));
        Path bundle = temp.resolve("responses.json");
        Files.writeString(bundle, "{\"resourceType\": \"Bundle\", \"type\": \"searchset\", \"entry\": [{\"resource\": " + response
                + "}, {\"resource\": " + response.replace("\"completed\"", "\"in-progress\"") + "}]}");
        Path results = temp.resolve("results.jsonl");

        String printed = run(classes, example[0], "fhir", bundle.toString(), results.toString());

        assertThat(printed).contains("2 rows, 1 error records");
        List<String> rows = Files.readAllLines(results);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("{\"row\":1,").contains("\"outcome\":");
        assertThat(rows.get(1)).startsWith("{\"row\":2,\"error\":{\"code\":\"not-completed\"");
    }

    private static String classPath() {
        // Surefire may start the tests from a manifest-only jar; it names the real class path here
        String test = System.getProperty("surefire.test.class.path");
        String path = test != null && !test.isBlank() ? test : System.getProperty("java.class.path");
        // this module has no main classes: its (missing) target/classes would only draw a warning
        return Stream.of(path.split(File.pathSeparator)).filter(e -> Files.exists(Path.of(e)))
                .collect(Collectors.joining(File.pathSeparator));
    }

    @Test
    void the_example_in_the_guide_compiles_and_scores_an_answers_file_as_written() throws Exception {
        String[] example = example("ScoreAnswers");
        Path classes = compile(example);
        Path answers = Path.of(IntegratorsGuideTest.class.getResource("/answers/optimierer.yaml").toURI());
        String printed = run(classes, example[0], answers.toString(), temp.resolve("no-plugins-here").toString());
        assertThat(printed).contains("loaded: oefit-digitalisierungstypen@1.0.0")
                .contains("primary type: optimierer")
                .contains("\"questionnaire\" : {");
    }

    /** Three synthetic ÖFIT answers as CSV, as {@code typwerk generate --format csv} writes them. */
    private Path threeRowsOfCsv() throws IOException {
        try (Typwerk typwerk = Typwerk.builder().build()) {
            Questionnaire oefit = typwerk.questionnaire("oefit-digitalisierungstypen").orElseThrow().questionnaire();
            CsvLayout layout = new CsvLayout(oefit);
            StringBuilder csv = new StringBuilder(layout.header()).append('\n');
            new SyntheticAnswers(oefit, SyntheticAnswers.Settings.seed(7)).rows(3).forEachRemaining(row -> csv.append(
                    layout.row(row.questionnaireId(), row.questionnaireVersion(), row.respondent(), row.answers()).stream()
                            .map(IntegratorsGuideTest::quoted).collect(Collectors.joining(","))).append('\n'));
            return Files.writeString(temp.resolve("answers.csv"), csv);
        }
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    /** Runs {@code main} of the compiled class in a loader of its own, capturing standard output. */
    private static String run(Path classes, String className, String... args) throws Exception {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                IntegratorsGuideTest.class.getClassLoader())) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            main.invoke(null, (Object) args);
        } finally {
            System.setOut(before);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_guide_names_the_dependencies_this_module_uses() throws IOException {
        String page = Files.readString(guide());

        for (String artifact : List.of("typwerk-engine-core", "typwerk-questionnaire-oefit", "typwerk-strategy-prototype")) {
            assertThat(page).contains("<artifactId>" + artifact + "</artifactId>");
        }
    }
}
