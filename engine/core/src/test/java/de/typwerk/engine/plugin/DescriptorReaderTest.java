package de.typwerk.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.plugin.PluginDescriptor;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Version;
import de.typwerk.api.model.VersionRange;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DescriptorReaderTest {

    private final DescriptorReader reader = new DescriptorReader(new Mappers(), new Messages(Locale.ENGLISH));

    private DescriptorReader.Read read(String fixture) throws IOException {
        Path file = Path.of("src/test/resources/descriptors", fixture);
        return reader.read(fixture, Files.readAllBytes(file));
    }

    @Test
    void reads_every_field_of_a_descriptor() throws IOException {
        DescriptorReader.Read read = read("valid.yaml");

        assertThat(read.problems()).isEmpty();
        assertThat(read.descriptor()).contains(new PluginDescriptor("lkt-kreistypen", Version.parse("1.2.0"),
                VersionRange.parse("[1.0,2.0)"), "Kreistypen", "Landkreistag Musterland",
                Optional.of("Typen von Landkreisen"), List.of("questionnaires/kreistypen.yaml")));
    }

    @Test
    void reads_a_descriptor_without_the_optional_fields() throws IOException {
        PluginDescriptor d = read("minimal.yaml").descriptor().orElseThrow();

        assertThat(d.description()).isEmpty();
        assertThat(d.questionnaires()).isEmpty();
        assertThat(d.api().contains(Version.parse("1.9.0"))).isTrue();
        assertThat(d.api().contains(Version.parse("2.0.0"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-key.yaml      | unknown-key       | 5 | 1 | /vendr         | Unknown key "vendr" in the plugin descriptor - did you mean "vendor"?
            duplicate-key.yaml    | duplicate-key     | 6 | 1 | /id            | The key 'id' appears twice here (first on line 1).
            missing-field.yaml    | missing-field     | 1 | 1 | /vendor        | The plugin descriptor lacks "vendor".
            blank-name.yaml       | missing-field     | 4 | 7 | /name          | The plugin descriptor lacks "name".
            missing-api.yaml      | missing-field     | 3 | 1 | /api           | The plugin descriptor lacks "api".
            bad-range.yaml        | invalid-value     | 3 | 6 | /api           | Invalid value for "api": '[2.0,1.0)' is not a version range; write it in quotes as "[1.0,2.0)" (1.0 up to, not including, 2.0) or "1.0" (the same).
            bad-version.yaml      | invalid-value     | 2 | 10 | /version      | Invalid value for "version": 'eins' is not a version; expected MAJOR.MINOR.PATCH in quotes, such as "1.0.0", also with a label such as "1.0.0-beta".
            bad-id.yaml           | invalid-plugin-id | 1 | 5 | /id            | The plugin id "Kreis Typen" is invalid: use lower-case letters, digits, "-" and ".", starting with a letter or digit.
            unsafe-path.yaml      | invalid-path      | 7 | 5 | /questionnaires/0 | The path "../../etc/passwd.yaml" under questionnaires must be relative, separated by /, without "..".
            unquoted-range.yaml   | descriptor-syntax | 3 | 6 | /api           | The version range under "api" must be quoted, or YAML reads its bracket as the start of a list: api: "[1.0,2.0)"
            unquoted-short-range.yaml | invalid-value | 3 | 6 | /api           | The version range under "api" must be quoted, or YAML reads 1.10 as a number: api: "1.10"
            single-questionnaire.yaml | invalid-value | 6 | 17 | /questionnaires | 'Invalid value for "questionnaires": a list of paths inside the jar is expected, one per line after "- ", or in brackets: questionnaires: [questionnaires/kreistypen.yaml]'
            list-name.yaml        | invalid-value     | 4 | 7 | /name          | Invalid value for "name": a text is expected here, not a list or a mapping.
            empty.yaml            | descriptor-empty  | 0 | 0 | ''             | The plugin descriptor is empty.
            list.yaml             | descriptor-shape  | 1 | 1 | ''             | The plugin descriptor must be a mapping of keys to values.
            """)
    void reports_what_is_wrong_with_a_descriptor_and_where(String fixture, String code, int line, int column,
                                                           String pointer, String message) throws IOException {
        DescriptorReader.Read read = read(fixture);

        assertThat(read.descriptor()).isEmpty();
        Problem first = read.problems().get(0);
        assertThat(first.code()).isEqualTo(code);
        assertThat(first.message()).isEqualTo(message);
        assertThat(first.location().source()).isEqualTo(fixture);
        assertThat(first.location().line()).isEqualTo(line);
        assertThat(first.location().column()).isEqualTo(column);
        assertThat(first.location().pointer()).isEqualTo(pointer);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"malformed.yaml, 3"})
    void reports_broken_yaml_with_its_line(String fixture, int line) throws IOException {
        DescriptorReader.Read read = read(fixture);

        assertThat(read.descriptor()).isEmpty();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("descriptor-syntax");
            assertThat(p.location().line()).isGreaterThanOrEqualTo(line);
            assertThat(p.message()).startsWith("The plugin descriptor is not valid YAML: ").doesNotContain("\n");
        });
    }

    @Test
    void says_a_tab_at_its_place_in_the_words_a_definition_gets_for_it() {
        byte[] tab = "id: x\nversion: \"1.0.0\"\n\tapi: \"1.0\"\nname: X\nvendor: V\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(reader.read("plugin.yaml", tab).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("descriptor-syntax");
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.location().column()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("The plugin descriptor is not valid YAML: a tab: YAML indents with spaces only");
        });
    }

    @Test
    void says_a_list_left_open_at_the_end_of_its_line_not_at_the_next_lines_colon() {
        byte[] open = "id: x\nversion: \"1.0.0\"\napi: \"1.0\"\nname: X\nvendor: V\nquestionnaires: [a.yaml, b.yaml\ndescription: D\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(reader.read("plugin.yaml", open).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("descriptor-syntax");
            assertThat(p.location().line() + ":" + p.location().column()).isEqualTo("6:32");
            assertThat(p.message()).contains("in square brackets […], a comma between two entries or the closing bracket is missing");
        });
    }

    @Test
    void refuses_a_version_a_definition_may_not_have_either_not_a_date_read_as_a_version_with_a_label() {
        // Version.parse took each: 2024-01-05 as 2024.0.0-01-05, 1-rc as 1.0.0-rc, and labels semantic versioning refuses
        for (String version : List.of("2024-01-05", "1-rc", "1.2-beta", "1.0.0-rc..1", "1.0.0-01")) {
            byte[] descriptor = ("id: x\nversion: \"" + version + "\"\napi: \"1.0\"\nname: X\nvendor: V\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            DescriptorReader.Read read = reader.read("plugin.yaml", descriptor);

            assertThat(read.descriptor()).as(version).isEmpty();
            assertThat(read.problems()).as(version).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("invalid-value");
                assertThat(p.location().line() + ":" + p.location().column()).isEqualTo("2:10");
                assertThat(p.message()).isEqualTo("Invalid value for \"version\": '" + version + "' is not a version; expected"
                        + " MAJOR.MINOR.PATCH in quotes, such as \"1.0.0\", also with a label such as \"1.0.0-beta\".");
            });
        }
        for (String version : List.of("1.0.0-rc.1", "2.1.0-0.3.7", "1.0.0-x-y.10", "1.10", "2")) {
            byte[] descriptor = ("id: x\nversion: \"" + version + "\"\napi: \"1.0\"\nname: X\nvendor: V\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(reader.read("plugin.yaml", descriptor).problems()).as(version).isEmpty();
        }
    }

    @Test
    void reports_an_unquoted_short_version_as_an_invalid_value() throws IOException {
        // YAML reads 1.2 as a number; the engine does not guess that a version was meant
        DescriptorReader.Read read = read("unquoted-version.yaml");

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("invalid-value");
            assertThat(p.location().pointer()).isEqualTo("/version");
            assertThat(p.location().line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("Invalid value for \"version\": YAML reads 1.2 as a number; write the version in"
                    + " quotes: version: \"1.2\"");
        });
    }

    @Test
    void refuses_a_descriptor_too_large_to_be_one() {
        byte[] huge = ("id: x\n" + "# padding\n".repeat(8000)).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(reader.read("huge.yaml", huge).problems()).extracting(Problem::code).containsExactly("descriptor-too-large");
    }

    @Test
    void says_a_version_or_range_that_does_not_read_in_the_readers_language_with_how_to_write_it() {
        DescriptorReader german = new DescriptorReader(new Mappers(), new Messages(Locale.GERMAN));
        byte[] api = "id: x\nversion: \"1.0.0\"\napi: 1.0.x\nname: X\nvendor: V\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] version = "id: x\nversion: 1.0.0.1\napi: \"1.0\"\nname: X\nvendor: V\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(german.read("d.yaml", api).problems()).extracting((Problem p) -> p.message()).containsExactly(
                "Ungültiger Wert für „api“: „1.0.x“ ist kein Versionsbereich; schreiben Sie ihn in Anführungszeichen wie"
                        + " \"[1.0,2.0)\" (1.0 bis ausschließlich 2.0) oder \"1.0\" (dasselbe).");
        assertThat(german.read("d.yaml", version).problems()).extracting((Problem p) -> p.message()).containsExactly(
                "Ungültiger Wert für „version“: „1.0.0.1“ ist keine Version; erwartet wird MAJOR.MINOR.PATCH in"
                        + " Anführungszeichen, etwa \"1.0.0\", auch mit einem Zusatz wie \"1.0.0-beta\".");
    }

    @Test
    void speaks_german_by_default() throws IOException {
        DescriptorReader german = new DescriptorReader(new Mappers(), new Messages(Locale.GERMAN));
        Path file = Path.of("src/test/resources/descriptors/missing-field.yaml");

        assertThat(german.read("d.yaml", Files.readAllBytes(file)).problems())
                .extracting((Problem p) -> p.message()).containsExactly("Im Plugin-Deskriptor fehlt „vendor“.");
    }
}
