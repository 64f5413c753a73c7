package de.typwerk.server;

import de.typwerk.presentation.Texts;
import de.typwerk.presentation.Language;
import com.sun.net.httpserver.HttpExchange;
import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request as a route's handler sees it: the exchange, the route it matched with the values
 * of its {@code {name}} segments, its query parameters (one value each), the language of its
 * answer, and the engine and messages that speak it.
 */
record Call(HttpExchange exchange, Route route, Map<String, String> values, Map<String, String> query, Language language,
            Typwerk engine, Texts messages) {

    Optional<String> parameter(String name) {
        return Optional.ofNullable(query.get(name));
    }

    /** The value of the route's {@code {name}} segment. */
    String value(String name) {
        String value = values.get(name);
        if (value == null) throw new IllegalStateException(route.name() + " has no {" + name + "}");
        return value;
    }

    /**
     * Sends a whole answer of a type the route declares it produces ({@link Route#produces}),
     * with {@code Content-Language}. A success of a {@code /v1/} route whose type the request's
     * {@code Accept} does not take is 406 instead ({@link Negotiation#acceptable}): only a
     * success, so a request wrong in any other way is told that first, whatever it accepts.
     */
    void send(int status, String contentType, String body) throws Failure, IOException {
        send(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #send(int, String, String)} of a body in UTF-8 already. */
    void send(int status, String contentType, byte[] body) throws Failure, IOException {
        String name = contentType.replace("; charset=utf-8", "").toLowerCase(Locale.ROOT);
        if (!route.produces().contains(name)) {
            throw new IllegalStateException(route.name() + " answers with " + name + ", not among " + route.produces());
        }
        if (status < 300 && negotiated(route) && Negotiation.acceptable(exchange, java.util.List.of(name)).isEmpty()) {
            throw Negotiation.notAcceptable(exchange, messages, route.produces());
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        Responses.languageHeaders(exchange, language);
        Responses.send(exchange, status, body);
    }

    /** Whether the route's answers follow {@code Accept}: the API's {@code /v1/} routes (not the probes, the metrics or the pages). */
    static boolean negotiated(Route route) {
        return route.kind() == Route.Kind.API && route.pattern().startsWith("/v1/");
    }
}
