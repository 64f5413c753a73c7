package de.typwerk.interop;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that counts the bytes read through it, for a batch's progress. */
public final class CountingStream extends FilterInputStream {

    private long count;

    public CountingStream(InputStream in) {
        super(in);
    }

    /** {@return the bytes read so far} */
    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) count++;
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) count += n;
        return n;
    }
}
