package de.typwerk.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The questionnaire provider of docs/plugin-authors.md ("A questionnaire from code"), as it stands
 * there, compiled into a plugin jar and loaded from a plugins folder: what an author copies works.
 */
class DocumentedProviderTest {

    private static final Path DOCS = Path.of("../../docs/plugin-authors.md");

    @TempDir
    Path plugins;

    @Test
    void the_documented_provider_yields_questionnaires_the_engine_loads() throws IOException {
        String code = javaRecipe(Files.readString(DOCS, StandardCharsets.UTF_8), "questionnaire-provider");
        Matcher pkg = Pattern.compile("(?m)^package ([\\w.]+);").matcher(code);
        Matcher type = Pattern.compile("public final class (\\w+) implements QuestionnaireProvider").matcher(code);
        assertThat(pkg.find() && type.find()).as("the recipe declares its package and provider class").isTrue();
        String provider = pkg.group(1) + "." + type.group(1);
        PluginJar.named("kreistypen.jar").descriptor("kreistypen", "1.0.0", "[1.0,2.0)")
                .source(provider, code).questionnaireProvider(provider)
                // stands in for Typwerk's points, which the documented definitions name
                .source("com.example.points.Points", """
                        package com.example.points;
                        import de.typwerk.api.model.*;
                        import de.typwerk.api.spi.*;
                        import java.util.Map;
                        public final class Points implements ScoringStrategy<Map> {
                            public String id() { return "points"; }
                            public Version version() { return Version.parse("1.0.0"); }
                            public LocalizedText description() { return LocalizedText.of("en", "test"); }
                            public Class<Map> parametersType() { return Map.class; }
                            public PreparedScorer prepare(Questionnaire questionnaire, Map parameters) {
                                return context -> new ScoreSheet(java.util.List.of(new ScoreSheet.TypeScore("planer", 1, 0.5),
                                        new ScoreSheet.TypeScore("macher", 1, 0.5)), java.util.List.of(), java.util.List.of());
                            }
                        }
                        """)
                .strategy("com.example.points.Points")
                .writeTo(plugins);

        try (Typwerk typwerk = Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).locale(Locale.ENGLISH).build()) {
            PluginEntry entry = typwerk.plugins().stream().filter(e -> e.id().equals("kreistypen")).findFirst().orElseThrow();
            assertThat(entry.loaded()).as(entry.reason()).isTrue();
            assertThat(entry.problems()).isEmpty();
            assertThat(entry.provides()).contains("questionnaire kreistypen-by@1.0.0", "questionnaire kreistypen-sn@1.0.0");
            assertThat(typwerk.questionnaire("kreistypen-sn").orElseThrow().questionnaire().title().get("de", "de"))
                    .isEqualTo("Kreistypen in Sachsen");
        }
    }

    /** The code block of the docs whose fence says {@code typwerk-recipe=<name>}. */
    private static String javaRecipe(String docs, String name) {
        String fence = "```java typwerk-recipe=" + name + "\n";
        int start = docs.indexOf(fence);
        assertThat(start).as("docs/plugin-authors.md has the block " + fence.strip()).isNotNegative();
        int from = start + fence.length();
        return docs.substring(from, docs.indexOf("\n```\n", from) + 1);
    }
}
