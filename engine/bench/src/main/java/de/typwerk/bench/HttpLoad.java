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
 * <p>Usage: {@code java -cp … de.typwerk.bench.HttpLoad URL ANSWERS.yaml REQUESTS THREADS}; prints
 * {@code embedded_per_second=<r> http_per_second=<r> ratio=<http/embedded>}. The client and the
 * server share the machine, as they do when both run on one host.
 */
public final class HttpLoad {

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: HttpLoad <server url> <answers.yaml> <requests> <threads>");
            System.exit(2);
        }
        URI score = URI.create(args[0]).resolve("/v1/score");
        Path answersFile = Path.of(args[1]);
        byte[] answers = Files.readAllBytes(answersFile);
        int requests = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);

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

            System.out.printf(Locale.ROOT, "embedded_per_second=%.0f http_per_second=%.0f ratio=%.3f%n", embeddedRate, httpRate,
                    httpRate / embeddedRate);
        }
    }

    /** Runs {@code call} {@code requests} times on {@code threads} threads; calls per second. */
    private static double rate(Callable<Boolean> call, int requests, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong left = new AtomicLong(requests);
        try {
            List<Callable<Long>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(() -> {
                    long done = 0;
                    while (left.getAndDecrement() > 0) {
                        if (!call.call()) throw new IOException("a request did not give the expected result");
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

    private HttpLoad() {
    }
}
