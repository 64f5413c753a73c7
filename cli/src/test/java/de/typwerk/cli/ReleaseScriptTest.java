package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code ./release} as docs/releasing.md describes it, where it answers before it builds anything:
 * Maven's offline mode, which cannot deploy, is refused at once with what to do, where Maven
 * refused it only at its first deployment, after the whole build and its tests.
 */
@EnabledOnOs(OS.LINUX)
class ReleaseScriptTest {

    @ParameterizedTest
    @ValueSource(strings = {"-o", "--offline"})
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void refuses_maven_offline_mode_before_it_builds_and_says_to_leave_it_out(String offline) throws Exception {
        Path release = Path.of("..", "release").toAbsolutePath().normalize();
        assertThat(release).as("the release command at the repository's root").isRegularFile();
        Path marker = release.resolveSibling("target").resolve("release").resolve("build");
        long before = Files.isDirectory(marker) ? Files.getLastModifiedTime(marker).toMillis() : -1;

        Process process = new ProcessBuilder("bash", release.toString(), "1.0.0", "-B", offline)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(err).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err).isEqualTo("release: " + offline + " cannot release: Maven does not deploy in offline mode, not even"
                + " into a folder, and would stop\n"
                + "release: only after the whole build and its tests. Leave " + offline + " out: Maven then downloads only what"
                + " the local\nrelease: repository lacks (docs/releasing.md).\n");
        // nothing exported, nothing removed: it stopped before the first step
        assertThat(Files.isDirectory(marker) ? Files.getLastModifiedTime(marker).toMillis() : -1).isEqualTo(before);
    }
}
