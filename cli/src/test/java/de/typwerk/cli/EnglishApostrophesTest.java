package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * English text a user reads writes its apostrophes as the report and the ÖFIT definitions do
 * (’), not straight (') nor as MessageFormat's escaped straight one (''): every message of the
 * English bundles as Messages.get gives it out, every English text of the shipped questionnaires, the
 * descriptions of the published JSON documents (the HTTP API's OpenAPI description, the questionnaire and
 * result schemas) and the names and descriptions of the shipped plugins' descriptors.
 */
class EnglishApostrophesTest {

    private static final Pattern STRAIGHT = Pattern.compile("[A-Za-z]'+[A-Za-z]");

    @Test
    void the_english_messages_write_the_typographic_apostrophe() throws IOException {
        List<String> straight = new ArrayList<>();
        List<Path> bundles;
        try (Stream<Path> files = Files.walk(Repository.root())) {
            bundles = files.filter(f -> f.getFileName().toString().endsWith("_en.properties"))
                    .filter(f -> f.toString().replace('\\', '/').contains("/src/main/resources/"))
                    .filter(f -> !f.toString().contains("archetype-resources") && !f.toString().contains("node_modules")).toList();
        }
        assertThat(bundles).hasSizeGreaterThan(5);
        for (Path bundle : bundles) {
            Properties messages = new Properties();
            try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                messages.load(in);
            }
            for (String key : messages.stringPropertyNames()) {
                String text = shown(messages.getProperty(key));
                if (STRAIGHT.matcher(text).find()) straight.add(Repository.root().relativize(bundle) + " " + key + ": " + text);
            }
        }
        assertThat(straight).isEmpty();
    }

    @Test
    void the_english_texts_of_the_shipped_questionnaires_write_the_typographic_apostrophe() throws IOException {
        List<String> straight = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(Repository.root().resolve("questionnaires"))) {
            for (Path module : files.filter(Files::isDirectory).sorted().toList()) {
                Path definitions = module.resolve("src/main/resources/questionnaires");
                if (!Files.isDirectory(definitions)) continue;
                try (Stream<Path> yamls = Files.list(definitions)) {
                    for (Path definition : yamls.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                        collect(yaml.readTree(definition.toFile()), Repository.root().relativize(definition).toString(), straight);
                    }
                }
            }
        }
        assertThat(straight).isEmpty();
    }

    @Test
    void the_published_json_documents_describe_in_the_typographic_apostrophe() throws IOException {
        List<String> straight = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String document : List.of("docs/openapi.json", "docs/questionnaire.schema.json", "docs/result.schema.json")) {
            collectTexts(json.readTree(Repository.root().resolve(document).toFile()), document, straight);
        }
        assertThat(straight).isEmpty();
    }

    @Test
    void the_shipped_plugin_descriptors_write_the_typographic_apostrophe() throws IOException {
        List<String> straight = new ArrayList<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Path> descriptors = new ArrayList<>();
        for (String group : List.of("plugins", "questionnaires")) {
            try (Stream<Path> files = Files.list(Repository.root().resolve(group))) {
                files.map(m -> m.resolve("src/main/resources/META-INF/typwerk/plugin.yaml")).filter(Files::isRegularFile)
                        .sorted().forEach(descriptors::add);
            }
        }
        assertThat(descriptors).hasSizeGreaterThan(4);
        for (Path descriptor : descriptors) {
            JsonNode plugin = yaml.readTree(descriptor.toFile());
            for (String field : List.of("name", "vendor", "description")) {
                String text = plugin.path(field).asText("");
                if (STRAIGHT.matcher(text).find()) straight.add(Repository.root().relativize(descriptor) + " " + field + ": " + text);
            }
        }
        assertThat(straight).isEmpty();
    }

    /** The message as Messages.get gives it: a pattern with arguments through MessageFormat, one without as written. */
    private static String shown(String pattern) {
        if (!pattern.matches("(?s).*\\{\\d.*")) return pattern;
        Object[] args = new Object[10];
        Arrays.fill(args, 1);
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    private static void collect(JsonNode node, String where, List<String> straight) {
        node.fields().forEachRemaining(field -> {
            if (field.getKey().equals("en") && field.getValue().isTextual() && STRAIGHT.matcher(field.getValue().asText()).find()) {
                straight.add(where + ": " + field.getValue().asText());
            }
        });
        node.forEach(child -> collect(child, where, straight));
    }

    /** The texts for people in a JSON document: its titles, summaries and descriptions, not its keys, examples or patterns. */
    private static void collectTexts(JsonNode node, String where, List<String> straight) {
        node.fields().forEachRemaining(field -> {
            if (Set.of("title", "summary", "description").contains(field.getKey()) && field.getValue().isTextual()
                    && STRAIGHT.matcher(field.getValue().asText()).find()) {
                straight.add(where + ": " + field.getValue().asText());
            }
        });
        node.forEach(child -> collectTexts(child, where, straight));
    }
}
