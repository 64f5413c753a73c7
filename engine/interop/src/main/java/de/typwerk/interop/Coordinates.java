package de.typwerk.interop;

import java.util.Optional;

/** {@code id@version} as exports write it into a response, split. */
public record Coordinates(String id, String version) {

    public static Optional<Coordinates> parse(String text) {
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) return Optional.empty();
        return Optional.of(new Coordinates(text.substring(0, at).strip(), text.substring(at + 1).strip()));
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
