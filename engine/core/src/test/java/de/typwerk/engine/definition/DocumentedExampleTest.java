package de.typwerk.engine.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.validation.TestStrategies;
import de.typwerk.engine.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The complete example in docs/definition-format.md is a valid definition. */
class DocumentedExampleTest {

    @Test
    void the_example_for_plugin_authors_reads_validates_and_passes_the_schema() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(root.resolve("docs/definition-format.md"))) {
            root = root.getParent();
            assertThat(root).as("repository root").isNotNull();
        }
        String doc = Files.readString(root.resolve("docs/definition-format.md"));
        int start = doc.indexOf("```yaml\n", doc.indexOf("## A small complete example")) + "```yaml\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        Messages messages = new Messages(Locale.ENGLISH);
        Mappers mappers = new Mappers();

        DefinitionRead read = new DefinitionReader(mappers, messages).read("example.yaml", example);

        assertThat(read.problems()).isEmpty();
        // the example names the points strategy, which a plugin provides; no strategy is loaded here
        assertThat(new Validator(messages, new TestStrategies()).validate(read.questionnaire().orElseThrow(), read.sourceMap()))
                .extracting(Problem::code).containsExactly("unknown-strategy");
        assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(root.resolve("docs/questionnaire.schema.json")))
                .validate(mappers.yaml().readTree(example))).isEmpty();
    }
}
