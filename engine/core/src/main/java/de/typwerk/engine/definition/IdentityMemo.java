package de.typwerk.engine.definition;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A few values computed from immutable objects (a loaded questionnaire, a strategy and its
 * parameters), kept by the <em>identity</em> of those objects: work that depends only on the
 * definition is done once per definition, not once per scored row. Records compare by value, which
 * for a whole questionnaire is a deep walk; identity is what a batch repeats.
 *
 * <p>Thread-safe and lock-free to read: the entries are an immutable array replaced as a whole.
 * Holds at most {@code capacity} entries, the most recently added; an evicted value is computed
 * again when asked for.
 *
 * @param <V> the computed value, immutable
 */
public final class IdentityMemo<V> {

    private record Entry<V>(Object[] keys, V value) {
    }

    private final int capacity;
    private volatile Entry<V>[] entries;

    @SuppressWarnings("unchecked")
    public IdentityMemo(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        this.capacity = capacity;
        this.entries = new Entry[0];
    }

    /** The value kept for exactly these objects (compared with {@code ==}), else {@code compute}'s, kept. */
    public V get(Supplier<V> compute, Object... keys) {
        for (Entry<V> e : entries) {
            if (same(e.keys(), keys)) return e.value();
        }
        V value = compute.get();
        synchronized (this) {
            Entry<V>[] now = entries;
            for (Entry<V> e : now) {
                if (same(e.keys(), keys)) return e.value();
            }
            Entry<V>[] next = Arrays.copyOfRange(now, Math.max(0, now.length + 1 - capacity), now.length + 1);
            next[next.length - 1] = new Entry<>(keys.clone(), value);
            entries = next;
        }
        return value;
    }

    private static boolean same(Object[] a, Object[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) return false;
        }
        return true;
    }
}
