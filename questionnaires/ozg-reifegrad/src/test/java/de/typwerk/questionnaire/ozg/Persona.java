package de.typwerk.questionnaire.ozg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Respondent;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An answers file under {@code src/test/resources/personas}, read into a response. Strict in the
 * way an answers reader must be: unknown keys, unknown questions and answers of the wrong shape
 * fail the test, so a persona can never score on a typo.
 */
record Persona(String name, Response response) {

    private static final Set<String> TOP_KEYS = Set.of("questionnaire", "version", "respondent", "answers");
    private static final Set<String> RESPONDENT_KEYS = Set.of("name", "ags", "kind", "state");

    static Persona read(ObjectMapper yaml, String resource, Questionnaire questionnaire) {
        JsonNode root;
        try (InputStream in = Persona.class.getResourceAsStream("/personas/" + resource)) {
            if (in == null) throw new IllegalArgumentException("no persona " + resource);
            root = yaml.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        onlyKeys(root, TOP_KEYS, resource);
        JsonNode who = root.path("respondent");
        onlyKeys(who, RESPONDENT_KEYS, resource + " respondent");
        Respondent respondent = new Respondent(text(who, "name"), text(who, "ags"), text(who, "kind"), text(who, "state"));
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("answers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Question q = questionnaire.question(e.getKey())
                    .orElseThrow(() -> new IllegalArgumentException(resource + ": unknown question " + e.getKey()));
            answers.put(e.getKey(), answer(q, e.getValue(), resource));
        }
        return new Persona(resource, new Response(root.path("questionnaire").asText(),
                Version.parse(root.path("version").asText()), respondent, answers));
    }

    private static Answer answer(Question q, JsonNode value, String resource) {
        String where = resource + ": " + q.id();
        switch (q.kind()) {
            case SINGLE -> {
                require(value.isTextual() && q.option(value.asText()).isPresent(), where + " expects one option id");
                return new Answer.Choice(value.asText());
            }
            case MULTI -> {
                require(value.isArray(), where + " expects a list of option ids");
                List<String> picked = new ArrayList<>();
                value.forEach(v -> {
                    require(v.isTextual() && q.option(v.asText()).isPresent(), where + ": unknown option " + v);
                    picked.add(v.asText());
                });
                return new Answer.Choices(picked);
            }
            case SCALE -> {
                require(value.isInt(), where + " expects a whole number");
                return new Answer.Scale(value.asInt());
            }
            case NUMBER -> {
                require(value.isNumber(), where + " expects a number");
                return new Answer.Number(value.decimalValue());
            }
            case TEXT -> {
                require(value.isTextual(), where + " expects text");
                return new Answer.Text(value.asText());
            }
            default -> throw new IllegalArgumentException(where + ": kind " + q.kind() + " not supported here");
        }
    }

    private static Optional<String> text(JsonNode node, String key) {
        return node.hasNonNull(key) ? Optional.of(node.get(key).asText()) : Optional.empty();
    }

    private static void onlyKeys(JsonNode node, Set<String> allowed, String where) {
        node.fieldNames().forEachRemaining(k -> require(allowed.contains(k), where + ": unknown key " + k));
    }

    private static void require(boolean ok, String message) {
        if (!ok) throw new IllegalArgumentException(message);
    }
}
