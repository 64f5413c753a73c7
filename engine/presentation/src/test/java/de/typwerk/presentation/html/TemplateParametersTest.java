package de.typwerk.presentation.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Templates place, Java decides (docs/architecture.md, "Presentation floor for HTML"): every
 * template takes a model of this module, which holds each text already picked and each number
 * already formatted, or a text or content handed on as it is; never the result, the questionnaire or
 * anything else of the engine that a template would have to read and decide about.
 */
class TemplateParametersTest {

    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Pattern IMPORT = Pattern.compile("(?m)^@import\\s+([\\w.]+)\\s*$");
    private static final Pattern PARAM = Pattern.compile("(?m)^@param\\s+([\\w.]+)\\s+\\w+");

    @Test
    void every_template_takes_models_of_this_module_texts_or_content_only() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
        }
        assertThat(templates).hasSizeGreaterThan(10);
        List<String> others = new ArrayList<>();
        for (Path template : templates) {
            String text = Files.readString(template);
            Map<String, String> imported = new HashMap<>();
            Matcher i = IMPORT.matcher(text);
            while (i.find()) imported.put(i.group(1).substring(i.group(1).lastIndexOf('.') + 1), i.group(1));
            Matcher p = PARAM.matcher(text);
            int params = 0;
            while (p.find()) {
                params++;
                String type = p.group(1);
                String named = type.contains(".") ? type : imported.getOrDefault(type, type);
                boolean model = named.startsWith("de.typwerk.presentation.html.");
                if (!model && !named.equals("String") && !named.equals("gg.jte.Content")) {
                    others.add(TEMPLATES.relativize(template) + ": " + type);
                }
            }
            assertThat(params).as(template.toString()).isPositive();
        }
        assertThat(others).as("parameters that are neither a model of this module, a text nor content").isEmpty();
    }
}
