package dev.camelcos.benchmarks;

/**
 * A token bucket in its virtual-scheduling form (GCRA): {@code rate} bytes per second with room for a burst of
 * {@code depth} bytes. It answers when a chunk may leave rather than making anyone wait, so that the caller keeps the
 * schedule (and tests can check it without a clock).
 */
final class TokenBucket {

    private final double nanosPerByte;
    private final long depthNanos;
    /** When the bucket would be full again had nothing more been sent (GCRA's theoretical arrival time). */
    private long full;

    /** @param bitsPerSecond the rate, 0 for no limit */
    TokenBucket(long bitsPerSecond, int depthBytes) {
        if (bitsPerSecond < 0 || depthBytes <= 0) {
            throw new IllegalArgumentException("a token bucket needs a rate >= 0 (got " + bitsPerSecond
                    + " bit/s) and a depth > 0 (got " + depthBytes + " bytes)");
        }
        this.nanosPerByte = bitsPerSecond == 0 ? 0 : 8e9 / bitsPerSecond;
        this.depthNanos = (long) (depthBytes * nanosPerByte);
    }

    /**
     * Takes the tokens of {@code bytes} arriving at {@code nowNanos}; answers when they may leave: at once while the
     * bucket holds enough, else when it has filled up enough again. Chunks are scheduled in the order they ask.
     */
    synchronized long reserve(long nowNanos, int bytes) {
        if (nanosPerByte == 0) {
            return nowNanos;
        }
        long cost = (long) (bytes * nanosPerByte);
        long leave = Math.max(nowNanos, full + cost - depthNanos);
        full = Math.max(leave, full) + cost;
        return leave;
    }
}
