package de.typwerk.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Problem;
import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin's build may record that a definition it ships validated (and that a strategy's
 * parameters schema passed the meta-schema check); the engine trusts such a record only while it
 * still holds, and validates everything else as always. Real jars, a real engine.
 */
class ValidatedIndexTest {

    private static final Path PROBE = Path.of("src/test/resources/plugins/probe-typen.yaml");
    private static final String DEFINITION = "questionnaires/probe-typen.yaml";

    @TempDir
    Path plugins;

    /** The probe with a weight for a type it does not have: it reads, but does not validate. */
    private static byte[] unknownType() throws IOException {
        return Files.readString(PROBE).replace("weights: {forsch: 1}", "weights: {niemand: 1}").getBytes(StandardCharsets.UTF_8);
    }

    private Path jar(byte[] definition, String record) {
        return PluginJar.named("probe.jar").descriptor("probe", "1.0.0", "[1.0,2.0)")
                .questionnaire(DEFINITION, new String(definition, StandardCharsets.UTF_8))
                .resource(DEFINITION + ValidatedIndex.SUFFIX, record).writeTo(plugins);
    }

    private static String record(byte[] definition, String engine, String strategies) {
        return "sha256=" + ValidatedIndex.sha256(definition) + "\nengine=" + engine + "\nstrategies=" + strategies + "\n";
    }

    private PluginEntry load() {
        try (Typwerk typwerk = Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).locale(Locale.ENGLISH).build()) {
            return typwerk.plugins().get(0);
        }
    }

    @Test
    void takes_a_definition_as_valid_without_validating_it_again_while_its_build_record_holds() throws IOException {
        byte[] definition = unknownType();
        jar(definition, ValidatedIndex.record(ValidatedIndex.sha256(definition), Map.of(), List.of()));

        // the record vouches for exactly these bytes, so the validator was not asked
        assertThat(load().loaded()).isTrue();
    }

    @Test
    void validates_a_definition_whose_bytes_are_not_those_of_its_record_and_refuses_it_with_the_precise_problem()
            throws IOException {
        Path jar = jar(unknownType(), record(Files.readAllBytes(PROBE), ValidatedIndex.ENGINE_VERSION, ""));

        PluginEntry entry = load();

        assertThat(entry.loaded()).isFalse();
        assertThat(entry.problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith(jar + "!/" + DEFINITION + ":25:")
                .contains("niemand");
    }

    @Test
    void validates_a_definition_recorded_by_another_engine_version() throws IOException {
        byte[] definition = unknownType();
        jar(definition, record(definition, "0.9.0", ""));

        assertThat(load().loaded()).isFalse();
    }

    @Test
    void validates_a_definition_recorded_with_a_strategy_version_that_is_not_loaded() throws IOException {
        byte[] definition = unknownType();
        jar(definition, record(definition, ValidatedIndex.ENGINE_VERSION, "points@1.0.0"));

        assertThat(load().loaded()).isFalse();
    }

    @Test
    void validates_a_definition_whose_record_does_not_read() throws IOException {
        jar(unknownType(), "sha256=nonsense\n");

        assertThat(load().loaded()).isFalse();
    }

    @Test
    void always_validates_a_jar_a_user_passes_to_validate_whatever_its_records_say() throws IOException {
        byte[] definition = unknownType();
        Path jar = jar(definition, ValidatedIndex.record(ValidatedIndex.sha256(definition), Map.of(), List.of()));

        try (Typwerk typwerk = Typwerk.builder().classPathPlugins(false).locale(Locale.ENGLISH).build()) {
            assertThat(typwerk.validate(jar)).extracting(Problem::toString).singleElement().asString()
                    .startsWith(jar + "!/" + DEFINITION + ":25:");
        }
    }

    @Test
    void checks_a_strategys_parameters_schema_unless_its_build_recorded_that_this_very_schema_passed() {
        String broken = "{\"type\": \"nummer\"}";
        String strategy = TestSources.strategy("com.example.s.Schema", "schema", "\"x\"",
                "public java.util.Optional<String> parametersSchema() {"
                        + " return java.util.Optional.of(\"{\\\"type\\\": \\\"nummer\\\"}\"); }");
        PluginJar.named("other.jar").descriptor("schema", "1.0.0", "[1.0,2.0)")
                .source("com.example.s.Schema", strategy).strategy("com.example.s.Schema")
                .resource(ValidatedIndex.schemaRecordPath("com.example.s.Schema"), ValidatedIndex.schemaRecordText("{}"))
                .writeTo(plugins);

        PluginEntry checked = load();
        assertThat(checked.loaded()).isFalse();
        assertThat(checked.reason()).contains("The parameters schema of the strategy 'schema' is not a valid JSON Schema");

        PluginJar.named("other.jar").descriptor("schema", "1.0.0", "[1.0,2.0)")
                .source("com.example.s.Schema", strategy).strategy("com.example.s.Schema")
                .resource(ValidatedIndex.schemaRecordPath("com.example.s.Schema"), ValidatedIndex.schemaRecordText(broken))
                .writeTo(plugins);

        // the record vouches for this very text: not checked again
        assertThat(load().loaded()).isTrue();
    }
}
