package de.typwerk.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The versions docs/plugin-authors.md and docs/integrators.md tell an author to type are the ones
 * the build makes: the checkout's version for a local install, the version {@code ./release} gives
 * it (the same without {@code -SNAPSHOT}) for a released repository, and the archetype plugin the
 * parent POM pins; an author who copies a command gets an archetype that exists.
 */
class DocumentedVersionsTest {

    private static final Path ROOT = root();

    @Test
    void every_archetype_version_in_the_docs_is_the_checkouts_or_its_releases() throws IOException {
        String checkout = projectVersion();
        String release = checkout.replace("-SNAPSHOT", "");
        String doc = Files.readString(ROOT.resolve("docs/plugin-authors.md"));

        List<String> versions = all(Pattern.compile("-DarchetypeVersion=([0-9A-Za-z.-]+)"), doc);

        assertThat(versions).as("-DarchetypeVersion in docs/plugin-authors.md").isNotEmpty()
                .allSatisfy(v -> assertThat(v).isIn(checkout, release))
                .contains(checkout, release);
    }

    @Test
    void the_archetype_plugin_named_in_full_is_the_one_the_build_pins() throws IOException {
        String pinned = property("maven-archetype.version");
        String doc = Files.readString(ROOT.resolve("docs/plugin-authors.md"));

        assertThat(all(Pattern.compile("maven-archetype-plugin:([0-9][^:\\s]*):"), doc))
                .as("maven-archetype-plugin:VERSION in docs/plugin-authors.md").isNotEmpty()
                .containsOnly(pinned);
    }

    @Test
    void the_bom_the_integrators_import_is_the_release_of_this_checkout() throws IOException {
        String release = projectVersion().replace("-SNAPSHOT", "");
        String doc = Files.readString(ROOT.resolve("docs/integrators.md"));

        assertThat(all(Pattern.compile("<artifactId>typwerk-bom</artifactId>\\s*<version>([^<]+)</version>"), doc))
                .as("the BOM's version in docs/integrators.md").isNotEmpty().containsOnly(release);
    }

    @Test
    void the_bom_installs_and_deploys_with_the_plugins_the_parent_pins() throws IOException {
        // the BOM has no parent: without these, an offline install from a checkout needs Maven's default 2.4
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        String bom = Files.readString(ROOT.resolve("engine/bom/pom.xml"));

        for (String plugin : List.of("maven-install-plugin", "maven-deploy-plugin")) {
            Pattern pinned = Pattern.compile("<artifactId>" + plugin + "</artifactId>\\s*<version>([^<]+)</version>");
            List<String> parents = all(pinned, parent).stream().map(DocumentedVersionsTest::resolved).toList();
            assertThat(all(pinned, bom)).as(plugin + " in engine/bom/pom.xml").isNotEmpty()
                    .isEqualTo(parents);
        }
    }

    @Test
    void the_generated_projects_pin_every_plugin_of_their_build_at_the_parents_version() throws IOException {
        // Maven's own defaults (clean 2.5, resources 2.6, compiler 3.1, surefire 2.12.4, jar 2.4, install 2.4,
        // deploy 2.7) are old, and an offline local repository that built Typwerk lacks them
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        for (String archetype : List.of("questionnaire", "strategy")) {
            String pom = Files.readString(ROOT.resolve("engine/archetypes/" + archetype
                    + "/src/main/resources/archetype-resources/pom.xml"));
            for (String plugin : List.of("maven-clean-plugin", "maven-resources-plugin", "maven-compiler-plugin",
                    "maven-surefire-plugin", "maven-jar-plugin", "maven-install-plugin", "maven-deploy-plugin")) {
                // filled in from the parent's property of the same name when the archetype is built
                assertThat(all(Pattern.compile("<artifactId>" + plugin + "</artifactId>\\s*<version>([^<]+)</version>"), pom))
                        .as("%s in the %s archetype's pom.xml", plugin, archetype)
                        .containsExactly("@" + plugin + ".version@");
                assertThat(all(Pattern.compile("<artifactId>" + plugin + "</artifactId>\\s*<version>([^<]+)</version>"), parent))
                        .as("%s in the parent's pluginManagement", plugin)
                        .containsExactly("${" + plugin + ".version}");
                property(plugin + ".version");
            }
        }
    }

    /** A version as the parent POM writes it, its {@code ${property}} resolved. */
    private static String resolved(String version) {
        if (!version.startsWith("${")) return version;
        try {
            return property(version.substring(2, version.length() - 1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) found.add(m.group(1));
        return found;
    }

    private static String projectVersion() throws IOException {
        Matcher m = Pattern.compile("<artifactId>typwerk-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(m.find()).as("the parent POM's version").isTrue();
        return m.group(1);
    }

    private static String property(String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(m.find()).as("the property %s in the parent POM", name).isTrue();
        return m.group(1);
    }

    private static Path root() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isRegularFile(root.resolve("docs/plugin-authors.md"))) root = root.getParent();
        assertThat(root).as("the repository root, with docs/plugin-authors.md").isNotNull();
        return root;
    }
}
