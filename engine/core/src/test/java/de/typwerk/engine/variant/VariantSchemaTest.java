package de.typwerk.engine.variant;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema and the strict reader agree on what a variant may say. */
class VariantSchemaTest {

    private final Mappers mappers = new Mappers();
    private final VariantFixtures fixtures = new VariantFixtures();
    private final JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText());

    private static String schemaText() {
        try (InputStream in = DefinitionReader.class.getClassLoader().getResourceAsStream(DefinitionReader.SCHEMA_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kreis.yaml", "variant-of-variant.yaml", "bad/removes-what-is-not-there.yaml",
            "bad/base-not-loaded.yaml", "bad/cycle-a.yaml"})
    void variants_with_the_structure_of_a_variant_pass_the_schema(String fixture) throws IOException {
        assertThat(schema.validate(mappers.yaml().readTree(VariantFixtures.bytes(fixture)))).isEmpty();
        assertThat(fixtures.read(fixture).problems()).isEmpty();
    }

    @Test
    void a_variant_with_sections_of_its_own_fails_the_schema() throws IOException {
        assertThat(schema.validate(mappers.yaml().readTree(VariantFixtures.bytes("bad/variant-content.yaml")))).isNotEmpty();
    }

    @Test
    void an_overlay_without_extends_fails_the_schema_and_the_validator() throws IOException {
        String text = """
                id: ohne-basis
                version: 1.0.0
                locales: [de]
                title: {de: Ohne Basis}
                sections:
                  - id: s
                    title: {de: S}
                    questions: [{id: q, kind: text, text: {de: Q}}]
                overlay:
                  remove: {questions: [q]}
                """;
        var read = fixtures.reader.read("ohne-basis.yaml", text);

        assertThat(schema.validate(mappers.yaml().readTree(text))).isNotEmpty();
        assertThat(fixtures.validator.validate(read.questionnaire().orElseThrow(), read.sourceMap()))
                .extracting(Problem::code, p -> p.location().line()).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "overlay-without-extends", 9));
    }

    @Test
    void a_misspelt_overlay_key_is_named_with_the_key_meant() {
        var read = fixtures.reader.read("vertippt.yaml", """
                id: vertippt
                version: 1.0.0
                extends: kommunal-typen@1
                locales: [de]
                title: {de: Vertippt}
                overlay:
                  remove:
                    question: [art]
                """);

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("unknown-key");
            assertThat(p.message()).isEqualTo("Unknown key 'question' - did you mean 'questions'?");
            assertThat(p.location().line()).isEqualTo(8);
        });
    }
}
