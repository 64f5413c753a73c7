package de.typwerk.engine.plugin;

import static de.typwerk.engine.plugin.TestSources.strategy;
import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several plugins merged into one class path jar, as a shading step makes it: one
 * {@code META-INF/typwerk/plugin.yaml} survives, the {@code META-INF/services} files are merged,
 * and each plugin's own copies under {@code META-INF/typwerk/plugins/<name>/} tell them apart.
 */
class UberJarTest {

    private static final Path PROBE = Path.of("src/test/resources/plugins/probe-typen.yaml");
    private static final String SERVICES = "services/de.typwerk.api.spi.ScoringStrategy";

    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) c.close();
    }

    private static String descriptor(String id, String... questionnaires) {
        StringBuilder yaml = new StringBuilder("id: " + id + "\nversion: 1.0.0\napi: \"[1.0,2.0)\"\nname: " + id
                + "\nvendor: Typwerk tests\n");
        if (questionnaires.length > 0) yaml.append("questionnaires:\n");
        for (String q : questionnaires) yaml.append("  - ").append(q).append('\n');
        return yaml.toString();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Alpha (a strategy, its descriptor the one that survived), Beta (a strategy) and Probe (a questionnaire). */
    private PluginJar merged() {
        return PluginJar.named("app.jar")
                .rawDescriptor(descriptor("uber-alpha"))
                .resource("META-INF/typwerk/plugins/uber-alpha/plugin.yaml", descriptor("uber-alpha"))
                .resource("META-INF/typwerk/plugins/uber-alpha/" + SERVICES, "com.example.alpha.Alpha\n")
                .resource("META-INF/typwerk/plugins/uber-beta/plugin.yaml", descriptor("uber-beta"))
                .resource("META-INF/typwerk/plugins/uber-beta/" + SERVICES, "# the beta strategy\ncom.example.beta.Beta\n")
                .resource("META-INF/typwerk/plugins/uber-probe/plugin.yaml", descriptor("uber-probe", "q/probe.yaml"))
                .resource("q/probe.yaml", read(PROBE))
                .source("com.example.alpha.Alpha", strategy("com.example.alpha.Alpha", "alpha"))
                .source("com.example.beta.Beta", strategy("com.example.beta.Beta", "beta"))
                .strategy("com.example.alpha.Alpha")
                .strategy("com.example.beta.Beta");
    }

    private Typwerk onClassPath(Path jar) throws Exception {
        URLClassLoader classPath = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
        open.add(classPath);
        Typwerk typwerk = Typwerk.builder().classPathLoader(classPath).locale(Locale.ENGLISH).build();
        open.add(typwerk);
        return typwerk;
    }

    private static PluginEntry plugin(Typwerk typwerk, String id) {
        return typwerk.plugins().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no plugin " + id + " in " + typwerk.plugins()));
    }

    @Test
    void every_plugin_of_a_merged_jar_loads_with_the_providers_its_own_copy_names() throws Exception {
        Path jar = merged().writeTo(dir);

        Typwerk typwerk = onClassPath(jar);

        assertThat(plugin(typwerk, "uber-alpha").loaded()).isTrue();
        assertThat(plugin(typwerk, "uber-alpha").provides()).containsExactly("strategy alpha 1.0.0");
        assertThat(plugin(typwerk, "uber-beta").loaded()).isTrue();
        assertThat(plugin(typwerk, "uber-beta").provides()).containsExactly("strategy beta 1.0.0");
        assertThat(plugin(typwerk, "uber-probe").loaded()).isTrue();
        assertThat(plugin(typwerk, "uber-probe").source()).isEqualTo("class path: " + jar.toAbsolutePath());
        assertThat(typwerk.questionnaire("probe-typen")).isPresent();
        assertThat(typwerk.strategies().ids()).contains("alpha", "beta");
    }

    @Test
    void a_merged_jar_without_the_common_descriptor_still_loads_every_plugin() throws Exception {
        Path jar = merged().exclude("META-INF/typwerk/plugin.yaml").writeTo(dir);

        Typwerk typwerk = onClassPath(jar);

        assertThat(typwerk.plugins()).filteredOn(e -> e.id().startsWith("uber-")).hasSize(3)
                .allSatisfy(e -> assertThat(e.loaded()).as(e.reason()).isTrue());
        assertThat(typwerk.strategies().ids()).contains("alpha", "beta");
    }

    @Test
    void a_provider_that_no_plugin_of_a_merged_jar_names_is_refused_with_the_reason() throws Exception {
        Path jar = merged()
                .source("com.example.gamma.Gamma", strategy("com.example.gamma.Gamma", "gamma"))
                .strategy("com.example.gamma.Gamma")
                .writeTo(dir);

        Typwerk typwerk = onClassPath(jar);

        PluginEntry refused = typwerk.plugins().stream().filter(e -> e.reason().contains("com.example.gamma.Gamma"))
                .findFirst().orElseThrow();
        assertThat(refused.decision()).isEqualTo(Decision.REFUSED);
        assertThat(refused.reason()).isEqualTo("class path: " + jar.toAbsolutePath() + ": providers in a class path"
                + " entry with several plugins (an uber jar) that no plugin’s copy of META-INF/services under"
                + " META-INF/typwerk/plugins/<name>/services/ names, not used: com.example.gamma.Gamma");
        assertThat(typwerk.strategies().ids()).contains("alpha", "beta").doesNotContain("gamma");
    }

    @Test
    void a_plugin_whose_descriptor_survived_without_copies_keeps_the_providers_no_copy_names() throws Exception {
        // a plugin built without the copies (not Typwerk's own) whose plugin.yaml won the merge
        Path jar = merged().rawDescriptor(descriptor("foreign"))
                .source("com.example.gamma.Gamma", strategy("com.example.gamma.Gamma", "gamma"))
                .strategy("com.example.gamma.Gamma")
                .writeTo(dir);

        Typwerk typwerk = onClassPath(jar);

        assertThat(plugin(typwerk, "foreign").provides()).containsExactly("strategy gamma 1.0.0");
        assertThat(plugin(typwerk, "uber-alpha").provides()).containsExactly("strategy alpha 1.0.0");
        assertThat(plugin(typwerk, "uber-probe").loaded()).isTrue();
    }
}
