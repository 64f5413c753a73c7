package de.typwerk.server;

import static org.assertj.core.api.Assertions.assertThat;

import de.typwerk.engine.Typwerk;
import de.typwerk.presentation.Language;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What careless and hostile clients send, and what they get: the methods HTTP says every server
 * takes, headers that are malformed, queries a person typed into a page's address. Each answer is
 * the documented status with one message, in a problem document (or, on the self-test's pages,
 * an error page), and nothing on the server's standard error but its request lines.
 */
@Timeout(120)
class HttpEdgesTest {

    private static final String OEFIT = "oefit-digitalisierungstypen";

    private static Map<Language, Typwerk> engines;
    private static HttpApi api;
    private static TypwerkServer server;
    private static final HttpClient client = HttpClient.newHttpClient();
    /** What the JDK's HTTP server logs (through java.util.logging, to standard error by default). */
    private static final List<LogRecord> jdkLog = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final Logger JDK_SERVER = Logger.getLogger("com.sun.net.httpserver");
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.INFO.intValue()) jdkLog.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void start() throws IOException {
        JDK_SERVER.addHandler(CAPTURE);
        engines = new EnumMap<>(Language.class);
        for (Language l : Language.values()) engines.put(l, Typwerk.builder().locale(l.locale()).build());
        api = new HttpApi(engines, Language.DE, 1);
        server = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 2, api);
    }

    @AfterAll
    static void stop() {
        server.close();
        engines.values().forEach(Typwerk::close);
        JDK_SERVER.removeHandler(CAPTURE);
    }

    private static HttpResponse<byte[]> send(String method, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.uri() + path.substring(1)))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) request.headers(headers);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.uri() + path.substring(1)))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void head_on_every_get_route_answers_as_get_does_without_the_body_and_without_a_warning_on_standard_error() throws Exception {
        List<String> paths = new ArrayList<>();
        for (String route : api.routeNames()) {
            if (route.startsWith("GET ")) paths.add(route.substring(4).replace("{id}", OEFIT));
        }
        paths.add("/v1/questionnaires/nix");
        paths.add("/gibt/es/nicht");
        paths.add("/self-test/nix");

        for (String path : paths) {
            HttpResponse<byte[]> get = send("GET", path);
            HttpResponse<byte[]> head = send("HEAD", path);

            assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(get.statusCode());
            assertThat(head.headers().firstValue("Content-Type")).as("HEAD " + path).isEqualTo(get.headers().firstValue("Content-Type"));
            assertThat(head.body()).as("HEAD " + path).isEmpty();
            if (!path.equals("/metrics")) {
                assertThat(head.headers().firstValueAsLong("Content-Length")).as("HEAD " + path).hasValue(get.body().length);
            }
        }
        assertThat(send("PUT", "/v1/questionnaires").headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
        assertThat(jdkLog).extracting(LogRecord::getMessage).isEmpty();
    }

    @Test
    void a_wrong_method_on_the_api_is_told_exactly_the_methods_its_allow_header_names_in_either_language() throws Exception {
        for (String route : api.routeNames()) {
            String path = route.substring(route.indexOf(' ') + 1).replace("{id}", OEFIT);
            if (!path.startsWith("/v1/") && !path.equals("/health") && !path.equals("/ready") && !path.equals("/metrics")) continue;
            for (String lang : List.of("de", "en")) {
                HttpResponse<byte[]> r = send("DELETE", path + "?lang=" + lang);
                String allow = r.headers().firstValue("Allow").orElseThrow();
                String detail = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).path("detail").asText();

                assertThat(r.statusCode()).as(path).isEqualTo(405);
                assertThat(allow).as(path).endsWith(", OPTIONS");
                // "only POST" beside an Allow of "POST, OPTIONS" told a client OPTIONS does not work, where it answers 204
                assertThat(detail).as(path + " " + lang).endsWith(" " + allow + ".");
            }
        }
    }

    @Test
    void every_operation_documents_the_status_and_media_type_of_a_wrong_language_and_its_path_those_of_a_wrong_method()
            throws Exception {
        com.fasterxml.jackson.databind.JsonNode description = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(send("GET", "/v1/openapi.json").body());
        com.fasterxml.jackson.databind.JsonNode paths = description.path("paths");
        List<String> undocumented = new ArrayList<>();
        for (var path = paths.fields(); path.hasNext(); ) {
            var entry = path.next();
            String uri = entry.getKey().replace("{id}", OEFIT);
            boolean wrongMethodDocumented = false;
            HttpResponse<byte[]> wrongMethod = send("PUT", uri);
            for (var operation = entry.getValue().fields(); operation.hasNext(); ) {
                var op = operation.next();
                HttpResponse<byte[]> r = send(op.getKey().toUpperCase(java.util.Locale.ROOT), uri + "?lang=fr");
                if (!documents(description, op.getValue(), r)) undocumented.add(op.getKey() + " " + uri + "?lang=fr: " + r.statusCode() + " " + type(r));
                wrongMethodDocumented |= documents(description, op.getValue(), wrongMethod);
            }
            if (!wrongMethodDocumented) undocumented.add("put " + uri + ": " + wrongMethod.statusCode() + " " + type(wrongMethod));
            // the methods the path takes, which the 405 names in Allow, are declared with it by every operation of the path
            for (var operation = entry.getValue().fields(); operation.hasNext(); ) {
                var op = operation.next();
                com.fasterxml.jackson.databind.JsonNode refusal = op.getValue().path("responses").path("405");
                if (refusal.has("$ref")) refusal = description.at(refusal.get("$ref").asText().substring(1));
                if (!refusal.isMissingNode() && !refusal.path("headers").has("Allow")) undocumented.add(op.getKey() + " " + uri + ": 405 without Allow");
            }
            assertThat(wrongMethod.headers().firstValue("Allow")).as("put " + uri).isPresent();
        }
        assertThat(undocumented).isEmpty();
    }

    private static String type(HttpResponse<byte[]> r) {
        return r.headers().firstValue("Content-Type").orElse("").replace("; charset=utf-8", "");
    }

    private static boolean documents(com.fasterxml.jackson.databind.JsonNode description, com.fasterxml.jackson.databind.JsonNode operation,
                                     HttpResponse<byte[]> r) {
        com.fasterxml.jackson.databind.JsonNode response = operation.path("responses").path(String.valueOf(r.statusCode()));
        if (response.has("$ref")) response = description.at(response.get("$ref").asText().substring(1));
        return response.path("content").has(type(r));
    }

    @Test
    void what_a_post_of_the_api_answers_says_no_cache_may_keep_it_its_refusals_too_and_a_questionnaire_stays_cacheable() throws Exception {
        String answers = "{\"questionnaire\": \"" + OEFIT + "\", \"version\": \"1.0.0\", \"answers\": {\"art\": \"stadt\"}}";
        Map<String, HttpResponse<byte[]>> posts = new java.util.LinkedHashMap<>();
        for (String path : List.of("/v1/score", "/v1/validate", "/v1/batch")) {
            for (String body : List.of(answers, "{\"questionnaire\": ")) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.uri() + path.substring(1)))
                        .header("Content-Type", path.endsWith("batch") ? "application/x-ndjson" : "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body + "\n")).build();
                posts.put(path + " " + body, client.send(request, HttpResponse.BodyHandlers.ofByteArray()));
            }
        }

        assertThat(posts.values()).extracting(HttpResponse::statusCode).contains(200, 422);
        posts.forEach((call, answer) -> assertThat(answer.headers().allValues("Cache-Control")).as(call + " " + answer.statusCode())
                .containsExactly("no-store"));
        assertThat(send("GET", "/v1/questionnaires/" + OEFIT).headers().allValues("Cache-Control")).isEmpty();
    }

    @Test
    void the_description_declares_the_no_store_that_every_refusal_of_a_post_of_the_api_is_sent_with() throws Exception {
        com.fasterxml.jackson.databind.JsonNode description = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(send("GET", "/v1/openapi.json").body());
        byte[] answers = ("{\"questionnaire\": \"" + OEFIT + "\", \"version\": \"1.0.0\", \"answers\": {\"fokus\": 9}}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] persona = java.nio.file.Files.readAllBytes(Repository.persona("optimierer"));
        List<String> undeclared = new ArrayList<>();
        for (String path : List.of("/v1/score", "/v1/validate", "/v1/batch")) {
            String type = path.endsWith("batch") ? "application/x-ndjson" : "application/json";
            // {query, Content-Type, Accept}: a 400, a 415, a 406 (of answers that read) and, but for the batch (whose rows are 200), a 422
            String[][] refusals = {{"?nix=1", type, "*/*"}, {"", "text/plain", "*/*"}, {"", "application/yaml", "image/png"}, {"", type, "*/*"}};
            for (String[] r : refusals) {
                byte[] body = r[1].equals("application/yaml") ? persona : answers;
                if (path.endsWith("batch") && body == persona) continue;
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.uri() + path.substring(1) + r[0]))
                        .header("Content-Type", r[1]).header("Accept", r[2]).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
                HttpResponse<byte[]> answer = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() == 200) continue;
                assertThat(answer.headers().allValues("Cache-Control")).as(path + " " + answer.statusCode()).containsExactly("no-store");
                com.fasterxml.jackson.databind.JsonNode response = description.at("/paths/" + path.replace("/", "~1") + "/post/responses/"
                        + answer.statusCode());
                if (response.has("$ref")) response = description.at(response.get("$ref").asText().substring(1));
                if (!response.path("headers").has("Cache-Control")) undeclared.add("POST " + path + " " + answer.statusCode());
            }
        }
        HttpResponse<byte[]> batch406 = client.send(HttpRequest.newBuilder(URI.create(server.uri() + "v1/batch"))
                .header("Content-Type", "application/x-ndjson").header("Accept", "image/png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(answers)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(batch406.statusCode()).isEqualTo(406);
        assertThat(description.at("/components/responses/NotAcceptable/headers").has("Cache-Control")).isTrue();
        assertThat(undeclared).isEmpty();
    }

    @Test
    void a_path_that_starts_with_two_slashes_is_the_path_as_asked_for_not_a_host_and_what_follows() throws Exception {
        // a proxy that joins a base ending in '/' with '/v1/…' sends '//v1/…' ('/v1//…' was read already);
        // HttpClient sends such a path with one slash, so it goes over a socket as written
        String doubled = raw("GET //v1/questionnaires HTTP/1.1");
        assertThat(doubled).startsWith("HTTP/1.1 200 ");
        assertThat(doubled.substring(doubled.indexOf("\r\n\r\n") + 4))
                .isEqualTo(new String(send("GET", "/v1/questionnaires").body(), StandardCharsets.UTF_8));

        String unknown = raw("GET //v1/nix HTTP/1.1");
        assertThat(unknown).startsWith("HTTP/1.1 404 ").contains("There is nothing at “//v1/nix”");
    }

    /** The answer to {@code requestLine} with English problem documents, sent as written over a connection of its own. */
    private static String raw(String requestLine) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nAccept-Language: en\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_body_whose_chunks_are_framed_wrongly_gets_a_400_saying_so_not_a_connection_closed_without_an_answer() throws Exception {
        for (String chunks : List.of("ZZ\r\nabc\r\n0\r\n\r\n", "2\r\n{}xx\r\n0\r\n\r\n")) {
            String answer;
            try (java.net.Socket socket = new java.net.Socket(server.uri().getHost(), server.uri().getPort())) {
                socket.setSoTimeout(5_000);
                socket.getOutputStream().write(("POST /v1/score HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks).getBytes(StandardCharsets.US_ASCII));
                // the answer at once (the connection ends at the request deadline, what the broken framing announced not awaited)
                java.io.InputStream in = socket.getInputStream();
                StringBuilder head = new StringBuilder();
                while (head.indexOf("\r\n\r\n") < 0) {
                    int c = in.read();
                    assertThat(c).as(chunks).isNotNegative();
                    head.append((char) c);
                }
                int length = Integer.parseInt(head.toString().replaceAll("(?is).*content-length: *(\\d+).*", "$1"));
                answer = head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
            }

            assertThat(answer).as(chunks).startsWith("HTTP/1.1 400 ").containsIgnoringCase("Connection: close")
                    .contains("\"detail\" : \"The request’s body is sent in chunks (Transfer-Encoding: chunked) whose framing is broken:"
                            + " each chunk is preceded by its length as a hexadecimal number on a line of its own, and 0 ends them.\"");
        }
    }

    @Test
    void the_requests_the_jdk_refuses_before_a_route_are_those_docs_http_md_lists_and_the_server_answers_after_them() throws Exception {
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("`/v1/%zz`", "GET /v1/%zz HTTP/1.1");
        refused.put("not a number", "POST /v1/score HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: zwei");
        refused.put("negative", "POST /v1/score HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: -1");
        refused.put("beyond 2^63 bytes", "POST /v1/score HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 99999999999999999999");
        refused.put("`OPTIONS *`", "OPTIONS * HTTP/1.1");
        String documented = java.nio.file.Files.readString(java.nio.file.Path.of("../../docs/http.md"))
                .replaceAll("\\s+", " ");
        String paragraph = documented.substring(documented.indexOf("A few requests never reach Typwerk"));
        paragraph = paragraph.substring(0, paragraph.indexOf(" status `-1`"));

        for (var request : refused.entrySet()) {
            assertThat(raw(request.getValue())).as(request.getValue()).matches("(?s)HTTP/1\\.1 40[04] .*<h1>.*");
            assertThat(paragraph).as("docs/http.md names it").contains(request.getKey());
        }
        // a byte Java's URI takes for a control character (0x80 to 0x9F: the UTF-8 of ß, Ä, Ö, Ü, €), sent unescaped
        assertThat(utf8("GET /v1/questionnaires/straße HTTP/1.1")).matches("(?s)HTTP/1\\.1 400 .*<h1>.*");
        assertThat(paragraph).as("docs/http.md names it").contains("`ß`");
        assertThat(send("GET", "/health").statusCode()).isEqualTo(200);
    }

    @Test
    void an_escaped_slash_is_part_of_its_segment_not_a_slash_between_two() throws Exception {
        // RFC 3986, 2.2: '%2F' is data; read as '/', the id 'oefit…%2Ftemplate' reached the template's route
        String template = raw("GET /v1/questionnaires/" + OEFIT + "%2Ftemplate HTTP/1.1");
        assertThat(template).startsWith("HTTP/1.1 404 ").contains("application/problem+json")
                .contains("There is no questionnaire “" + OEFIT + "/template”.");

        String score = raw("POST /v1%2Fscore HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 0");
        assertThat(score).startsWith("HTTP/1.1 404 ").contains("application/problem+json").contains("There is nothing at “/v1%2Fscore”");

        String health = raw("GET /%2Fhealth HTTP/1.1");
        assertThat(health).startsWith("HTTP/1.1 404 ").contains("There is nothing at “/%2Fhealth”");
        assertThat(raw("GET /v1/questionnaires/" + OEFIT.replace("-", "%2D") + "/template HTTP/1.1")).startsWith("HTTP/1.1 200 ");
    }

    @Test
    void a_batch_refused_as_a_whole_places_each_reason_in_the_body_as_refused_answers_are() throws Exception {
        HttpResponse<String> missing = post("/v1/batch?lang=en", "text/csv", "foo,bar\n1,2\n");
        HttpResponse<String> twice = post("/v1/batch?lang=en", "text/csv", "questionnaire,version,questionnaire\n");

        assertThat(missing.statusCode()).isEqualTo(422);
        com.fasterxml.jackson.databind.JsonNode problems = new com.fasterxml.jackson.databind.ObjectMapper().readTree(missing.body()).path("problems");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).toString()).isEqualTo("{\"severity\":\"error\",\"code\":\"input-refused\",\"message\":\"The column"
                + " 'questionnaire' is missing from the header.\",\"source\":\"rows.csv\",\"line\":1,\"column\":0,\"pointer\":\"\"}");
        assertThat(problems.get(1).path("message").asText()).isEqualTo("The column 'version' is missing from the header.");
        com.fasterxml.jackson.databind.JsonNode duplicate = new com.fasterxml.jackson.databind.ObjectMapper().readTree(twice.body())
                .path("problems").get(0);
        assertThat(duplicate.path("line").asInt()).isEqualTo(1);
        assertThat(duplicate.path("column").asInt()).isEqualTo(23);
    }

    @Test
    void a_body_shorter_than_its_content_length_gets_408_with_a_problem_document_at_the_request_deadline() throws Exception {
        // Content-Length 1000, 46 bytes sent, then the client waits: the JDK's server alone closed the
        // connection at its request time limit without a word, and a client learnt nothing
        var limits = new TypwerkServer.Limits(16, 16, java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(30));
        TypwerkServer strict = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 1, new HttpApi(engines, Language.DE, 1), limits);
        try {
            for (String lang : List.of("en", "de")) {
                try (java.net.Socket socket = new java.net.Socket("127.0.0.1", strict.address().getPort())) {
                    socket.setSoTimeout(30_000);
                    long start = System.nanoTime();
                    socket.getOutputStream().write(("POST /v1/score HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            + "Accept-Language: " + lang + "\r\nContent-Length: 1000\r\n\r\n{\"questionnaire\":\"oefit-digitalisierungstypen\"")
                            .getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

                    assertThat(answer).startsWith("HTTP/1.1 408 ").containsIgnoringCase("Content-Type: application/problem+json")
                            .containsIgnoringCase("Connection: close").containsIgnoringCase("Content-Language: " + lang);
                    assertThat(seconds).isBetween(1L, 10L);
                    var problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
                    assertThat(problem.path("status").asInt()).isEqualTo(408);
                    assertThat(problem.path("detail").asText()).isEqualTo(lang.equals("en")
                            ? "The request’s body did not arrive in full within 2 seconds (fewer bytes than Content-Length announced, or the"
                                    + " upload stalled); the connection is closed. Please send the whole request again."
                            : "Der Inhalt der Anfrage ist nicht binnen 2 Sekunden vollständig angekommen (weniger Bytes als in Content-Length"
                                    + " angekündigt, oder die Übertragung stockt); die Verbindung wird geschlossen. Bitte die Anfrage vollständig"
                                    + " erneut senden.");
                }
            }
            // a request whose body arrives, slowly but in time, is answered as always
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(strict.uri().resolve("health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", strict.address().getPort())) {
                socket.setSoTimeout(30_000);
                byte[] body = "{}".getBytes(StandardCharsets.US_ASCII);
                socket.getOutputStream().write(("POST /v1/validate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Connection: close\r\nContent-Length: 2\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                Thread.sleep(1000);
                socket.getOutputStream().write('}');
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 422 ");
                assertThat(body).hasSize(2);
            }
        } finally {
            strict.close();
        }
    }

    @Test
    void a_request_refused_from_its_headers_is_answered_at_once_with_connection_close_not_after_a_body_that_never_comes()
            throws Exception {
        // each announces 1000 bytes and sends none: the server waited for them and answered 408 at the deadline
        var limits = new TypwerkServer.Limits(16, 16, java.time.Duration.ofSeconds(4), java.time.Duration.ofSeconds(30));
        TypwerkServer strict = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), 1, new HttpApi(engines, Language.DE, 1), limits);
        try {
            Map<String, Integer> refused = new java.util.LinkedHashMap<>();
            refused.put("POST /v1/questionnaires HTTP/1.1\r\nContent-Type: application/json\r\n", 405);
            refused.put("POST /v1/nosuch HTTP/1.1\r\nContent-Type: application/json\r\n", 404);
            refused.put("POST /v1/validate HTTP/1.1\r\nContent-Type: text/plain\r\n", 415);
            refused.put("POST /v1/score?lang=fr HTTP/1.1\r\nContent-Type: application/json\r\n", 400);
            // the score route read the body before it refused a type it reads in no way; the self-test's forms drained it first
            refused.put("POST /v1/score HTTP/1.1\r\nContent-Type: application/xml\r\n", 415);
            refused.put("POST /self-test/" + OEFIT + " HTTP/1.1\r\nContent-Type: application/json\r\n", 415);
            refused.put("POST / HTTP/1.1\r\nContent-Type: text/plain\r\n", 415);
            refused.put("POST /self-test/" + OEFIT + " HTTP/1.1\r\nAccept: application/json\r\nContent-Type: text/plain\r\n", 415);
            for (var request : refused.entrySet()) {
                try (java.net.Socket socket = new java.net.Socket("127.0.0.1", strict.address().getPort())) {
                    socket.setSoTimeout(30_000);
                    long start = System.nanoTime();
                    socket.getOutputStream().write((request.getKey() + "Host: x\r\nAccept-Language: en\r\nContent-Length: 1000\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    java.io.InputStream in = socket.getInputStream();
                    StringBuilder head = new StringBuilder();
                    while (head.indexOf("\r\n\r\n") < 0) {
                        int c = in.read();
                        assertThat(c).as(request.getKey()).isNotNegative();
                        head.append((char) c);
                    }
                    int length = Integer.parseInt(head.toString().replaceAll("(?is).*content-length: *(\\d+).*", "$1"));
                    String problem = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                    long millis = java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

                    boolean page = !request.getKey().contains(" /v1/") && !request.getKey().contains("Accept: application/json");
                    assertThat(head.toString()).as(request.getKey()).startsWith("HTTP/1.1 " + request.getValue() + " ")
                            .containsIgnoringCase("Connection: close")
                            .containsIgnoringCase(page ? "Content-Type: text/html" : "Content-Type: application/problem+json");
                    assertThat(problem).as(request.getKey()).contains(page ? "</html>" : "\"status\" : " + request.getValue());
                    assertThat(millis).as(request.getKey()).isLessThan(3000);
                    // and the connection ends (at the deadline at the latest), with no second answer
                    assertThat(in.readAllBytes()).as(request.getKey()).isEmpty();
                }
            }
            // a body that does arrive is still read, so that its client gets the answer, not a reset connection
            HttpResponse<String> wrongType = client.send(HttpRequest.newBuilder(strict.uri().resolve("v1/validate"))
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x".repeat(100_000))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(wrongType.statusCode()).isEqualTo(415);
        } finally {
            strict.close();
        }
    }

    @Test
    void a_server_with_the_largest_limits_a_command_line_can_give_starts_and_answers() throws Exception {
        // typwerk serve --max-connections 2147483647: the pool's size was that plus 8, which overflowed
        // into "unexpected failure without a description"
        var limits = new TypwerkServer.Limits(Integer.MAX_VALUE, Integer.MAX_VALUE, java.time.Duration.ofSeconds(Integer.MAX_VALUE),
                java.time.Duration.ofSeconds(Integer.MAX_VALUE));
        TypwerkServer unbounded = TypwerkServer.start(new InetSocketAddress("127.0.0.1", 0), Integer.MAX_VALUE,
                new HttpApi(engines, Language.EN, 1), limits);
        try {
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(unbounded.uri().resolve("health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        } finally {
            unbounded.close();
        }
    }

    @Test
    void a_very_long_path_or_value_is_named_by_its_beginning_not_sent_back_whole() throws Exception {
        String long_ = "a".repeat(100_000);
        String shown = "a".repeat(200) + "…";

        HttpResponse<String> questionnaire = client.send(HttpRequest.newBuilder(URI.create(server.uri() + "v1/questionnaires/" + long_
                + "?lang=en")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> route = client.send(HttpRequest.newBuilder(URI.create(server.uri() + "v1/" + long_ + "?lang=en")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> strategy = post("/v1/score?lang=en&strategy=" + long_, "application/json", "{}");
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(server.uri() + "self-test/" + long_ + "?lang=en"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(questionnaire.statusCode()).isEqualTo(404);
        assertThat(questionnaire.body()).contains("“" + shown + "”").hasSizeLessThan(2_000);
        assertThat(route.statusCode()).isEqualTo(404);
        assertThat(route.body()).contains("“/v1/" + "a".repeat(196) + "…”").hasSizeLessThan(2_000);
        assertThat(strategy.statusCode()).isEqualTo(400);
        assertThat(strategy.body()).contains(shown).hasSizeLessThan(2_000);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains(shown).hasSizeLessThan(10_000);
        // its language switch goes to the start page in the other language, not to the address repeated whole
        assertThat(page.body()).contains("href=\"/?lang=de\"");
    }

    @Test
    void a_path_sent_with_its_utf8_bytes_unescaped_is_named_in_the_answer_as_it_was_typed() throws Exception {
        String answer;
        try (java.net.Socket socket = new java.net.Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.getOutputStream().write("GET /v1/questionnaires/städte-über HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.UTF_8));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(answer).startsWith("HTTP/1.1 404 ").contains("There is no questionnaire “städte-über”.");
        // and so is a query's (?lang=ä, ?städte=1), where the answer said “lang=Ã¤”
        assertThat(utf8("GET /v1/questionnaires?lang=ä HTTP/1.1")).startsWith("HTTP/1.1 400 ").contains("lang=ä does not work");
        assertThat(utf8("GET /v1/questionnaires?städte=1 HTTP/1.1")).startsWith("HTTP/1.1 400 ").contains("“städte”");
    }

    @Test
    void a_query_whose_escaped_bytes_are_not_utf8_is_refused_naming_them_as_sent_not_as_a_replacement_character() throws Exception {
        for (String query : List.of("lang=%ff", "lang=%e4", "%ff=1")) {
            HttpResponse<byte[]> r = send("GET", "/v1/questionnaires?" + query, "Accept-Language", "en");
            String body = new String(r.body(), StandardCharsets.UTF_8);

            assertThat(r.statusCode()).as(query).isEqualTo(400);
            assertThat(body).as(query).contains("“" + query + "” cannot be read as a parameter: what is written with % must be UTF-8")
                    .doesNotContain("\uFFFD");
        }
        // escaped UTF-8, and + for a space, read as before
        assertThat(new String(send("GET", "/v1/questionnaires?lang=%C3%A4+x", "Accept-Language", "en").body(), StandardCharsets.UTF_8))
                .contains("lang=ä x does not work");
    }

    /** The answer to {@code requestLine} sent with its characters as UTF-8 bytes, unescaped, as curl sends what is typed. */
    private static String utf8(String requestLine) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nAccept-Language: en\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_content_type_without_a_name_is_refused_with_415_naming_the_types_read() throws Exception {
        for (String type : List.of(";;;", ";", "; charset=utf-8")) {
            HttpResponse<String> r = post("/v1/score?lang=en", type, "{}");

            assertThat(r.statusCode()).as(type).isEqualTo(415);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
            assertThat(r.body()).as(type).contains("application/json, application/yaml").doesNotContain("Internal", "unexpected");
        }
    }

    @Test
    void a_body_named_twice_with_different_types_or_once_compressed_in_a_second_header_is_refused_with_415() throws Exception {
        String twoTypes = raw("POST /v1/score HTTP/1.1\r\nContent-Type: application/json\r\nContent-Type: text/csv\r\nContent-Length: 0");
        String secondEncoding = raw("POST /v1/score HTTP/1.1\r\nContent-Type: application/json\r\nContent-Encoding: identity\r\n"
                + "Content-Encoding: gzip\r\nContent-Length: 0");
        String sameTwice = raw("POST /v1/score HTTP/1.1\r\nContent-Type: application/json\r\nContent-Type: application/json\r\nContent-Length: 0");

        assertThat(twoTypes).startsWith("HTTP/1.1 415 ")
                .contains("The request names more than one format (Content-Type: application/json | text/csv); please send one.");
        assertThat(secondEncoding).startsWith("HTTP/1.1 415 ").contains("gzip");
        assertThat(sameTwice).startsWith("HTTP/1.1 422 ");
        // a list in one header, as an Accept is written: not “the format … is not read here”, listing both among those that are
        assertThat(raw("POST /v1/score HTTP/1.1\r\nContent-Type: application/yaml, application/json\r\nContent-Length: 0"))
                .startsWith("HTTP/1.1 415 ")
                .contains("The request names more than one format (Content-Type: application/yaml | application/json); please send one.");
        // the same type twice in one header, as a proxy that joins two equal headers writes them: the one type, as two equal headers are
        assertThat(raw("POST /v1/score HTTP/1.1\r\nContent-Type: application/json, application/json\r\nContent-Length: 0"))
                .startsWith("HTTP/1.1 422 ");
        assertThat(raw("POST /v1/score HTTP/1.1\r\nContent-Type: application/json; charset=utf-8, Application/JSON; charset=UTF-8\r\n"
                + "Content-Length: 0")).startsWith("HTTP/1.1 422 ");
        assertThat(raw("POST /v1/score HTTP/1.1\r\nContent-Type: application/json; charset=utf-8, application/yaml\r\nContent-Length: 0"))
                .startsWith("HTTP/1.1 415 ").contains("(Content-Type: application/json; charset=utf-8 | application/yaml)");
    }

    @Test
    void an_empty_strategy_is_a_value_not_allowed_naming_the_loaded_ones_not_the_questionnaires_own() throws Exception {
        String row = "{\"questionnaire\":\"" + OEFIT + "\",\"answers\":{}}\n";
        for (String strategy : List.of("", "%20")) {
            HttpResponse<String> score = post("/v1/score?lang=en&strategy=" + strategy, "application/json", "{\"questionnaire\":\"" + OEFIT + "\"}");
            HttpResponse<String> batch = post("/v1/batch?lang=en&strategy=" + strategy, "application/x-ndjson", row);

            for (HttpResponse<String> r : List.of(score, batch)) {
                assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(400);
                assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
                assertThat(r.body()).as(r.uri().toString()).contains("does not work; possible: levels, points, prototype.");
            }
        }
    }

    @Test
    void a_slip_of_the_pen_for_a_loaded_strategy_is_told_the_one_it_was_meant_for_as_the_cli_tells_it() throws Exception {
        String row = "{\"questionnaire\":\"" + OEFIT + "\",\"answers\":{}}\n";
        HttpResponse<String> score = post("/v1/score?lang=en&strategy=protoype", "application/json", "{\"questionnaire\":\"" + OEFIT + "\"}");
        HttpResponse<String> batch = post("/v1/batch?lang=en&strategy=protoype", "application/x-ndjson", row);
        for (HttpResponse<String> r : List.of(score, batch)) {
            assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(400);
            assertThat(r.body()).as(r.uri().toString())
                    .contains("No strategy “protoype” is loaded. Loaded: levels, points, prototype. Did you mean: prototype?");
        }
        // German by the request's language; a name close to none of the loaded ones is told none
        assertThat(post("/v1/score?lang=de&strategy=prototyp", "application/json", "{\"questionnaire\":\"" + OEFIT + "\"}").body())
                .contains("Eine Strategie „prototyp“ ist nicht geladen. Geladen: levels, points, prototype. Gemeint: prototype?");
        assertThat(post("/v1/score?lang=de&strategy=punkte", "application/json", "{\"questionnaire\":\"" + OEFIT + "\"}").body())
                .contains("Eine Strategie „punkte“ ist nicht geladen. Geladen: levels, points, prototype.\"")
                .doesNotContain("Gemeint");
    }

    @Test
    void problem_documents_vary_by_accept_language_as_every_other_answer_does() throws Exception {
        HttpResponse<byte[]> german = send("GET", "/v1/questionnaires/nix");
        HttpResponse<byte[]> english = send("GET", "/v1/questionnaires/nix", "Accept-Language", "en");

        assertThat(german.headers().firstValue("Content-Language")).hasValue("de");
        assertThat(english.headers().firstValue("Content-Language")).hasValue("en");
        assertThat(german.headers().allValues("Vary")).contains("Accept-Language");
        assertThat(english.headers().allValues("Vary")).contains("Accept-Language");
    }

    @Test
    void a_page_whose_address_has_a_language_we_do_not_speak_gets_an_error_page_a_person_can_read() throws Exception {
        for (String path : List.of("/?lang=fr", "/self-test/" + OEFIT + "?lang=fr", "/?lang=en&lang=de")) {
            HttpResponse<byte[]> r = send("GET", path, "Accept-Language", "en");
            String page = new String(r.body(), StandardCharsets.UTF_8);

            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).as(path).hasValue("text/html; charset=utf-8");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
            assertThat(page).as(path).contains("<html lang=\"en\"", "lang", "href=\"/?lang=en\"");
        }
        // a client asking for JSON still gets the problem document
        HttpResponse<byte[]> json = send("GET", "/?lang=fr", "Accept", "application/json");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/problem+json; charset=utf-8");
    }

    @Test
    void an_unknown_path_is_answered_by_its_first_segment_and_accept_as_docs_http_md_says() throws Exception {
        String html = "text/html; charset=utf-8";
        String problem = "application/problem+json; charset=utf-8";
        String browser = "text/html,application/xhtml+xml,*/*;q=0.8";
        // {path, Accept or "" for none, the Content-Type of the 404 or 405}
        String[][] cases = {
                {"/nope", "", problem}, {"/nope", "*/*", problem}, {"/nope", browser, html},
                {"/v1/nope", "", problem}, {"/selbsttest", browser, html},
                {"/self-test/x/y", "", html}, {"/assets/nope.css", "*/*", html}, {"/assets/nope.css", browser, html},
                {"/self-test/x/y", "application/json", problem},
        };
        for (String[] c : cases) {
            HttpResponse<byte[]> r = c[1].isEmpty() ? send("GET", c[0]) : send("GET", c[0], "Accept", c[1]);
            assertThat(r.statusCode()).as(c[0] + " Accept: " + c[1]).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).as(c[0] + " Accept: " + c[1]).hasValue(c[2]);
        }
        // "/" itself is a page: another method gets the error page, a JSON client the problem document
        assertThat(send("PUT", "/").headers().firstValue("Content-Type")).hasValue(html);
        assertThat(send("PUT", "/").statusCode()).isEqualTo(405);
        assertThat(send("PUT", "/", "Accept", "application/json").headers().firstValue("Content-Type")).hasValue(problem);
    }

    @Test
    void a_language_we_do_not_speak_is_refused_in_the_language_accept_language_asks_for() throws Exception {
        HttpResponse<byte[]> r = send("GET", "/health?lang=fr", "Accept-Language", "en");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("lang=fr", "de, en").doesNotContain("geht nicht");
        assertThat(r.headers().firstValue("Content-Language")).hasValue("en");
    }
}
