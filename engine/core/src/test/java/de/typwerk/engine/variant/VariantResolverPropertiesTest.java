package de.typwerk.engine.variant;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Option;
import de.typwerk.api.model.Question;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.ScaleQuestion;
import de.typwerk.api.model.TypeDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever an overlay removes, resolving it gives a complete questionnaire without exactly those
 * things, or problems located in the variant or the base; never an exception, never a problem
 * that points nowhere.
 */
class VariantResolverPropertiesTest {

    private static final List<String> QUESTIONS = List.of("art", "hat-strategie", "umsetzung", "themen", "keine-frage");
    private static final List<String> TYPES = List.of("vorsichtig", "mutig", "kein-typ");
    private static final List<String> DIMENSIONS = List.of("tempo", "keine-dimension");
    private static final List<String> OPTIONS = List.of("themen/service", "themen/intern", "hat-strategie/ja",
            "art/kreis", "art/keine-option");

    private final VariantFixtures fixtures = new VariantFixtures();
    private final ResolvedDefinition base = fixtures.ready("base.yaml");

    /** What one overlay removes. */
    record Removal(Set<String> questions, Set<String> types, Set<String> dimensions, Set<String> options) {
    }

    @Provide
    Arbitrary<Removal> removals() {
        return Combinators.combine(
                Arbitraries.of(QUESTIONS).set().ofMaxSize(3),
                Arbitraries.of(TYPES).set().ofMaxSize(2),
                Arbitraries.of(DIMENSIONS).set().ofMaxSize(1),
                Arbitraries.of(OPTIONS).set().ofMaxSize(3)).as(Removal::new);
    }

    @Property(tries = 200)
    void removals_resolve_to_exactly_what_is_left_or_to_located_problems(@ForAll("removals") Removal removal) {
        StringBuilder yaml = new StringBuilder("""
                id: zufall
                version: 1.0.0
                extends: kommunal-typen@1
                locales: [de, en]
                title: {de: Zufall, en: Chance}
                overlay:
                  remove:
                """);
        yaml.append("    questions: [").append(String.join(", ", removal.questions())).append("]\n");
        yaml.append("    types: [").append(String.join(", ", removal.types())).append("]\n");
        yaml.append("    dimensions: [").append(String.join(", ", removal.dimensions())).append("]\n");
        yaml.append("    options: {").append(removal.options().stream().collect(Collectors.groupingBy(
                o -> o.substring(0, o.indexOf('/')), Collectors.mapping(o -> o.substring(o.indexOf('/') + 1),
                        Collectors.toList()))).entrySet().stream().map(e -> e.getKey() + ": [" + String.join(", ", e.getValue()) + "]")
                .collect(Collectors.joining(", "))).append("}\n");

        VariantResolver.Resolution r = fixtures.resolver.resolve(fixtures.reader.read("variants/zufall.yaml", yaml.toString()), base);

        assertThat(r.problems()).allSatisfy(p -> {
            assertThat(p.location().source()).isIn("variants/zufall.yaml", "variants/base.yaml");
            assertThat(p.location().line()).isPositive();
        });
        if (r.resolved().isEmpty()) {
            assertThat(r.problems()).anySatisfy(p -> assertThat(p.isError()).isTrue());
            return;
        }
        Questionnaire q = r.resolved().get().questionnaire();
        List<String> questions = q.questions().stream().map(Question::id).toList();
        assertThat(questions).noneMatch(removal.questions()::contains);
        assertThat(q.types()).extracting(TypeDefinition::id).noneMatch(removal.types()::contains);
        List<String> options = new ArrayList<>();
        q.questions().forEach(question -> question.choices().forEach(o -> options.add(question.id() + "/" + o.id())));
        assertThat(options).noneMatch(removal.options()::contains);
        for (Question question : q.questions()) {
            for (Option o : question.choices()) {
                assertThat(o.weights().keySet()).noneMatch(removal.types()::contains)
                        .noneMatch(removal.dimensions()::contains);
            }
            if (question instanceof ScaleQuestion s) {
                assertThat(s.weights().keySet()).noneMatch(removal.dimensions()::contains);
            }
        }
    }
}
