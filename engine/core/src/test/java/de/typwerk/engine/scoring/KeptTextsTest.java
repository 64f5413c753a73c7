package de.typwerk.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The table that keeps the answer texts of several picks and rankings: it hands out the first text
 * kept for a key, keeps no more than it may, and never hands one key's text out for another, also
 * while it grows under threads that read and write it at once.
 */
class KeptTextsTest {

    private static LocalizedText text(long key, int variant) {
        return LocalizedText.of("de", key + "/" + variant);
    }

    @Property(tries = 500)
    void hands_out_the_first_text_kept_for_each_key_up_to_the_most_it_may_keep(
            @ForAll("keys") List<Long> keys, @ForAll("most") int most) {
        KeptTexts kept = new KeptTexts(most);
        Map<Long, LocalizedText> model = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            long key = keys.get(i);
            kept.keep(key, text(key, i));
            if (model.size() < most) model.putIfAbsent(key, text(key, i));
        }

        assertThat(kept.size()).isEqualTo(model.size());
        for (long key : keys) assertThat(kept.get(key)).as("key %d", key).isEqualTo(model.get(key));
        assertThat(kept.get(-1L)).isNull();
    }

    @Provide
    Arbitrary<List<Long>> keys() {
        // packed option places as AnswerText makes them, small numbers and large ones, with repeats
        Arbitrary<Long> key = Arbitraries.oneOf(Arbitraries.longs().between(0, 200), Arbitraries.longs().between(0, Long.MAX_VALUE),
                Arbitraries.longs().between(0, 4000).map(k -> k << 6 | 1L << 62));
        return key.list().ofMaxSize(600);
    }

    @Provide
    Arbitrary<Integer> most() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 20), Arbitraries.of(256, 4096));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void threads_reading_and_writing_at_once_only_ever_find_a_keys_own_text() throws Exception {
        KeptTexts kept = new KeptTexts(3000);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> found = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                found.add(threads.submit(() -> {
                    int hits = 0;
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = 0; i < 200_000; i++) {
                        long key = random.nextLong(5000);
                        LocalizedText text = kept.get(key);
                        if (text == null) {
                            kept.keep(key, text(key, 0));
                        } else {
                            assertThat(text).isEqualTo(text(key, 0));
                            hits++;
                        }
                    }
                    return hits;
                }));
            }
            for (Future<Integer> f : found) assertThat(f.get()).isPositive();
        } finally {
            threads.shutdownNow();
        }
        assertThat(kept.size()).isEqualTo(3000);
    }
}
