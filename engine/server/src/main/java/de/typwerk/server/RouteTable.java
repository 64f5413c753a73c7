package de.typwerk.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every route of {@code typwerk serve}, in the order they are listed (404, OpenAPI), and which one
 * a request is for. A path the table has no route for belongs to the web self-test when its first
 * segment is one of the pages' ({@code /self-test/…}, {@code /assets/…}, {@code /}): it then gets
 * the self-test's error page, anything else the API's problem document.
 */
final class RouteTable {

    private final List<Route> routes;
    /** Each route's pattern as segments, in the routes' order: split once, not for every request. */
    private final List<List<String>> patterns;
    private final Set<String> pageAreas = new HashSet<>();

    RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
        this.patterns = this.routes.stream().map(r -> List.copyOf(Route.segments(r.pattern()))).toList();
        Set<String> names = new HashSet<>();
        Set<String> operations = new HashSet<>();
        for (Route r : routes) {
            if (!names.add(r.name())) throw new IllegalArgumentException("route declared twice: " + r.name());
            if (!operations.add(r.operationId())) throw new IllegalArgumentException("operation id given twice: " + r.operationId());
            if (r.kind() == Route.Kind.PAGE) pageAreas.add(Route.segments(r.pattern()).stream().findFirst().orElse(""));
        }
    }

    List<Route> routes() {
        return routes;
    }

    /** What the table says of a request. */
    sealed interface Lookup {
    }

    /** The route of that method and path, with the values of its {@code {name}} segments. */
    record Found(Route route, Map<String, String> values) implements Lookup {
    }

    /** The path has routes, none for this method: those routes (in table order). */
    record OtherMethods(List<Route> routes) implements Lookup {

        /** {@code GET, HEAD, POST}: the methods allowed, for {@code Allow} ({@code HEAD} wherever {@code GET} is). */
        String allowed() {
            List<String> methods = new ArrayList<>();
            for (Route r : routes) {
                if (!methods.contains(r.method())) methods.add(r.method());
                if (r.method().equals("GET") && !methods.contains("HEAD")) methods.add("HEAD");
            }
            return String.join(", ", methods);
        }

        Route.Kind kind() {
            return routes.get(0).kind();
        }
    }

    /** No route has that path; {@code kind} says whose error it is to answer. */
    record NotFound(Route.Kind kind) implements Lookup {
    }

    /**
     * The route of {@code method} at {@code path}. {@code HEAD} is answered by the path's
     * {@code GET} route where it has no {@code HEAD} route of its own, as HTTP asks of every
     * server (RFC 9110, 9.3.2): the same status and headers, without the body.
     */
    Lookup find(String method, List<String> path) {
        List<Route> atPath = new ArrayList<>();
        Found get = null;
        for (int i = 0; i < routes.size(); i++) {
            Route r = routes.get(i);
            Optional<Map<String, String>> values = Route.match(patterns.get(i), path);
            if (values.isEmpty()) continue;
            if (r.method().equals(method)) return new Found(r, values.get());
            if (r.method().equals("GET") && get == null) get = new Found(r, values.get());
            atPath.add(r);
        }
        if (method.equals("HEAD") && get != null) return get;
        if (!atPath.isEmpty()) return new OtherMethods(atPath);
        return new NotFound(pageAreas.contains(path.isEmpty() ? "" : path.get(0)) ? Route.Kind.PAGE : Route.Kind.API);
    }

    /** What a request for no route is counted and logged under. */
    static final String OTHER = "other";

    /**
     * The route a request is counted and logged under: the route of its method and path, for
     * another method the path's first route; empty for a path without routes ({@value #OTHER}).
     * Never the path itself, so the labels are few.
     */
    Optional<Route> routeOf(String method, String path) {
        return routeOf(find(method, Route.segments(path)));
    }

    /** {@link #routeOf(String, String)} of a request already looked up. */
    static Optional<Route> routeOf(Lookup lookup) {
        if (lookup instanceof Found f) return Optional.of(f.route());
        if (lookup instanceof OtherMethods o) return Optional.of(o.routes().get(0));
        return Optional.empty();
    }

    /** The names of the routes of one kind, in table order: what a 404 lists. */
    List<String> names(Route.Kind kind) {
        return routes.stream().filter(r -> r.kind() == kind).map(Route::name).toList();
    }
}
