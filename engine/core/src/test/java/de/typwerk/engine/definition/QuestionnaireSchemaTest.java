package de.typwerk.engine.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped JSON Schema stays true to what the reader accepts. */
class QuestionnaireSchemaTest {

    private static final Mappers MAPPERS = new Mappers();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final JsonSchema schema = FACTORY.getSchema(new String(schemaBytes(), java.nio.charset.StandardCharsets.UTF_8));
    private final DefinitionReader reader = new DefinitionReader(MAPPERS, new Messages(Locale.ENGLISH));

    @Test
    void the_schema_in_the_engine_jar_is_the_one_in_docs() throws IOException {
        Path docs = repositoryRoot().resolve("docs/questionnaire.schema.json");

        assertThat(Files.readAllBytes(docs)).isEqualTo(schemaBytes());
    }

    @Test
    void the_schema_is_a_valid_draft_2020_12_schema() throws IOException {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(metaSchema.validate(MAPPERS.json().readTree(schemaBytes()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid/minimal.yaml", "valid/full.yaml", "valid/full.json"})
    void valid_definitions_pass_the_schema_and_the_reader(String fixture) throws IOException {
        assertThat(schema.validate(tree(fixture, Fixtures.bytes(fixture)))).isEmpty();
        assertThat(reader.read(Fixtures.source(fixture)).problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"invalid/unknown-key.yaml", "invalid/missing-field.yaml", "invalid/wrong-type.yaml",
            "invalid/unknown-kind.yaml", "invalid/condition-form.yaml", "invalid/comments-only.yaml"})
    void definitions_the_reader_refuses_for_their_structure_fail_the_schema(String fixture) throws IOException {
        assertThat(reader.read(Fixtures.source(fixture)).ok()).isFalse();
        assertThat(schema.validate(tree(fixture, Fixtures.bytes(fixture)))).isNotEmpty();
    }

    @Test
    void the_schema_names_the_offending_key() throws IOException {
        Set<ValidationMessage> messages = schema.validate(tree("x.yaml", Fixtures.bytes("invalid/unknown-key.yaml")));

        assertThat(messages).extracting(ValidationMessage::getMessage).anySatisfy(m -> assertThat(m).contains("requird"));
    }

    @Test
    void every_definition_shipped_in_this_repository_passes_the_schema_and_the_reader() throws IOException {
        List<Path> shipped = shippedDefinitions();
        assumeFalse(shipped.isEmpty(), "no questionnaire plugin ships a definition yet");
        for (Path file : shipped) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(schema.validate(tree(file.toString(), bytes))).as(file.toString()).isEmpty();
            assertThat(reader.read(new de.typwerk.api.spi.DefinitionSource(file.toString(), bytes)).problems())
                    .as(file.toString()).isEmpty();
        }
    }

    private static List<Path> shippedDefinitions() throws IOException {
        Path questionnaires = repositoryRoot().resolve("questionnaires");
        if (!Files.isDirectory(questionnaires)) return List.of();
        try (Stream<Path> files = Files.walk(questionnaires)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().replace('\\', '/').matches(".*/questionnaires/[^/]+/src/main/resources/questionnaires/.*\\.(yaml|yml|json)"))
                    .sorted()
                    .toList();
        }
    }

    private static JsonNode tree(String name, byte[] bytes) throws IOException {
        JsonNode tree = MAPPERS.forName(name).readTree(bytes);
        // an empty YAML document reads as a missing node; the schema sees it as null
        return tree.isMissingNode() ? MAPPERS.json().nullNode() : tree;
    }

    private static byte[] schemaBytes() {
        try (InputStream in = QuestionnaireSchemaTest.class.getClassLoader().getResourceAsStream(DefinitionReader.SCHEMA_RESOURCE)) {
            assertThat(in).as("schema resource").isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The folder of the root pom, found upwards from this module's folder. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(d.resolve("engine/core"))) {
                return d;
            }
        }
        throw new AssertionError("no repository root above " + dir);
    }
}
