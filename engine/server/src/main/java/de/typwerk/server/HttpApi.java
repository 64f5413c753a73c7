package de.typwerk.server;

import de.typwerk.presentation.answers.AnswersTemplate;
import de.typwerk.presentation.json.QuestionnaireJson;
import de.typwerk.presentation.ProblemReport;
import de.typwerk.presentation.Texts;
import de.typwerk.presentation.Language;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import de.typwerk.api.model.LocalizedText;
import de.typwerk.api.model.Problem;
import de.typwerk.api.model.Questionnaire;
import de.typwerk.engine.LoadedQuestionnaire;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.answers.AnswersRead;
import de.typwerk.engine.answers.AnswersSchema;
import de.typwerk.applications.batch.CsvDialect;
import de.typwerk.applications.batch.CsvLayout;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.plugin.PluginEntry;
import de.typwerk.engine.report.ResultJson;
import de.typwerk.interop.OneResponse;
import de.typwerk.interop.ResponseFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Typwerk over HTTP: the routes {@code typwerk serve} answers (docs/http.md), declared once in
 * {@link #routes}. The answers and results are those of the CLI, byte for byte:
 * {@code POST /v1/score} gives what {@code typwerk score --format json} prints,
 * {@code POST /v1/batch} what {@code typwerk batch} writes, and the questionnaire routes what
 * {@code show --format json} and {@code template} give. Every failure is one
 * {@code application/problem+json} document (RFC 9457) with a status that says whose fault it
 * is, a title and detail in the request's language, and, where the answers were refused, each
 * problem with its line and column; never a stack trace. The web self-test's pages
 * ({@link SelfTest}) are routes of the same table.
 *
 * <p>The language of messages: {@code ?lang=}, else the best of {@code Accept-Language}, else
 * the server's. Thread-safe: requests are served side by side.
 */
public final class HttpApi implements HttpHandler {

    /** Largest answers document {@code POST /v1/score} takes: the engine's limit for a document. */
    public static final int MAX_ANSWERS_BYTES = Mappers.MAX_DOCUMENT_BYTES;
    /** Most of a refused request's body read (and dropped) so the client gets to read the answer. */
    static final long SWALLOW_BYTES = 2L * MAX_ANSWERS_BYTES;

    private static final String JSON = Responses.JSON;
    private static final String SCHEMA_JSON = "application/schema+json; charset=utf-8";
    private static final String HTML = "text/html";

    private final Map<Language, Typwerk> engines;
    private final Language fallback;
    private final Set<String> allowedOrigins;
    private final Logger requestLog;
    private final Mappers mappers;
    private final ObjectWriter json;
    private final Responses responses;
    private final QuestionnaireJson questionnaireJson;
    private final Map<Language, Texts> texts = new EnumMap<>(Language.class);
    private final AtomicInteger active = new AtomicInteger();
    private final Metrics metrics;
    private final LogFormat logFormat;
    /** Requests in flight but {@code /health}'s; more than {@link #maxRequests} get 503. */
    private final AtomicInteger working = new AtomicInteger();
    private volatile int maxRequests = Integer.MAX_VALUE;
    /** Answers scored side by side ({@code --threads}); more wait here, with their body read. */
    private volatile Semaphore scoring = new Semaphore(Integer.MAX_VALUE, true);
    private volatile boolean draining;
    /** How long a request's body may take to arrive ({@link #limit}); none: as long as the JDK's server lets it. */
    private volatile Duration bodyTimeout;
    /** Keeps the time of the bodies on their way; made by {@link #limit}. */
    private volatile ScheduledExecutorService deadlines;
    /** The web self-test's pages ({@code /}, {@code /self-test/…}, {@code /assets/…}). */
    private final SelfTest selfTest;
    private final RouteTable routes;
    /** {@code GET /v1/openapi.json}: built once from the table. */
    private final String openApi;

    /**
     * @param engines      an engine per language, for messages in the request's language; all
     *                     with the same plugins
     * @param fallback     the language when the request names none we speak
     * @param batchThreads rows one {@code POST /v1/batch} scores side by side
     */
    public HttpApi(Map<Language, Typwerk> engines, Language fallback, int batchThreads) {
        this(engines, fallback, batchThreads, Set.of());
    }

    /**
     * @param allowedOrigins origins whose web pages may call the routes (CORS), e.g.
     *                       {@code https://portal.example.de}, or {@code *} for any; empty: none
     */
    public HttpApi(Map<Language, Typwerk> engines, Language fallback, int batchThreads, Set<String> allowedOrigins) {
        this(engines, fallback, batchThreads, allowedOrigins, LogFormat.TEXT);
    }

    /** The SLF4J logger that takes one line per request (docs/http.md, "Request log"). */
    public static final String REQUEST_LOGGER = "de.typwerk.server.requests";

    /** How each request is logged: a line of text, or a JSON object per line. */
    public enum LogFormat {
        TEXT, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @param logFormat the form of the message per request logged to {@value #REQUEST_LOGGER} */
    public HttpApi(Map<Language, Typwerk> engines, Language fallback, int batchThreads, Set<String> allowedOrigins, LogFormat logFormat) {
        if (!engines.containsKey(fallback)) throw new IllegalArgumentException("no engine for " + fallback);
        this.engines = Map.copyOf(engines);
        this.fallback = fallback;
        this.allowedOrigins = Set.copyOf(allowedOrigins);
        // looked up once the engines are built: the engine names a silent provider if the host has none
        this.requestLog = LoggerFactory.getLogger(REQUEST_LOGGER);
        this.mappers = new Mappers();
        this.json = mappers.json().writer();
        this.responses = new Responses(json);
        this.questionnaireJson = new QuestionnaireJson(mappers);
        this.selfTest = new SelfTest(mappers.json(), this::scored);
        for (Language l : Language.values()) texts.put(l, ServerTexts.of(l));
        this.logFormat = logFormat;
        Typwerk engine = this.engines.get(fallback);
        this.metrics = new Metrics(() -> (int) engine.plugins().stream().filter(PluginEntry::loaded).count(),
                () -> (int) engine.plugins().stream().filter(p -> !p.loaded()).count());
        this.routes = new RouteTable(routes(new BatchRoute(batchThreads)));
        this.openApi = new OpenApi(mappers.json()).document(routes);
    }

    /**
     * Every route, once: the API's in the order the 404 and the description list them, then the
     * web self-test's pages. Summaries are the OpenAPI description's; the rest of each
     * operation's description is in {@value OpenApi#PARTS} under its id.
     */
    private List<Route> routes(BatchRoute batch) {
        String problemJson = "application/problem+json";
        return List.of(
                Route.api("GET", "/health", "health",
                        "Whether the server is up, with its version and the number of loaded questionnaires.", "application/json",
                        this::health),
                Route.api("HEAD", "/health", "healthHead", "Whether the server is up: the status of GET /health, without a body.",
                        "application/json", this::health),
                Route.api("GET", "/ready", "ready", "Whether this server should get traffic: every plugin loaded and a questionnaire"
                        + " to score; names the plugins loaded and those refused, with why.", "application/json", this::ready),
                Route.api("GET", "/metrics", "metrics", "Metrics in the Prometheus text format 0.0.4: requests by method, route and status,"
                        + " a latency histogram per route, scorings by questionnaire and strategy, plugins, heap, threads, uptime.",
                        "text/plain; version=0.0.4",
                        call -> send(call, "text/plain; version=0.0.4; charset=utf-8", metrics.text())),
                Route.api("GET", "/v1/questionnaires", "listQuestionnaires", "The loaded questionnaires, by id then version.",
                        "application/json", this::listing),
                Route.api("GET", "/v1/questionnaires/{id}", "getQuestionnaire",
                        "A questionnaire in the definition format, as `typwerk show ID --format json` prints it.", "application/json",
                        this::questionnaire).parameters("resolved"),
                Route.api("GET", "/v1/questionnaires/{id}/template", "getAnswersTemplate",
                        "An empty answers file to fill in, as `typwerk template` writes it.", "application/json", this::template)
                        .parameters("format", BatchRoute.CSV_DIALECT).produces("application/json", "application/yaml", "text/csv"),
                Route.api("GET", "/v1/questionnaires/{id}/answers.schema.json", "getAnswersSchema",
                        "The JSON Schema (2020-12) of a valid answers file for this questionnaire, as"
                                + " `typwerk template --format schema` writes it.", "application/schema+json",
                        call -> send(call, SCHEMA_JSON, new AnswersSchema(call.engine().messages())
                                .json(loaded(call, call.value("id")), call.engine().questionnaires()))),
                Route.api("POST", "/v1/score", "score",
                        "Scores one answers file: the type, with scores, how sure, why, and whom to learn from.", "application/json",
                        this::score).parameters("strategy", Negotiation.INPUT_FORMAT, Negotiation.QUESTIONNAIRE)
                        .consumes("application/json", "application/yaml", "application/fhir+json", "text/csv"),
                Route.api("POST", "/v1/validate", "validate",
                        "Checks one answers file as `POST /v1/score` reads it, without scoring it.", "application/json",
                        this::validate).consumes("application/json", "application/yaml"),
                Route.api("POST", "/v1/batch", "batch", "Scores many answer sets: one output row per input row, a result or an"
                        + " error record, streamed as they are scored.", "application/x-ndjson", batch)
                        .parameters("format", "detail", BatchRoute.CSV_DIALECT, "strategy", Negotiation.INPUT_FORMAT, Negotiation.QUESTIONNAIRE)
                        .consumes("application/x-ndjson", "application/jsonl", "text/csv", "application/json", "application/fhir+ndjson")
                        .produces("application/x-ndjson", "text/csv"),
                Route.api("GET", "/v1/openapi.json", "openApi", "This description.", "application/json",
                        call -> send(call, JSON, openApi)),
                Route.api("GET", "/v1/result.schema.json", "resultSchema", "The JSON Schema (2020-12) every result satisfies.",
                        "application/schema+json", call -> send(call, SCHEMA_JSON, new String(ResultJson.schema(), StandardCharsets.UTF_8))),
                Route.api("GET", "/v1/questionnaire.schema.json", "questionnaireSchema",
                        "The JSON Schema (2020-12) of the definition format.", "application/schema+json",
                        call -> send(call, SCHEMA_JSON, resource(DefinitionReader.SCHEMA_RESOURCE))),
                Route.page("GET", "/", "selfTestStart", "The web self-test’s start page: the loaded questionnaires to take.", HTML,
                        call -> page(call, () -> selfTest.start(call.exchange(), call.language(), call.engine()))),
                Route.page("POST", "/", "selfTestResume",
                        "Resumes a self-test from an answers file uploaded on the start page: its first open question.", HTML,
                        call -> page(call, () -> selfTest.resume(call.exchange(), call.language(), call.engine())))
                        .consumes("multipart/form-data"),
                Route.page("GET", "/self-test/{id}", "selfTestBegin", "The first question of a questionnaire’s self-test.", HTML,
                        call -> page(call, () -> selfTest.begin(call.exchange(), call.language(), call.engine(), call.value("id")))),
                Route.page("POST", "/self-test/{id}", "selfTestAnswer", "A question’s page (or the report’s) sent: the next"
                        + " question, the same with what is wrong, the report, or a download of the answers or the result.", HTML,
                        call -> page(call, () -> selfTest.answer(call.exchange(), call.language(), call.engine(), call.value("id"))))
                        .consumes("application/x-www-form-urlencoded").produces(HTML, "application/yaml", "application/json"),
                Route.page("GET", SelfTest.STYLESHEET, "selfTestStylesheet", "The self-test pages' stylesheet.", "text/css",
                        call -> page(call, () -> selfTest.stylesheet(call.exchange(), call.language()))),
                Route.page("GET", SelfTest.REPORT_STYLESHEET, "selfTestReportStylesheet", "The report’s stylesheet.", "text/css",
                        call -> page(call, () -> selfTest.reportStylesheet(call.exchange(), call.language()))));
    }

    /** A page of the self-test, which sends its answer itself (an error page too, or throws the problem for a JSON client). */
    private interface PageAnswer {
        void send() throws Failure, IOException;
    }

    private static String page(Call call, PageAnswer answer) throws Failure, IOException {
        answer.send();
        return "";
    }

    @Override
    public void handle(HttpExchange exchange) {
        long start = System.nanoTime();
        // the wall clock only for the log line: reading it is a good part of what a request costs here beyond the work
        boolean logging = requestLog.isInfoEnabled();
        Instant arrived = logging ? Instant.now() : null;
        String note = "";
        String requestId = requestId(exchange);
        // the route, looked up once: for the answer, the metrics and the log line
        RouteTable.Lookup lookup = routes.find(exchange.getRequestMethod(), Route.segments(exchange.getRequestURI()));
        CountingOutputStream body = new CountingOutputStream(exchange.getResponseBody());
        // a body that does not arrive in time gets 408 (BodyDeadline), not a connection closed without a word
        ScheduledExecutorService timer = deadlines;
        BodyDeadline deadline = timer != null && BodyDeadline.hasBody(exchange) ? new BodyDeadline(exchange, exchange.getRequestBody()) : null;
        exchange.setStreams(deadline, body);
        ScheduledFuture<?> due = deadline == null ? null
                : timer.schedule(() -> bodyTimedOut(exchange, deadline), bodyTimeout.toMillis(), TimeUnit.MILLISECONDS);
        active.incrementAndGet();
        try {
            exchange.getResponseHeaders().set(REQUEST_ID, requestId);
            crossOrigin(exchange);
            // what a POST of the API answers (a result, a batch's rows, a problem quoting the answers) is a municipality's data: no cache keeps it
            if (lookup instanceof RouteTable.Found found && found.route().kind() == Route.Kind.API && found.route().method().equals("POST")) {
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
            }
            boolean health = Route.segments(exchange.getRequestURI()).equals(List.of("health"));
            if (draining) {
                exchange.getResponseHeaders().set("Connection", "close");
                Texts m = messages(refusalLanguage(exchange));
                unavailable(exchange, lookup, new Failure(503, m.get("http.stopping")), m, true);
            } else if (health) {
                // a probe is cheap and must answer however busy the server is: not counted
                note = respond(exchange, lookup);
            } else if (working.incrementAndGet() > maxRequests) {
                working.decrementAndGet();
                Texts m = messages(refusalLanguage(exchange));
                unavailable(exchange, lookup, new Failure(503, m.get("http.busy", String.valueOf(maxRequests))).with("Retry-After", "1"), m, false);
            } else {
                try {
                    note = respond(exchange, lookup);
                } finally {
                    working.decrementAndGet();
                }
            }
        } finally {
            if (due != null) due.cancel(false);
            if (deadline != null && deadline.expired()) note = " (the request body did not arrive in time)";
            try {
                exchange.close();
                long nanos = System.nanoTime() - start;
                Optional<Route> route = RouteTable.routeOf(lookup);
                metrics.request(exchange.getRequestMethod(), route.map(Route::name).orElse(RouteTable.OTHER), exchange.getResponseCode(), nanos);
                if (logging) {
                    log(arrived, requestId, exchange, route.map(Route::pattern).orElse(RouteTable.OTHER), nanos / 1_000_000,
                            body.count(), note);
                }
            } finally {
                // last: once no request is active, a stopping server may end the process
                synchronized (this) {
                    if (active.decrementAndGet() == 0) notifyAll();
                }
            }
        }
    }

    /**
     * A 503 (busy or stopping): the problem document, or on the self-test's pages, for a person,
     * the error page that says so and offers a page's form again as it was sent, where a problem
     * document would have shown them JSON and left what they had entered on the page behind.
     */
    private void unavailable(HttpExchange exchange, RouteTable.Lookup lookup, Failure f, Texts m, boolean stopping) {
        if (lookup instanceof RouteTable.Found routed && Call.negotiated(routed.route())) Negotiation.varyByAccept(exchange);
        if (!pageArea(lookup) || SelfTest.wantsJson(exchange)) {
            responses.problem(exchange, f, m);
            return;
        }
        f.headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        try {
            selfTest.unavailable(exchange, m.language(), stopping);
        } catch (IOException e) {
            // the client went away: nobody to tell
        }
    }

    /**
     * The language of a 503, said before the request reaches its route: {@code ?lang=} where it is
     * one we speak, else {@code Accept-Language}, else the server's, as for every other answer.
     */
    private Language refusalLanguage(HttpExchange exchange) {
        try {
            Map<String, String> query = Negotiation.query(exchange.getRequestURI().getRawQuery(), messages(fallback));
            return Negotiation.language(exchange, query, fallback, messages(fallback));
        } catch (Failure unreadable) {
            return Negotiation.accepted(exchange, fallback);
        }
    }

    /** The header that carries a request's id, in the request (kept if sane) and in every answer. */
    static final String REQUEST_ID = "X-Request-Id";
    private static final java.util.regex.Pattern SANE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** The client's {@code X-Request-Id} when it is a short token, else a new random one. */
    private static String requestId(HttpExchange exchange) {
        String given = exchange.getRequestHeaders().getFirst(REQUEST_ID);
        if (given != null && SANE_ID.matcher(given).matches()) return given;
        String hex = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
        return "0".repeat(16 - hex.length()) + hex;
    }

    /**
     * Logs one request to {@value #REQUEST_LOGGER} at INFO: arrival (UTC, ISO-8601), request id,
     * method, route (the table's pattern, never the path asked for), status, milliseconds, bytes
     * of the body sent, and a note (the counts of a batch, a broken connection). The message is a
     * line of text or a JSON object ({@link LogFormat}); the same fields go along as SLF4J
     * key-value pairs, for a host whose logger writes structured records itself.
     */
    private void log(Instant arrived, String id, HttpExchange exchange, String route, long millis, long bytes, String note) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("time", arrived.toString());
        fields.put("id", id);
        fields.put("method", exchange.getRequestMethod());
        fields.put("route", route);
        fields.put("status", exchange.getResponseCode());
        fields.put("ms", millis);
        fields.put("bytes", bytes);
        if (!note.isEmpty()) fields.put("note", note.strip());
        String message;
        if (logFormat == LogFormat.TEXT) {
            message = arrived + " " + id + " " + exchange.getRequestMethod() + " " + route + " " + exchange.getResponseCode() + " "
                    + millis + " ms " + bytes + " bytes" + note;
        } else {
            try {
                message = json.writeValueAsString(fields);
            } catch (JsonProcessingException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        var event = requestLog.atInfo();
        fields.forEach(event::addKeyValue);
        event.log(message);
    }

    /** The body of an answer, counted as it is written (before any chunking). */
    private static final class CountingOutputStream extends java.io.FilterOutputStream {

        private long count;

        CountingOutputStream(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        long count() {
            return count;
        }
    }

    /** The route a request is counted under in the metrics: see {@link RouteTable#routeOf}. */
    public String routeOf(String method, String path) {
        return routes.routeOf(method, path).map(Route::name).orElse(RouteTable.OTHER);
    }

    /** Every route's name ({@code GET /v1/questionnaires/{id}}), in table order. */
    public List<String> routeNames() {
        return routes.routes().stream().map(Route::name).toList();
    }

    /**
     * At most {@code scoring} answers scored side by side, at most {@code requests} requests in
     * flight (more get 503 with {@code Retry-After}); set before the server starts.
     */
    void limit(int scoring, int requests, Duration requestTimeout) {
        this.scoring = new Semaphore(scoring, true);
        this.maxRequests = requests;
        this.bodyTimeout = requestTimeout;
        if (deadlines == null) {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "typwerk-http-deadlines");
                t.setDaemon(true);
                return t;
            });
            timer.setRemoveOnCancelPolicy(true);
            deadlines = timer;
        }
    }

    /**
     * The body of {@code exchange} did not arrive within {@link #bodyTimeout}: 408 with a problem
     * document, when the handler still waits for it and has answered nothing.
     */
    private void bodyTimedOut(HttpExchange exchange, BodyDeadline deadline) {
        Texts m = messages(refusalLanguage(exchange));
        long seconds = Math.max(1, bodyTimeout.toSeconds());
        deadline.expire(() -> responses.timedOut(exchange, new Failure(408, m.get("http.request-timeout", String.valueOf(seconds))), m));
    }

    /**
     * Refuses every request from now on (503) and waits until those in flight are answered, for
     * up to {@code grace}.
     *
     * @return whether none is left in flight
     */
    public boolean drain(Duration grace) throws InterruptedException {
        draining = true;
        long deadline = System.nanoTime() + grace.toNanos();
        synchronized (this) {
            while (active.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) return false;
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
        return true;
    }

    /** Requests being answered now. */
    public int active() {
        return active.get();
    }

    /** Whether {@link #drain} has begun: every new request gets 503. */
    public boolean draining() {
        return draining;
    }

    /**
     * Answers the request by what the route table says of it ({@code lookup}); returns a note for
     * the log line (empty, or the counts of a batch).
     */
    private String respond(HttpExchange exchange, RouteTable.Lookup lookup) {
        // what is wrong with the address itself (?lang=fr) is said in the language Accept-Language asks for
        Language language = Negotiation.accepted(exchange, fallback);
        // Accept may turn a /v1 route's success into a 406 (and chooses the type where it gives several): every answer
        // of one says so, its errors too, so that a cache keeps no answer for a client that asked otherwise
        if (lookup instanceof RouteTable.Found routed && Call.negotiated(routed.route())) Negotiation.varyByAccept(exchange);
        try {
            Map<String, String> query;
            try {
                query = Negotiation.query(exchange.getRequestURI().getRawQuery(), messages(language));
                language = Negotiation.language(exchange, query, fallback, messages(language));
            } catch (Failure f) {
                if (!pageArea(lookup)) throw f;
                // a person typed it into a page's address: the error page, not a problem document
                selfTest.badAddress(exchange, language, f.detail);
                return "";
            }
            Texts m = messages(language);
            String method = exchange.getRequestMethod();
            if (lookup instanceof RouteTable.Found found) {
                Route route = found.route();
                if (route.kind() == Route.Kind.API) Negotiation.knownParameters(route, query, m);
                return route.handler().answer(new Call(exchange, route, found.values(), query, language, engines.get(language), m));
            }
            if (lookup instanceof RouteTable.OtherMethods other) {
                if (other.kind() == Route.Kind.PAGE) {
                    selfTest.wrongMethod(exchange, language, method, other.allowed());
                } else if (method.equals("OPTIONS")) {
                    preflight(exchange, other.allowed());
                } else {
                    // Allow names every method the route answers (RFC 9110, 10.2.1), OPTIONS too, as its preflight's Allow does,
                    // and the detail names the same ones, where it said "only POST" beside an Allow of POST, OPTIONS
                    String allow = other.allowed() + ", OPTIONS";
                    throw new Failure(405, m.get("http.method", method, allow)).with("Allow", allow);
                }
                return "";
            }
            // a person who mistyped an address in the browser gets a page, not JSON: browsers ask for text/html, API clients do not
            if (((RouteTable.NotFound) lookup).kind() == Route.Kind.PAGE || SelfTest.asksForHtml(exchange)) {
                selfTest.notFound(exchange, language);
                return "";
            }
            throw new Failure(404, m.get("http.no-route", Route.path(exchange.getRequestURI()),
                    String.join(", ", routes.names(Route.Kind.API))));
        } catch (Failure f) {
            responses.problem(exchange, f, messages(language));
        } catch (IOException e) {
            // a body whose chunks are framed wrongly (Transfer-Encoding: chunked, a size that is no hex number): the client
            // waits for an answer, where it got its connection closed without one
            String reason = String.valueOf(e.getMessage());
            if (!(e instanceof BodyDeadline.Expired) && exchange.getResponseCode() == -1 && reason.toLowerCase(Locale.ROOT).contains("chunk")) {
                responses.problemBeforeBody(exchange, new Failure(400, messages(language).get("http.chunked")), messages(language));
            }
            // the client went away (or sent a broken request body): nobody to answer
            return " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        } catch (RuntimeException e) {
            Texts m = messages(language);
            responses.problem(exchange, new Failure(500, m.get("error.unexpected")), m);
            return " (" + e + ")";
        }
        return "";
    }

    /** Whether the web self-test answers for the path: one of its pages, or a path among theirs. */
    private static boolean pageArea(RouteTable.Lookup lookup) {
        if (lookup instanceof RouteTable.Found found) return found.route().kind() == Route.Kind.PAGE;
        if (lookup instanceof RouteTable.OtherMethods other) return other.kind() == Route.Kind.PAGE;
        return ((RouteTable.NotFound) lookup).kind() == Route.Kind.PAGE;
    }

    /**
     * {@code OPTIONS} of an API route: what the route allows, and, where the origin may call it
     * (the CORS headers are set already), what a browser's preflight asks.
     */
    private void preflight(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed + ", OPTIONS");
        if (exchange.getResponseHeaders().containsKey("Access-Control-Allow-Origin")) {
            exchange.getResponseHeaders().set("Access-Control-Allow-Methods", allowed);
            exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Content-Type, Accept-Language, X-Request-Id, If-None-Match");
            exchange.getResponseHeaders().set("Access-Control-Max-Age", "600");
        }
        exchange.sendResponseHeaders(204, -1);
    }

    // ---- routes ----

    /** A text resource of Typwerk's own (the published schemas). */
    static String resource(String name) throws IOException {
        try (InputStream in = HttpApi.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing from the build: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String send(Call call, String contentType, String body) throws Failure, IOException {
        call.send(200, contentType, body);
        return "";
    }

    private String health(Call call) throws Failure, IOException {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("status", "ok");
        status.put("typwerk", ServerTexts.version());
        status.put("questionnaires", call.engine().questionnaires().size());
        return send(call, JSON, responses.write(status));
    }

    /**
     * Whether this server should get traffic: 200 when every plugin loaded and there is a
     * questionnaire to score, else 503; either way the plugins loaded and those refused, with why.
     */
    private String ready(Call call) throws Failure, IOException {
        List<String> loaded = new ArrayList<>();
        List<Map<String, String>> refused = new ArrayList<>();
        for (PluginEntry p : call.engine().plugins()) {
            if (p.loaded()) {
                loaded.add(p.id());
            } else {
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("id", p.id());
                entry.put("source", p.source());
                entry.put("reason", p.reason());
                refused.add(entry);
            }
        }
        boolean ready = refused.isEmpty() && !call.engine().questionnaires().isEmpty();
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("ready", ready);
        status.put("questionnaires", call.engine().questionnaires().size());
        status.put("loaded", loaded);
        status.put("refused", refused);
        call.send(ready ? 200 : 503, JSON, responses.write(status));
        return "";
    }

    /** One loaded questionnaire in {@code GET /v1/questionnaires}. */
    @JsonPropertyOrder({"id", "version", "title", "locales", "strategies", "base", "plugin", "contentHash"})
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    record Listed(String id, String version, LocalizedText title, List<String> locales, List<String> strategies,
                  Optional<String> base, String plugin, String contentHash) {
    }

    private String listing(Call call) throws Failure, IOException {
        List<Listed> listed = new ArrayList<>();
        for (LoadedQuestionnaire l : call.engine().questionnaires()) {
            Questionnaire q = l.questionnaire();
            listed.add(new Listed(q.id(), q.version(), q.title(), q.locales(), call.engine().strategiesFor(l),
                    l.base().map(b -> b.coordinates()), l.pluginId(), l.contentHash()));
        }
        return send(call, JSON, responses.write(listed));
    }

    private String questionnaire(Call call) throws Failure, IOException {
        LoadedQuestionnaire loaded = loaded(call, call.value("id"));
        boolean resolved = Negotiation.flag(call, "resolved");
        boolean asWritten = loaded.isVariant() && !resolved;
        // an Accept that takes no JSON is a 406 before the tag is looked at (RFC 9110, 13.2.2: If-None-Match counts only
        // where the answer would be a success), and the 406, no copy of the definition, carries no ETag
        Negotiation.chosen(call, call.route().produces(), Optional.empty());
        // the content hash names the definition's bytes: a client that has them need not fetch them again
        String tag = "\"" + loaded.contentHash() + (asWritten ? "" : ";resolved") + "\"";
        call.exchange().getResponseHeaders().set("ETag", tag);
        String cached = call.exchange().getRequestHeaders().getFirst("If-None-Match");
        // If-None-Match compares weakly (RFC 9110, 13.1.2): a proxy that compresses the answer (nginx's gzip)
        // hands the client W/"…", which names the same definition
        if (cached != null && (cached.strip().equals("*") || List.of(cached.split(",")).stream().map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t).anyMatch(tag::equals))) {
            Responses.languageHeaders(call.exchange(), call.language());
            call.exchange().sendResponseHeaders(304, -1);
            return "";
        }
        Questionnaire shown = asWritten ? loaded.definition() : QuestionnaireJson.standalone(loaded.questionnaire());
        return send(call, JSON, questionnaireJson.write(shown) + "\n");
    }

    private String template(Call call) throws Failure, IOException {
        LoadedQuestionnaire loaded = loaded(call, call.value("id"));
        Optional<String> format = call.parameter("format");
        Optional<String> named = format.map(f -> TEMPLATE_FORMATS.get(f));
        if (format.isPresent() && named.isEmpty()) throw Negotiation.badValue(call, "format", format.get(), "json, yaml, csv");
        Optional<String> dialectName = call.parameter(BatchRoute.CSV_DIALECT);
        CsvDialect dialect = dialectName.isEmpty() ? CsvDialect.STANDARD : CsvDialect.of(dialectName.get())
                .orElseThrow(() -> Negotiation.badValue(call, BatchRoute.CSV_DIALECT, dialectName.get(), "standard, excel-de"));
        AnswersTemplate template = new AnswersTemplate(loaded.questionnaire(), call.messages());
        String chosen = Negotiation.chosen(call, call.route().produces(), named);
        // JSON and YAML have no separators: a dialect asked for would be dropped without a word
        if (dialectName.isPresent() && !chosen.equals("text/csv")) {
            throw new Failure(400, call.messages().get("http.template-csv-dialect-needs-csv", Route.shown(dialectName.get())));
        }
        return switch (chosen) {
            case "application/yaml" -> send(call, "application/yaml; charset=utf-8",
                    template.yaml("typwerk score typwerk-" + loaded.questionnaire().id() + "-answers.yaml"));
            // for Excel set to German (excel-de): a byte order mark, ';' and CR LF, which POST /v1/batch reads back as it saves it
            case "text/csv" -> send(call, "text/csv; charset=utf-8", new CsvLayout(loaded.questionnaire()).template(dialect));
            default -> send(call, JSON, template.json(mappers) + "\n");
        };
    }

    /** The template's {@code format} values and the types they give. */
    private static final Map<String, String> TEMPLATE_FORMATS = Map.of("json", "application/json", "yaml", "application/yaml", "csv", "text/csv");

    private static LoadedQuestionnaire loaded(Call call, String id) throws Failure {
        Optional<LoadedQuestionnaire> loaded = call.engine().questionnaire(id);
        if (loaded.isPresent()) return loaded.get();
        throw new Failure(404, call.messages().unknownQuestionnaire(call.engine(), Route.shown(id)));
    }

    /** Runs a scoring in one of the {@code --threads} slots, waiting for one. */
    private ScoreRun scored(Supplier<ScoreRun> scoring) throws IOException {
        Semaphore slots = this.scoring;
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to score", e);
        }
        try {
            return scoring.get();
        } finally {
            slots.release();
        }
    }

    private String score(Call call) throws Failure, IOException {
        Optional<String> strategy = Negotiation.strategy(call);
        Optional<Optional<ResponseFormat>> named = Negotiation.inputFormat(call);
        String type = Negotiation.mediaType(call);
        // a type no reading here takes is refused from the headers, before a body that may never come
        if (!type.equals("text/csv") && !Negotiation.json(type) && !YAML_TYPES.contains(type)) throw Negotiation.unsupported(call, type);
        byte[] answers = body(call);
        // another tool's response, as named or as its content says beyond doubt (as typwerk score tells it)
        Optional<ResponseFormat> tool = named.orElseGet(() -> ResponseFormat.recognize(answers));
        // an answers file names its questionnaire: the parameter is refused as such, whichever id it names
        if (tool.isEmpty() && call.parameter(Negotiation.QUESTIONNAIRE).isPresent()) {
            throw Negotiation.questionnaireWithoutTool(call);
        }
        if (tool.isEmpty() && type.equals("text/csv")) {
            // CSV is read here only as LimeSurvey's response: not that CSV is not read, which the list of types contradicted
            if (named.isPresent()) throw Negotiation.unsupported(call, type, List.of("application/json", "application/yaml"));
            throw new Failure(415, call.messages().get("http.csv-not-limesurvey"));
        }
        Optional<LoadedQuestionnaire> assumed = Negotiation.questionnaire(call);
        String source = tool.isEmpty() ? answersSource(call, type) : responseSource(call, type);
        // the body is read first: a slow client holds no scoring slot
        ScoreRun run = scored(() -> tool.isEmpty() ? call.engine().score(source, answers, strategy)
                : response(call.engine(), tool.get(), source, answers, assumed, strategy));
        if (run instanceof ScoreRun.Done done) {
            // warnings (e.g. answers to another version of the questionnaire) as codes: header values are ASCII
            done.problems().forEach(p -> call.exchange().getResponseHeaders().add("Typwerk-Warning", p.code()));
            metrics.scored(done.result().questionnaire().id(), done.result().questionnaire().version(), done.result().strategy().id());
            call.send(200, JSON, call.engine().resultJson().document(done.result()));
            return "";
        }
        Texts m = call.messages();
        Optional<Problem> wrongStrategy = ProblemReport.strategyChoice(run);
        if (wrongStrategy.isPresent()) {
            throw new Failure(400, m.get("http.strategy"), wrongStrategy.get().message(m.language().locale()), run.problems());
        }
        boolean strategyFailed = run.problems().stream().anyMatch(p -> p.code().startsWith("strategy-"));
        if (strategyFailed) {
            throw new Failure(500, m.get("http.strategy-failed"), m.get("http.strategy-failed.detail"), run.problems());
        }
        throw new Failure(422, m.get("http.refused"), refusedDetail(call, type, answers, run.problems()), run.problems());
    }

    /**
     * The detail of a 422: how many problems, or, where a body sent as JSON is not JSON but reads as
     * YAML (a persona or template file posted with the wrong {@code Content-Type}), what to send instead.
     */
    private static String refusedDetail(Call call, String type, byte[] body, List<Problem> problems) {
        Texts m = call.messages();
        String count = m.get("http.refused.detail", String.valueOf(problems.size()));
        if (!Negotiation.json(type) || problems.stream().noneMatch(p -> p.code().equals("syntax"))) return count;
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) text = text.substring(1).strip();
        if (text.isEmpty() || text.startsWith("{") || text.startsWith("[")) return count;
        boolean yaml = call.engine().readAnswers("answers.yaml", body).problems().stream()
                .noneMatch(p -> p.code().equals("syntax") || p.code().equals("truncated"));
        return yaml ? m.get("http.refused.yaml-as-json", type) : count;
    }

    /**
     * Reads the answers as {@code POST /v1/score} does, without scoring them: 200 with the
     * warnings when nothing is wrong, else the very 422 problem document a score would get. One
     * response of another tool, told by its content as {@code POST /v1/score} tells it, is one 422
     * {@code input-refused} that names {@code POST /v1/score?input-format=…}.
     */
    private String validate(Call call) throws Failure, IOException {
        String type = Negotiation.mediaType(call);
        String source = answersSource(call, type);
        byte[] body = body(call);
        Texts m = call.messages();
        Optional<ResponseFormat> tool = ResponseFormat.recognize(body);
        if (tool.isPresent()) {
            // another tool's response read as an answers file: a finding for every key, none naming the cause
            String id = tool.get().id();
            String reason = m.get("http.validate-tool-input", m.get("http.batch-looks." + id), id);
            throw new Failure(422, m.get("http.refused"), reason,
                    List.of(Problem.error("input-refused", reason, new de.typwerk.api.model.Location(source, 1, 0, ""))));
        }
        AnswersRead read = call.engine().readAnswers(source, body);
        if (!read.ok()) {
            throw new Failure(422, m.get("http.refused"), refusedDetail(call, type, body, read.problems()), read.problems());
        }
        read.problems().forEach(p -> call.exchange().getResponseHeaders().add("Typwerk-Warning", p.code()));
        Map<String, Object> verdict = new LinkedHashMap<>();
        verdict.put("valid", true);
        verdict.put("warnings", new ProblemReport(read.problems(), call.messages().language().locale()).entries());
        return send(call, JSON, responses.write(verdict));
    }

    // ---- request parts ----

    private static final Set<String> YAML_TYPES = Set.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml");

    /** One response of another tool, scored as {@code typwerk score} scores it, its findings placed in the tool's terms. */
    private static ScoreRun response(Typwerk engine, ResponseFormat tool, String source, byte[] body,
                                     Optional<LoadedQuestionnaire> assumed, Optional<String> strategy) {
        try {
            return OneResponse.score(engine, tool, source, new ByteArrayInputStream(body), assumed, strategy);
        } catch (IOException e) {
            // a body in memory does not fail to read; a reader that still throws is a bug, reported as one
            throw new UncheckedIOException(e);
        }
    }

    /** How findings name another tool's response: {@code response.csv} for CSV, else {@code response.json}; a type the route does not take is 415. */
    private static String responseSource(Call call, String type) throws Failure {
        if (type.equals("text/csv")) return "response.csv";
        if (Negotiation.json(type)) return "response.json";
        throw Negotiation.unsupported(call, type);
    }

    /** {@code answers.json} or {@code answers.yaml}, by the request's media {@code type}; else 415. */
    private static String answersSource(Call call, String type) throws Failure {
        if (Negotiation.json(type)) return "answers.json";
        if (YAML_TYPES.contains(type)) return "answers.yaml";
        throw Negotiation.unsupported(call, type);
    }

    /**
     * The whole request body, at most {@link #MAX_ANSWERS_BYTES}; more is 413 (what is left of
     * it is swallowed with the answer, see {@link Responses#swallow}).
     */
    private static byte[] body(Call call) throws Failure, IOException {
        byte[] body = call.exchange().getRequestBody().readNBytes(MAX_ANSWERS_BYTES + 1);
        if (body.length > MAX_ANSWERS_BYTES) throw new Failure(413, call.messages().get("http.too-large", String.valueOf(MAX_ANSWERS_BYTES)));
        return body;
    }

    private Texts messages(Language language) {
        return texts.get(language);
    }

    /**
     * Sets the CORS headers where the request comes from a web page of an allowed origin: the
     * page may then read every answer, problems included, and the headers Typwerk adds.
     */
    private void crossOrigin(HttpExchange exchange) {
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        if (allowedOrigins.isEmpty()) return;
        exchange.getResponseHeaders().add("Vary", "Origin");
        if (origin == null || !(allowedOrigins.contains("*") || allowedOrigins.contains(origin))) return;
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", allowedOrigins.contains("*") ? "*" : origin);
        exchange.getResponseHeaders().set("Access-Control-Expose-Headers", "Content-Language, Typwerk-Warning, X-Request-Id, Retry-After, ETag");
    }
}
