package de.typwerk.strategy.levels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parameters as the engine handles them: checked against the schema, then read strictly. */
class ParametersBindingTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final LevelsStrategy strategy = new LevelsStrategy();

    private JsonSchema schema() {
        return FACTORY.getSchema(strategy.parametersSchema().orElseThrow());
    }

    private static JsonNode yaml(String text) throws Exception {
        return Fixtures.YAML.readTree(text);
    }

    @Test
    void the_schema_is_a_valid_draft_2020_12_schema() throws Exception {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));

        Set<ValidationMessage> errors = meta.validate(Fixtures.YAML.readTree(strategy.parametersSchema().orElseThrow()));

        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{threshold: 0.8, aggregation: min, lookahead: 0.25, criteria: [a, b], levels: {l3: {threshold: 1.0, criteria: [a]}}}",
            "{levels: {l2: {}}}",
            "{minAnswersPerDimension: 1}"})
    void the_schema_accepts(String parameters) throws Exception {
        assertThat(schema().validate(yaml(parameters))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{threshold: 1.5}",
            "{lookahead: 0.6}",
            "{aggregation: median}",
            "{criteria: [a, a]}",
            "{levels: {l2: {criteria: []}}}",
            "{levels: {l2: {share: 1}}}",
            "{minAnswersPerDimension: 1.5}",
            "{tresh: 1}"})
    void the_schema_refuses(String parameters) throws Exception {
        assertThat(schema().validate(yaml(parameters))).isNotEmpty();
    }

    @Test
    void parameters_bind_to_the_record_with_defaults_for_what_is_left_out() throws Exception {
        LevelsParameters p = Fixtures.YAML.readValue(
                "{aggregation: min, levels: {l3: {criteria: [a]}}}", LevelsParameters.class);

        assertThat(p.threshold()).isEqualTo(1.0);
        assertThat(p.lookahead()).isEqualTo(0.5);
        assertThat(p.aggregation()).isEqualTo(Aggregation.MIN);
        assertThat(p.criteria()).isEmpty();
        assertThat(p.minAnswersPerDimension()).isEqualTo(2);
        assertThat(p.levels()).containsEntry("l3", new LevelsParameters.Requirement(Optional.empty(), List.of("a")));
        assertThat(Fixtures.YAML.readValue("{}", LevelsParameters.class)).isEqualTo(LevelsParameters.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{tresh: 1}", "{aggregation: median}", "{levels: {l3: {share: 1}}}", "{threshold: \"hoch\"}"})
    void parameters_refuse_what_the_record_does_not_know(String parameters) {
        assertThatThrownBy(() -> Fixtures.YAML.readValue(parameters, LevelsParameters.class))
                .isInstanceOf(MismatchedInputException.class);
    }
}
