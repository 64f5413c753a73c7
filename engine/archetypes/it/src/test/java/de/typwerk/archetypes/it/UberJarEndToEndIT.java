package de.typwerk.archetypes.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * What docs/integrators.md ("One jar with everything") promises: an application shaded into one
 * jar with the engine and every plugin Typwerk ships, by the maven-shade-plugin block of that
 * page as written, keeps every plugin. The application starts the engine strictly (a plugin that
 * did not survive stops it) and lists what loaded; it is run with {@code java -jar}.
 *
 * <p>Needs {@code mvn} on the PATH; without it the test is skipped with a message (CI has it).
 */
class UberJarEndToEndIT {

    private static final List<String> CONTENT = List.of("typwerk-questionnaire-oefit", "typwerk-questionnaire-oefit-kreise",
            "typwerk-questionnaire-ozg-reifegrad", "typwerk-strategy-points", "typwerk-strategy-prototype",
            "typwerk-strategy-levels");

    private final Path work = Path.of(System.getProperty("typwerk.it.work", "target/it-work")).resolve("uber");
    private final Path repository = Path.of(System.getProperty("typwerk.it.repository", "target/it-repo")).toAbsolutePath();
    private final String version = System.getProperty("typwerk.it.version", "1.0.0-SNAPSHOT");
    private final Path docs = Path.of(System.getProperty("typwerk.it.docs", "../../../docs"));

    private static final String MAIN = """
            package org.example.app;

            import de.typwerk.engine.LoadedQuestionnaire;
            import de.typwerk.engine.Typwerk;
            import java.nio.file.Path;
            import java.util.Locale;

            public class Main {
                public static void main(String[] args) {
                    try (Typwerk typwerk = Typwerk.builder().strict(true).locale(Locale.ENGLISH).build()) {
                        typwerk.plugins().forEach(p -> System.out.println("plugin: " + p.id() + " " + p.decision()
                                + " " + p.provides()));
                        for (LoadedQuestionnaire q : typwerk.questionnaires()) {
                            System.out.println("questionnaire: " + q.questionnaire().coordinates());
                        }
                        System.out.println("strategies: " + typwerk.strategies().ids());
                        System.out.println("scored: " + typwerk.score(Path.of(args[0])).asResult()
                                .map(r -> r.outcome().toString()).orElse("refused"));
                    }
                }
            }
            """;

    @Test
    void one_shaded_jar_of_the_engine_and_every_shipped_plugin_loads_every_questionnaire() throws Exception {
        MavenRun maven = MavenRun.forTest("the uber jar", work, repository);
        Path project = work.resolve("app");
        Files.createDirectories(project.resolve("src/main/java/org/example/app"));
        Files.writeString(project.resolve("src/main/java/org/example/app/Main.java"), MAIN);
        Files.writeString(project.resolve("pom.xml"), pom(MavenRun.recipe(Files.readString(docs.resolve("integrators.md")), "docs/integrators.md", "uber-jar")));

        MavenRun.Outcome built = maven.run(project, work.resolve("app-package.log"), "-q", "package", "-DskipTests");

        assertThat(built.ok()).as("mvn package of the application:%n%s", built.tail()).isTrue();
        Path jar = project.resolve("target/app-1.0.0.jar");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            assertThat(names).as("one jar: the engine and every plugin's own descriptor copy in it")
                    .contains("de/typwerk/engine/Typwerk.class")
                    .containsAll(CONTENT.stream().map(a -> "META-INF/typwerk/plugins/" + a + "/plugin.yaml").toList());
            assertThat(names.stream().filter(n -> n.equals("META-INF/typwerk/plugin.yaml"))).as("one descriptor survived the merge")
                    .hasSize(1);
        }

        Path persona = Path.of(System.getProperty("typwerk.it.docs", "../../../docs")).resolveSibling(
                "questionnaires/oefit/src/test/resources/personas/optimierer.yaml");
        String printed = javaJar(jar, persona);

        assertThat(printed)
                .contains("questionnaire: oefit-digitalisierungstypen@1.0.0")
                .contains("questionnaire: oefit-kreise@1.0.0")
                .contains("questionnaire: ozg-reifegrad@1.0.0")
                .contains("scored: Primary[type=optimierer");
        assertThat(printed.lines().filter(l -> l.startsWith("strategies: ")).findFirst().orElseThrow())
                .contains("points", "prototype", "levels");
        for (String plugin : List.of("typwerk-oefit", "typwerk-oefit-kreise", "typwerk-ozg-reifegrad",
                "typwerk-strategy-points", "typwerk-strategy-prototype", "typwerk-strategy-levels")) {
            assertThat(printed).contains("plugin: " + plugin + " LOADED");
        }
        assertThat(printed).doesNotContain("REFUSED", "FAILED");
    }

    /** {@code java -jar} in a process of its own, as an operator starts the application. */
    private String javaJar(Path jar, Path answers) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = work.resolve("app-run.log");
        Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), answers.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the application ended").isTrue();
        String printed = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isZero();
        return printed;
    }

    private String pom(String shadePlugin) {
        StringBuilder dependencies = new StringBuilder("""
                    <dependency>
                      <groupId>de.typwerk</groupId>
                      <artifactId>typwerk-engine-core</artifactId>
                    </dependency>
                """);
        for (String artifact : CONTENT) {
            dependencies.append("""
                        <dependency>
                          <groupId>de.typwerk</groupId>
                          <artifactId>%s</artifactId>
                          <scope>runtime</scope>
                        </dependency>
                    """.formatted(artifact));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.example</groupId>
                  <artifactId>app</artifactId>
                  <version>1.0.0</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>de.typwerk</groupId>
                        <artifactId>typwerk-bom</artifactId>
                        <version>%s</version>
                        <type>pom</type>
                        <scope>import</scope>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>
                  <dependencies>
                %s  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-resources-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-surefire-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-jar-plugin</artifactId>
                        <version>%s</version>
                      </plugin>
                %s
                    </plugins>
                  </build>
                </project>
                """.formatted(version, dependencies,
                System.getProperty("typwerk.it.compilerPlugin", "3.14.1"),
                System.getProperty("typwerk.it.resourcesPlugin", "3.3.1"),
                System.getProperty("typwerk.it.surefirePlugin", "3.5.4"),
                System.getProperty("typwerk.it.jarPlugin", "3.4.2"),
                shadePlugin);
    }
}
