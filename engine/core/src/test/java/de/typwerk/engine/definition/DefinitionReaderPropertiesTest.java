package de.typwerk.engine.definition;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Problem;
import de.typwerk.api.spi.DefinitionSource;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.testing.Mutations;
import de.typwerk.engine.validation.TestStrategies;
import de.typwerk.engine.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever the bytes, the reader answers with a questionnaire or with problems, never with an
 * exception; and whatever it reads, the validator answers with problems, never with an exception.
 */
class DefinitionReaderPropertiesTest {

    private static final byte[] FULL = Fixtures.bytes("valid/full.yaml");
    private static final byte[] FULL_JSON = Fixtures.bytes("valid/full.json");

    private final DefinitionReader reader = new DefinitionReader(new Mappers(), new Messages(Locale.ENGLISH));
    private final Validator validator = new Validator(new Messages(Locale.ENGLISH), TestStrategies.both());

    @Property(tries = 300)
    void arbitrary_bytes_yield_problems_never_an_exception(@ForAll @Size(max = 400) byte[] bytes,
                                                           @ForAll("names") String name) {
        assertWellFormed(reader.read(new DefinitionSource(name, bytes)), name);
    }

    @Property(tries = 300)
    void arbitrary_text_yields_problems_never_an_exception(@ForAll @Size(max = 300) String text,
                                                           @ForAll("names") String name) {
        assertWellFormed(reader.read(new DefinitionSource(name, text.getBytes(StandardCharsets.UTF_8))), name);
    }

    @Property(tries = 400)
    void mutations_of_a_valid_definition_yield_a_questionnaire_or_problems(@ForAll("mutatedYaml") byte[] bytes) {
        DefinitionRead read = reader.read(new DefinitionSource("full.yaml", bytes));
        assertWellFormed(read, "full.yaml");
        read.questionnaire().ifPresent(q -> assertThat(validator.validate(q, read.sourceMap()))
                .allSatisfy(p -> assertThat(p.location().source()).isEqualTo("full.yaml")));
    }

    @Property(tries = 300)
    void mutations_of_a_valid_json_definition_yield_a_questionnaire_or_problems(@ForAll("mutatedJson") byte[] bytes) {
        assertWellFormed(reader.read(new DefinitionSource("full.json", bytes)), "full.json");
    }

    private static void assertWellFormed(DefinitionRead read, String name) {
        assertThat(read.source()).isEqualTo(name);
        assertThat(read.contentHash()).startsWith("sha256:").hasSize(7 + 64);
        if (read.questionnaire().isEmpty()) {
            assertThat(read.problems()).isNotEmpty();
        }
        for (Problem p : read.problems()) {
            assertThat(p.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(p.message()).isNotBlank();
            assertThat(p.location().source()).isEqualTo(name);
            assertThat(p.code()).isNotEqualTo("unreadable");
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("q.yaml", "q.yml", "q.json", "q.txt");
    }

    @Provide
    Arbitrary<byte[]> mutatedYaml() {
        return Mutations.of(FULL);
    }

    @Provide
    Arbitrary<byte[]> mutatedJson() {
        return Mutations.of(FULL_JSON);
    }
}
