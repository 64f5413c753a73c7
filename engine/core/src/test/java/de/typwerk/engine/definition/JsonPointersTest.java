package de.typwerk.engine.definition;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonPointersTest {

    @Test
    void a_name_with_tilde_and_slash_becomes_one_token_as_rfc_6901_writes_it() {
        assertThat(JsonPointers.escape("a/b~c")).isEqualTo("a~1b~0c");
        assertThat(JsonPointers.escape("~1")).isEqualTo("~01");
        assertThat(JsonPointers.append("/answers", "q/1")).isEqualTo("/answers/q~11");
        assertThat(JsonPointers.append("", "")).isEqualTo("/");
    }

    @Test
    void a_token_reads_back_as_the_name_it_stands_for() {
        assertThat(JsonPointers.unescape("a~1b~0c")).isEqualTo("a/b~c");
        assertThat(JsonPointers.unescape("~01")).isEqualTo("~1");
        assertThat(JsonPointers.unescape("0")).isEqualTo("0");
        assertThat(JsonPointers.unescape("")).isEmpty();
    }

    @Property
    void every_name_survives_the_round_trip_and_its_token_has_no_slash(@ForAll String name) {
        String token = JsonPointers.escape(name);
        assertThat(token).doesNotContain("/");
        assertThat(JsonPointers.unescape(token)).isEqualTo(name);
    }
}
