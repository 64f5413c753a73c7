package de.typwerk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.typwerk.engine.definition.Mappers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The description cannot drift from the route table: where they disagree, no description (and no server). */
class OpenApiTest {

    private static final Route.Handler NONE = call -> "";
    private final OpenApi openApi = new OpenApi(new Mappers().json());

    @Test
    void a_route_whose_parameters_the_description_does_not_name_is_refused() {
        RouteTable table = new RouteTable(List.of(
                Route.api("GET", "/health", "health", "Up?", "application/json", NONE).parameters("verbose")));

        assertThatThrownBy(() -> openApi.document(table)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("GET /health").hasMessageContaining("query parameters").hasMessageContaining("verbose");
    }

    @Test
    void a_route_whose_media_types_differ_from_the_description_is_refused() {
        RouteTable table = new RouteTable(List.of(Route.api("GET", "/health", "health", "Up?", "text/plain", NONE)));

        assertThatThrownBy(() -> openApi.document(table)).hasMessageContaining("media types of 200").hasMessageContaining("text/plain");
    }

    @Test
    void head_is_described_wherever_get_is_as_the_table_answers_it_with_the_get_route() throws Exception {
        RouteTable table = new RouteTable(List.of(
                Route.api("GET", "/health", "health", "Up?", "application/json", NONE),
                Route.api("HEAD", "/health", "healthHead", "Up, without a body?", "application/json", NONE),
                Route.api("GET", "/ready", "ready", "Ready?", "application/json", NONE),
                Route.api("POST", "/v1/score", "score", "Score.", "application/json", NONE)));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode paths = (ObjectNode) mapper.readTree("""
                {"/health": {"get": {"parameters": [], "responses": {"200": {}}}, "head": {"operationId": "healthHead"}},
                 "/ready": {"get": {"parameters": [{"$ref": "#/components/parameters/lang"}],
                                    "responses": {"200": {"description": "Ready."}, "503": {"description": "Not ready."}}}},
                 "/v1/score": {"post": {"parameters": [], "responses": {"200": {}}}}}""");

        OpenApi.heads(table, paths);

        // the server answers it: with the GET route
        assertThat(table.find("HEAD", List.of("ready"))).isEqualTo(table.find("GET", List.of("ready")));
        assertThat(paths.at("/~1ready/head/operationId").asText()).isEqualTo("readyHead");
        assertThat(paths.at("/~1ready/head/summary").asText()).contains("GET /ready", "without the body");
        assertThat(paths.at("/~1ready/head/responses")).isEqualTo(paths.at("/~1ready/get/responses"));
        assertThat(paths.at("/~1ready/head/parameters")).isEqualTo(paths.at("/~1ready/get/parameters"));
        // a HEAD route of its own keeps its own description; a path without GET gets no HEAD
        assertThat(paths.at("/~1health/head")).isEqualTo(mapper.readTree("{\"operationId\": \"healthHead\"}"));
        assertThat(paths.at("/~1v1~1score").has("head")).isFalse();
    }

    @Test
    void a_described_operation_no_route_has_and_a_route_without_description_are_refused() {
        RouteTable some = new RouteTable(List.of(Route.api("GET", "/health", "health", "Up?", "application/json", NONE)));
        RouteTable unknown = new RouteTable(List.of(Route.api("GET", "/new", "brandNew", "New.", "application/json", NONE)));

        assertThatThrownBy(() -> openApi.document(some)).hasMessageContaining("no route has").hasMessageContaining("score");
        assertThatThrownBy(() -> openApi.document(unknown)).hasMessageContaining("does not describe brandNew");
    }
}
