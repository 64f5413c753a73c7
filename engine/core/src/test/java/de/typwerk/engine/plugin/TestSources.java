package de.typwerk.engine.plugin;

/** Java sources of small plugin classes, for {@link PluginJar}. */
final class TestSources {

    private TestSources() {
    }

    /**
     * A strategy with id {@code id} whose description (and the single type score it returns) is the
     * String expression {@code reports}; {@code members} adds fields and constructors.
     */
    static String strategy(String className, String id, String reports, String members) {
        int dot = className.lastIndexOf('.');
        return """
                package %s;

                import de.typwerk.api.model.LocalizedText;
                import de.typwerk.api.model.Version;
                import de.typwerk.api.spi.ScoreSheet;
                import de.typwerk.api.model.Questionnaire;
                import de.typwerk.api.spi.PreparedScorer;
                import de.typwerk.api.spi.ScoringStrategy;
                import java.util.List;

                public class %s implements ScoringStrategy<Void> {
                    %s

                    public String id() { return "%s"; }

                    public Version version() { return Version.parse("1.0.0"); }

                    public LocalizedText description() { return LocalizedText.of("en", %s); }

                    public Class<Void> parametersType() { return Void.class; }

                    public PreparedScorer prepare(Questionnaire questionnaire, Void parameters) {
                        return context -> new ScoreSheet(List.of(new ScoreSheet.TypeScore(%s, 1, 1)), List.of(), List.of());
                    }

                    /** What a piece of plugin code reports about its surroundings. */
                    static String loads(String className) {
                        try {
                            Class.forName(className);
                            return "visible";
                        } catch (ClassNotFoundException e) {
                            return "invisible";
                        }
                    }
                }
                """.formatted(className.substring(0, dot), className.substring(dot + 1), members, id, reports, reports);
    }

    /** A strategy with nothing to report but its id. */
    static String strategy(String className, String id) {
        return strategy(className, id, "\"" + id + "\"", "");
    }

    /** {@code com.example.lib.Greeting} in some version: {@code Greeting.text()} returns {@code text}. */
    static String greeting(String text) {
        return """
                package com.example.lib;

                public final class Greeting {
                    public static String text() { return "%s"; }
                }
                """.formatted(text);
    }
}
