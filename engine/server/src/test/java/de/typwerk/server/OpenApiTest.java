package de.typwerk.server;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void a_described_operation_no_route_has_and_a_route_without_description_are_refused() {
        RouteTable some = new RouteTable(List.of(Route.api("GET", "/health", "health", "Up?", "application/json", NONE)));
        RouteTable unknown = new RouteTable(List.of(Route.api("GET", "/new", "brandNew", "New.", "application/json", NONE)));

        assertThatThrownBy(() -> openApi.document(some)).hasMessageContaining("no route has").hasMessageContaining("score");
        assertThatThrownBy(() -> openApi.document(unknown)).hasMessageContaining("does not describe brandNew");
    }
}
