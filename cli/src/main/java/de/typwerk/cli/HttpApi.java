package de.typwerk.cli;

import de.typwerk.presentation.Texts;
import de.typwerk.presentation.Language;
import de.typwerk.presentation.ProblemReport;
import de.typwerk.presentation.json.QuestionnaireJson;
import de.typwerk.presentation.answers.AnswersTemplate;
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
import de.typwerk.applications.batch.Batch;
import de.typwerk.engine.plugin.PluginEntry;
import de.typwerk.applications.batch.BatchDetail;
import de.typwerk.applications.batch.BatchFormat;
import de.typwerk.applications.batch.BatchInput;
import de.typwerk.applications.batch.BatchProgress;
import de.typwerk.applications.batch.BatchSummary;
import de.typwerk.applications.batch.CsvLayout;
import de.typwerk.engine.definition.DefinitionReader;
import de.typwerk.engine.definition.Mappers;
import de.typwerk.engine.report.ResultJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Typwerk over HTTP: the routes {@code typwerk serve} answers (docs/http.md). The answers and
 * results are those of the CLI, byte for byte: {@code POST /v1/score} gives what
 * {@code typwerk score --format json} prints, {@code POST /v1/batch} what {@code typwerk batch}
 * writes, and the questionnaire routes what {@code show --format json} and {@code template}
 * give. Every failure is one {@code application/problem+json} document (RFC 9457) with a status
 * that says whose fault it is, a title and detail in the request's language, and, where the
 * answers were refused, each problem with its line and column; never a stack trace.
 *
 * <p>The language of messages: {@code ?lang=}, else the best of {@code Accept-Language}, else
 * the server's. Thread-safe: requests are served side by side.
 */
final class HttpApi implements HttpHandler {

    /** Largest answers document {@code POST /v1/score} takes: the engine's limit for a document. */
    static final int MAX_ANSWERS_BYTES = Mappers.MAX_DOCUMENT_BYTES;
    /** Most of a refused request's body read (and dropped) so the client gets to read the answer. */
    static final long SWALLOW_BYTES = 2L * MAX_ANSWERS_BYTES;

    private static final String JSON = "application/json; charset=utf-8";
    private static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";
    /** Every route, as the 404 lists them; {@value #OPENAPI_RESOURCE} describes each. */
    static final List<String> ROUTES = List.of("GET /health", "GET /ready", "GET /metrics", "GET /v1/questionnaires", "GET /v1/questionnaires/{id}",
            "GET /v1/questionnaires/{id}/template", "GET /v1/questionnaires/{id}/answers.schema.json", "POST /v1/score",
            "POST /v1/validate", "POST /v1/batch", "GET /v1/openapi.json",
            "GET /v1/result.schema.json", "GET /v1/questionnaire.schema.json");
    /** The OpenAPI 3.1 description of the routes (a copy: docs/openapi.json). */
    static final String OPENAPI_RESOURCE = "de/typwerk/cli/openapi.json";
    private static final String SCHEMA_JSON = "application/schema+json; charset=utf-8";

    private final Map<Language, Typwerk> engines;
    private final Language fallback;
    private final Set<String> allowedOrigins;
    private final int batchThreads;
    private final Consumer<String> log;
    private final Mappers mappers;
    private final ObjectWriter json;
    private final QuestionnaireJson questionnaireJson;
    private final Map<Language, Texts> texts = new java.util.EnumMap<>(Language.class);
    private final AtomicInteger active = new AtomicInteger();
    private final Metrics metrics;
    private final LogFormat logFormat;
    /** Requests in flight but {@code /health}'s; more than {@link #maxRequests} get 503. */
    private final AtomicInteger working = new AtomicInteger();
    private volatile int maxRequests = Integer.MAX_VALUE;
    /** Answers scored side by side ({@code --threads}); more wait here, with their body read. */
    private volatile java.util.concurrent.Semaphore scoring = new java.util.concurrent.Semaphore(Integer.MAX_VALUE, true);
    private volatile boolean draining;
    /** The web self-test's pages ({@code /}, {@code /self-test/…}, {@code /assets/…}). */
    private final SelfTest selfTest;

