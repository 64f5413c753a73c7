package de.typwerk.server;

import de.typwerk.presentation.ProblemReport;
import de.typwerk.presentation.Texts;
import de.typwerk.presentation.Language;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writing answers: a whole body with its length, and the problem document (RFC 9457) every
 * failure of the API gets, in the request's language, never a stack trace.
 */
final class Responses {

    static final String JSON = "application/json; charset=utf-8";
    static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";

    private final ObjectWriter json;

    Responses(ObjectWriter json) {
        this.json = json;
    }

    /** A value as JSON, with a final newline. */
    String write(Object value) throws JsonProcessingException {
        return json.writeValueAsString(value) + "\n";
    }

    static void languageHeaders(HttpExchange exchange, Language language) {
        exchange.getResponseHeaders().set("Content-Language", language.tag());
        exchange.getResponseHeaders().add("Vary", "Accept-Language");
    }

    static void send(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A whole body of {@code bytes}, with its length ({@code Content-Length}), in one write. To
     * {@code HEAD} the same status and headers, the length included, without the body (RFC 9110,
     * 9.3.2): the JDK's server takes no length for a HEAD answer (it would log a warning for
     * each), so the header is set here.
     */
    static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equals("HEAD")) {
            if (bytes.length > 0) exchange.getResponseHeaders().set("Content-Length", String.valueOf(bytes.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** The problem document, unless a response has begun already (then the connection just ends). */
    void problem(HttpExchange exchange, Failure f, Texts m) {
        if (exchange.getResponseCode() != -1) return;
        // refused from its headers alone (405, 404, 415, ?lang=fr): answered at once, not after a body that may never come
        problem(exchange, f, m, unread(exchange));
    }

    /**
     * The problem document of a request whose body cannot be read on (its chunks framed wrongly):
     * answered at once, as one refused from its headers, where reading on would wait for what the
     * broken framing announced; nothing where there is no deadline to end the connection.
     */
    void problemBeforeBody(HttpExchange exchange, Failure f, Texts m) {
        if (exchange.getResponseCode() == -1 && exchange.getRequestBody() instanceof BodyDeadline body) problem(exchange, f, m, body);
    }

    private void problem(HttpExchange exchange, Failure f, Texts m, BodyDeadline early) {
        if (early == null) swallow(exchange);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("status", f.status);
        document.put("title", f.title.orElse(m.get("http.status." + f.status)));
        document.put("detail", f.detail);
        if (!f.problems.isEmpty()) document.put("problems", new ProblemReport(f.problems, m.language().locale()).entries());
        try {
            exchange.getResponseHeaders().set("Content-Type", PROBLEM_JSON);
            languageHeaders(exchange, m.language());
            f.headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            if (early != null) {
                answerEarly(exchange, f.status, write(document).getBytes(StandardCharsets.UTF_8), early);
            } else {
                send(exchange, f.status, write(document));
            }
        } catch (IOException e) {
            // the client went away: nobody to tell
        }
    }

    /**
     * The answer to a request refused from its headers while its body is unread: sent and flushed
     * at once, with {@code Connection: close} (the unread body leaves the connection unusable);
     * then what the client still sends of the body is read and dropped, up to
     * {@link HttpApi#SWALLOW_BYTES}, so that it reads this answer rather than a reset connection,
     * until the request deadline ends a body that does not come.
     */
    /** The body of a request answered before any of it was read (a refusal from its headers alone), or {@code null}. */
    static BodyDeadline unread(HttpExchange exchange) {
        return exchange.getRequestBody() instanceof BodyDeadline d && d.untouched()
                && !exchange.getRequestMethod().equals("HEAD") ? d : null;
    }

    static void answerEarly(HttpExchange exchange, int status, byte[] bytes, BodyDeadline body) throws IOException {
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(status, bytes.length);
        OutputStream out = exchange.getResponseBody();
        out.write(bytes);
        out.flush();
        body.linger();
        byte[] buffer = new byte[8192];
        long left = HttpApi.SWALLOW_BYTES;
        try {
            int n;
            while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) left -= n;
        } catch (IOException stopped) {
            // the deadline passed, or the client went away: the connection ends
        }
        out.close();
    }

    /**
     * The problem document of a request whose body did not arrive in time ({@link BodyDeadline}),
     * sent from the thread that keeps the time while the handler's thread still waits for the body:
     * without reading that body, with {@code Connection: close}, and flushed but not closed (closing
     * the answer would wait for the rest of the body too). The connection ends when the client
     * closes it, as it is told to, or at the JDK server's own time limit.
     */
    void timedOut(HttpExchange exchange, Failure f, Texts m) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("status", f.status);
        document.put("title", f.title.orElse(m.get("http.status." + f.status)));
        document.put("detail", f.detail);
        byte[] bytes = write(document).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", PROBLEM_JSON);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Connection", "close");
        languageHeaders(exchange, m.language());
        exchange.sendResponseHeaders(f.status, bytes.length);
        OutputStream out = exchange.getResponseBody();
        out.write(bytes);
        out.flush();
    }

    /**
     * Reads what the client is still sending of the request body, up to
     * {@link HttpApi#SWALLOW_BYTES}, so that it reads an early answer (413, 415, …) instead of a
     * reset connection; a larger rest gets the answer with {@code Connection: close}.
     */
    static void swallow(HttpExchange exchange) {
        byte[] buffer = new byte[8192];
        long left = HttpApi.SWALLOW_BYTES;
        try {
            InputStream in = exchange.getRequestBody();
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) left -= n;
            if (left <= 0 && in.read() >= 0) exchange.getResponseHeaders().set("Connection", "close");
        } catch (IOException e) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
    }
}
