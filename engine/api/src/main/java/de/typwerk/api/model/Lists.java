package de.typwerk.api.model;

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

    static <T> Optional<T> opt(Optional<T> o) {
        return o == null ? Optional.empty() : o;
    }
}
