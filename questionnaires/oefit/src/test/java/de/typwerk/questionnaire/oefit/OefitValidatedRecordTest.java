package de.typwerk.questionnaire.oefit;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.Typwerk;
import de.typwerk.engine.plugin.ValidatedIndex;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The plugin's build records that the shipped definition validated (the engine then does not
 * validate it at every start): the record names these very bytes and the strategies the
 * definition names, and the record is honest, since the validator finds nothing in the file.
 */
class OefitValidatedRecordTest {

    private static final String DEFINITION = "questionnaires/oefit-digitalisierungstypen.yaml";

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = OefitValidatedRecordTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void the_build_records_that_these_very_bytes_validated_with_the_strategies_they_name() throws IOException {
        String record = new String(resource(DEFINITION + ValidatedIndex.SUFFIX), StandardCharsets.UTF_8);

        assertThat(record.lines()).contains("sha256=" + ValidatedIndex.sha256(resource(DEFINITION)),
                "strategies=points@1.0.0,prototype@1.0.0");
    }

    @Test
    void the_record_is_honest_the_validator_finds_nothing_in_the_definition() throws URISyntaxException {
        Path file = Path.of(OefitValidatedRecordTest.class.getClassLoader().getResource(DEFINITION).toURI());

        try (Typwerk typwerk = Typwerk.builder().locale(Locale.ENGLISH).build()) {
            assertThat(typwerk.validate(file)).isEmpty();
        }
    }
}
