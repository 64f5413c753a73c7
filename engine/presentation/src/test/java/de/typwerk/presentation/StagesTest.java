package de.typwerk.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The stage wording of a maturity model's reports, and the picks of an answer told apart. */
class StagesTest {

    private static final List<String> BUNDLES = List.of("de/typwerk/presentation/messages.properties",
            "de/typwerk/presentation/messages_en.properties", "de/typwerk/presentation/html/report.properties",
            "de/typwerk/presentation/html/report_en.properties");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = StagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void every_key_worded_apart_for_stages_has_its_stage_twin_in_every_bundle_that_has_it() throws IOException {
        for (String name : BUNDLES) {
            Properties p = bundle(name);
            for (String key : Stages.worded()) {
                if (p.containsKey(key)) assertThat(p).as(name + ": " + key).containsKey(key + ".stages");
            }
        }
        // no type is fitted by a maturity model in its words either ("Kein Typ passt" was the ÖFIT wording)
        assertThat(bundle(BUNDLES.get(0)).getProperty("report.outcome.none.stages")).startsWith("Keine Stufe passt").doesNotContain("Typ");
        assertThat(bundle(BUNDLES.get(2)).getProperty("report.headline.none.stages")).isEqualTo("Keine Stufe passt");
    }

    @Test
    void every_key_that_names_a_stage_has_its_twin_without_the_word_for_stage_and_every_bundle_its_word() throws IOException {
        for (String name : BUNDLES) {
            Properties p = bundle(name);
            for (String key : Stages.naming()) {
                if (p.containsKey(key + ".stages")) {
                    assertThat(p).as(name + ": " + key).containsKey(key + ".stages.named").containsKey("report.stage.word");
                    // the twin is the stage wording without the word: "die Stufe „{0}“" becomes „{0}“
                    assertThat(p.getProperty(key + ".stages.named")).as(name + ": " + key)
                            .doesNotContain(p.getProperty("report.stage.word"));
                }
            }
        }
    }

    @Test
    void a_stage_whose_name_begins_with_the_word_for_stage_is_not_called_a_stage_twice() {
        assertThat(Stages.key("report.recommendations", "levels", "Stufe 3: Online-Antrag", "Stufe"))
                .isEqualTo("report.recommendations.stages.named");
        assertThat(Stages.key("report.learn-from", "levels", "stage 4", "Stage")).isEqualTo("report.learn-from.stages.named");
        assertThat(Stages.key("report.learn-from", "levels", "Stufe4", "Stufe")).isEqualTo("report.learn-from.stages.named");
        // a name that does not begin with the word, or only with a longer one, keeps "die Stufe „…“"
        assertThat(Stages.key("report.recommendations", "levels", "Managed", "Stufe")).isEqualTo("report.recommendations.stages");
        assertThat(Stages.key("report.recommendations", "levels", "Stufenweise digital", "Stufe")).isEqualTo("report.recommendations.stages");
        // types are named as types, whatever their name
        assertThat(Stages.key("report.recommendations", "points", "Stufe 3", "Stufe")).isEqualTo("report.recommendations");
        // a key that does not name the stage after the word has no twin
        assertThat(Stages.key("report.headline.primary", "levels", "Stufe 3", "Stufe")).isEqualTo("report.headline.primary.stages");
    }

    @Test
    void picks_are_told_apart_by_the_options_texts_so_that_one_holding_a_semicolon_stays_whole() {
        Questionnaire q = new DefinitionReader(new Mappers(), new Messages(Locale.ENGLISH)).read("probe.yaml", """
                id: probe
                version: 1.0.0
                locales: [de]
                title: {de: "Probe"}
                types:
                  - {id: a, name: {de: "A"}}
                sections:
                  - id: s
                    title: {de: "S"}
                    questions:
                      - id: wege
                        kind: multi
                        text: {de: "Welche Wege?"}
                        options:
                          - {id: a, text: {de: "Vor Ort; mit Termin"}, weights: {a: 1}}
                          - {id: b, text: {de: "Online"}, weights: {a: 0}}
                          - {id: c, text: {de: "Per Post"}, weights: {a: 0}}
                """).questionnaire().orElseThrow();
        Optional<Questionnaire> probe = Optional.of(q);
        assertThat(Picks.of(probe, "wege", "Vor Ort; mit Termin; Online", t -> t.get("de", "de")))
                .containsExactly("Vor Ort; mit Termin", "Online");
        assertThat(Picks.of(probe, "wege", "Vor Ort; mit Termin", t -> t.get("de", "de"))).isEmpty();
        assertThat(Picks.of(probe, "wege", "Online; Per Post", t -> t.get("de", "de"))).containsExactly("Online", "Per Post");
        // not the options' texts (a result of another version): left as written
        assertThat(Picks.of(probe, "wege", "Online; Fax", t -> t.get("de", "de"))).isEmpty();
        assertThat(Picks.of(Optional.empty(), "wege", "Online; Per Post", t -> t.get("de", "de"))).isEmpty();
    }

    @Test
    void no_stage_is_read_without_the_levels_strategy() {
        assertThat(Stages.standing("prototype", Optional.empty(), 0.75)).isEmpty();
        assertThat(Stages.standing("levels", Optional.empty(), 0.75)).isEmpty();
    }
}
