package de.typwerk.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A response's answers are kept in arrays with a table of positions (AnswerMap) rather than a
 * linked hash map; to everyone who reads them they must be the same map as before: the same
 * entries in the same order, equal to and hashing like a linked hash map of them, unmodifiable.
 */
class ResponseAnswersTest {

    private static final Version V1 = new Version(1, 0, 0, "");

    @Provide
    Arbitrary<Map<String, Answer>> answers() {
        // short ids from a small alphabet, so that ids collide in the table and differ only slightly
        Arbitrary<String> ids = Arbitraries.strings().withChars('a', 'b', 'c', 'C', 'B', '-').ofMinLength(1).ofMaxLength(4);
        Arbitrary<Answer> answer = Arbitraries.oneOf(
                Arbitraries.of("x", "y", "z").map(Answer.Choice::new),
                Arbitraries.integers().between(1, 5).map(Answer.Scale::new));
        return Arbitraries.maps(ids, answer).ofMaxSize(80).map(LinkedHashMap::new);
    }

    @Property(tries = 300)
    void the_answers_are_the_map_they_were_built_from(@ForAll("answers") Map<String, Answer> given) {
        Response response = Response.builder("q", V1).answers(given).build();
        Map<String, Answer> answers = response.answers();

        assertThat(answers).isEqualTo(given).hasSameHashCodeAs(given).hasSize(given.size());
        assertThat(given).isEqualTo(answers);
        assertThat(new ArrayList<>(answers.keySet())).containsExactlyElementsOf(given.keySet());
        assertThat(new ArrayList<>(answers.entrySet())).containsExactlyElementsOf(given.entrySet());
        assertThat(answers.toString()).isEqualTo(given.toString());
        for (String id : given.keySet()) {
            // a copy of the id, not the same string, finds the answer too
            String copy = new String(id.toCharArray());
            assertThat(answers.get(copy)).isSameAs(given.get(id));
            assertThat(answers.containsKey(copy)).isTrue();
            assertThat(response.answer(copy)).containsSame(given.get(id));
        }
    }

    /**
     * The builder keeps answers in arrays with a table of positions of its own: answers added one
     * at a time, ids given again (as copies too) and more than its first arrays hold, give what a
     * linked hash map's {@code put} gives: the last answer for an id, in the place and with the id
     * object of its first.
     */
    @Property(tries = 300)
    void answers_added_one_by_one_are_what_a_map_makes_of_them(@ForAll("additions") List<Map.Entry<String, Answer>> added) {
        Response.Builder builder = Response.builder("q", V1);
        Map<String, Answer> expected = new LinkedHashMap<>();
        for (Map.Entry<String, Answer> a : added) {
            builder.answer(a.getKey(), a.getValue());
            expected.put(a.getKey(), a.getValue());
        }
        Response first = builder.build();
        Map<String, Answer> answers = first.answers();

        assertThat(new ArrayList<>(answers.entrySet())).containsExactlyElementsOf(expected.entrySet());
        List<String> ids = new ArrayList<>(answers.keySet());
        List<String> expectedIds = new ArrayList<>(expected.keySet());
        for (int i = 0; i < ids.size(); i++) assertThat(ids.get(i)).isSameAs(expectedIds.get(i));
        for (String id : expected.keySet()) assertThat(answers.get(id)).isSameAs(expected.get(id));

        // the builder goes on after build() without changing what it built
        builder.answer("zz-later", new Answer.Scale(9));
        assertThat(first.answers()).isEqualTo(expected);
        assertThat(builder.build().answers()).containsEntry("zz-later", new Answer.Scale(9)).hasSize(expected.size() + 1);
    }

    @Provide
    Arbitrary<List<Map.Entry<String, Answer>>> additions() {
        Arbitrary<String> ids = Arbitraries.strings().withChars('a', 'b', 'c', 'C', 'B', '-').ofMinLength(1).ofMaxLength(3)
                .flatMap(id -> Arbitraries.of(id, new String(id.toCharArray())));
        Arbitrary<Answer> answer = Arbitraries.oneOf(
                Arbitraries.of("x", "y", "z").map(Answer.Choice::new),
                Arbitraries.integers().between(1, 5).map(Answer.Scale::new));
        return net.jqwik.api.Combinators.combine(ids, answer).as(Map::entry).list().ofMaxSize(120);
    }

    @Test
    void more_answers_than_the_compact_table_holds_are_kept_in_order() {
        Response.Builder builder = Response.builder("q", V1);
        int many = Short.MAX_VALUE + 10;
        for (int i = 0; i < many; i++) builder.answer("q" + i, new Answer.Scale(i % 5));
        builder.answer("q7", new Answer.Scale(4));
        Map<String, Answer> answers = builder.build().answers();

        assertThat(answers).hasSize(many).containsEntry("q7", new Answer.Scale(4)).containsEntry("q" + (many - 1), new Answer.Scale((many - 1) % 5));
        assertThat(answers.keySet().iterator().next()).isEqualTo("q0");
        assertThatThrownBy(() -> answers.put("x", new Answer.Scale(1))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Property(tries = 100)
    void ids_not_answered_are_not_found(@ForAll("answers") Map<String, Answer> given) {
        Map<String, Answer> answers = Response.builder("q", V1).answers(given).build().answers();

        for (String absent : List.of("d", "aaaaa", "", "ab-cd")) {
            if (given.containsKey(absent)) continue;
            assertThat(answers.get(absent)).isNull();
            assertThat(answers.containsKey(absent)).isFalse();
        }
        assertThat(answers.get(null)).isNull();
        assertThat(answers.get(42)).isNull();
    }

    @Test
    void the_answers_cannot_be_changed() {
        Map<String, Answer> answers = Response.builder("q", V1).answer("a", new Answer.Scale(3)).build().answers();

        assertThatThrownBy(() -> answers.put("b", new Answer.Scale(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> answers.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(answers::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> answers.entrySet().iterator().next().setValue(new Answer.Scale(1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> answers.keySet().remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> answers.values().removeIf(a -> true)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> answers.entrySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> answers.replaceAll((id, a) -> new Answer.Scale(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> answers.putAll(Map.of("b", new Answer.Scale(1)))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(answers).containsOnlyKeys("a").containsEntry("a", new Answer.Scale(3));
    }

    @Test
    void a_response_without_answers_has_an_empty_map() {
        Map<String, Answer> answers = Response.builder("q", V1).build().answers();

        assertThat(answers).isEmpty();
        assertThat(answers).isEqualTo(Map.of()).hasSameHashCodeAs(Map.of());
        assertThat(answers.get("a")).isNull();
    }

    @Test
    void responses_with_the_same_answers_are_equal() {
        Response one = Response.builder("q", V1).answer("a", new Answer.Choice("x")).answer("b", new Answer.Scale(2)).build();
        Response two = Response.builder("q", V1).answer("a", new Answer.Choice("x")).answer("b", new Answer.Scale(2)).build();

        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    }
}
