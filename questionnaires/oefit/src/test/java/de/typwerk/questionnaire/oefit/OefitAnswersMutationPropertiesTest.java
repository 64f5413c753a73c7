package de.typwerk.questionnaire.oefit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import de.typwerk.api.model.Problem;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.testing.Mutations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * An answers file to the ÖFIT questionnaire that a hand, an editor or a cut-off download has
 * changed gets a result or problems that say where, in the reader's language, and never an
 * exception: the personas' files, in YAML and as JSON, with one to five bytes replaced, inserted
 * or deleted, or cut off, scored through {@link Typwerk#score} as the CLI, the server and batch
 * rows are.
 */
class OefitAnswersMutationPropertiesTest {

    private static final Path PERSONAS = Path.of("src/test/resources/personas");
    private static final List<String> NAMES = List.of("optimierer.yaml", "kleine-gemeinde.yaml", "viel-weiss-nicht.yaml",
            "zwischen-bedaechtig-serviceorientiert.yaml");

    private static Typwerk german;
    private static Typwerk english;
    private static List<byte[]> yaml;
    private static List<byte[]> json;

    @BeforeContainer
    static void start() {
        german = Typwerk.builder().locale(Locale.GERMAN).build();
        english = Typwerk.builder().locale(Locale.ENGLISH).build();
        ObjectMapper jsonMapper = new ObjectMapper();
        YAMLMapper yamlMapper = new YAMLMapper();
        yaml = NAMES.stream().map(OefitAnswersMutationPropertiesTest::persona).toList();
        json = yaml.stream().map(bytes -> {
            try {
                return jsonMapper.writeValueAsBytes(yamlMapper.readTree(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    @AfterContainer
    static void stop() {
        german.close();
        english.close();
    }

    @Property(tries = 400)
    void a_changed_yaml_answers_file_gives_a_result_or_located_problems(@ForAll("changedYaml") byte[] bytes) {
        assertResultOrProblems(german.score("antworten.yaml", bytes, Optional.empty()), "antworten.yaml");
    }

    @Property(tries = 400)
    void a_changed_json_answers_file_gives_a_result_or_located_problems(@ForAll("changedJson") byte[] bytes) {
        assertResultOrProblems(english.score("answers.json", bytes, Optional.empty()), "answers.json");
    }

    @Property(tries = 200)
    void a_changed_file_scored_with_the_other_strategy_gives_a_result_or_located_problems(@ForAll("changedYaml") byte[] bytes) {
        assertResultOrProblems(english.score("answers.yaml", bytes, Optional.of("points")), "answers.yaml");
    }

    private static void assertResultOrProblems(ScoreRun run, String source) {
        if (run instanceof ScoreRun.Done done) {
            assertThat(done.result().types()).hasSize(4);
        } else {
            assertThat(run.problems()).isNotEmpty();
            assertThat(run.problems()).anyMatch(Problem::isError);
        }
        for (Problem p : run.problems()) {
            assertThat(p.code()).matches("[a-z0-9]+(-[a-z0-9]+)*").isNotIn("internal", "unreadable");
            assertThat(p.message()).isNotBlank().doesNotContain("Exception", "java.", "de.typwerk.", "\tat ");
            assertThat(p.location().source()).isEqualTo(source);
        }
    }

    @Provide
    Arbitrary<byte[]> changedYaml() {
        return Arbitraries.of(yaml).flatMap(Mutations::of);
    }

    @Provide
    Arbitrary<byte[]> changedJson() {
        return Arbitraries.of(json).flatMap(Mutations::of);
    }

    private static byte[] persona(String name) {
        try {
            return Files.readAllBytes(PERSONAS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
