package de.typwerk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Typwerk#validate} on variants: resolved against what lies beside them, validated as a whole. */
class TypwerkValidateVariantTest {

    private static final Path FIXTURES = Path.of("src/test/resources/plugins");

    @TempDir
    Path temp;

    private final Typwerk typwerk = Typwerk.builder().classPathPlugins(false).locale(Locale.ENGLISH).build();

    @AfterEach
    void close() {
        typwerk.close();
    }

    private Path copy(String fixture, String name) throws IOException {
        return Files.copy(FIXTURES.resolve(fixture), temp.resolve(name));
    }

    @Test
    void a_variant_beside_its_base_in_a_folder_resolves_and_validates() throws IOException {
        copy("probe-typen.yaml", "basis.yaml");
        copy("probe-variante.yaml", "variante.yaml");
        copy("probe-auf-variante.yaml", "darauf.yaml");

        assertThat(typwerk.validate(temp)).isEmpty();
    }

    @Test
    void a_broken_variant_in_a_folder_is_reported_in_its_own_file() throws IOException {
        copy("probe-typen.yaml", "basis.yaml");
        Path broken = copy("probe-typen-1.1-variant-broken.yaml", "kaputt.yaml");

        List<Problem> problems = typwerk.validate(temp);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("overlay-target-missing");
            assertThat(p.toString()).startsWith(broken + ":9:23: error: The question 'neues' in probe-typen@1.0.0 "
                    + "has no option 'zoegern'");
        });
    }

    @Test
    void a_problem_the_variant_causes_in_the_bases_file_names_the_variant_it_holds_for() throws IOException {
        Path base = copy("probe-typen.yaml", "basis.yaml");
        Files.writeString(temp.resolve("kurz.yaml"), """
                id: probe-kurz
                version: 1.0.0
                extends: probe-typen@1.0
                locales: [de, en]
                title: {de: Kurz, en: Short}
                overlay:
                  remove:
                    options: {neues: [anpacken]}
                """);

        // the base alone is fine: without the note its author would be blamed, and the variant's would not look
        assertThat(typwerk.validate(temp)).extracting(Problem::toString).containsExactly(base + ":19:9: error:"
                + " The question 'neues' has 1 option(s); it needs at least two. – This holds for the variant"
                + " probe-kurz@1.0.0 (" + temp.resolve("kurz.yaml") + ":3:1), not for the base on its own.");
    }

    @Test
    void a_variant_file_on_its_own_whose_base_is_not_loaded_says_which_are() {
        Path variant = FIXTURES.resolve("probe-variante.yaml");

        assertThat(typwerk.validate(variant)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("unknown-base");
            assertThat(p.toString()).isEqualTo(variant + ":4:1: error: 'probe-variante' extends 'probe-typen', "
                    + "but no questionnaire 'probe-typen' is loaded; no questionnaire is loaded");
        });
    }
}
