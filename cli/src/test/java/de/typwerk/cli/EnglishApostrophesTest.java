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
 * result schemas), the names and descriptions of the shipped plugins' descriptors, and the prose of
 * README.md and the Markdown pages of docs/: not their fenced code blocks, inline code spans
 * (which may run over a line break), link targets or HTML comments, which show what a tool or a
 * shell reads and prints.
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
        for (String document : List.of("docs/openapi.json", "docs/questionnaire.schema.json", "docs/result.schema.json",
                "docs/batch-row.schema.json")) {
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

    @Test
    void the_prose_of_the_readme_and_the_docs_writes_the_typographic_apostrophe() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Repository.root().resolve("README.md")));
        try (Stream<Path> files = Files.list(Repository.root().resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        assertThat(pages).hasSizeGreaterThan(10);
        List<String> straight = new ArrayList<>();
        for (Path page : pages) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            boolean[] prose = prose(text);
            java.util.regex.Matcher m = STRAIGHT.matcher(text);
            while (m.find()) {
                int at = m.start() + 1;
                if (!prose[at]) continue;
                int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
                int from = text.lastIndexOf('\n', at) + 1;
                int to = text.indexOf('\n', at);
                straight.add(Repository.root().relativize(page) + ":" + line + ": " + text.substring(from, to < 0 ? text.length() : to).strip());
            }
        }
        assertThat(straight).isEmpty();
    }

    @Test
    void a_pages_prose_is_told_from_its_code() {
        String page = "The engine's words.\n\n```sh\necho 'it's'\n```\n\nSay `don't` and ``a`b's``, `across\nthe line's` end, "
                + "[a link](x'y.md), <!-- it's -->\n~~~\nit's\n~~~\nthe parser's.\n";
        boolean[] prose = prose(page);
        List<String> found = new ArrayList<>();
        java.util.regex.Matcher m = STRAIGHT.matcher(page);
        while (m.find()) if (prose[m.start() + 1]) found.add(page.substring(page.lastIndexOf(' ', m.start()) + 1, m.end()));
        assertThat(found).containsExactly("engine's", "parser's");
    }

    /** Where {@code markdown}'s characters are prose: outside fenced code, code spans, link targets and HTML comments. */
    private static boolean[] prose(String markdown) {
        boolean[] prose = new boolean[markdown.length()];
        Pattern fenceLine = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
        String fence = null;
        int paragraph = -1;
        int at = 0;
        for (String line : markdown.split("\n", -1)) {
            int end = at + line.length();
            java.util.regex.Matcher f = fenceLine.matcher(line);
            if (fence != null) {
                if (f.find() && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()
                        && line.strip().replace(String.valueOf(fence.charAt(0)), "").isEmpty()) {
                    fence = null;
                }
            } else if (f.find()) {
                if (paragraph >= 0) markParagraph(markdown, paragraph, at, prose);
                paragraph = -1;
                fence = f.group(1);
            } else if (line.isBlank()) {
                if (paragraph >= 0) markParagraph(markdown, paragraph, at, prose);
                paragraph = -1;
            } else if (paragraph < 0) {
                paragraph = at;
            }
            at = end + 1;
        }
        if (paragraph >= 0) markParagraph(markdown, paragraph, markdown.length(), prose);
        return prose;
    }

    /** Marks the prose of the paragraph {@code from}..{@code to}: code spans (a run of backticks to the next run as long) left out. */
    private static void markParagraph(String markdown, int from, int to, boolean[] prose) {
        String text = markdown.substring(from, to);
        boolean[] code = new boolean[text.length()];
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = i;
            while (run < text.length() && text.charAt(run) == '`') run++;
            int length = run - i;
            int close = -1;
            for (int k = run; k < text.length(); ) {
                if (text.charAt(k) != '`') {
                    k++;
                    continue;
                }
                int m = k;
                while (m < text.length() && text.charAt(m) == '`') m++;
                if (m - k == length) {
                    close = k;
                    break;
                }
                k = m;
            }
            int last = close < 0 ? run : close + length;
            java.util.Arrays.fill(code, i, last, true);
            i = last;
        }
        java.util.regex.Matcher other = Pattern.compile("\\]\\([^)\\s]*\\)|<https?://[^>]*>|<!--.*?-->", Pattern.DOTALL).matcher(text);
        while (other.find()) java.util.Arrays.fill(code, other.start(), other.end(), true);
        for (int c = 0; c < text.length(); c++) prose[from + c] = !code[c];
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
