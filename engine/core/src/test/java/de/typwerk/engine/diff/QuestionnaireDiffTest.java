package de.typwerk.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.spi.DefinitionSource;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.diff.Change.Action;
import de.typwerk.engine.diff.Change.Subject;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.validation.TestStrategies;
import de.typwerk.engine.validation.Validator;
import de.typwerk.engine.variant.ResolvedDefinition;
import de.typwerk.engine.variant.VariantResolver;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionnaireDiffTest {

    private final Messages messages = new Messages(Locale.ENGLISH);
    private final DefinitionReader reader = new DefinitionReader(new Mappers(), messages);
    private final Validator validator = new Validator(messages, TestStrategies.both());

    private DefinitionRead read(String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/variants/" + path)) {
            return reader.read(new DefinitionSource("variants/" + path, in.readAllBytes()));
        }
    }

    private Questionnaire base() throws IOException {
        return read("base.yaml").questionnaire().orElseThrow();
    }

    private Questionnaire kreis() throws IOException {
        DefinitionRead base = read("base.yaml");
        VariantResolver resolver = new VariantResolver(messages, validator, reader);
        return resolver.resolve(read("kreis.yaml"), ResolvedDefinition.of(base, List.of()))
                .resolved().orElseThrow().questionnaire();
    }

    private static List<String> lines(QuestionnaireDiff diff) {
        return diff.changes().stream()
                .map(c -> c.action().id() + " " + c.subject().id() + " " + c.path()
                        + c.section().map(s -> " in " + s).orElse("")
                        + (c.properties().isEmpty() ? "" : " " + c.properties()))
                .toList();
    }

    @Test
    void a_questionnaire_does_not_differ_from_itself() throws IOException {
        assertThat(QuestionnaireDiff.between(base(), base()).isEmpty()).isTrue();
    }

    @Test
    void lists_what_a_variant_changes_against_its_base() throws IOException {
        QuestionnaireDiff diff = QuestionnaireDiff.between(base(), kreis());

        assertThat(diff.from()).isEqualTo("kommunal-typen@1.0.0");
        assertThat(diff.to()).isEqualTo("kreis-typen@1.0.0");
        assertThat(lines(diff)).containsExactly(
                "changed header id",
                "added header extends",
                "removed section sections/kommune",
                "added section sections/kreisaufgaben",
                "removed question questions/art in kommune",
                "added question questions/gemeinden-unterstuetzen in kreisaufgaben",
                "changed option questions/hat-strategie/options/nein [weights]",
                "changed question questions/umsetzung in strategie [min, max]",
                "added question questions/leitstelle in strategie",
                "changed question questions/themen in strategie [maxPicks]",
                "removed option questions/themen/options/intern",
                "added option questions/themen/options/rettungsdienst",
                "added option questions/themen/options/breitband",
                "added type types/vermittelnd",
                "changed text title",
                "changed text sections/strategie/title",
                "changed text questions/hat-strategie/options/ja/text",
                "changed text questions/umsetzung/text",
                "removed text questions/umsetzung/labels/1",
                "removed text questions/umsetzung/labels/5",
                "changed text types/vorsichtig/name",
                "changed text types/vorsichtig/profile/kern",
                "changed text types/mutig/motto",
                "changed scoring scoring/parameters/scale",
                "changed scoring scoring/parameters/focus",
                "changed scoring scoring/mixedMargin");
    }

    @Test
    void records_the_values_on_both_sides() throws IOException {
        QuestionnaireDiff diff = QuestionnaireDiff.between(base(), kreis());

        assertThat(diff.changes()).filteredOn(c -> c.path().equals("scoring/parameters/scale")).singleElement()
                .satisfies(c -> {
                    assertThat(c.before()).contains(1);
                    assertThat(c.after()).contains(2);
                });
        assertThat(diff.changes()).filteredOn(c -> c.path().equals("questions/hat-strategie/options/nein")).singleElement()
                .satisfies(c -> {
                    assertThat(c.before()).contains(Map.of("weights", Map.of("mutig", 1.0, "tempo", 0.8)));
                    assertThat(c.after()).contains(Map.of("weights", Map.of("mutig", 2.0, "tempo", 0.9)));
                });
        assertThat(diff.count(Action.ADDED)).isEqualTo(7);
        assertThat(diff.count(Action.REMOVED)).isEqualTo(5);
        assertThat(diff.changes()).filteredOn(c -> c.subject() == Subject.TEXT).hasSize(9);
    }

    @Test
    void notices_when_a_weakness_names_other_strengths_to_learn() throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/variants/base.yaml")) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String narrowed = text.replace("        learnFrom: [vorsichtig]\n",
                "        learnFrom: [vorsichtig]\n        strengths: {vorsichtig: [sorgfalt]}\n");
        assertThat(narrowed).isNotEqualTo(text);
        Questionnaire after = reader.read(new DefinitionSource("variants/narrowed.yaml",
                narrowed.getBytes(java.nio.charset.StandardCharsets.UTF_8))).questionnaire().orElseThrow();

        assertThat(lines(QuestionnaireDiff.between(base(), after))).containsExactly("changed type types/mutig [weaknesses]");
    }

    @Test
    void works_in_either_direction() throws IOException {
        QuestionnaireDiff back = QuestionnaireDiff.between(kreis(), base());

        assertThat(lines(back)).contains("removed type types/vermittelnd", "added question questions/art in kommune",
                "removed header extends");
    }
}
