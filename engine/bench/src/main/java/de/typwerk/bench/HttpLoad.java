package de.typwerk.bench;

import de.typwerk.engine.result.Result;
import de.typwerk.engine.ScoreRun;
import de.typwerk.engine.Typwerk;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * request), with the same number of threads. Both after
 * a warm-up of the same size; every HTTP answer is checked to be 200 with exactly the bytes the
 * engine gives here, so a fast wrong answer cannot count.
 *
 * <p>Then the latency under many concurrent clients: {@code CLIENTS} threads (64 by default), each
 * sending its requests one after another, {@code REQUESTS} in all after as many to warm up; the
 * latency of each request is taken from just before it is sent to its answer read whole.
 *
 * <p>Usage: {@code java -cp … de.typwerk.bench.HttpLoad URL ANSWERS.yaml REQUESTS THREADS [CLIENTS]};
 * prints one line of {@code key=value} pairs: {@code embedded_per_second}, {@code http_per_second},
 * {@code ratio} (HTTP ÷ embedded, on {@code THREADS} threads each), and for the {@code CLIENTS}
 * run {@code clients}, {@code clients_per_second}, {@code p50_ms}, {@code p99_ms}, {@code max_ms}.
 * The client and the server share the machine, as they do when both run on one host.
 */
public final class HttpLoad {

    public static void main(String[] args) throws Exception {
        if (args.length != 4 && args.length != 5) {
            System.err.println("usage: HttpLoad <server url> <answers.yaml> <requests> <threads> [<clients>]");
            System.exit(2);
        }
        URI score = URI.create(args[0]).resolve("/v1/score");
        Path answersFile = Path.of(args[1]);
        byte[] answers = Files.readAllBytes(answersFile);
        int requests = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        int clients = args.length == 5 ? Integer.parseInt(args[4]) : 64;

        try (Typwerk engine = Typwerk.builder().build()) {
            ScoreRun first = engine.score("answers.yaml", answers, Optional.empty());
            Result result = first.asResult().orElseThrow(() -> new IllegalStateException("not scored: " + first.problems()));
            String expected = engine.resultJson().write(result) + "\n";

            // what the server does for a request, minus HTTP: score, then write the result as JSON
            Callable<Boolean> embedded = () -> engine.score("answers.yaml", answers, Optional.empty()).asResult()
                    .map(r -> (engine.resultJson().write(r) + "\n").length() == expected.length()).orElse(false);
            rate(embedded, requests, threads); // warm-up
            double embeddedRate = rate(embedded, requests, threads);

            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(score).header("Content-Type", "application/yaml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(answers)).build();
            Callable<Boolean> http = () -> {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                return r.statusCode() == 200 && r.body().equals(expected);
            };
            rate(http, requests, threads); // warm-up
            double httpRate = rate(http, requests, threads);

            // many clients at once: the latency each of them sees
            long[] latencies = new long[requests];
            rate(http, requests, clients); // warm-up, with as many connections
            double clientsRate = rate(http, requests, clients, latencies);
            Arrays.sort(latencies);

            System.out.printf(Locale.ROOT, "embedded_per_second=%.0f http_per_second=%.0f ratio=%.3f clients=%d clients_per_second=%.0f"
                    + " p50_ms=%.2f p99_ms=%.2f max_ms=%.2f%n", embeddedRate, httpRate, httpRate / embeddedRate, clients, clientsRate,
                    percentile(latencies, 50), percentile(latencies, 99), latencies[latencies.length - 1] / 1e6);
        }
    }

    /** Runs {@code call} {@code requests} times on {@code threads} threads; calls per second. */
    private static double rate(Callable<Boolean> call, int requests, int threads) throws Exception {
        return rate(call, requests, threads, null);
    }

    /**
     * Runs {@code call} {@code requests} times on {@code threads} threads, each call's nanoseconds
     * into {@code latencies} (one place per call) unless it is null; calls per second.
     */
    private static double rate(Callable<Boolean> call, int requests, int threads, long[] latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong left = new AtomicLong(requests);
        try {
            List<Callable<Long>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(() -> {
                    long done = 0;
                    for (long n = left.decrementAndGet(); n >= 0; n = left.decrementAndGet()) {
                        long began = System.nanoTime();
                        if (!call.call()) throw new IOException("a request did not give the expected result");
                        if (latencies != null) latencies[(int) n] = System.nanoTime() - began;
                        done++;
                    }
                    return done;
                });
            }
            long start = System.nanoTime();
            long done = 0;
            for (Future<Long> f : pool.invokeAll(workers)) done += f.get();
            return done / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The {@code p}th percentile of sorted nanoseconds, in milliseconds (nearest rank). */
    private static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private HttpLoad() {
    }
}
