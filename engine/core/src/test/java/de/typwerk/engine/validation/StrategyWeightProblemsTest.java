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

    /** Factors by question id, any text a definition wrote as a key. */
    public record Factors(java.util.Map<String, Double> factors) {
    }

    /** Finds fault with every key of its factors, each at a pointer built as {@code built} makes it from the key. */
    static final class KeyChecker implements ScoringStrategy<Factors> {
        private final java.util.function.UnaryOperator<String> built;

        KeyChecker(java.util.function.UnaryOperator<String> built) {
            this.built = built;
        }

        @Override
        public String id() {
            return "keys";
        }

        @Override
        public Version version() {
            return Version.parse("1.0.0");
        }

        @Override
        public LocalizedText description() {
            return LocalizedText.of("en", "checks its keys");
        }

        @Override
        public Class<Factors> parametersType() {
            return Factors.class;
        }

        @Override
        public List<Problem> check(Questionnaire questionnaire, Factors parameters) {
            return parameters.factors().keySet().stream().sorted()
                    .map(key -> Problem.at("/factors/" + built.apply(key), "no question " + key)).toList();
        }

        @Override
        public PreparedScorer prepare(Questionnaire questionnaire, Factors parameters) {
            return context -> new ScoreSheet(List.of(), List.of(), List.of());
        }
    }

    private static List<Problem> keyProblems(java.util.function.UnaryOperator<String> built) {
        Messages english = new Messages(Locale.ENGLISH);
        String text = """
                id: keyed
                version: 1.0.0
                locales: [en]
                title: {en: Keyed}
                types:
                  - {id: a, name: {en: A}}
                sections:
                  - id: s
                    title: {en: S}
                    questions:
                      - id: q
                        kind: single
                        text: {en: "Which?"}
                        options:
                          - {id: x, text: {en: X}, weights: {a: 1}}
                          - {id: y, text: {en: Y}}
                scoring:
                  strategy: keys
                  parameters:
                    factors: {"an/trieb": 2, "a~b": 1}
                """;
        DefinitionRead read = new DefinitionReader(new Mappers(), english)
                .read(new DefinitionSource("keyed.yaml", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return new Validator(english, new TestStrategies(new KeyChecker(built)))
                .validate(read.questionnaire().orElseThrow(), read.sourceMap());
    }

    /** As docs/plugin-authors.md says: a key goes into the pointer escaped as RFC 6901 asks, and is then found where it stands. */
    @Test
    void finds_a_key_of_the_parameters_at_its_column_when_the_pointer_escapes_it_as_json_pointer_asks() {
        assertThat(keyProblems(key -> key.replace("~", "~0").replace("/", "~1")))
                .filteredOn(p -> p.code().equals("invalid-parameter"))
                .extracting(p -> p.location().line() + ":" + p.location().column() + " " + p.message())
                .containsExactlyInAnyOrder("20:30 no question a~b", "20:15 no question an/trieb");
    }

    /** Unescaped, the pointer leads nowhere, and the problem stands at the nearest node it reaches: the mapping's key. */
    @Test
    void places_a_pointer_that_leads_nowhere_at_the_nearest_node_above_it() {
        assertThat(keyProblems(key -> key))
                .filteredOn(p -> p.code().equals("invalid-parameter"))
                .extracting(p -> p.location().line() + ":" + p.location().column() + " " + p.message())
                .containsExactlyInAnyOrder("20:5 no question a~b", "20:5 no question an/trieb");
    }
}
