package de.typwerk.api.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A text in several languages, keyed by language tag ({@code de}, {@code en}); written in a
 * definition as {@code {de: "…", en: "…"}}. Insertion order is kept so output is stable.
 */
@API(status = STABLE, since = "1.0")
public record LocalizedText(Map<String, String> texts) {

    /**
     * Copies the texts, keeping their order; {@code null} means none.
     *
     * @param texts texts by language tag
     */
    public LocalizedText {
        texts = texts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    /**
     * A text in the given languages.
     *
     * @param texts texts by language tag, in the order to keep
     * @return the text
     */
    @JsonCreator
    public static LocalizedText of(Map<String, String> texts) {
        return new LocalizedText(texts);
    }

    /**
     * A text in one language only.
     *
     * @param language a language tag, e.g. {@code de}
     * @param text     the text
     * @return the text
     */
    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    /**
     * The text in one language.
     *
     * @param language a language tag
     * @return the text in {@code language}, if there is one
     */
    public Optional<String> in(String language) {
        return Optional.ofNullable(texts.get(language));
    }

    /**
     * The text in a language, falling back to another.
     *
     * @param language the language wanted
     * @param fallback the language to use when there is no text in {@code language}
     * @return the text in {@code language}, else in {@code fallback}, else the first one given;
     *         empty only when there is no text at all
     */
    public String get(String language, String fallback) {
        String t = texts.get(language);
        if (t == null) t = texts.get(fallback);
        if (t == null && !texts.isEmpty()) t = texts.values().iterator().next();
        return t == null ? "" : t;
    }

    /** {@return the texts by language tag, in the order given} */
    @JsonValue
    @Override
    public Map<String, String> texts() {
        return texts;
    }
}
