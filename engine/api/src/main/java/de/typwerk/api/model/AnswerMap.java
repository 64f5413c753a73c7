package de.typwerk.api.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A response's answers, as {@link Response#answers()} holds them:
 * the question ids and answers in two arrays, in the order they were added, and a small table of
 * positions by hash. A strategy looks up some thirty answers per response; a linked hash map
 * spreads them over as many nodes, each a further step through memory, where here a look-up
 * reads one slot of the table, one id and one answer, all close together.
 *
 * <p>A map like any other otherwise: equal to any map with the same entries, the same hash code,
 * iteration in insertion order. Unmodifiable: every method that would change it throws
 * {@link UnsupportedOperationException} ({@link AbstractMap}'s {@code put}, and entries and an
 * entry iterator that cannot remove or set), so it needs no view around it.
 */
final class AnswerMap extends AbstractMap<String, Answer> {

    /** More answers than a {@code short} position can hold are kept in a linked hash map instead. */
    static final int MOST = Short.MAX_VALUE - 1;

    private final String[] keys;
    private final Answer[] values;
    /** Per slot, the position of the answer whose id hashes there, plus one; 0: empty. Open addressing, linear probing. */
    private final short[] slots;
    private final int mask;

    /**
     * @param keys   at most {@link #MOST} distinct question ids, in order; kept, not copied
     * @param values their answers, none null; kept, not copied
     */
    AnswerMap(String[] keys, Answer[] values) {
        int size = keys.length;
        this.keys = keys;
        this.values = values;
        int capacity = Integer.highestOneBit(Math.max(4, size) * 2 - 1) << 1;
        slots = new short[capacity];
        mask = capacity - 1;
        for (int at = 0; at < size; at++) {
            int slot = spread(keys[at].hashCode()) & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = (short) (at + 1);
        }
    }

    static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** Where {@code key} stands, -1 if it is not a key. */
    private int indexOf(Object key) {
        if (!(key instanceof String)) return -1;
        int hash = key.hashCode();
        int slot = spread(hash) & mask;
        for (int at; (at = slots[slot]) != 0; slot = (slot + 1) & mask) {
            String k = keys[at - 1];
            // ids are mostly the definition's own strings: the same object; others differ in their hash first
            if (k == key || (k.hashCode() == hash && k.equals(key))) return at - 1;
        }
        return -1;
    }

    @Override
    public Answer get(Object key) {
        int at = indexOf(key);
        return at < 0 ? null : values[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean isEmpty() {
        return keys.length == 0;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Answer> action) {
        for (int i = 0; i < keys.length; i++) action.accept(keys[i], values[i]);
    }

    @Override
    public Set<Map.Entry<String, Answer>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Answer>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, Answer> next() {
                        if (next >= keys.length) throw new NoSuchElementException();
                        int at = next++;
                        return new SimpleImmutableEntry<>(keys[at], values[at]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
