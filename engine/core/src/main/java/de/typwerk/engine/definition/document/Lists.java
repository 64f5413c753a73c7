package de.typwerk.engine.definition.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Null-to-empty normalisation for record components, so the model never hands out null. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <K, V> Map<K, V> copy(Map<K, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** A copy whose lists are copies too, so nothing inside can change. */
    static <K, V> Map<K, List<V>> copyOfLists(Map<K, List<V>> map) {
        if (map == null) return Map.of();
        Map<K, List<V>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, copy(v)));
        return Collections.unmodifiableMap(copy);
    }

    static <T> Optional<T> opt(Optional<T> o) {
        return o == null ? Optional.empty() : o;
    }
}
