package de.typwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the checks under {@code src/test/js} with Node and the npm packages of the repository's
 * {@code package.json} (survey-core), which {@code ./verify} installs. Without them the test fails,
 * never skips: the checks by the other side's tools are part of the test suite.
 */
final class Node {

    private static final String MISSING = "The SurveyJS checks need Node.js and npm survey-core 3.1.1 in the repository's "
            + "node_modules. Run the tests with ./verify (it installs both: apt-get install nodejs npm when node is "
            + "missing, then npm ci) instead of mvn verify alone. ";

    private final Path root;

    private Node(Path root) {
        this.root = root;
    }

    /** Node with survey-core 3.1.1 installed at the top of the repository; fails the test if either is missing. */
    static Node withSurveyCore() throws IOException {
        Path root = repositoryRoot();
        Path manifest = root.resolve("node_modules/survey-core/package.json");
        if (!Files.isRegularFile(manifest)) fail(MISSING + "Not found: " + root.relativize(manifest));
        JsonNode pkg = Json.mapper().readTree(manifest.toFile());
        assertThat(pkg.path("version").asText()).as("survey-core version in node_modules").isEqualTo("3.1.1");
        Node node = new Node(root);
        try {
            node.run(List.of("--version"));
        } catch (IOException e) {
            fail(MISSING + "No 'node' on the PATH: " + e.getMessage());
        }
        return node;
    }

    /** Runs {@code node src/test/js/<script> args…}; returns standard output; fails on a non-zero exit. */
    String script(String script, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("engine/interop/src/test/js").resolve(script).toString());
        command.addAll(args);
        return run(command);
    }

    private String run(List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("node");
        command.addAll(args);
        Path err = Files.createTempFile("node", ".err");
        try {
            Process process = new ProcessBuilder(command).directory(root.toFile())
                    .redirectError(err.toFile()).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("node " + args + " did not end within 5 minutes");
            }
            if (process.exitValue() != 0) {
                fail("node " + args + " ended with " + process.exitValue() + ":\n" + Files.readString(err));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /** The folder with the repository's package.json: tests run in engine/interop. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("package.json")) && Files.isRegularFile(dir.resolve("verify"))) return dir;
            dir = dir.getParent();
        }
        throw new IllegalStateException("no package.json with ./verify above " + Path.of("").toAbsolutePath());
    }
}
