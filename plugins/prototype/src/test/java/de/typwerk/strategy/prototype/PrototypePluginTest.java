package de.typwerk.strategy.prototype;

import de.typwerk.engine.definition.Mappers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import de.typwerk.engine.plugin.PluginDescriptor;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Severity;
import de.typwerk.api.model.Version;
import de.typwerk.api.spi.ScoringStrategy;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The plugin as the engine meets it: registration, descriptor, parameters, schema, checks. */
class PrototypePluginTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final PrototypeStrategy strategy = new PrototypeStrategy();

    @Test
    void is_registered_as_a_scoring_strategy_through_the_service_loader() {
        @SuppressWarnings("rawtypes")
        List<String> ids = ServiceLoader.load(ScoringStrategy.class).stream()
                .map(p -> ((ScoringStrategy<?>) p.get()).id()).toList();

        assertThat(ids).contains("prototype");
    }

    @Test
    void ships_a_descriptor_with_its_id_version_and_api_range() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PluginDescriptor.RESOURCE)) {
            PluginDescriptor descriptor = new Mappers().yaml().readValue(in, PluginDescriptor.class);

            assertThat(descriptor.id()).isEqualTo("typwerk-strategy-prototype");
            assertThat(descriptor.version()).isEqualTo(Version.parse("1.0.0"));
            assertThat(descriptor.vendor()).isEqualTo("Typwerk");
            assertThat(descriptor.api().contains(Version.parse("1.9.0"))).isTrue();
            assertThat(descriptor.api().contains(Version.parse("2.0.0"))).isFalse();
        }
    }

    @Test
    void reads_its_parameters_with_defaults_for_fuzziness_and_answers_per_dimension() throws Exception {
        PrototypeParameters p = JSON.readValue("{\"prototypes\": {\"a\": {\"x\": 0.25}}}", strategy.parametersType());

        assertThat(p.prototypes()).isEqualTo(Map.of("a", Map.of("x", 0.25)));
        assertThat(p.fuzziness()).isEqualTo(2.0);
        assertThat(p.minAnswersPerDimension()).isEqualTo(2);
    }

    @Test
    void its_parameter_schema_is_a_valid_draft_2020_12_schema_that_accepts_and_refuses_as_documented() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonNode schemaNode = JSON.readTree(strategy.parametersSchema().orElseThrow());
        JsonSchema meta = factory.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(schemaNode)).isEmpty();

        JsonSchema schema = factory.getSchema(schemaNode);
        assertThat(schema.validate(JSON.readTree(
                "{\"prototypes\": {\"a\": {\"x\": 0, \"y\": 1}}, \"fuzziness\": 1.5, \"minAnswersPerDimension\": 3}"))).isEmpty();
        assertThat(schema.validate(JSON.readTree("{}"))).isNotEmpty();
        assertThat(schema.validate(JSON.readTree("{\"prototypes\": {\"a\": {\"x\": 1.2}}}"))).isNotEmpty();
        assertThat(schema.validate(JSON.readTree("{\"prototypes\": {\"a\": {\"x\": 0.2}}, \"fuzziness\": 1}"))).isNotEmpty();
        assertThat(schema.validate(JSON.readTree("{\"prototypes\": {\"a\": {\"x\": 0.2}}, \"fuzzyness\": 2}"))).isNotEmpty();
    }

    @Test
    void finds_nothing_wrong_with_the_fixture() {
        assertThat(strategy.check(Fixture.TEAMS, PrototypeStrategyTest.TEAM_PROTOTYPES)).isEmpty();
    }

    @Test
    void refuses_unknown_types_and_dimensions_missing_prototypes_and_values_outside_zero_to_one() {
        PrototypeParameters parameters = new PrototypeParameters(Map.of(
                "analyst", Map.of("tech", 0.9, "people", 1.2),
                "builder", Map.of("tech", 0.6, "peeple", 0.5),
                "connectr", Map.of("tech", 0.3, "people", 0.9)), 1.0, 0);

        List<Problem> problems = strategy.check(Fixture.TEAMS, parameters);

        assertThat(problems).extracting(p -> p.location().pointer(), (Problem p) -> p.message(Locale.ENGLISH)).containsExactlyInAnyOrder(
                tuple("/prototypes/analyst/people", "prototype 'analyst': the value for 'people' must lie between 0 and 1, not 1.2."),
                tuple("/prototypes/builder/peeple",
                        "prototype 'builder': 'peeple' is not a dimension of this questionnaire (dimensions: tech, people)."),
                tuple("/prototypes/builder", "prototype 'builder': there is no value for the dimension 'people'."),
                tuple("/prototypes/connectr", "'connectr' is not a type of this questionnaire (types: analyst, builder, connector)."),
                tuple("/prototypes", "The type 'connector' has no prototype."),
                tuple("/fuzziness", "fuzziness must be greater than 1, not 1."),
                tuple("/minAnswersPerDimension", "minAnswersPerDimension must be at least 1, not 0."));
        assertThat(problems).allSatisfy(p -> assertThat(p.code()).isEqualTo("invalid-parameter"));
    }

    @Test
    void refuses_option_and_scale_positions_outside_zero_to_one_leaving_unknown_keys_to_the_validator() {
        var bad = Fixture.read("fixtures/bad/prototype-weights.yaml");
        PrototypeParameters parameters = new PrototypeParameters(Map.of(
                "red", Map.of("warmth", 0.9, "depth", 0.5), "blue", Map.of("warmth", 0.1, "depth", 0.5)), null, null);

        List<Problem> problems = strategy.check(bad, parameters);

        assertThat(problems).extracting(p -> p.location().pointer(), Problem::severity, (Problem p) -> p.message(Locale.ENGLISH)).containsExactly(
                tuple("/sections/0/questions/0/options/0/weights/warmth", Severity.ERROR,
                        "question 'q-colour', option 'o-red': the position on 'warmth' must lie between 0 and 1, not 1.5."),
                tuple("/sections/0/questions/1/weights/warmth", Severity.ERROR,
                        "question 'q-mood': the position on 'warmth' must lie between 0 and 1, not -0.2."),
                tuple("", Severity.WARNING, "No question loads on the dimension 'depth'; it never counts."));
        assertThat(problems.get(0).code()).isEqualTo("invalid-weight");
    }

    @Test
    void refuses_a_questionnaire_without_dimensions() {
        var teams = Fixture.TEAMS;
        var flat = de.typwerk.engine.definition.document.QuestionnaireDocument.builder(teams)
                .dimensions(List.of()).sections(List.of()).build();

        assertThat(new PrototypeStrategy().check(flat, PrototypeStrategyTest.TEAM_PROTOTYPES))
                .extracting((Problem p) -> p.message(Locale.GERMAN))
                .contains("Die Strategie prototype braucht Dimensionen, aber der Fragebogen hat keine.");
    }
}
