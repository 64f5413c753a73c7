package de.typwerk.strategy.points;

import de.typwerk.engine.definition.Mappers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import de.typwerk.engine.plugin.PluginDescriptor;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.api.model.Severity;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.ScoringStrategy;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The plugin as the engine meets it: registration, descriptor, parameters, schema, checks. */
class PointsPluginTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final PointsStrategy strategy = new PointsStrategy();

    @Test
    void is_registered_as_a_scoring_strategy_through_the_service_loader() {
        @SuppressWarnings("rawtypes")
        List<String> ids = ServiceLoader.load(ScoringStrategy.class).stream()
                .map(p -> ((ScoringStrategy<?>) p.get()).id()).toList();

        assertThat(ids).contains("points");
    }

    @Test
    void ships_a_descriptor_with_its_id_version_and_api_range() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PluginDescriptor.RESOURCE)) {
            PluginDescriptor descriptor = new Mappers().yaml().readValue(in, PluginDescriptor.class);

            assertThat(descriptor.id()).isEqualTo("typwerk-strategy-points");
            assertThat(descriptor.version()).isEqualTo(Version.parse("1.0.0"));
            assertThat(descriptor.vendor()).isEqualTo("Typwerk");
            assertThat(descriptor.api().contains(Version.parse("1.0.0"))).isTrue();
            assertThat(descriptor.questionnaires()).isEmpty();
        }
    }

    @Test
    void describes_itself_in_german_and_english() {
        assertThat(strategy.description().texts()).containsOnlyKeys("de", "en");
        assertThat(strategy.version()).isEqualTo(Version.parse("1.0.0"));
    }

    @Test
    void reads_empty_parameters_and_a_list_of_excluded_questions() throws Exception {
        assertThat(JSON.readValue("{}", strategy.parametersType())).isEqualTo(PointsParameters.none());
        assertThat(JSON.readValue("{\"exclude\": [\"q-size\"]}", strategy.parametersType()).exclude()).containsExactly("q-size");
    }

    @Test
    void its_parameter_schema_is_a_valid_draft_2020_12_schema_that_accepts_and_refuses_as_documented() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonNode schemaNode = JSON.readTree(strategy.parametersSchema().orElseThrow());
        JsonSchema meta = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(schemaNode)).isEmpty();

        JsonSchema schema = factory.getSchema(schemaNode);
        assertThat(schema.validate(JSON.readTree("{}"))).isEmpty();
        assertThat(schema.validate(JSON.readTree("{\"exclude\": [\"a\", \"b\"]}"))).isEmpty();
        assertThat(schema.validate(JSON.readTree("{\"exclude\": \"a\"}"))).isNotEmpty();
        assertThat(schema.validate(JSON.readTree("{\"exlude\": []}"))).isNotEmpty();
    }

    @Test
    void finds_nothing_wrong_with_the_fixture() {
        assertThat(strategy.check(Fixture.TEAMS, PointsParameters.none())).isEmpty();
        assertThat(strategy.check(Fixture.TEAMS, new PointsParameters(List.of("q-size")))).isEmpty();
    }

    @Test
    void refuses_excluding_a_question_that_does_not_exist() {
        List<Problem> problems = strategy.check(Fixture.TEAMS, new PointsParameters(List.of("q-size", "q-sise")));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location().pointer()).isEqualTo("/exclude/1");
            assertThat(p.code()).isEqualTo("invalid-parameter");
            assertThat(p.message(Locale.ENGLISH)).isEqualTo("'q-sise' in exclude is not a question of this questionnaire.");
        });
    }

    @Test
    void refuses_negative_points_and_warns_about_a_type_that_can_get_none_leaving_unknown_keys_to_the_validator() {
        Questionnaire bad = Fixture.read("fixtures/bad/points-weights.yaml");

        List<Problem> problems = strategy.check(bad, PointsParameters.none());

        assertThat(problems).extracting(p -> p.location().pointer(), Problem::severity, (Problem p) -> p.message(Locale.ENGLISH)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/sections/0/questions/0/options/1/weights/blue", Severity.ERROR,
                        "question 'q-colour', option 'o-blue': the points for 'blue' must be a number from 0 up, not -1."),
                org.assertj.core.groups.Tuple.tuple("", Severity.WARNING,
                        "The type 'blue' can never get points: no option and no scale gives it any."),
                org.assertj.core.groups.Tuple.tuple("", Severity.WARNING,
                        "The type 'green' can never get points: no option and no scale gives it any."));
        assertThat(problems.get(0).code()).isEqualTo("invalid-weight");
    }

    @Test
    void says_every_message_in_german_too_the_default() {
        List<Problem> problems = new PointsStrategy().check(Fixture.TEAMS, new PointsParameters(List.of("x")));

        assertThat(problems).singleElement().extracting((Problem p) -> p.message(Locale.GERMAN))
                .isEqualTo("„x“ in exclude ist keine Frage dieses Fragebogens.");
    }
}
