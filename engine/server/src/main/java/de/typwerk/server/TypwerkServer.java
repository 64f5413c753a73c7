package de.typwerk.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's HTTP server running the {@link HttpApi}, within {@link Limits}. Closing it lets
 * the requests in flight finish, for up to {@value #GRACE_SECONDS} seconds, while new ones get
 * 503; then it closes every connection. (The JDK's own {@code stop(delay)} waits out the whole
 * delay while any kept-alive connection is open, even an idle one.)
 */
public final class TypwerkServer implements AutoCloseable {

    /** How long requests in flight may go on once the server is told to stop. */
    public static final int GRACE_SECONDS = 10;

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ThreadPoolExecutor pool;
    private final HttpApi api;

    private TypwerkServer(HttpServer server, ThreadPoolExecutor pool, HttpApi api) {
        this.server = server;
        this.pool = pool;
        this.api = api;
    }

    /**
     * What one server takes at most, and for how long it waits for a client. The JDK's server
     * reads these as system properties ({@code sun.net.httpserver.*}) once per process, when its
     * first server starts: the first server's limits hold for every later one in the same JVM
     * (one {@code typwerk serve} is one process, so that is only a concern for tests).
     *
     * @param connections    open connections at most; a connection beyond is closed at once
     * @param requests       requests in flight at most (not counting {@code /health}); one beyond
     *                       gets 503 with {@code Retry-After}
     * @param requestTimeout how long a request may take to arrive, headers and body: a body that
     *                       has not arrived in full by then (counted from its headers) gets 408 and
     *                       its connection is closed; a connection whose headers are still coming
     *                       a second later is closed
     * @param idleTimeout    how long a kept-alive connection may sit idle
     */
    public record Limits(int connections, int requests, Duration requestTimeout, Duration idleTimeout) {

        public static final Limits DEFAULT = new Limits(512, 256, Duration.ofSeconds(120), Duration.ofSeconds(30));
    }

    /**
     * Binds {@code address} (port 0: any free port) and starts serving with the default limits.
     *
     * @throws IOException when the address cannot be bound (in use, not this machine's)
     */
    public static TypwerkServer start(InetSocketAddress address, int threads, HttpApi api) throws IOException {
        return start(address, threads, api, Limits.DEFAULT);
    }

    /**
     * Binds {@code address} (port 0: any free port) and starts serving.
     *
     * <p>Each connection is served on a thread of its own while a request is on it (up to
     * {@link Limits#connections()}): the JDK's server reads a request's headers on the thread that
     * handles it, so with a small pool a few clients sending their headers a byte a second would
     * hold every thread and nobody else would get an answer. {@code threads} bounds instead how
     * many answers are scored side by side ({@link HttpApi}).
     *
     * @throws IOException when the address cannot be bound (in use, not this machine's)
     */
    public static TypwerkServer start(InetSocketAddress address, int threads, HttpApi api, Limits limits) throws IOException {
        // TCP_NODELAY: the JDK server writes a response's headers and body apart; with Nagle's
        // algorithm the body then waits for the client's delayed acknowledgement, some 40 ms a
        // request (measured: 89 against 3,800 scores per second). Read once, when the JDK's server
        // is first used; a value set on the command line is kept.
        if (System.getProperty(NO_DELAY) == null) System.setProperty(NO_DELAY, "true");
        setIfAbsent("jdk.httpserver.maxConnections", limits.connections());
        // a second beyond the request's own deadline: a body still on its way at that deadline gets
        // its 408 (HttpApi) before the JDK's server closes the connection without a word
        setIfAbsent("sun.net.httpserver.maxReqTime", Math.max(1, limits.requestTimeout().toSeconds()) + 1);
        setIfAbsent("sun.net.httpserver.idleInterval", Math.max(1, limits.idleTimeout().toSeconds()));
        // the idle connections are looked at every clockTick ms (default 10 s): often enough for
        // an idle limit of a few seconds too
        setIfAbsent("sun.net.httpserver.clockTick", Math.max(1000, Math.min(10_000, limits.idleTimeout().toMillis() / 2)));
        HttpServer server = HttpServer.create(address, 0);
        AtomicInteger count = new AtomicInteger();
        // a thread per connection with a request on it; idle ones end after a minute
        // eight more for the requests refused at the limit; not beyond what a pool can count (--max-connections 2147483647)
        int poolSize = (int) Math.min(Integer.MAX_VALUE, limits.connections() + 8L);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(0, poolSize, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "typwerk-http-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        api.limit(threads, limits.requests(), limits.requestTimeout());
        server.createContext("/", api);
        server.setExecutor(pool);
        server.start();
        return new TypwerkServer(server, pool, api);
    }

    private static void setIfAbsent(String property, long value) {
        if (System.getProperty(property) == null) System.setProperty(property, String.valueOf(value));
    }

    /** The address bound, with the port chosen when 0 was asked for. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** {@code http://host:port/}, for people and clients. */
    public URI uri() {
        InetSocketAddress a = address();
        String host = a.getAddress() instanceof Inet6Address ? "[" + a.getAddress().getHostAddress() + "]" : a.getAddress().getHostAddress();
        return URI.create("http://" + host + ":" + a.getPort() + "/");
    }

    @Override
    public void close() {
        try {
            api.drain(Duration.ofSeconds(GRACE_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        pool.shutdownNow();
    }
}
