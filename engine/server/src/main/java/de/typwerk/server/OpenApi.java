package de.typwerk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OpenAPI 3.1 description {@code GET /v1/openapi.json} serves: its {@code paths} built from
 * the route table (path, method, operation id, summary, in table order), each operation's details
 * (parameters, request body, responses) taken from {@value #PARTS} by its id, and the rest of
 * that file (info, components) as it is. What the table says of a route and what its details say
 * must agree (the query parameters, the media types taken and, for 200, given), or the server
 * does not start: so the description cannot drift from the routes. {@code docs/openapi.json} is
 * a copy, compared with what is served and written again with {@code -Dtypwerk.openapi.write=true} by
 * {@code HttpApiTest} (in cli, which also checks it with swagger-parser and calls each operation).
 */
final class OpenApi {

    /** The description's parts that are not the route table's. */
    static final String PARTS = "de/typwerk/server/openapi-parts.json";

    private final ObjectMapper mapper;

    OpenApi(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The description of {@code routes}, as served: pretty-printed, with a final newline. */
    String document(RouteTable routes) {
        try {
            JsonNode parts = mapper.readTree(HttpApi.resource(PARTS));
            ObjectNode document = mapper.createObjectNode();
            document.set("openapi", parts.get("openapi"));
            document.set("info", parts.get("info"));
            ObjectNode paths = document.putObject("paths");
            JsonNode operations = parts.path("operations");
            JsonNode components = parts.path("components");
            Set<String> described = new HashSet<>();
            Map<String, String> preflights = new LinkedHashMap<>();
            for (Route route : routes.routes()) {
                JsonNode details = operations.get(route.operationId());
                if (details == null) throw new IllegalStateException(PARTS + " does not describe " + route.operationId());
                described.add(route.operationId());
                ObjectNode item = paths.has(route.pattern()) ? (ObjectNode) paths.get(route.pattern()) : paths.putObject(route.pattern());
                ObjectNode operation = item.putObject(route.method().toLowerCase(Locale.ROOT));
                operation.put("operationId", route.operationId());
                operation.put("summary", route.summary());
                operation.setAll((ObjectNode) details.deepCopy());
                agree(route, operation, components);
                withRequestId(operation);
                operation.path("responses").fields().forEachRemaining(response -> inLanguage(route, response.getKey(), response.getValue()));
                if (route.kind() == Route.Kind.PAGE) operation.path("responses").forEach(response -> ofPage(route, response));
                if (route.kind() == Route.Kind.API && route.method().equals("POST")) operation.path("responses").forEach(OpenApi::notStored);
                if (route.kind() == Route.Kind.API) preflights.putIfAbsent(route.pattern(), route.operationId());
            }
            heads(routes, paths);
            preflights.forEach((pattern, operationId) -> options((ObjectNode) paths.get(pattern), pattern, operationId));
            List<String> unused = new ArrayList<>();
            operations.fieldNames().forEachRemaining(id -> {
                if (!described.contains(id)) unused.add(id);
            });
            if (!unused.isEmpty()) throw new IllegalStateException(PARTS + " describes operations no route has: " + unused);
            ObjectNode allComponents = ((ObjectNode) components).deepCopy();
            allComponents.path("responses").forEach(response -> carriesRequestId("", response));
            allComponents.path("responses").forEach(response -> inLanguage(null, "", response));
            allComponents.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("Page")) ofPage(null, response.getValue());
            });
            // the shared refusals of the API, which a POST's operation names by reference, are sent there with no-store
            allComponents.path("responses").fields().forEachRemaining(response -> {
                if (!response.getKey().startsWith("Page")) notStored(response.getValue());
            });
            document.set("components", allComponents);
            return mapper.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every request may carry the client's {@code X-Request-Id}, and every answer carries one
     * (HttpApi sets it before any route is looked up): said once here for every operation and
     * response, so that a generated client offers it and no route's description can leave it out.
     */
    private static void withRequestId(ObjectNode operation) {
        ArrayNode parameters = operation.has("parameters") ? (ArrayNode) operation.get("parameters") : operation.putArray("parameters");
        parameters.addObject().put("$ref", "#/components/parameters/requestId");
        operation.path("responses").fields().forEachRemaining(response -> carriesRequestId(response.getKey(), response.getValue()));
    }

    /**
     * A response (not a reference to one of the components, which get them there) with the headers
     * HttpApi sets on every answer before any route is looked up: {@code X-Request-Id}; for a
     * request from an origin allowed with {@code --allow-origin}, {@code Access-Control-Allow-Origin}
     * and {@code -Expose-Headers} (HttpApi.crossOrigin); and, but on a 204 or 304, which have no
     * body, {@code X-Content-Type-Options} (Responses.send).
     */
    private static void carriesRequestId(String status, JsonNode response) {
        if (response.has("$ref")) return;
        ObjectNode headers = response.has("headers") ? (ObjectNode) response.get("headers") : ((ObjectNode) response).putObject("headers");
        headers.putObject(HttpApi.REQUEST_ID).put("$ref", "#/components/headers/RequestId");
        headers.putObject("Access-Control-Allow-Origin").put("$ref", "#/components/headers/AccessControlAllowOrigin");
        headers.putObject("Access-Control-Expose-Headers").put("$ref", "#/components/headers/AccessControlExposeHeaders");
        if (!status.equals("204") && !status.equals("304")) {
            headers.putObject("X-Content-Type-Options").put("$ref", "#/components/headers/XContentTypeOptions");
        }
    }

    /**
     * A response of the self-test (not a reference; {@code route} null for the shared ones of the
     * components): a page (HTML), the error page included, and a download carry the security
     * headers of SelfTest.securityHeaders and say how they may be kept ({@code Cache-Control});
     * a stylesheet says only the latter.
     */
    private static void ofPage(Route route, JsonNode response) {
        if (response.has("$ref")) return;
        ObjectNode headers = response.has("headers") ? (ObjectNode) response.get("headers") : ((ObjectNode) response).putObject("headers");
        if (route != null && route.produces().equals(List.of("text/css"))) {
            if (response.path("content").has("text/css")) headers.putObject("Cache-Control").put("$ref", "#/components/headers/AssetCacheControl");
            return;
        }
        if (!response.path("content").has("text/html")) return;
        headers.putObject("Content-Security-Policy").put("$ref", "#/components/headers/ContentSecurityPolicy");
        headers.putObject("Referrer-Policy").put("$ref", "#/components/headers/ReferrerPolicy");
        headers.putObject("X-Frame-Options").put("$ref", "#/components/headers/XFrameOptions");
        headers.putObject("Cache-Control").put("$ref", "#/components/headers/PageCacheControl");
    }

    /**
     * A response of a {@code POST} of the API (not a reference to one of the components) with
     * {@code Cache-Control: no-store}, as HttpApi sends it; also each shared refusal of the API's
     * components, which a {@code POST} answers with {@code no-store} and a {@code GET} without it
     * (the header is not required, its description says where it is sent).
     */
    private static void notStored(JsonNode response) {
        if (response.has("$ref")) return;
        ObjectNode headers = response.has("headers") ? (ObjectNode) response.get("headers") : ((ObjectNode) response).putObject("headers");
        headers.putObject("Cache-Control").put("$ref", "#/components/headers/CacheControlNoStore");
    }

    /**
     * Every answer says its language and that it depends on the one asked for
     * ({@code Content-Language}, {@code Vary: Accept-Language}; Responses.languageHeaders sets
     * both), but for a stylesheet (the same in every language: only {@code Vary: Origin} with
     * {@code --allow-origin}) and a self-test page's 200, which may be a download (then without
     * them). {@code route} is null for the shared responses of the components.
     */
    private static void inLanguage(Route route, String status, JsonNode response) {
        if (response.has("$ref")) return;
        ObjectNode headers = response.has("headers") ? (ObjectNode) response.get("headers") : ((ObjectNode) response).putObject("headers");
        if (route != null && status.equals("200") && route.produces().equals(List.of("text/css"))) {
            headers.putObject("Vary").put("$ref", "#/components/headers/VaryOrigin");
        } else if (route != null && status.equals("200") && route.kind() == Route.Kind.PAGE && route.produces().size() > 1) {
            headers.putObject("Content-Language").put("$ref", "#/components/headers/PageContentLanguage");
            headers.putObject("Vary").put("$ref", "#/components/headers/PageVary");
        } else {
            headers.putObject("Content-Language").put("$ref", "#/components/headers/ContentLanguage");
            headers.putObject("Vary").put("$ref", "#/components/headers/Vary");
        }
    }

    /**
     * {@code HEAD} on every path with a {@code GET} route and no {@code HEAD} route of its own: the
     * table answers it with the {@code GET} route (RouteTable.find, as RFC 9110, 9.3.2 asks of every
     * server), so the description names it too, with the {@code GET}'s parameters and responses
     * (status, headers, the media type in {@code Content-Type}), said to come without a body.
     */
    static void heads(RouteTable routes, ObjectNode paths) {
        Set<String> ids = new HashSet<>();
        routes.routes().forEach(r -> ids.add(r.operationId()));
        for (Route route : routes.routes()) {
            ObjectNode item = (ObjectNode) paths.get(route.pattern());
            if (!route.method().equals("GET") || item.has("head")) continue;
            ObjectNode get = (ObjectNode) item.get("get");
            ObjectNode head = item.putObject("head");
            String operationId = route.operationId() + "Head";
            if (!ids.add(operationId)) throw new IllegalStateException("operation id given twice: " + operationId + " (HEAD of " + route.name() + ")");
            head.put("operationId", operationId);
            head.put("summary", "The status and headers of `GET " + route.pattern() + "`, without the body: for link checkers and"
                    + " uptime monitors. `Content-Length` is the length the `GET`’s body would have.");
            head.set("parameters", get.get("parameters").deepCopy());
            head.set("responses", get.get("responses").deepCopy());
        }
    }

    /**
     * {@code OPTIONS} on a path of the API (HttpApi.preflight answers it for every such path, not
     * a route of the table): 204 with {@code Allow}, and the CORS headers of a browser's preflight
     * from an allowed origin.
     */
    private static void options(ObjectNode item, String pattern, String operationId) {
        ObjectNode operation = item.putObject("options");
        operation.put("operationId", operationId + "Options");
        operation.put("summary", "The methods " + pattern + " answers, in `Allow` (`OPTIONS` included); a browser’s preflight from an"
                + " origin given with `--allow-origin` also gets `Access-Control-Allow-Methods`, `-Headers` and `-Max-Age`.");
        ArrayNode parameters = operation.putArray("parameters");
        if (pattern.contains("{id}")) parameters.addObject().put("$ref", "#/components/parameters/id");
        parameters.addObject().put("$ref", "#/components/parameters/lang");
        ObjectNode responses = operation.putObject("responses");
        ObjectNode allowed = responses.putObject("204");
        allowed.put("description", "What the path allows, without a body.");
        ObjectNode headers = allowed.putObject("headers");
        headers.putObject("Allow").put("$ref", "#/components/headers/Allow");
        headers.putObject("Access-Control-Allow-Methods").put("$ref", "#/components/headers/AccessControlAllowMethods");
        headers.putObject("Access-Control-Allow-Headers").put("$ref", "#/components/headers/AccessControlAllowHeaders");
        headers.putObject("Access-Control-Max-Age").put("$ref", "#/components/headers/AccessControlMaxAge");
        headers.putObject("Vary").put("$ref", "#/components/headers/VaryOrigin");
        responses.putObject("400").put("$ref", "#/components/responses/BadRequest");
        responses.putObject("503").put("$ref", "#/components/responses/Stopping");
        withRequestId(operation);
    }

    /** The route's query parameters and media types are those its operation describes. */
    private static void agree(Route route, JsonNode operation, JsonNode components) {
        Set<String> query = new TreeSet<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode p = parameter.has("$ref")
                    ? components.path("parameters").path(parameter.get("$ref").asText().replace("#/components/parameters/", ""))
                    : parameter;
            if (p.path("in").asText().equals("query") && !p.path("name").asText().equals("lang")) query.add(p.path("name").asText());
        }
        check(route, "query parameters", new TreeSet<>(route.parameters()), query);
        check(route, "request media types", route.consumes(), names(operation.path("requestBody").path("content")));
        JsonNode ok = operation.path("responses").path("200");
        if (ok.has("content")) check(route, "media types of 200", route.produces(), names(ok.path("content")));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> i = object.fieldNames(); i.hasNext(); ) names.add(i.next());
        return names;
    }

    private static void check(Route route, String what, Object declared, Object described) {
        if (!declared.equals(described)) {
            throw new IllegalStateException(route.name() + ": the route table’s " + what + " " + declared + " differ from "
                    + PARTS + "'s " + described);
        }
    }
}
