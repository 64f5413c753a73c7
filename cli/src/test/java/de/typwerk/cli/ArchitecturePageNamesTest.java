package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md is where a newcomer starts, and it says that where it and the code disagree it is
 * out of date and is fixed in the same commit. This holds it to the names it gives: every class it names
 * in code type ({@code ScoreCommand}, {@code BatchInput.RowSourceHandle}) is declared in a source file of
 * the repository, and every member it names after a class ({@code Scoring.score},
 * {@code CsvLines.readAgainAfterFirstLine}) stands in that class's file. A class renamed, moved out of the
 * repository or a method renamed fails here until the page follows. The names of the JDK's and the
 * libraries' classes the page compares with are {@link #OTHERS}.
 */
class ArchitecturePageNamesTest {

    /** Classes of the JDK and of libraries (and one of the past) that the page names beside Typwerk's own. */
    private static final Set<String> OTHERS = Set.of("BigDecimal", "ClassLoader", "CreationException", "Double",
            "EngineDiscoveryRequest", "ExecutionRequest", "ExtensionContext", "ExtensionFactory", "LinkageError", "MapBinder",
            "MappingIterator", "ObjectMapper", "OutputStream", "PrePopulatedValidationSupport", "PropertyResourceBundle",
            "ProtectionDomain", "ResourceBundle", "ScoringRequest", "ServiceConfigurationError", "ServiceLoader",
            "ServicesResourceTransformer", "SetupContext", "TestEngine", "Thread");

    /** A class name in code type, with what follows it after dots: {@code Typwerk.score}, {@code BatchInput.RowSourceHandle.source}. */
    private static final Pattern NAME = Pattern.compile("(?<![\\w.\\-/])([A-Z][A-Za-z0-9]*)((?:\\.[A-Za-z_][A-Za-z0-9_]*)*)");
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|record|enum)\\s+([A-Z]\\w*)");

    @Test
    void every_class_and_member_the_architecture_page_names_is_in_the_code() throws IOException {
        Path root = Repository.root();
        String page = Files.readString(root.resolve("docs/architecture.md")).replaceAll("(?s)```.*?```", "");
        Map<String, List<String>> declaredIn = declarations(root);

        Set<String> wrong = new TreeSet<>();
        Matcher code = Pattern.compile("`([^`\\n]+)`").matcher(page);
        while (code.find()) {
            Matcher name = NAME.matcher(code.group(1));
            while (name.find()) {
                String type = name.group(1);
                String[] after = name.group(2).isEmpty() ? new String[0] : name.group(2).substring(1).split("\\.");
                // a class: two capitals in one word (ScoreRun), or a word with a member after it (Scoring.score);
                // a single word such as `Accept` or `Rules` (of `*Rules`) is a word
                boolean camel = type.matches("[A-Z][a-z0-9]+[A-Z].*");
                if (type.equals(type.toUpperCase(java.util.Locale.ROOT)) || !camel && after.length == 0 || OTHERS.contains(type)) continue;
                List<String> files = declaredIn.get(type);
                if (files == null) {
                    wrong.add("`" + type + "`: no such class");
                    continue;
                }
                for (String part : after) {
                    if (Character.isUpperCase(part.charAt(0)) && !part.equals(part.toUpperCase(java.util.Locale.ROOT))) {
                        List<String> inner = declaredIn.getOrDefault(part, List.of());
                        if (files.stream().noneMatch(inner::contains)) wrong.add("`" + type + "." + part + "`: no such type in " + type);
                        files = inner;
                        continue;
                    }
                    Pattern member = Pattern.compile("\\b" + Pattern.quote(part) + "\\b");
                    if (files.stream().noneMatch(f -> member.matcher(f).find())) {
                        wrong.add("`" + type + "." + part + "`: no such member in " + type);
                    }
                    break;
                }
            }
        }
        assertThat(wrong).as("names in docs/architecture.md that the code does not have (or add a library's class to OTHERS)").isEmpty();
    }

    /** Per class name, the texts of the source files that declare it (a file by its name, a nested type where it stands). */
    private static Map<String, List<String>> declarations(Path root) throws IOException {
        Map<String, List<String>> declared = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(ArchitecturePageNamesTest::source).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String own = file.getFileName().toString().replaceAll("\\.(java|jte)$", "");
                declared.computeIfAbsent(own, k -> new ArrayList<>()).add(text);
                Matcher nested = DECLARED.matcher(text);
                while (nested.find()) {
                    List<String> texts = declared.computeIfAbsent(nested.group(1), k -> new ArrayList<>());
                    if (!texts.contains(text)) texts.add(text);
                }
            }
        }
        return declared;
    }

    private static boolean source(Path file) {
        String path = file.toString().replace('\\', '/');
        return (path.endsWith(".java") || path.endsWith(".jte")) && !path.contains("/target/") && !path.contains("/node_modules/")
                && !path.contains("/.git/");
    }
}