    /**
     * @param engines      an engine per language, for messages in the request's language; all
     *                     with the same plugins
     * @param fallback     the language when the request names none we speak
     * @param batchThreads rows one {@code POST /v1/batch} scores side by side
     * @param log          takes one line per request: method, path, status, milliseconds
     */
    HttpApi(Map<Language, Typwerk> engines, Language fallback, int batchThreads, Consumer<String> log) {
        this(engines, fallback, batchThreads, log, Set.of());
    }

    /**
     * @param allowedOrigins origins whose web pages may call the routes (CORS), e.g.
     *                       {@code https://portal.example.de}, or {@code *} for any; empty: none
     */
    HttpApi(Map<Language, Typwerk> engines, Language fallback, int batchThreads, Consumer<String> log, Set<String> allowedOrigins) {
        this(engines, fallback, batchThreads, log, allowedOrigins, LogFormat.TEXT);
    }

    /** How each request is logged: a line of text, or a JSON object per line. */
    enum LogFormat {
        TEXT, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @param logFormat the form of the line per request {@code log} takes */
    HttpApi(Map<Language, Typwerk> engines, Language fallback, int batchThreads, Consumer<String> log, Set<String> allowedOrigins,
            LogFormat logFormat) {
        if (!engines.containsKey(fallback)) throw new IllegalArgumentException("no engine for " + fallback);
        this.engines = Map.copyOf(engines);
        this.fallback = fallback;
        this.allowedOrigins = Set.copyOf(allowedOrigins);
        this.batchThreads = batchThreads;
        this.log = log;
        this.mappers = new Mappers();
        this.json = mappers.json().writer();
        this.questionnaireJson = new QuestionnaireJson(mappers);
        this.selfTest = new SelfTest(mappers.json(), this::scored);
        for (Language l : Language.values()) texts.put(l, CliTexts.of(l));
        this.logFormat = logFormat;
        Typwerk engine = this.engines.get(fallback);
        this.metrics = new Metrics(() -> (int) engine.plugins().stream().filter(PluginEntry::loaded).count(),
                () -> (int) engine.plugins().stream().filter(p -> !p.loaded()).count());
    }

    @Override
    public void handle(HttpExchange exchange) {
        long start = System.nanoTime();
        Instant arrived = Instant.now();
        String note = "";
        String requestId = requestId(exchange);
        active.incrementAndGet();
        try {
            exchange.getResponseHeaders().set(REQUEST_ID, requestId);
            crossOrigin(exchange);
            boolean health = exchange.getRequestURI().getPath().equals("/health");
            if (draining) {
                exchange.getResponseHeaders().set("Connection", "close");
                sendProblem(exchange, new Failure(503, messages(fallback).get("http.stopping")), messages(fallback));
            } else if (health) {
                // a probe is cheap and must answer however busy the server is: not counted
                note = respond(exchange);
            } else if (working.incrementAndGet() > maxRequests) {
                working.decrementAndGet();
                Failure busy = new Failure(503, messages(fallback).get("http.busy", String.valueOf(maxRequests)));
                busy.headers.put("Retry-After", "1");
                sendProblem(exchange, busy, messages(fallback));
            } else {
                try {
                    note = respond(exchange);
                } finally {
                    working.decrementAndGet();
                }
            }
        } finally {
            try {
                exchange.close();
                long nanos = System.nanoTime() - start;
                String route = routeOf(exchange.getRequestURI().getPath());
                metrics.request(route, exchange.getResponseCode(), nanos);
                log.accept(logLine(arrived, requestId, exchange, route, nanos / 1_000_000, note));
            } finally {
                // last: once no request is active, a stopping server may end the process
                synchronized (this) {
                    if (active.decrementAndGet() == 0) notifyAll();
                }
            }
        }
    }

