package dev.camelcos.benchmarks;

import java.io.InputStream;

/**
 * {@code length} pseudo-random bytes made as they are read, never held in memory, and a stream that does not tell
 * its length (available() is 0): what an upload of unknown length sees.
 */
final class GeneratedStream extends InputStream {

    private final long length;
    private long position;
    private long word;

    GeneratedStream(long length) {
        this.length = length;
    }

    @Override
    public int read() {
        if (position == length) {
            return -1;
        }
        return next() & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (position == length) {
            return -1;
        }
        int n = (int) Math.min(len, length - position);
        for (int i = 0; i < n; i++) {
            b[off + i] = next();
        }
        return n;
    }

    private byte next() {
        if ((position & 7) == 0) {
            long z = (position >>> 3) * 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            word = z ^ (z >>> 31);
        }
        return (byte) (word >>> ((position++ & 7) * 8));
    }
}
