package de.typwerk.engine.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.ResolvedBase;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.definition.document.QuestionnaireDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Variants shipped by plugins: resolved at load time, bases first, across plugins. */
class VariantLoadingTest {

    private static final Path FIXTURES = Path.of("src/test/resources/plugins");

    @TempDir
    Path plugins;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) c.close();
    }

    private Typwerk load() {
        Typwerk typwerk = Typwerk.builder().classPathPlugins(false).pluginsFrom(plugins).locale(Locale.ENGLISH).build();
        open.add(typwerk);
        return typwerk;
    }

    private Path jar(String fileName, String pluginId, String... definitions) {
        PluginJar jar = PluginJar.named(fileName).descriptor(pluginId, "1.0.0", "[1.0,2.0)");
        for (String d : definitions) jar.questionnaire("questionnaires/" + d, FIXTURES.resolve(d));
        return jar.writeTo(plugins);
    }

    private static PluginEntry entry(Typwerk typwerk, String fileName) {
        return typwerk.plugins().stream().filter(e -> e.source().endsWith(fileName)).findFirst().orElseThrow();
    }

    @Test
    void loads_a_variant_from_one_plugin_against_a_base_from_another_and_records_the_base() {
        jar("a-base.jar", "probe", "probe-typen.yaml");
        jar("b-kreis.jar", "kreis", "probe-variante.yaml");

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "b-kreis.jar").decision()).isEqualTo(Decision.LOADED);
        assertThat(entry(typwerk, "b-kreis.jar").provides())
                .containsExactly("questionnaire probe-variante@1.0.0 → probe-typen@1.0.0");
        LoadedQuestionnaire variant = typwerk.questionnaire("probe-variante").orElseThrow();
        LoadedQuestionnaire base = typwerk.questionnaire("probe-typen").orElseThrow();
        assertThat(variant.isVariant()).isTrue();
        assertThat(variant.base()).contains(new ResolvedBase("probe-typen", "1.0.0", base.contentHash()));
        assertThat(variant.questionnaire().question("neues").orElseThrow().choices()).hasSize(3);
        assertThat(QuestionnaireDocument.overlayOf(variant.definition())).isPresent();
        assertThat(QuestionnaireDocument.overlayOf(variant.questionnaire())).isEmpty();
        assertThat(base.isVariant()).isFalse();
        assertThat(base.base()).isEmpty();
    }

    @Test
    void loads_a_variant_of_a_variant_whatever_order_the_jars_come_in() {
        jar("a-on-top.jar", "on-top", "probe-auf-variante.yaml");
        jar("b-kreis.jar", "kreis", "probe-variante.yaml");
        jar("c-base.jar", "probe", "probe-typen.yaml");

        Typwerk typwerk = load();

        assertThat(typwerk.plugins()).allSatisfy(e -> assertThat(e.decision()).isEqualTo(Decision.LOADED));
        assertThat(typwerk.questionnaire("probe-auf-variante").orElseThrow().bases())
                .extracting(ResolvedBase::coordinates).containsExactly("probe-variante@1.0.0", "probe-typen@1.0.0");
    }

    @Test
    void refuses_a_variant_whose_base_is_not_loaded_naming_the_extends_line() {
        jar("a-base.jar", "probe", "probe-typen.yaml");
        Path orphan = jar("b-orphan.jar", "orphan", "probe-variante-orphan.yaml");

        Typwerk typwerk = load();

        PluginEntry entry = entry(typwerk, "b-orphan.jar");
        assertThat(entry.decision()).isEqualTo(Decision.REFUSED);
        assertThat(entry.reason()).startsWith(orphan + ":").contains("probe-variante-orphan.yaml:4:1")
                .contains("'probe-typn'", "did you mean 'probe-typen'?");
        assertThat(entry.problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("unknown-base"));
        assertThat(entry(typwerk, "a-base.jar").decision()).isEqualTo(Decision.LOADED);
    }

    @Test
    void refuses_the_second_of_two_variants_of_one_base_with_one_id_naming_both_plugins_and_sources() {
        jar("a-base.jar", "probe", "probe-typen.yaml");
        Path first = jar("b-verband.jar", "verband-a", "probe-variante.yaml");
        Path second = jar("c-verband.jar", "verband-b", "probe-variante-other.yaml");

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "b-verband.jar").decision()).isEqualTo(Decision.LOADED);
        PluginEntry refused = entry(typwerk, "c-verband.jar");
        assertThat(refused.decision()).isEqualTo(Decision.REFUSED);
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("duplicate-variant");
            assertThat(p.message()).contains(first + "!/questionnaires/probe-variante.yaml (plugin verband-a)",
                    second + "!/questionnaires/probe-variante-other.yaml (plugin verband-b)");
        });
        assertThat(typwerk.questionnaires()).extracting(q -> q.questionnaire().coordinates())
                .containsExactly("probe-typen@1.0.0", "probe-variante@1.0.0");
    }

    @Test
    void refuses_the_second_of_two_variants_with_one_id_and_version_naming_both_sources() {
        jar("a-base.jar", "probe", "probe-typen.yaml");
        Path first = jar("b-verband.jar", "verband-a", "probe-variante.yaml");
        Path second = jar("c-verband.jar", "verband-b", "probe-variante.yaml");

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "c-verband.jar").reason()).startsWith(second + ":")
                .contains("probe-variante@1.0.0", first.toString());
    }

    @Test
    void a_variant_whose_highest_base_in_range_is_broken_falls_back_to_a_lower_version_that_works() {
        jar("a-base.jar", "probe", "probe-typen.yaml");
        jar("b-broken.jar", "broken", "probe-typen-1.1-variant-broken.yaml");
        jar("c-on-top.jar", "on-top", "probe-on-base.yaml");

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "b-broken.jar").decision()).isEqualTo(Decision.REFUSED);
        assertThat(entry(typwerk, "b-broken.jar").problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("overlay-target-missing");
            assertThat(p.message()).isEqualTo("The question 'neues' in probe-typen@1.0.0 has no option 'zoegern'; "
                    + "known: abwarten, anpacken");
        });
        assertThat(entry(typwerk, "c-on-top.jar").decision()).isEqualTo(Decision.LOADED);
        assertThat(typwerk.questionnaire("probe-darauf").orElseThrow().base().orElseThrow().coordinates())
                .isEqualTo("probe-typen@1.0.0");
    }

    @Test
    void refuses_a_variant_whose_only_base_in_range_was_refused() {
        jar("b-kreis.jar", "kreis", "probe-variante.yaml");
        jar("c-on-top.jar", "on-top", "probe-auf-variante.yaml");

        Typwerk typwerk = load();

        assertThat(entry(typwerk, "b-kreis.jar").problems()).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo("unknown-base"));
        PluginEntry onTop = entry(typwerk, "c-on-top.jar");
        assertThat(onTop.decision()).isEqualTo(Decision.REFUSED);
        assertThat(onTop.problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("unknown-base"));
    }
}
