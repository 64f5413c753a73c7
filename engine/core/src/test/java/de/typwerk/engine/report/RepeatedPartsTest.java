package de.typwerk.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Strength;
import de.typwerk.engine.definition.document.StrengthDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Parts copied instead of written anew: the same bytes as written anew, in every case. */
class RepeatedPartsTest {

    private final ObjectMapper plain = new ObjectMapper();
    private final ObjectMapper copying = new ObjectMapper().registerModule(new SimpleModule("repeated")
            .setSerializerModifier(new RepeatedParts(Set.of(LocalizedText.class, Strength.class), new ObjectMapper().getFactory())));

    private static LocalizedText text(String... languagesAndTexts) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < languagesAndTexts.length; i += 2) texts.put(languagesAndTexts[i], languagesAndTexts[i + 1]);
        return LocalizedText.of(texts);
    }

    @Test
    void equal_texts_that_list_their_languages_in_another_order_keep_their_own_order() throws Exception {
        LocalizedText deEn = text("de", "Setzt um", "en", "Gets things done");
        LocalizedText enDe = text("en", "Gets things done", "de", "Setzt um");
        assertThat(deEn).isEqualTo(enDe);
        List<Object> parts = List.of(deEn, enDe, deEn, enDe, text("de", "Setzt um", "en", "Gets things done"));

        for (int round = 0; round < 2; round++) {
            assertThat(copying.writeValueAsString(parts)).isEqualTo(plain.writeValueAsString(parts));
        }
    }

    @Test
    void parts_inside_objects_arrays_and_other_parts_get_their_separators_and_escapes() throws Exception {
        Strength strength = new StrengthDocument("s-1", text("de", "„Anführung“ und \"Zeichen\"\n", "en", "quotes \\ and tabs\t"));
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("first", strength);
        document.put("list", List.of(strength, strength.text(), 7, strength));
        document.put("last", strength.text());

        for (int round = 0; round < 2; round++) {
            assertThat(copying.writeValueAsString(document)).isEqualTo(plain.writeValueAsString(document));
        }
    }

    @Test
    void the_indented_form_is_written_anew() throws Exception {
        LocalizedText text = text("de", "Daten", "en", "Data");
        List<Object> parts = List.of(text, Map.of("text", text));
        copying.writeValueAsString(parts);

        assertThat(copying.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(parts))
                .isEqualTo(plain.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(parts));
    }
}
