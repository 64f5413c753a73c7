package de.typwerk.archetypes.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a nested Maven, as a plugin author would run it, against a local repository of its own
 * ({@code -Dmaven.repo.local}) that holds this build's engine artifacts; everything else comes from
 * the user's local repository, offered read-only as a file repository in a settings file. Nothing
 * is installed into the user's repository, and no engine snapshot from there can leak in.
 */
final class MavenRun {

    private static final long MINUTES = 10;

    private final Path mvn;
    private final Path settings;
    private final Path repository;

    MavenRun(Path mvn, Path settings, Path repository) {
        this.mvn = mvn;
        this.settings = settings;
        this.repository = repository;
    }

    /**
     * The nested Maven of a test: {@code mvn} from the PATH, with settings written into {@code work} that offer
     * the user's local repository ({@code typwerk.it.userRepository}, else {@code ~/.m2/repository}), and
     * {@code repository} as its own local one. Without {@code mvn} on the PATH the test is skipped, saying so.
     *
     * @param test what the test is called in the message of a skip ("the uber jar")
     */
    static MavenRun forTest(String test, Path work, Path repository) throws IOException {
        Optional<Path> mvn = onPath();
        Assumptions.assumeTrue(mvn.isPresent(),
                "Maven (mvn) is not on the PATH: " + test + " end-to-end test is skipped here; CI runs it.");
        Path userRepository = Path.of(System.getProperty("typwerk.it.userRepository",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        return new MavenRun(mvn.get(), writeSettings(work.resolve("settings.xml"), userRepository), repository);
    }

    /**
     * The code block of a page of the docs whose fence says {@code typwerk-recipe=<name>}, as it stands there.
     *
     * @param page     the page's text
     * @param pageName the page, for the message where it lacks the block
     */
    static String recipe(String page, String pageName, String name) {
        String fence = "```xml typwerk-recipe=" + name + "\n";
        int start = page.indexOf(fence);
        assertThat(start).as(pageName + " has the block " + fence.strip()).isNotNegative();
        int from = start + fence.length();
        return page.substring(from, page.indexOf("```", from));
    }

    /** {@code mvn} (or {@code mvn.cmd}) on the PATH, if there is one. */
    static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) continue;
            Path candidate = Path.of(dir, windows ? "mvn.cmd" : "mvn");
            if (Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /**
     * The settings a nested build uses: the user's local repository as the first remote
     * repository (releases only, so no engine snapshot is ever taken from it).
     */
    static Path writeSettings(Path file, Path userRepository) throws IOException {
        String url = userRepository.toUri().toString();
        String repository = """
                        <id>user-repository</id>
                        <url>%s</url>
                        <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
                        <snapshots><enabled>false</enabled></snapshots>
                """.formatted(url);
        String xml = """
                <settings>
                  <profiles>
                    <profile>
                      <id>user-repository</id>
                      <repositories>
                        <repository>
                %s        </repository>
                      </repositories>
                      <pluginRepositories>
                        <pluginRepository>
                %s        </pluginRepository>
                      </pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles>
                    <activeProfile>user-repository</activeProfile>
                  </activeProfiles>
                </settings>
                """.formatted(repository, repository);
        Files.createDirectories(file.getParent());
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return file;
    }

    /** What a run printed, and how it ended. */
    record Outcome(int exitCode, Path log) {

        boolean ok() {
            return exitCode == 0;
        }

        /** The last lines of the log, for a failure message. */
        String tail() {
            try {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 60), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e + ")";
            }
        }
    }

    /** Runs {@code mvn -B -s settings -Dmaven.repo.local=repository args…} in {@code dir}. */
    Outcome run(Path dir, Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mvn.toString(), "-B", "-s", settings.toString(),
                "-Dmaven.repo.local=" + repository));
        command.addAll(List.of(args));
        Files.createDirectories(dir);
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
                .start();
        if (!process.waitFor(MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Outcome(-1, log);
        }
        return new Outcome(process.exitValue(), log);
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "NUL" : "/dev/null";
    }
}
