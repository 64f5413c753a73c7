package de.typwerk.archetypes.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What docs/integrators.md promises an application that embeds the engine: a Maven project whose
 * POM is the page's "Dependency" block as written (the repository folder a release writes, the
 * BOM, the engine and the ÖFIT content, the build plugins) compiles the page's complete example,
 * {@code ScoreAnswers}, and runs it with the command the page gives, on the Maven that builds
 * Typwerk (3.8 brings a compiler plugin that compiles for Java 5 unless the POM names another).
 *
 * <p>Two things are put in for this build, and only those: the repository's URL (the page names a
 * placeholder folder; here the repository this module filled with the reactor's artifacts) and
 * the version of the BOM (the page names the release, here the reactor's version).
 *
 * <p>Needs {@code mvn} on the PATH; without it the test is skipped with a message (CI has it).
 */
class IntegratorProjectEndToEndIT {

    private final Path work = Path.of(System.getProperty("typwerk.it.work", "target/it-work")).resolve("integrator");
    private final Path repository = Path.of(System.getProperty("typwerk.it.repository", "target/it-repo")).toAbsolutePath();
    private final String version = System.getProperty("typwerk.it.version", "1.0.0-SNAPSHOT");
    private final Path docs = Path.of(System.getProperty("typwerk.it.docs", "../../../docs"));

    @Test
    void the_documented_pom_builds_and_runs_the_documented_example() throws Exception {
        MavenRun maven = MavenRun.forTest("the integrator project", work, repository);
        String page = Files.readString(docs.resolve("integrators.md"), StandardCharsets.UTF_8);
        Path project = work.resolve("app");
        Files.createDirectories(project.resolve("src/main/java"));
        Files.writeString(project.resolve("src/main/java/ScoreAnswers.java"), example(page, "ScoreAnswers"));
        Files.writeString(project.resolve("pom.xml"), pom(MavenRun.recipe(page, "docs/integrators.md", "integrator-project")));
        Path persona = docs.toAbsolutePath().resolveSibling("questionnaires/oefit/src/test/resources/personas/optimierer.yaml");

        MavenRun.Outcome ran = maven.run(project, work.resolve("app-run.log"), "-q", "compile",
                "org.codehaus.mojo:exec-maven-plugin:" + System.getProperty("typwerk.it.execPlugin", "3.5.0") + ":java",
                "-Dexec.mainClass=ScoreAnswers", "-Dexec.args=" + persona);

        assertThat(ran.ok()).as("mvn compile exec:java of the documented project:%n%s", ran.tail()).isTrue();
        String printed = Files.readString(ran.log(), StandardCharsets.UTF_8);
        assertThat(printed)
                .contains("loaded: oefit-digitalisierungstypen@1.0.0")
                .contains("primary type: optimierer")
                .contains("\"id\" : \"oefit-digitalisierungstypen\"");
    }

    /** The page's block as the POM's body, with this build's repository and version put in. */
    private String pom(String block) {
        String placeholder = "file:///path/to/typwerk/target/release-repo";
        assertThat(block).as("the block names the release's repository folder").contains(placeholder);
        String bom = "<artifactId>typwerk-bom</artifactId>\n      <version>1.0.0</version>";
        assertThat(block).as("the block imports the BOM of the release").contains(bom);
        String body = block.replace(placeholder, repository.toUri().toString())
                .replace(bom, "<artifactId>typwerk-bom</artifactId>\n      <version>" + version + "</version>");
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId>
                  <artifactId>score-answers</artifactId>
                  <version>1.0.0</version>
                %s
                </project>
                """.formatted(body);
    }

    /** The ```java block of the page that declares the public class {@code name}. */
    private static String example(String page, String name) {
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(page);
        while (block.find()) {
            if (block.group(1).contains("public class " + name + " ")) return block.group(1);
        }
        throw new AssertionError("docs/integrators.md has no example class " + name);
    }
}
