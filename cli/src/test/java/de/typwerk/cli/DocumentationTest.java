package de.typwerk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The way into the documentation: the README's index names every page, and no page names a file that is not there. */
class DocumentationTest {

    private static final Pattern DOCS_PATH = Pattern.compile("docs/[A-Za-z0-9_.-]+\\.(?:md|json)");

    @Test
    void the_readmes_index_links_every_page_of_docs() throws IOException {
        Path root = Repository.root();
        String readme = Files.readString(root.resolve("README.md"));
        String index = readme.substring(readme.indexOf("## Documentation"), readme.indexOf("## Layout"));
        try (Stream<Path> pages = Files.list(root.resolve("docs"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".json")).toList()) {
                String name = "docs/" + page.getFileName();
                assertThat(index).as(name).contains("[`" + name + "`](" + name + ")");
            }
        }
    }

    @Test
    void every_docs_file_the_readme_and_the_docs_name_is_there() throws IOException {
        Path root = Repository.root();
        for (Path text : readmeAndDocs(root)) {
            Matcher m = DOCS_PATH.matcher(Files.readString(text));
            while (m.find()) {
                assertThat(root.resolve(m.group())).as(root.relativize(text) + " names " + m.group()).exists();
            }
        }
    }

    @Test
    void every_switch_that_writes_a_recording_again_is_in_the_architectures_table() throws IOException {
        // a contributor whose change alters a recorded output learns here how to record it again
        Path root = Repository.root();
        String doc = Files.readString(root.resolve("docs/architecture.md"));
        String table = doc.substring(doc.indexOf("## Outputs held byte for byte"), doc.indexOf("## Test kit"));
        Pattern property = Pattern.compile("\"(typwerk\\.[a-z.]+)\"");
        List<String> switches = new ArrayList<>();
        for (String module : List.of("cli", "engine/core", "engine/server", "engine/presentation", "engine/applications")) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/test/java"))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = property.matcher(Files.readString(file));
                    // typwerk.test.*: properties the tests set themselves, not a contributor
                    while (m.find()) if (!m.group(1).startsWith("typwerk.test.")) switches.add(m.group(1));
                }
            }
        }
        assertThat(switches).contains("typwerk.corpus.record", "typwerk.http.record");
        for (String name : switches) assertThat(table).as(name).contains("-D" + name + "=");
    }

    @Test
    void the_readmes_layout_names_every_module_of_the_reactor() throws IOException {
        Path root = Repository.root();
        String readme = Files.readString(root.resolve("README.md"));
        String layout = readme.substring(readme.indexOf("## Layout"));
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(root.resolve("pom.xml")));
        int modules = 0;
        while (module.find()) {
            modules++;
            String path = module.group(1);
            // a module is named by its own line, or by its folder's (plugins/, engine/archetypes)
            String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : path;
            assertThat(layout).as(path).containsPattern("(?m)^(" + Pattern.quote(path) + "|" + Pattern.quote(folder) + "/?) ");
        }
        assertThat(modules).isGreaterThan(15);
    }

    @Test
    void every_module_path_the_readme_and_the_docs_name_is_a_folder_or_file_of_the_repository() throws IOException {
        // a newcomer looks for `engine/plugin` among the modules and finds none: a package is no folder there
        Path root = Repository.root();
        Pattern path = Pattern.compile("`((?:engine|cli)/[A-Za-z0-9_./-]+)`");
        for (Path text : readmeAndDocs(root)) {
            Matcher m = path.matcher(Files.readString(text));
            while (m.find()) {
                if (m.group(1).contains("/target/")) continue;  // what a build makes
                assertThat(root.resolve(m.group(1))).as(root.relativize(text) + " names " + m.group(1)).exists();
            }
        }
    }

    /** The README and every page of docs/. */
    private static List<Path> readmeAndDocs(Path root) throws IOException {
        List<Path> texts = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> pages = Files.list(root.resolve("docs"))) {
            pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(texts::add);
        }
        return texts;
    }
}
