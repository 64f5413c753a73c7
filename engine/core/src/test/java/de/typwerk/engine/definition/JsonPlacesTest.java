package de.typwerk.engine.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonPlacesTest {

    private static final byte[] TEXT = """
            {
              "name": "Größenwahl", "answers": {"ziele": ["a", "b"]},
              "köpfe": 12
            }
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void placesAValueByItsPointerInCharactersNotBytes() {
        // "Größenwahl" has two letters of two bytes each before "answers": an editor counts them once
        assertThat(JsonPlaces.exactly(TEXT, "/answers/ziele/1")).hasValueSatisfying(at -> assertThat(at).containsExactly(2, 52));
        assertThat(JsonPlaces.exactly(TEXT, "/köpfe")).hasValueSatisfying(at -> assertThat(at).containsExactly(3, 12));
        assertThat(JsonPlaces.exactly(TEXT, "")).hasValueSatisfying(at -> assertThat(at).containsExactly(1, 1));
    }

    @Test
    void aMissingValueIsPlacedAtItsNearestAncestorOrNotAtAll() {
        assertThat(JsonPlaces.of(TEXT, "/answers/lage")).hasValueSatisfying(at -> assertThat(at).containsExactly(2, 36));
        assertThat(JsonPlaces.exactly(TEXT, "/answers/lage")).isEmpty();
        assertThat(JsonPlaces.exactly(TEXT, "/answers/ziele/2")).isEmpty();
        assertThat(JsonPlaces.of("".getBytes(StandardCharsets.UTF_8), "/x")).isEmpty();
    }

    @Test
    void aTextThatBreaksAfterThePlaceStillPlacesIt() {
        byte[] broken = "{\"a\": {\"b\": 1, \"c\": ".getBytes(StandardCharsets.UTF_8);
        assertThat(JsonPlaces.exactly(broken, "/a/b")).hasValueSatisfying(at -> assertThat(at).containsExactly(1, 13));
    }
}
