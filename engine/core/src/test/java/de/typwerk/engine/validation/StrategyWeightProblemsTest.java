package de.typwerk.engine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.DefinitionSource;
import de.typwerk.api.spi.PreparedScorer;
import de.typwerk.api.spi.ScoreSheet;
import de.typwerk.api.spi.ScoringContext;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.definition.DefinitionRead;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.testing.Fixtures;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A strategy's findings about weights point from the definition's root, not from its parameters. */
class StrategyWeightProblemsTest {

    public record None() {
    }

    /** Finds fault with one weight, as points and prototype do with negative points or positions out of range. */
    static final class Picky implements ScoringStrategy<None> {
        @Override
        public String id() {
            return "prototype";
        }

        @Override
        public Version version() {
            return Version.parse("1.0.0");
        }

        @Override
        public LocalizedText description() {
            return LocalizedText.of("en", "picky");
        }

        @Override
        public Class<None> parametersType() {
            return None.class;
        }

        @Override
        public List<Problem> check(Questionnaire questionnaire, None parameters) {
            return List.of(Problem.inDefinition("/sections/0/questions/0/options/1/weights/builder", "no builders here"));
        }

        @Override
        public PreparedScorer prepare(Questionnaire questionnaire, None parameters) {
            return context -> score(questionnaire, parameters, context);
        }

        private ScoreSheet score(Questionnaire questionnaire, None parameters, ScoringContext request) {
            return new ScoreSheet(List.of(), List.of(), List.of());
        }
    }

    @Test
    void locates_a_weight_problem_at_the_weight_in_the_file() {
        Messages english = new Messages(Locale.ENGLISH);
        String text = new String(Fixtures.bytes("fixtures/teams.yaml"), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("(?s)  parameters:\\n    prototypes:.*?connector: \\{tech: 0.3, people: 0.9}\\n", "  parameters: {}\n");
        DefinitionRead read = new DefinitionReader(new Mappers(), english)
                .read(new DefinitionSource("teams.yaml", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        List<Problem> problems = new Validator(english, new TestStrategies(new Picky()))
                .validate(read.questionnaire().orElseThrow(), read.sourceMap());

        assertThat(problems).filteredOn(p -> p.code().equals("invalid-weight")).singleElement().satisfies(p -> {
            assertThat(p.location().pointer()).isEqualTo("/sections/0/questions/0/options/1/weights/builder");
            assertThat(p.location().line()).isEqualTo(44);
        });
    }
}
