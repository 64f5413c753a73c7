package de.typwerk.server;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.IntSupplier;

/**
 * What {@code GET /metrics} tells a Prometheus scraper, in its text format (version 0.0.4):
 * requests by method, route and status, a latency histogram per route, scorings by questionnaire and
 * strategy, the plugins loaded and refused, and the JVM's basics (heap, threads, uptime).
 * Hand-written: a few counters do not earn a metrics library and its dependencies. Routes are the
 * routes of the route table ({@link RouteTable#routeOf}: never a raw path), so the number of series is bounded.
 * Thread-safe; the exposition is sorted, so two scrapes of the same counts are the same bytes.
 */
final class Metrics {

    /** Upper bounds of the latency buckets, in seconds. */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    /** Counted by their values; the labels are written when scraped, not for every request. */
    private final Map<Answered, AtomicLong> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    private final Map<Scored, AtomicLong> scorings = new ConcurrentHashMap<>();

    private record Answered(String method, String route, int status) {
    }

    /** The methods HTTP defines (RFC 9110, 9.3; RFC 5789): any other a client makes up is counted as {@value RouteTable#OTHER}. */
    private static final java.util.Set<String> METHODS =
            java.util.Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

    private record Scored(String questionnaire, String version, String strategy) {
    }
    private final IntSupplier pluginsLoaded;
    private final IntSupplier pluginsRefused;

    Metrics(IntSupplier pluginsLoaded, IntSupplier pluginsRefused) {
        this.pluginsLoaded = pluginsLoaded;
        this.pluginsRefused = pluginsRefused;
    }

    /**
     * One request answered: the method it used (not always the route's: a {@code DELETE} refused
     * with 405, a preflight's {@code OPTIONS}, a {@code HEAD} answered by the {@code GET} route),
     * its route, status and how long it took.
     */
    void request(String method, String route, int status, long nanos) {
        String counted = METHODS.contains(method) ? method : RouteTable.OTHER;
        requests.computeIfAbsent(new Answered(counted, route, status), k -> new AtomicLong()).incrementAndGet();
        latency.computeIfAbsent(route, k -> new Histogram()).observe(nanos / 1e9);
    }

    /** One response scored, of a questionnaire's version, by a strategy. */
    void scored(String questionnaire, String version, String strategy) {
        scorings.computeIfAbsent(new Scored(questionnaire, version, strategy), k -> new AtomicLong()).incrementAndGet();
    }

    /** The exposition. */
    String text() {
        StringBuilder b = new StringBuilder(4096);
        family(b, "typwerk_http_requests_total", "counter", "HTTP requests answered, by the method used, route and status.");
        Map<String, AtomicLong> requestsByLabels = new TreeMap<>();
        requests.forEach((k, n) -> requestsByLabels.put(labels("method", k.method(), "route", k.route(), "status", String.valueOf(k.status())), n));
        requestsByLabels.forEach((labels, n) -> sample(b, "typwerk_http_requests_total", labels, n.get()));
        family(b, "typwerk_http_request_duration_seconds", "histogram", "Time from a request’s arrival to the end of its answer, by route.");
        Map<String, Histogram> latencyByLabels = new TreeMap<>();
        latency.forEach((route, h) -> latencyByLabels.put(labels("route", route), h));
        latencyByLabels.forEach((labels, h) -> h.write(b, "typwerk_http_request_duration_seconds", labels));
        family(b, "typwerk_scorings_total", "counter", "Responses scored by POST /v1/score, by questionnaire (id@version) and strategy.");
        Map<String, AtomicLong> scoringsByLabels = new TreeMap<>();
        scorings.forEach((k, n) -> scoringsByLabels.put(labels("questionnaire", k.questionnaire() + "@" + k.version(), "strategy", k.strategy()), n));
        scoringsByLabels.forEach((labels, n) -> sample(b, "typwerk_scorings_total", labels, n.get()));
        family(b, "typwerk_plugins_loaded", "gauge", "Plugins loaded.");
        sample(b, "typwerk_plugins_loaded", "", pluginsLoaded.getAsInt());
        family(b, "typwerk_plugins_refused", "gauge", "Plugins refused or failed (GET /ready names them).");
        sample(b, "typwerk_plugins_refused", "", pluginsRefused.getAsInt());
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        family(b, "typwerk_jvm_heap_used_bytes", "gauge", "Heap in use.");
        sample(b, "typwerk_jvm_heap_used_bytes", "", heap.getUsed());
        family(b, "typwerk_jvm_heap_max_bytes", "gauge", "Largest heap the JVM may use (-1: no limit).");
        sample(b, "typwerk_jvm_heap_max_bytes", "", heap.getMax());
        family(b, "typwerk_jvm_threads", "gauge", "Live threads.");
        sample(b, "typwerk_jvm_threads", "", ManagementFactory.getThreadMXBean().getThreadCount());
        family(b, "typwerk_uptime_seconds", "gauge", "Seconds since the JVM started.");
        sample(b, "typwerk_uptime_seconds", "", ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        return b.toString();
    }

    private static void family(StringBuilder b, String name, String type, String help) {
        b.append("# HELP ").append(name).append(' ').append(help).append('\n');
        b.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void sample(StringBuilder b, String name, String labels, double value) {
        b.append(name);
        if (!labels.isEmpty()) b.append('{').append(labels).append('}');
        b.append(' ').append(number(value)).append('\n');
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        return Double.toString(value);
    }

    /** {@code name="value",…}, values escaped as the format asks. */
    static String labels(String... namesAndValues) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1].replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
            parts.add(namesAndValues[i] + "=\"" + value + "\"");
        }
        return String.join(",", parts);
    }

    /** Cumulative buckets, a sum and a count. */
    private static final class Histogram {

        private final AtomicLongArray counts = new AtomicLongArray(BUCKETS.length + 1);
        private final DoubleAdder sum = new DoubleAdder();

        void observe(double seconds) {
            int i = 0;
            while (i < BUCKETS.length && seconds > BUCKETS[i]) i++;
            counts.incrementAndGet(i);
            sum.add(seconds);
        }

        void write(StringBuilder b, String name, String labels) {
            long cumulative = 0;
            for (int i = 0; i <= BUCKETS.length; i++) {
                cumulative += counts.get(i);
                String le = i < BUCKETS.length ? number(BUCKETS[i]) : "+Inf";
                sample(b, name + "_bucket", labels + ",le=\"" + le + "\"", cumulative);
            }
            sample(b, name + "_sum", labels, sum.sum());
            sample(b, name + "_count", labels, cumulative);
        }
    }
}
