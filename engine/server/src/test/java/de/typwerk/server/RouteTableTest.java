package de.typwerk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which route a request is for, by the table alone. */
class RouteTableTest {

    private static final Route.Handler NONE = call -> "";

    private final RouteTable table = new RouteTable(List.of(
            Route.api("GET", "/health", "health", "", "application/json", NONE),
            Route.api("HEAD", "/health", "healthHead", "", "application/json", NONE),
            Route.api("GET", "/v1/questionnaires/{id}", "get", "", "application/json", NONE),
            Route.api("GET", "/v1/questionnaires/{id}/template", "template", "", "application/json", NONE),
            Route.page("GET", "/", "start", "", "text/html", NONE),
            Route.page("POST", "/", "resume", "", "text/html", NONE),
            Route.page("GET", "/self-test/{id}", "begin", "", "text/html", NONE)));

    @Test
    void a_pattern_matches_segment_by_segment_and_names_its_values() {
        var found = (RouteTable.Found) table.find("GET", Route.segments("/v1/questionnaires/oefit@1.0/template"));

        assertThat(found.route().operationId()).isEqualTo("template");
        assertThat(found.values()).isEqualTo(Map.of("id", "oefit@1.0"));
        assertThat(((RouteTable.Found) table.find("GET", Route.segments("//v1//questionnaires/x/"))).route().operationId()).isEqualTo("get");
    }

    @Test
    void another_method_on_a_known_path_names_the_methods_there_in_table_order() {
        var other = (RouteTable.OtherMethods) table.find("POST", Route.segments("/health"));

        assertThat(other.allowed()).isEqualTo("GET, HEAD");
        assertThat(other.kind()).isEqualTo(Route.Kind.API);
        assertThat(((RouteTable.OtherMethods) table.find("PUT", List.of())).allowed()).isEqualTo("GET, HEAD, POST");
    }

    @Test
    void head_is_answered_by_the_get_route_of_a_path_that_has_no_head_route_of_its_own() {
        var head = (RouteTable.Found) table.find("HEAD", Route.segments("/v1/questionnaires/oefit"));

        assertThat(head.route().name()).isEqualTo("GET /v1/questionnaires/{id}");
        assertThat(head.values()).isEqualTo(Map.of("id", "oefit"));
        assertThat(((RouteTable.Found) table.find("HEAD", Route.segments("/health"))).route().name()).isEqualTo("HEAD /health");
        assertThat(table.find("HEAD", List.of())).isEqualTo(new RouteTable.Found(table.routes().get(4), Map.of()));
    }

    @Test
    void an_unknown_path_is_the_pages_to_answer_under_their_first_segment_else_the_apis() {
        assertThat(table.find("GET", Route.segments("/self-test"))).isEqualTo(new RouteTable.NotFound(Route.Kind.PAGE));
        assertThat(table.find("GET", Route.segments("/self-test/a/b"))).isEqualTo(new RouteTable.NotFound(Route.Kind.PAGE));
        assertThat(table.find("GET", Route.segments("/v2/score"))).isEqualTo(new RouteTable.NotFound(Route.Kind.API));
    }

    @Test
    void metrics_and_the_log_see_the_route_never_the_path() {
        assertThat(table.routeOf("GET", "/v1/questionnaires/geheim").map(Route::name)).hasValue("GET /v1/questionnaires/{id}");
        assertThat(table.routeOf("DELETE", "/v1/questionnaires/geheim").map(Route::pattern)).hasValue("/v1/questionnaires/{id}");
        assertThat(table.routeOf("GET", "/geheim")).isEmpty();
        assertThat(table.names(Route.Kind.API)).containsExactly("GET /health", "HEAD /health", "GET /v1/questionnaires/{id}",
                "GET /v1/questionnaires/{id}/template");
    }

    @Test
    void a_route_declared_twice_is_refused() {
        assertThatThrownBy(() -> new RouteTable(List.of(Route.api("GET", "/a", "one", "", "application/json", NONE),
                Route.api("GET", "/a", "two", "", "application/json", NONE)))).hasMessageContaining("GET /a");
    }
}
