package de.typwerk.engine.definition;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Problem;
import de.typwerk.api.spi.DefinitionSource;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.validation.TestStrategies;
import de.typwerk.engine.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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
        return mutationsOf(FULL);
    }

    @Provide
    Arbitrary<byte[]> mutatedJson() {
        return mutationsOf(FULL_JSON);
    }

    /** One to five edits of the bytes: a byte replaced, inserted or deleted, or the rest cut off. */
    private static Arbitrary<byte[]> mutationsOf(byte[] original) {
        Arbitrary<Edit> edit = Combinators.combine(
                Arbitraries.of(EditKind.values()),
                Arbitraries.integers().between(0, original.length - 1),
                Arbitraries.of(interesting()))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(5).map(edits -> apply(original, edits));
    }

    private static List<Byte> interesting() {
        String chars = "{}[]:,-&*!|>'\"#\n\t ?%@`\\0aZ9~";
        List<Byte> bytes = new java.util.ArrayList<>();
        for (byte b : chars.getBytes(StandardCharsets.UTF_8)) bytes.add(b);
        bytes.add((byte) 0x00);
        bytes.add((byte) 0xC3);
        bytes.add((byte) 0xFF);
        return bytes;
    }

    private enum EditKind { REPLACE, INSERT, DELETE, TRUNCATE }

    private record Edit(EditKind kind, int at, byte value) {
    }

    private static byte[] apply(byte[] original, List<Edit> edits) {
        java.io.ByteArrayOutputStream out;
        byte[] current = original;
        for (Edit e : edits) {
            int at = Math.min(e.at(), Math.max(0, current.length - 1));
            out = new java.io.ByteArrayOutputStream();
            switch (e.kind()) {
                case REPLACE -> {
                    out.write(current, 0, at);
                    out.write(e.value());
                    out.write(current, Math.min(at + 1, current.length), Math.max(0, current.length - at - 1));
                }
                case INSERT -> {
                    out.write(current, 0, at);
                    out.write(e.value());
                    out.write(current, at, current.length - at);
                }
                case DELETE -> {
                    out.write(current, 0, at);
                    out.write(current, Math.min(at + 1, current.length), Math.max(0, current.length - at - 1));
                }
                case TRUNCATE -> out.write(current, 0, at);
            }
            current = out.toByteArray();
        }
        return current;
    }
}
