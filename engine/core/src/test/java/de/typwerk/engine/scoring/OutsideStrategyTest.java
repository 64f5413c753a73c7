package de.typwerk.engine.scoring;

import de.typwerk.engine.strategy.RunOutcome;
import de.typwerk.engine.strategy.StrategyRunner;
import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.api.model.Answer;
import de.typwerk.api.model.Response;
import de.typwerk.api.model.Version;
import de.typwerk.engine.result.Outcome;
import de.typwerk.engine.result.Result;
import de.typwerk.api.spi.ScoringStrategy;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.i18n.Messages;
import de.typwerk.engine.testing.Fixtures;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * An outside author adds a strategy with nothing but the API: a class implementing the SPI and a
 * {@code META-INF/services} entry. The registration lives in a folder of its own, loaded through a
 * class loader of its own, so it is found only here and cannot leak into other tests.
 */
class OutsideStrategyTest {

    @Test
    void a_strategy_written_against_the_api_alone_is_found_through_the_spi_and_scores_a_response() throws Exception {
        URL folder = getClass().getClassLoader().getResource("outside-author/");
        assertThat(folder).isNotNull();
        try (URLClassLoader plugin = new URLClassLoader(new URL[] {folder}, getClass().getClassLoader())) {
            @SuppressWarnings("rawtypes")
            List<ScoringStrategy> found = ServiceLoader.load(ScoringStrategy.class, plugin).stream()
                    .map(ServiceLoader.Provider::get).toList();
            assertThat(found).extracting(ScoringStrategy::id).containsExactly("counting");
            ScoringStrategy<?> counting = found.get(0);

            Map<String, Answer> answers = new LinkedHashMap<>();
            answers.put("q-anchor", new Answer.Choice("o-people"));
            answers.put("q-tools", new Answer.Choices(List.of("t-forum")));
            answers.put("q-goals", new Answer.Ranking(List.of("g-community", "g-service")));
            answers.put("q-meetups", new Answer.Scale(5));
            Response response = Response.builder("fixture-teams", Version.parse("1.2.0")).answers(answers).build();

            try (StrategyRunner scorer = new StrategyRunner(new Mappers(), new Messages(Locale.ENGLISH))) {
                RunOutcome outcome = scorer.score(counting, Fixtures.TEAMS, response);
                assertThat(outcome.problems()).isEmpty();

                Result result = new ResultAssembler().assemble(Fixtures.loaded(Fixtures.TEAMS), response, outcome.scored().orElseThrow());

                assertThat(result.strategy().id()).isEqualTo("counting");
                assertThat(result.strategy().version()).isEqualTo("0.1.0");
                // connector: o-people (3), t-forum (2), g-community (2); builder: g-service (2)
                assertThat(result.outcome()).isEqualTo(new Outcome.Primary("connector", 0.5));
                assertThat(result.types()).extracting(t -> t.id() + "=" + t.share())
                        .containsExactly("connector=0.75", "builder=0.25", "analyst=0.0");
            }
        }
    }
}
