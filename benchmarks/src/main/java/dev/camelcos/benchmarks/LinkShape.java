package dev.camelcos.benchmarks;

import java.time.Duration;

/**
 * The schedule of one direction of one connection over a shaped link: a chunk leaves when both the connection's and
 * the link's aggregate token buckets allow it, and arrives a fixed one-way delay later.
 */
final class LinkShape {

    private final long delayNanos;
    private final TokenBucket connection;
    private final TokenBucket aggregate;

    LinkShape(Duration oneWay, TokenBucket connection, TokenBucket aggregate) {
        this.delayNanos = oneWay.toNanos();
        this.connection = connection;
        this.aggregate = aggregate;
    }

    /** When a chunk of {@code bytes} read at {@code nowNanos} leaves the sender: the next chunk waits for it. */
    long leaves(long nowNanos, int bytes) {
        return aggregate.reserve(connection.reserve(nowNanos, bytes), bytes);
    }

    /** When a chunk that left at {@code leftNanos} reaches the other end. */
    long arrives(long leftNanos) {
        return leftNanos + delayNanos;
    }
}