    /** The header that carries a request's id, in the request (kept if sane) and in every answer. */
    static final String REQUEST_ID = "X-Request-Id";
    private static final java.util.regex.Pattern SANE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** The client's {@code X-Request-Id} when it is a short token, else a new random one. */
    private static String requestId(HttpExchange exchange) {
        String given = exchange.getRequestHeaders().getFirst(REQUEST_ID);
        if (given != null && SANE_ID.matcher(given).matches()) return given;
        return String.format(Locale.ROOT, "%016x", java.util.concurrent.ThreadLocalRandom.current().nextLong());
    }

    /**
     * The log line of one request: arrival (UTC), request id, method, path, route, status,
     * milliseconds, and a note (the counts of a batch, a broken connection).
     */
    private String logLine(Instant arrived, String id, HttpExchange exchange, String route, long millis, String note) {
        if (logFormat == LogFormat.TEXT) {
            return arrived + " " + id + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " "
                    + exchange.getResponseCode() + " " + millis + " ms" + note;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", arrived.toString());
        line.put("id", id);
        line.put("method", exchange.getRequestMethod());
        line.put("path", exchange.getRequestURI().getRawPath());
        line.put("route", route);
        line.put("status", exchange.getResponseCode());
        line.put("ms", millis);
        if (!note.isEmpty()) line.put("note", note.strip());
        try {
            return json.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The route template of {@link #ROUTES} a path belongs to (whatever the method), or {@code other}. */
    static String routeOf(String path) {
        List<String> given = segments(path);
        for (String route : ROUTES) {
            List<String> pattern = segments(route.substring(route.indexOf(' ') + 1));
            if (pattern.size() != given.size()) continue;
            boolean matches = true;
            for (int i = 0; i < pattern.size() && matches; i++) {
                matches = pattern.get(i).startsWith("{") || pattern.get(i).equals(given.get(i));
            }
            if (matches) return route;
        }
        return "other";
    }

    /**
     * At most {@code scoring} answers scored side by side, at most {@code requests} requests in
     * flight (more get 503 with {@code Retry-After}); set before the server starts.
     */
    void limit(int scoring, int requests) {
        this.scoring = new java.util.concurrent.Semaphore(scoring, true);
        this.maxRequests = requests;
    }

    /**
     * Refuses every request from now on (503) and waits until those in flight are answered, for
     * up to {@code grace}.
     *
     * @return whether none is left in flight
     */
    boolean drain(Duration grace) throws InterruptedException {
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
    int active() {
        return active.get();
    }

    /** Answers the request; returns a note for the log line (empty, or the counts of a batch). */
    private String respond(HttpExchange exchange) {
        Language language = fallback;
        try {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery(), messages(language));
            language = language(exchange, query);
            return route(exchange, new Call(exchange, query, language, engines.get(language), messages(language)));
        } catch (Preflight p) {
            // what the route allows; the CORS headers, where the origin may call, are set already
            exchange.getResponseHeaders().set("Allow", p.method + ", OPTIONS");
            if (exchange.getResponseHeaders().containsKey("Access-Control-Allow-Origin")) {
                exchange.getResponseHeaders().set("Access-Control-Allow-Methods", p.method);
                exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Content-Type, Accept-Language");
                exchange.getResponseHeaders().set("Access-Control-Max-Age", "600");
            }
            try {
                exchange.sendResponseHeaders(204, -1);
            } catch (IOException e) {
                return " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
            }
        } catch (Failure f) {
            sendProblem(exchange, f, messages(language));
        } catch (IOException e) {
            // the client went away (or sent a broken request body): nobody to answer
            return " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        } catch (RuntimeException e) {
            Texts m = messages(language);
            sendProblem(exchange, new Failure(500, m.get("error.unexpected")), m);
            return " (" + e + ")";
        }
        return "";
    }

    private record Call(HttpExchange exchange, Map<String, String> query, Language language, Typwerk engine,
                        Texts messages) {

        Optional<String> parameter(String name) {
            return Optional.ofNullable(query.get(name));
        }
    }

    private String route(HttpExchange exchange, Call call) throws Failure, IOException {
        List<String> path = segments(exchange.getRequestURI().getPath());
        if (SelfTest.serves(path)) {
            selfTest.respond(exchange, path, call.language(), call.engine());
        } else if (path.equals(List.of("health"))) {
            if (call.exchange().getRequestMethod().equals("HEAD")) {
                // a probe that asks for the status only: 200, no body
                expect(call, "HEAD");
                call.exchange().getResponseHeaders().set("Content-Type", JSON);
                languageHeaders(call);
                call.exchange().sendResponseHeaders(200, -1);
                return "";
            }
            expect(call, "GET");
            health(call);
        } else if (path.equals(List.of("ready"))) {
            expect(call, "GET");
            ready(call);
        } else if (path.equals(List.of("metrics"))) {
            expect(call, "GET");
            send(call, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.text());
        } else if (path.equals(List.of("v1", "questionnaires"))) {
            expect(call, "GET");
            listing(call);
        } else if (path.size() == 3 && path.subList(0, 2).equals(List.of("v1", "questionnaires"))) {
            expect(call, "GET", "resolved");
            questionnaire(call, path.get(2));
        } else if (path.size() == 4 && path.subList(0, 2).equals(List.of("v1", "questionnaires")) && path.get(3).equals("template")) {
            expect(call, "GET", "format");
            template(call, path.get(2));
        } else if (path.size() == 4 && path.subList(0, 2).equals(List.of("v1", "questionnaires"))
                && path.get(3).equals("answers.schema.json")) {
            expect(call, "GET");
            LoadedQuestionnaire loaded = loaded(call, path.get(2));
            send(call, 200, SCHEMA_JSON, new AnswersSchema(call.engine().messages()).json(loaded, call.engine().questionnaires()));
        } else if (path.equals(List.of("v1", "score"))) {
            expect(call, "POST", "strategy");
            score(call);
        } else if (path.equals(List.of("v1", "validate"))) {
            expect(call, "POST");
            validate(call);
        } else if (path.equals(List.of("v1", "batch"))) {
            expect(call, "POST", "format", "detail", "strategy");
            return batch(call);
        } else if (path.equals(List.of("v1", "openapi.json"))) {
            expect(call, "GET");
            send(call, 200, JSON, resource(OPENAPI_RESOURCE));
        } else if (path.equals(List.of("v1", "result.schema.json"))) {
            expect(call, "GET");
            send(call, 200, SCHEMA_JSON, new String(ResultJson.schema(), StandardCharsets.UTF_8));
        } else if (path.equals(List.of("v1", "questionnaire.schema.json"))) {
            expect(call, "GET");
            send(call, 200, SCHEMA_JSON, resource(DefinitionReader.SCHEMA_RESOURCE));
        } else {
            throw new Failure(404, call.messages().get("http.no-route", exchange.getRequestURI().getPath(), String.join(", ", ROUTES)));
        }
        return "";
    }

    // ---- routes ----

    /** A text resource of Typwerk's own (the OpenAPI description, the published schemas). */
    private static String resource(String name) throws IOException {
        try (InputStream in = HttpApi.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing from the build: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void health(Call call) throws IOException {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("status", "ok");
        status.put("typwerk", VersionInfo.typwerkVersion());
        status.put("questionnaires", call.engine().questionnaires().size());
        send(call, 200, JSON, write(status));
    }

    /**
     * Whether this server should get traffic: 200 when every plugin loaded and there is a
     * questionnaire to score, else 503; either way the plugins loaded and those refused, with why.
     */
    private void ready(Call call) throws IOException {
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
        send(call, ready ? 200 : 503, JSON, write(status));
    }

    /** One loaded questionnaire in {@code GET /v1/questionnaires}. */
    @JsonPropertyOrder({"id", "version", "title", "locales", "strategies", "base", "plugin", "contentHash"})
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    record Listed(String id, String version, LocalizedText title, List<String> locales, List<String> strategies,
                  Optional<String> base, String plugin, String contentHash) {
    }

    private void listing(Call call) throws IOException {
        List<Listed> listed = new ArrayList<>();
        for (LoadedQuestionnaire l : call.engine().questionnaires()) {
            Questionnaire q = l.questionnaire();
            listed.add(new Listed(q.id(), q.version(), q.title(), q.locales(), call.engine().strategiesFor(l),
                    l.base().map(b -> b.coordinates()), l.pluginId(), l.contentHash()));
        }
        send(call, 200, JSON, write(listed));
    }

    private void questionnaire(Call call, String id) throws Failure, IOException {
        LoadedQuestionnaire loaded = loaded(call, id);
        boolean resolved = flag(call, "resolved");
        boolean asWritten = loaded.isVariant() && !resolved;
        // the content hash names the definition's bytes: a client that has them need not fetch them again
        String tag = "\"" + loaded.contentHash() + (asWritten ? "" : ";resolved") + "\"";
        call.exchange().getResponseHeaders().set("ETag", tag);
        String cached = call.exchange().getRequestHeaders().getFirst("If-None-Match");
        if (cached != null && (cached.strip().equals("*") || List.of(cached.split(",")).stream().map(String::strip).anyMatch(tag::equals))) {
            languageHeaders(call);
            call.exchange().sendResponseHeaders(304, -1);
            return;
        }
        Questionnaire shown = asWritten ? loaded.definition() : QuestionnaireJson.standalone(loaded.questionnaire());
        send(call, 200, JSON, questionnaireJson.write(shown) + "\n");
    }

    private void template(Call call, String id) throws Failure, IOException {
        LoadedQuestionnaire loaded = loaded(call, id);
        String format = call.parameter("format").orElse("json");
        AnswersTemplate template = new AnswersTemplate(loaded.questionnaire(), call.messages());
        switch (format) {
            case "json" -> send(call, 200, JSON, template.json(mappers) + "\n");
            case "yaml" -> send(call, 200, "application/yaml; charset=utf-8",
                    template.yaml("typwerk score typwerk-" + loaded.questionnaire().id() + "-answers.yaml"));
            case "csv" -> send(call, 200, "text/csv; charset=utf-8", new CsvLayout(loaded.questionnaire()).header() + "\n");
            default -> throw badValue(call, "format", format, "json, yaml, csv");
        }
    }

    /** Runs a scoring in one of the {@code --threads} slots, waiting for one. */
    private ScoreRun scored(java.util.function.Supplier<ScoreRun> scoring) throws IOException {
        try {
            scoring().acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to score", e);
        }
        try {
            return scoring.get();
        } finally {
            scoring().release();
        }
    }

    private java.util.concurrent.Semaphore scoring() {
        return scoring;
    }

    private void score(Call call) throws Failure, IOException {
        String source = switch (answersFormat(call)) {
            case "yaml" -> "answers.yaml";
            default -> "answers.json";
        };
        byte[] answers = body(call);
        ScoreRun run;
        // the body is read first: a slow client holds no scoring slot
        try {
            scoring.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to score", e);
        }
        try {
            run = call.engine().score(source, answers, call.parameter("strategy").map(String::strip));
        } finally {
            scoring.release();
        }
        if (run instanceof ScoreRun.Done done) {
            // warnings (e.g. answers to another version of the questionnaire) as codes: header values are ASCII
            done.problems().forEach(p -> call.exchange().getResponseHeaders().add("Typwerk-Warning", p.code()));
            metrics.scored(done.result().questionnaire().id() + "@" + done.result().questionnaire().version(),
                    done.result().strategy().id());
            send(call, 200, JSON, call.engine().resultJson().write(done.result()) + "\n");
            return;
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
        throw new Failure(422, m.get("http.refused"), m.get("http.refused.detail", String.valueOf(run.problems().size())),
                run.problems());
    }

    /**
     * Reads the answers as {@code POST /v1/score} does, without scoring them: 200 with the
     * warnings when nothing is wrong, else the very 422 problem document a score would get.
     */
    private void validate(Call call) throws Failure, IOException {
        String source = switch (answersFormat(call)) {
            case "yaml" -> "answers.yaml";
            default -> "answers.json";
        };
        AnswersRead read = call.engine().readAnswers(source, body(call));
        Texts m = call.messages();
        if (!read.ok()) {
            throw new Failure(422, m.get("http.refused"), m.get("http.refused.detail", String.valueOf(read.problems().size())),
                    read.problems());
        }
        read.problems().forEach(p -> call.exchange().getResponseHeaders().add("Typwerk-Warning", p.code()));
        Map<String, Object> verdict = new LinkedHashMap<>();
        verdict.put("valid", true);
        verdict.put("warnings", new ProblemReport(read.problems(), call.messages().language().locale()).entries());
        send(call, 200, JSON, write(verdict));
    }

    private String batch(Call call) throws Failure, IOException {
        Texts m = call.messages();
        BatchFormat from = batchFormat(call);
        BatchFormat to = switch (call.parameter("format").orElse("jsonl")) {
            case "jsonl" -> BatchFormat.JSONL;
            case "csv" -> BatchFormat.CSV;
            default -> throw badValue(call, "format", call.query().get("format"), "jsonl, csv");
        };
        String detailName = call.parameter("detail").orElse("full");
        BatchDetail detail = BatchDetail.of(detailName).orElseThrow(() -> badValue(call, "detail", detailName, "full, compact"));
        Optional<String> strategy = call.parameter("strategy").map(String::strip);
        if (strategy.isPresent() && call.engine().strategies().find(strategy.get()).isEmpty()) {
            throw new Failure(400, m.get("http.strategy"),
                    m.get("error.batch.unknown-strategy", strategy.get(), String.join(", ", call.engine().strategies().ids())));
        }
        BatchInput.Opening opening = new BatchInput(call.engine()).open(call.exchange().getRequestBody(), from);
        if (opening instanceof BatchInput.Refused refused) {
            throw new Failure(422, m.get("http.batch-refused"), String.join(" ", refused.reasons()));
        }
        BatchInput.Ready ready = (BatchInput.Ready) opening;
        HttpExchange exchange = call.exchange();
        exchange.getResponseHeaders().set("Content-Type", to == BatchFormat.CSV ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
        languageHeaders(call);
        // the length is not known: chunked, each row sent as it is scored
        exchange.sendResponseHeaders(200, 0);
        BatchSummary summary;
        try (OutputStream out = exchange.getResponseBody()) {
            summary = new Batch(call.engine()).run(ready.rows(), out, new Batch.Options(to, strategy, batchThreads, detail),
                    BatchProgress.NONE);
        }
        return " (" + summary.rows() + " rows, " + summary.errors() + " errors)";
    }

    // ---- request parts ----

    /**
     * The request's parameters; one value each. Percent-encoding is decoded; a parameter given
     * twice, or not decodable, is a bad request.
     */
    private static Map<String, String> query(String raw, Texts m) throws Failure {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return query;
        for (String pair : raw.split("&", -1)) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new Failure(400, m.get("http.bad-query", pair));
            }
            if (query.put(name, value) != null) throw new Failure(400, m.get("http.repeated-parameter", name));
        }
        return query;
    }

    /** {@code ?lang=}, else the best match of {@code Accept-Language} (an unreadable one is ignored), else the server's. */
    private Language language(HttpExchange exchange, Map<String, String> query) throws Failure {
        String asked = query.get("lang");
        if (asked != null) {
            return Language.of(asked).orElseThrow(() -> new Failure(400, messages(fallback).get("http.bad-value", "lang", asked, "de, en")));
        }
        String accepted = exchange.getRequestHeaders().getFirst("Accept-Language");
        if (accepted == null || accepted.isBlank()) return fallback;
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(accepted), List.of("de", "en"));
            return best == null ? fallback : Language.of(best).orElse(fallback);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** The method must be {@code method}, every parameter one of {@code parameters} or {@code lang}. */
    private static void expect(Call call, String method, String... parameters) throws Failure {
        if (call.exchange().getRequestMethod().equals("OPTIONS")) throw new Preflight(method);
        if (!call.exchange().getRequestMethod().equals(method)) {
            Failure f = new Failure(405, call.messages().get("http.method", call.exchange().getRequestMethod(), method));
            f.headers.put("Allow", method);
            throw f;
        }
        Set<String> known = new TreeSet<>(List.of(parameters));
        known.add("lang");
        for (String name : call.query().keySet()) {
            if (!known.contains(name)) {
                throw new Failure(400, call.messages().get("http.unknown-parameter", name, String.join(", ", known)));
            }
        }
    }

    private static boolean flag(Call call, String name) throws Failure {
        Optional<String> value = call.parameter(name);
        if (value.isEmpty() || value.get().equals("true") || value.get().isEmpty()) return value.isPresent();
        if (value.get().equals("false")) return false;
        throw badValue(call, name, value.get(), "true, false");
    }

    private static Failure badValue(Call call, String name, String value, String allowed) {
        return new Failure(400, call.messages().get("http.bad-value", name, value, allowed));
    }

    private static LoadedQuestionnaire loaded(Call call, String id) throws Failure {
        Optional<LoadedQuestionnaire> loaded = call.engine().questionnaire(id);
        if (loaded.isPresent()) return loaded.get();
        throw new Failure(404, call.messages().unknownQuestionnaire(call.engine(), id));
    }

    /** {@code json} or {@code yaml}, from the request's {@code Content-Type}; else 415. */
    private static String answersFormat(Call call) throws Failure {
        MediaType type = MediaType.of(call, "application/json, application/yaml");
        if (type.name().equals("application/json") || type.name().endsWith("+json")) return "json";
        if (Set.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml").contains(type.name())) return "yaml";
        throw unsupported(call, type.name(), "application/json, application/yaml");
    }

    private static BatchFormat batchFormat(Call call) throws Failure {
        String allowed = "application/x-ndjson, application/jsonl, text/csv";
        MediaType type = MediaType.of(call, allowed);
        if (Set.of("application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines")
                .contains(type.name())) {
            return BatchFormat.JSONL;
        }
        if (type.name().equals("text/csv")) return BatchFormat.CSV;
        throw unsupported(call, type.name(), allowed);
    }

    private static Failure unsupported(Call call, String type, String allowed) {
        return new Failure(415, call.messages().get("http.media-type", type, allowed));
    }

    /**
     * A {@code Content-Type}: its name in lower case; a charset other than UTF-8, or a body sent
     * compressed ({@code Content-Encoding}), is refused.
     */
    private record MediaType(String name) {

        static MediaType of(Call call, String allowed) throws Failure {
            String header = call.exchange().getRequestHeaders().getFirst("Content-Type");
            if (header == null || header.isBlank()) throw new Failure(415, call.messages().get("http.no-media-type", allowed));
            String encoding = call.exchange().getRequestHeaders().getFirst("Content-Encoding");
            if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
                throw new Failure(415, call.messages().get("http.encoding", encoding.strip()));
            }
            String[] parts = header.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            for (int i = 1; i < parts.length; i++) {
                String[] parameter = parts[i].split("=", 2);
                if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
                    String charset = parameter[1].strip().replace("\"", "");
                    if (!charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
                        throw new Failure(415, call.messages().get("http.charset", charset));
                    }
                }
            }
            return new MediaType(name);
        }
    }

    /**
     * The whole request body, at most {@link #MAX_ANSWERS_BYTES}; more is 413 (what is left of
     * it is swallowed with the answer, see {@link #swallow}).
     */
    private static byte[] body(Call call) throws Failure, IOException {
        byte[] body = call.exchange().getRequestBody().readNBytes(MAX_ANSWERS_BYTES + 1);
        if (body.length > MAX_ANSWERS_BYTES) throw tooLarge(call.messages());
        return body;
    }

    private static Failure tooLarge(Texts m) {
        return new Failure(413, m.get("http.too-large", String.valueOf(MAX_ANSWERS_BYTES)));
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String s : (path == null ? "" : path).split("/")) {
            if (!s.isEmpty()) segments.add(s);
        }
        return segments;
    }

    // ---- responses ----

    private Texts messages(Language language) {
        return texts.get(language);
    }

    private String write(Object value) throws JsonProcessingException {
        return json.writeValueAsString(value) + "\n";
    }

    private static void languageHeaders(Call call) {
        call.exchange().getResponseHeaders().set("Content-Language", call.language().tag());
        call.exchange().getResponseHeaders().add("Vary", "Accept-Language");
    }

    private static void send(Call call, int status, String contentType, String body) throws IOException {
        call.exchange().getResponseHeaders().set("Content-Type", contentType);
        languageHeaders(call);
        send(call.exchange(), status, body);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /**
     * Reads what the client is still sending of the request body, up to {@link #SWALLOW_BYTES},
     * so that it reads an early answer (413, 415, …) instead of a reset connection; a larger
     * rest gets the answer with {@code Connection: close}.
     */
    private static void swallow(HttpExchange exchange) {
        byte[] buffer = new byte[8192];
        long left = SWALLOW_BYTES;
        try {
            InputStream in = exchange.getRequestBody();
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) left -= n;
            if (left <= 0 && in.read() >= 0) exchange.getResponseHeaders().set("Connection", "close");
        } catch (IOException e) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
    }

    /** The problem document, unless a response has begun already (then the connection just ends). */
    private void sendProblem(HttpExchange exchange, Failure f, Texts m) {
        if (exchange.getResponseCode() != -1) return;
        swallow(exchange);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("status", f.status);
        document.put("title", f.title.orElse(m.get("http.status." + f.status)));
        document.put("detail", f.detail);
        if (!f.problems.isEmpty()) document.put("problems", new ProblemReport(f.problems, m.language().locale()).entries());
        try {
            exchange.getResponseHeaders().set("Content-Type", PROBLEM_JSON);
            exchange.getResponseHeaders().set("Content-Language", m.language().tag());
            f.headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            send(exchange, f.status, write(document));
        } catch (IOException e) {
            // the client went away: nobody to tell
        }
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
        exchange.getResponseHeaders().set("Access-Control-Expose-Headers", "Content-Language, Typwerk-Warning");
    }

    /** A CORS preflight ({@code OPTIONS}) of a known route, whose method it names. */
    private static final class Preflight extends Failure {

        final String method;

        Preflight(String method) {
            super(204, "");
            this.method = method;
        }
    }

    /** A request that gets a problem document instead of what it asked for. */
    static class Failure extends Exception {

        final int status;
        final Optional<String> title;
        final String detail;
        final List<Problem> problems;
        final Map<String, String> headers = new LinkedHashMap<>();

        Failure(int status, String detail) {
            this(status, null, detail, List.of());
        }

        Failure(int status, String title, String detail) {
            this(status, title, detail, List.of());
        }

        Failure(int status, String title, String detail, List<Problem> problems) {
            super(detail, null, false, false);
            this.status = status;
            this.title = Optional.ofNullable(title);
            this.detail = detail;
            this.problems = problems;
        }
    }
}
