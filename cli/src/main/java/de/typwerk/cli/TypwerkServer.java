package de.typwerk.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's HTTP server running the {@link HttpApi} on a fixed pool of threads. Closing it lets
 * the requests in flight finish, for up to {@value #GRACE_SECONDS} seconds, while new ones get
 * 503; then it closes every connection. (The JDK's own {@code stop(delay)} waits out the whole
 * delay while any kept-alive connection is open, even an idle one.)
 */
final class TypwerkServer implements AutoCloseable {

    /** How long requests in flight may go on once the server is told to stop. */
    static final int GRACE_SECONDS = 10;

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
     * Binds {@code address} (port 0: any free port) and starts serving.
     *
     * @throws IOException when the address cannot be bound (in use, not this machine's)
     */
    static TypwerkServer start(InetSocketAddress address, int threads, HttpApi api) throws IOException {
        // TCP_NODELAY: the JDK server writes a response's headers and body apart; with Nagle's
        // algorithm the body then waits for the client's delayed acknowledgement, some 40 ms a
        // request (measured: 89 against 3,800 scores per second). Read once, when the JDK's server
        // is first used; a value set on the command line is kept.
        if (System.getProperty(NO_DELAY) == null) System.setProperty(NO_DELAY, "true");
        HttpServer server = HttpServer.create(address, 0);
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "typwerk-http-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.createContext("/", api);
        server.setExecutor(pool);
        server.start();
        return new TypwerkServer(server, pool, api);
    }

    /** The address bound, with the port chosen when 0 was asked for. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    /** {@code http://host:port/}, for people and clients. */
    URI uri() {
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
