package de.typwerk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What a definition file says, read as a plain YAML tree, independently of the engine's model and
 * reader: the expectations of the {@code show} tests must not come from the code under test.
 */
record Definitions(JsonNode root) {

    static Definitions read(InputStream yaml) throws IOException {
        try (InputStream in = yaml) {
            return new Definitions(new ObjectMapper(new YAMLFactory()).readTree(in));
        }
    }

    String id() {
        return root.path("id").asText();
    }

    List<String> questionIds() {
        List<String> ids = new ArrayList<>();
        root.path("sections").forEach(s -> s.path("questions").forEach(q -> ids.add(q.path("id").asText())));
        return ids;
    }

    List<String> typeNames(String language) {
        List<String> names = new ArrayList<>();
        root.path("types").forEach(t -> names.add(t.path("name").path(language).asText()));
        return names;
    }

    /** Every question text in {@code language}. */
    List<String> questionTexts(String language) {
        List<String> texts = new ArrayList<>();
        root.path("sections").forEach(s -> s.path("questions").forEach(q -> texts.add(q.path("text").path(language).asText())));
        return texts;
    }
}
