package de.typwerk.interop;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.QuestionKind;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.definition.Mappers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A questionnaire as a tree in the definition format (docs/definition-format.md), what every export
 * and response reader works from. The definition format is the documented, stable face of a
 * questionnaire: mapping from it, and not from the Java model, keeps the mappings to other tools
 * readable beside the format's description and lets new keys (an option that excludes the others)
 * be picked up where they appear.
 */
public final class DefinitionTree {

    private static final ObjectMapper MAPPER = new Mappers().json().copy()
            .addMixIn(Question.class, KindOfQuestion.class)
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY));

    private final JsonNode root;
    private final List<JsonNode> questions;

    private DefinitionTree(JsonNode root) {
        this.root = root;
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode section : root.path("sections")) {
            section.path("questions").forEach(all::add);
        }
        this.questions = List.copyOf(all);
    }

    /** The tree of a (resolved) questionnaire. */
    public static DefinitionTree of(Questionnaire questionnaire) {
        return new DefinitionTree(MAPPER.valueToTree(questionnaire));
    }

    public JsonNode root() {
        return root;
    }

    public String id() {
        return root.path("id").asText();
    }

    public String version() {
        return root.path("version").asText();
    }

    /** {@code id@version}. */
    public String coordinates() {
        return id() + "@" + version();
    }

    /** The declared languages, the default first. */
    public List<String> locales() {
        List<String> locales = new ArrayList<>();
        root.path("locales").forEach(l -> locales.add(l.asText()));
        return locales;
    }

    public Iterable<JsonNode> sections() {
        return root.path("sections");
    }

    /** Every question in the order they are asked. */
    public List<JsonNode> questions() {
        return questions;
    }

    public Optional<JsonNode> question(String id) {
        for (JsonNode q : questions) {
            if (q.path("id").asText().equals(id)) return Optional.of(q);
        }
        return Optional.empty();
    }

    /** A question's kind: {@code single}, {@code multi}, {@code scale}, {@code ranking}, {@code number}, {@code text}. */
    public static String kind(JsonNode question) {
        return question.path("kind").asText();
    }

    /**
     * Whether choosing this option excludes every other: an option marked {@code exclusive: true}
     * (a "none of these") or {@code noAnswer: true} (a "don't know"), which the answers reader
     * accepts only alone.
     */
    public static boolean exclusive(JsonNode option) {
        return option.path("exclusive").asBoolean(false) || option.path("noAnswer").asBoolean(false);
    }

    /** How many places a ranking asks for: {@code top}, else every option. */
    public static int rankedPlaces(JsonNode question) {
        return question.has("top") ? question.get("top").asInt() : question.path("options").size();
    }

    /** Writes {@code kind} right after {@code id}, as authors write it. */
    @JsonPropertyOrder({"id", "kind"})
    private interface KindOfQuestion {

        @JsonProperty("kind")
        QuestionKind kind();
    }
}
