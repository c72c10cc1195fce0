package dev.camelcos.client.internal;

import dev.camelcos.client.Crc64;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Computes the CRC64 of a download as it is read and, at its end, compares it with the one COS announced: a
 * corrupted or truncated body fails the read instead of reaching the caller as if it were whole.
 */
final class Crc64CheckingInputStream extends FilterInputStream {

    private final long expected;
    private final String what;
    private final Crc64 crc = new Crc64();
    private boolean checked;

    Crc64CheckingInputStream(InputStream in, long expected, String what) {
        super(in);
        this.expected = expected;
        this.what = what;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            check();
        } else {
            crc.update(b);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n < 0) {
            check();
        } else {
            crc.update(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes must still be counted, so read them.
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 1))];
        long done = 0;
        while (done < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - done));
            if (r < 0) {
                break;
            }
            done += r;
        }
        return done;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check() throws IOException {
        if (!checked) {
            checked = true;
            long actual = crc.value();
            if (actual != expected) {
                throw new IOException("integrity check failed for " + what + ": the CRC64 of the bytes received is "
                        + Crc64.format(actual) + " but COS announced " + Crc64.format(expected));
            }
        }
    }
}
