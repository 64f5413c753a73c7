package de.typwerk.engine.result.record;

import java.util.List;
import java.util.Optional;

/** Null-to-empty normalisation for result record components, so a result never hands out null. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <T> Optional<T> opt(Optional<T> o) {
        return o == null ? Optional.empty() : o;
    }
}
