package de.typwerk.engine.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdentityMemoTest {

    private final AtomicInteger computed = new AtomicInteger();

    private String compute(String key) {
        computed.incrementAndGet();
        return "value of " + key;
    }

    @Test
    void computes_once_for_the_same_objects_and_again_for_equal_but_other_ones() {
        IdentityMemo<String> memo = new IdentityMemo<>(4);
        List<String> key = new ArrayList<>(List.of("a"));
        List<String> equalKey = new ArrayList<>(List.of("a"));

        assertThat(memo.get(() -> compute("a"), key)).isEqualTo("value of a");
        assertThat(memo.get(() -> compute("a"), key)).isEqualTo("value of a");
        assertThat(computed).hasValue(1);
        memo.get(() -> compute("a"), equalKey);
        assertThat(computed).hasValue(2);
    }

    @Test
    void tells_keys_apart_by_every_object_and_their_number() {
        IdentityMemo<String> memo = new IdentityMemo<>(4);
        Object a = new Object();
        Object b = new Object();

        assertThat(memo.get(() -> "a,b", a, b)).isEqualTo("a,b");
        assertThat(memo.get(() -> "b,a", b, a)).isEqualTo("b,a");
        assertThat(memo.get(() -> "a", a)).isEqualTo("a");
        assertThat(memo.get(() -> "not kept", a, b)).isEqualTo("a,b");
    }

    @Test
    void keeps_the_most_recent_entries_up_to_its_capacity() {
        IdentityMemo<String> memo = new IdentityMemo<>(2);
        Object first = new Object();
        Object second = new Object();
        Object third = new Object();
        memo.get(() -> "first", first);
        memo.get(() -> "second", second);
        memo.get(() -> "third", third);

        assertThat(memo.get(() -> "again", first)).isEqualTo("again");
        assertThat(memo.get(() -> "not kept", third)).isEqualTo("third");
        assertThatThrownBy(() -> new IdentityMemo<String>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
