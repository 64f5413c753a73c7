package de.typwerk.engine.scoring;

import de.typwerk.api.model.LocalizedText;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Texts kept by a key of 62 bits or fewer (what {@link AnswerText} makes of several picks or a
 * ranking): a table of keys and texts side by side, open addressing with linear probing, read
 * without a lock by any number of threads and written under one. A look-up reads a slot's text
 * and key, where a hash map of boxed keys follows a node and a key object, each a further step
 * through memory.
 *
 * <p>Why reads need no lock: a text is written into its slot (a volatile write) after its key,
 * and a reader reads the text first (a volatile read), so a reader that sees a text sees its key;
 * a slot, once written, never changes. The table doubles when half full: the bigger one is filled
 * and then put in place of the old, which readers still holding it may go on reading (it lacks
 * only what came after). At most {@code most} texts are kept; past that, {@link #keep} keeps none.
 */
final class KeptTexts {

    private final int most;
    private final Object lock = new Object();
    private volatile Table table = new Table(16);
    /** Texts kept, across tables; written under the lock. */
    private int size;

    /** @param most how many texts to keep at most */
    KeptTexts(int most) {
        this.most = most;
    }

    /** The text kept for {@code key}, null if none is. */
    LocalizedText get(long key) {
        return table.get(key);
    }

    /** Keeps {@code text} for {@code key}, unless one is kept for it already or {@code most} are kept. */
    void keep(long key, LocalizedText text) {
        synchronized (lock) {
            if (size >= most) return;
            Table now = table;
            if (now.get(key) != null) return;
            if (2 * (size + 1) > now.capacity()) {
                Table bigger = new Table(2 * now.capacity());
                now.copyTo(bigger);
                now = bigger;
                table = bigger;
            }
            now.put(key, text);
            size++;
        }
    }

    /** How many texts are kept. */
    int size() {
        synchronized (lock) {
            return size;
        }
    }

    private static final class Table {

        private final long[] keys;
        private final AtomicReferenceArray<LocalizedText> texts;
        private final int mask;
        private final int shift;

        Table(int capacity) {
            keys = new long[capacity];
            texts = new AtomicReferenceArray<>(capacity);
            mask = capacity - 1;
            shift = Long.SIZE - Integer.numberOfTrailingZeros(capacity);
        }

        int capacity() {
            return keys.length;
        }

        /** Fibonacci hashing: the high bits of the key times the golden ratio, which spreads keys that differ in a few low bits. */
        private int slot(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift) & mask;
        }

        LocalizedText get(long key) {
            for (int slot = slot(key); ; slot = (slot + 1) & mask) {
                LocalizedText text = texts.get(slot);
                // never full (at most half): an empty slot ends every probe
                if (text == null) return null;
                if (keys[slot] == key) return text;
            }
        }

        /** Under the lock, for a key not in the table, which has room. */
        void put(long key, LocalizedText text) {
            int slot = slot(key);
            while (texts.get(slot) != null) slot = (slot + 1) & mask;
            keys[slot] = key;
            texts.set(slot, text);
        }

        void copyTo(Table other) {
            for (int slot = 0; slot < keys.length; slot++) {
                LocalizedText text = texts.get(slot);
                if (text != null) other.put(keys[slot], text);
            }
        }
    }
}
