package de.typwerk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person would type into {@code typwerk take} to give the answers of an answers file: the
 * number of each chosen option as the prompt shows it (1-based, in definition order), several
 * joined by commas, scale points and numbers as they are, {@code s} for an asked question the file
 * leaves unanswered. Read with a plain YAML parser, independently of the engine under test.
 */
final class Typing {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Typing() {
    }

    static JsonNode oefit() throws IOException {
        return YAML.readTree(Repository.root()
                .resolve("questionnaires/oefit/src/main/resources/questionnaires/oefit-digitalisierungstypen.yaml").toFile());
    }

    /** One line per asked question, in questionnaire order. Questions with a condition the file does not answer are taken as not asked. */
    static List<String> linesFor(Path answersFile) throws IOException {
        JsonNode answers = YAML.readTree(answersFile.toFile()).path("answers");
        List<String> lines = new ArrayList<>();
        for (JsonNode section : oefit().path("sections")) {
            for (JsonNode question : section.path("questions")) {
                String id = question.path("id").asText();
                JsonNode answer = answers.path(id);
                if (answer.isMissingNode() || answer.isNull()) {
                    if (!question.has("when")) lines.add("s");
                    continue;
                }
                lines.add(typed(question, answer));
            }
        }
        return lines;
    }

    private static String typed(JsonNode question, JsonNode answer) {
        List<String> options = new ArrayList<>();
        question.path("options").forEach(o -> options.add(o.path("id").asText()));
        if (answer.isArray()) {
            List<String> numbers = new ArrayList<>();
            answer.forEach(a -> numbers.add(String.valueOf(options.indexOf(a.asText()) + 1)));
            return String.join(",", numbers);
        }
        if (answer.isTextual() && !options.isEmpty()) return String.valueOf(options.indexOf(answer.asText()) + 1);
        return answer.asText();
    }

    static String input(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }
}
