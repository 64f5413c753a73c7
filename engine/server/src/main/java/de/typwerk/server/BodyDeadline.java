package de.typwerk.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body that must arrive by a deadline. When the deadline passes while the handler waits
 * in a read for more of the body (a client that announced more than it sends, or stalled), the
 * server answers {@code 408} itself, from the thread that keeps the time, and then interrupts the
 * handler's thread in its read, which closes the connection (the JDK's server reads from an
 * interruptible channel): the JDK's server alone would close it, at its own request time limit,
 * without a word. Once the 408 is sent, every read of the body fails, so that the handler answers
 * nothing more; the interrupt is cleared before the handler's thread goes on.
 */
final class BodyDeadline extends FilterInputStream {

    /** What a read of a body that timed out throws: the handler has nobody left to answer. */
    static final class Expired extends IOException {
        Expired() {
            super("the request body did not arrive in time; 408 sent");
        }
    }

    /** The answer sent when the deadline passes in a read. */
    interface Answer {
        void send() throws IOException;
    }

    private final HttpExchange exchange;
    private final Object lock = new Object();
    private boolean reading;
    private Thread reader;
    private boolean ended;
    private boolean expired;
    private boolean touched;
    private boolean lingering;

    BodyDeadline(HttpExchange exchange, InputStream body) {
        super(body);
        this.exchange = exchange;
    }

    /** Whether the request carries a body at all (a length above zero, or chunks). */
    static boolean hasBody(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && !length.trim().equals("0")) return true;
        return exchange.getRequestHeaders().containsKey("Transfer-Encoding");
    }

    /**
     * The deadline has passed: when the handler waits in a read for a body not yet complete and has
     * answered nothing, sends {@code answer} (while the handler cannot go on) and makes every later
     * read fail. Otherwise nothing: a handler that has the body, or is answering, finishes as it would.
     *
     * @return whether {@code answer} was sent
     */
    boolean expire(Answer answer) {
        synchronized (lock) {
            if (lingering && reading && !ended && !expired) {
                // answered already from the headers: the rest of the body is not waited for longer
                expired = true;
                reader.interrupt();
                return false;
            }
            if (!reading || ended || expired || exchange.getResponseCode() != -1) return false;
            expired = true;
            try {
                answer.send();
            } catch (IOException gone) {
                // the client went away: nobody to tell
            }
            // the read waits on the connection's channel: interrupted, it closes the connection, and
            // the client, which has its answer, sees the end of it
            reader.interrupt();
            return true;
        }
    }

    /** Whether nothing of the body has been read yet: a refusal now is one from the headers alone. */
    boolean untouched() {
        synchronized (lock) {
            return !touched && !expired;
        }
    }

    /**
     * The request is answered already, from its headers: what of the body still arrives is read
     * and dropped, so that the client reads the answer rather than a reset connection, until the
     * deadline, which then closes the connection without another answer.
     */
    void linger() {
        synchronized (lock) {
            lingering = true;
        }
    }

    /** Whether a 408 was sent for this body, or the body stopped arriving after an answer from the headers. */
    boolean expired() {
        synchronized (lock) {
            return expired;
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        synchronized (lock) {
            if (expired) throw new Expired();
            reading = true;
            touched = true;
            reader = Thread.currentThread();
        }
        int n;
        try {
            n = in.read(b, off, len);
        } catch (IOException | RuntimeException e) {
            synchronized (lock) {
                reading = false;
                if (expired) throw expiredInRead();
            }
            throw e;
        }
        synchronized (lock) {
            reading = false;
            if (n < 0 && len > 0) ended = true;
            if (expired) throw expiredInRead();
        }
        return n;
    }

    /** The read that the deadline interrupted: its interrupt cleared, for the handler's thread to go on. */
    private static Expired expiredInRead() {
        Thread.interrupted();
        return new Expired();
    }

    @Override
    public long skip(long n) throws IOException {
        // through read, so that a skip that waits for the body is watched as well
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(1, n))];
        long left = n;
        while (left > 0) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, left));
            if (r < 0) break;
            left -= r;
        }
        return n - left;
    }
}
