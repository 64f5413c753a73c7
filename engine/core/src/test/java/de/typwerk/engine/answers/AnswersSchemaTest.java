package de.typwerk.engine.answers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import de.typwerk.api.model.Version;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.testing.Fixtures;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class AnswersSchemaTest {

    private static final List<LoadedQuestionnaire> LOADED = List.of(Fixtures.loaded(Fixtures.TEAMS));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<String> versions() {
        Arbitrary<String> number = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 12).map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("00", "01", "100", "999999999", "1000000000")));
        Arbitrary<String> pre = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withChars("-.09AZaz_").ofMinLength(0).ofMaxLength(4).map(s -> "-" + s)));
        return Combinators.combine(number, number.optional(0.7), number.optional(0.6), pre)
                .as((major, minor, patch, p) -> major + minor.map(m -> "." + m).orElse("")
                        + (minor.isPresent() ? patch.map(x -> "." + x).orElse("") : "") + p);
    }

    @Property(tries = 3000)
    void the_pattern_of_earlier_versions_matches_exactly_the_versions_ordered_before_of_the_same_major(
            @ForAll("versions") String own, @ForAll("versions") String other) {
        if (!Version.isValid(own)) return;
        Version x = Version.parse(own);
        boolean earlier = Version.isValid(other) && Version.parse(other).major() == x.major() && Version.parse(other).compareTo(x) < 0;
        boolean same = Version.isValid(other) && Version.parse(other).equals(x);

        assertThat(Pattern.compile("(?:" + AnswersSchema.earlierThan(x) + ")").matcher(other).matches()).as("%s < %s", other, own)
                .isEqualTo(earlier);
        assertThat(Pattern.compile(AnswersSchema.exactly(x)).matcher(other).matches()).as("%s = %s", other, own).isEqualTo(same);
    }

    @Test
    void a_version_with_an_empty_pre_release_label_is_no_earlier_version() {
        // found by the property above (seed 9030750344071670990): "3-" matched as earlier than "3-a"
        assertThat(Pattern.compile("(?:" + AnswersSchema.earlierThan(Version.parse("3-a")) + ")").matcher("3-").matches()).isFalse();
        assertThat(Pattern.compile("(?:" + AnswersSchema.earlierThan(Version.parse("0--")) + ")").matcher("0-").matches()).isFalse();
        assertThat(Pattern.compile("(?:" + AnswersSchema.earlierThan(Version.parse("3-a")) + ")").matcher("3-.x").matches()).isTrue();
    }

    @Test
    void the_blanks_around_an_id_are_those_that_strip_takes_off() {
        Pattern blank = Pattern.compile(AnswersSchema.STRIPPED);
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String s = new String(Character.toChars(c));
            assertThat(blank.matcher(s).matches()).as("U+%04X", c).isEqualTo(Character.isWhitespace(c));
        }
    }

    @Test
    void a_version_is_its_own_or_an_earlier_one_and_an_id_may_stand_between_blanks() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new AnswersSchema(new Messages(Locale.ENGLISH)).schema(LOADED.get(0), LOADED));
        JsonNode good = JSON.readTree(Fixtures.bytes("answers/good.json"));
        assertThat(schema.validate(good)).isEmpty();
        for (String version : List.of("1.2.0", "1.2", " 1.2.0\t", "1.1.9", "1", "1.2.0-rc.1")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) good).put("version", version);
            assertThat(schema.validate(good)).as(version).isEmpty();
        }
        for (String version : List.of("1.2.1", "1.3", "2.0.0", "0.9.0", "01.2.0", "")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) good).put("version", version);
            assertThat(schema.validate(good)).as(version).isNotEmpty();
        }
    }

    @Test
    void a_scale_answer_written_with_a_point_is_the_whole_number_as_json_schema_sees_it() {
        AnswersReader reader = new AnswersReader(new Mappers(), new Messages(Locale.ENGLISH));
        String json = new String(Fixtures.bytes("answers/good.json"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"q-tools\": [],", "\"q-tools\": [], \"q-numbers\": 4.0,");
        assertThat(json).contains("\"q-numbers\": 4.0");

        AnswersRead read = reader.read("good.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8), LOADED);

        assertThat(read.problems()).isEmpty();
        assertThat(read.response().orElseThrow().answers().get("q-numbers")).isEqualTo(new de.typwerk.api.model.Answer.Scale(4));
    }
}
