package de.typwerk.bench;

import com.sun.management.OperatingSystemMXBean;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import de.typwerk.engine.result.Result;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The HTTP part of the benchmark: {@code POST /v1/score} against a running {@code typwerk serve},
 * set against its baseline, the same answers scored and written as JSON in this JVM through the
 * embedding API ({@code Typwerk.score} and {@code resultJson().write}, what the server does for a
 * request), with the same number of threads. Both after a warm-up of the same size, then
 * {@code ROUNDS} rounds ({@code -Dtypwerk.bench.rounds}, 3 unless set) of {@code REQUESTS} each,
 * the two sides taking turns, and the best round of each side counts, as in {@link CpuScoring}:
 * the machine's speed drifts within a minute, and a baseline measured once before the HTTP run
 * gave ratios from 0.48 to 0.77 on the same code. Every HTTP
 * answer is checked to be 200 with exactly the bytes the engine gives here, so a fast wrong
 * answer cannot count.
 *
 * <p>The client and the server share the machine, so what the client costs is taken from the
 * server's processors: each client thread keeps one HTTP/1.1 connection open and sends its
 * requests on it one after another, reading each answer whole into a buffer of its own
 * ({@link Connection}: the status line and headers read strictly, the body by its
 * {@code Content-Length}, compared byte for byte). The JDK's {@link HttpClient} does the same
 * work at several times the processor time (its selector thread, a future per request, the
 * body decoded into a string); {@code -Dtypwerk.bench.client=jdk} uses it instead.
 *
 * <p>Then the latency under many concurrent clients: {@code CLIENTS} threads (64 by default), each
 * with its own connection, sending its requests one after another, {@code REQUESTS} in all after
 * as many to warm up; the latency of each request is taken from just before it is sent to its
 * answer read whole.
 *
 * <p>Where the server's process id is given, the processor time each side took is reported too:
 * per request, this JVM's for the embedded run, this JVM's and the server's together for the run
 * over HTTP, and the ratio of the two ({@code cpu_ratio}). On a machine that others share, the
 * ratio of the rates depends on who else got the processors when; the processor time hardly.
 *
 * <p>Usage: {@code java -cp … de.typwerk.bench.HttpLoad URL ANSWERS.yaml REQUESTS THREADS [CLIENTS [SERVER_PID]]};
 * prints one line of {@code key=value} pairs: {@code embedded_per_second}, {@code http_per_second},
 * {@code ratio} (HTTP ÷ embedded, on {@code THREADS} threads each), and for the {@code CLIENTS}
 * run {@code clients}, {@code clients_per_second}, {@code p50_ms}, {@code p99_ms}, {@code max_ms};
 * with a server process id also {@code embedded_cpu_us}, {@code http_client_cpu_us},
 * {@code http_server_cpu_us} (microseconds of processor time per request) and {@code cpu_ratio}
 * (embedded ÷ client and server together).
 */
public final class HttpLoad {

    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    /** Measured rounds of each side, taking turns ({@code -Dtypwerk.bench.rounds}, 3 unless set). */
    private static final int ROUNDS = Math.max(1, Integer.getInteger("typwerk.bench.rounds", 3));

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || args.length > 6) {
            System.err.println("usage: HttpLoad <server url> <answers.yaml> <requests> <threads> [<clients> [<server pid>]]");
            System.exit(2);
        }
        URI score = URI.create(args[0]).resolve("/v1/score");
        Path answersFile = Path.of(args[1]);
        byte[] answers = Files.readAllBytes(answersFile);
        int requests = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        int clients = args.length >= 5 ? Integer.parseInt(args[4]) : 64;
        Optional<ProcessHandle> server = args.length == 6 ? ProcessHandle.of(Long.parseLong(args[5])) : Optional.empty();
        boolean jdkClient = System.getProperty("typwerk.bench.client", "socket").equals("jdk");

        try (Typwerk engine = Typwerk.builder().build()) {
            ScoreRun first = engine.score("answers.yaml", answers, Optional.empty());
            Result result = first.asResult().orElseThrow(() -> new IllegalStateException("not scored: " + first.problems()));
            String expected = engine.resultJson().write(result) + "\n";
            byte[] expectedBytes = expected.getBytes(StandardCharsets.UTF_8);

            // what the server does for a request, minus HTTP: score, then write the result as JSON
            Callable<Boolean> embeddedCall = () -> engine.score("answers.yaml", answers, Optional.empty()).asResult()
                    .map(r -> (engine.resultJson().write(r) + "\n").length() == expected.length()).orElse(false);
            Caller embedded = () -> Caller.Call.of(embeddedCall);
            rate(embedded, requests, threads, null, Optional.empty()); // warm-up

            Caller http;
            if (jdkClient) {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                HttpRequest request = HttpRequest.newBuilder(score).header("Content-Type", "application/yaml")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(answers)).build();
                Callable<Boolean> call = () -> {
                    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                    return r.statusCode() == 200 && r.body().equals(expected);
                };
                http = () -> Caller.Call.of(call);
            } else {
                http = () -> new Connection(score, "application/yaml", answers, expectedBytes);
            }
            rate(http, requests, threads, null, server); // warm-up
            // the two in turns, the best round of each: what the machine did meanwhile falls on both alike
            Best embeddedBest = new Best();
            Best httpBest = new Best();
            for (int round = 0; round < ROUNDS; round++) {
                embeddedBest.add(rate(embedded, requests, threads, null, Optional.empty()));
                httpBest.add(rate(http, requests, threads, null, server));
            }
            Rate embeddedRate = embeddedBest.rate();
            Rate httpRate = httpBest.rate();

            // many clients at once: the latency each of them sees
            long[] latencies = new long[requests];
            rate(http, requests, clients, null, server); // warm-up, with as many connections
            Rate clientsRate = rate(http, requests, clients, latencies, server);
            Arrays.sort(latencies);

            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "embedded_per_second=%.0f http_per_second=%.0f ratio=%.3f clients=%d clients_per_second=%.0f"
                            + " p50_ms=%.2f p99_ms=%.2f max_ms=%.2f", embeddedRate.perSecond(), httpRate.perSecond(),
                    httpRate.perSecond() / embeddedRate.perSecond(), clients, clientsRate.perSecond(),
                    percentile(latencies, 50), percentile(latencies, 99), latencies[latencies.length - 1] / 1e6));
            if (server.isPresent()) {
                line.append(String.format(Locale.ROOT, " embedded_cpu_us=%.0f http_client_cpu_us=%.0f http_server_cpu_us=%.0f cpu_ratio=%.3f",
                        embeddedRate.clientCpuMicros(), httpRate.clientCpuMicros(), httpRate.serverCpuMicros(),
                        embeddedRate.clientCpuMicros() / (httpRate.clientCpuMicros() + httpRate.serverCpuMicros())));
            }
            System.out.println(line);
        }
    }

    /** What one client thread calls again and again; made on that thread, closed when it is done. */
    @FunctionalInterface
    private interface Caller {

        Call open() throws IOException;

        /** One request's round: whether the answer was the expected one. */
        interface Call extends AutoCloseable {

            boolean call() throws Exception;

            @Override
            default void close() throws IOException {
            }

            static Call of(Callable<Boolean> callable) {
                return callable::call;
            }
        }
    }

    /** Calls per second, and processor time per call, in microseconds, of this JVM and of the server's. */
    private record Rate(double perSecond, double clientCpuMicros, double serverCpuMicros) {
    }

    /**
     * The best of a side's rounds: the highest rate, and apart from it the least processor time
     * per call (client and server together), each the least disturbed by the rest of the machine.
     */
    private static final class Best {

        private double perSecond;
        private Rate leastCpu;

        void add(Rate rate) {
            perSecond = Math.max(perSecond, rate.perSecond());
            if (leastCpu == null || rate.clientCpuMicros() + rate.serverCpuMicros()
                    < leastCpu.clientCpuMicros() + leastCpu.serverCpuMicros()) {
                leastCpu = rate;
            }
        }

        Rate rate() {
            return new Rate(perSecond, leastCpu.clientCpuMicros(), leastCpu.serverCpuMicros());
        }
    }

    /**
     * Runs {@code requests} calls on {@code threads} threads, each thread with a caller of its
     * own, each call's nanoseconds into {@code latencies} (one place per call) unless it is null.
     */
    private static Rate rate(Caller caller, int requests, int threads, long[] latencies, Optional<ProcessHandle> server)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong left = new AtomicLong(requests);
        try {
            List<Callable<Long>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(() -> {
                    long done = 0;
                    try (Caller.Call call = caller.open()) {
                        for (long n = left.decrementAndGet(); n >= 0; n = left.decrementAndGet()) {
                            long began = System.nanoTime();
                            if (!call.call()) throw new IOException("a request did not give the expected result");
                            if (latencies != null) latencies[(int) n] = System.nanoTime() - began;
                            done++;
                        }
                    }
                    return done;
                });
            }
            long clientCpu = OS.getProcessCpuTime();
            long serverCpu = serverCpu(server);
            long start = System.nanoTime();
            long done = 0;
            for (Future<Long> f : pool.invokeAll(workers)) done += f.get();
            long wall = System.nanoTime() - start;
            return new Rate(done / (wall / 1e9), (OS.getProcessCpuTime() - clientCpu) / 1e3 / done,
                    (serverCpu(server) - serverCpu) / 1e3 / done);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The server's processor time so far, in nanoseconds (0 when it is not known). */
    private static long serverCpu(Optional<ProcessHandle> server) {
        return server.flatMap(p -> p.info().totalCpuDuration()).map(Duration::toNanos).orElse(0L);
    }

    /** The {@code p}th percentile of sorted nanoseconds, in milliseconds (nearest rank). */
    private static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /**
     * One kept-alive HTTP/1.1 connection that posts the same body again and again. An answer
     * counts only when its status line is {@code HTTP/1.1 200}, its headers end properly, it has a
     * {@code Content-Length} (a chunked answer does not count) and its body is exactly the
     * expected bytes. Where the server asks to close the connection, the next request opens a new one.
     */
    private static final class Connection implements Caller.Call {

        private final InetSocketAddress address;
        private final byte[] request;
        private final byte[] expected;
        private final byte[] body;
        private final byte[] line = new byte[8192];
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(URI uri, String contentType, byte[] content, byte[] expected) throws IOException {
            this.address = new InetSocketAddress(uri.getHost(), uri.getPort());
            String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + content.length + "\r\n\r\n";
            byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
            this.request = Arrays.copyOf(headBytes, headBytes.length + content.length);
            System.arraycopy(content, 0, request, headBytes.length, content.length);
            this.expected = expected;
            this.body = new byte[expected.length];
            open();
        }

        private void open() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(address);
            in = new BufferedInputStream(socket.getInputStream(), 16384);
            out = socket.getOutputStream();
        }

        @Override
        public boolean call() throws IOException {
            if (socket == null) open();
            out.write(request);
            out.flush();
            boolean ok = readLine().startsWith("HTTP/1.1 200 ");
            long length = -1;
            boolean close = false;
            for (String header = readLine(); !header.isEmpty(); header = readLine()) {
                int colon = header.indexOf(':');
                if (colon < 0) throw new IOException("not a header: " + header);
                String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).strip();
                if (name.equals("content-length")) length = Long.parseLong(value);
                if (name.equals("transfer-encoding")) throw new IOException("expected a Content-Length, got Transfer-Encoding: " + value);
                if (name.equals("connection") && value.equalsIgnoreCase("close")) close = true;
            }
            if (length < 0) throw new IOException("an answer without Content-Length");
            if (length != expected.length) {
                in.skipNBytes(length);
                ok = false;
            } else {
                if (in.readNBytes(body, 0, body.length) != body.length) throw new IOException("the answer ended early");
                ok &= Arrays.equals(body, expected);
            }
            if (close) close();
            return ok;
        }

        /** One line of the status or headers, without its CRLF. */
        private String readLine() throws IOException {
            int n = 0;
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) throw new IOException("the connection ended in the headers");
                if (n == line.length) throw new IOException("a header line longer than " + line.length + " bytes");
                line[n++] = (byte) b;
            }
            if (n == 0 || line[n - 1] != '\r') throw new IOException("a header line not ended by CRLF");
            return new String(line, 0, n - 1, StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() throws IOException {
            if (socket != null) socket.close();
            socket = null;
        }
    }

    private HttpLoad() {
    }
}
