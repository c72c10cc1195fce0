package dev.camelcos.benchmarks;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schedules the shaper computes, without a clock: times are what the caller says "now" is. */
class TokenBucketTest {

    /** 8 Mbit/s: one byte per microsecond. */
    private static final long RATE = 8_000_000L;
    private static final long MICROS = 1000;

    @Test
    void aBurstUpToTheDepthLeavesAtOnceThenChunksLeaveAtTheRate() {
        TokenBucket bucket = new TokenBucket(RATE, 2000);
        assertThat(bucket.reserve(0, 1000)).isZero();
        assertThat(bucket.reserve(0, 1000)).isZero();
        assertThat(bucket.reserve(0, 1000)).isEqualTo(1000 * MICROS);
        assertThat(bucket.reserve(0, 1000)).isEqualTo(2000 * MICROS);
        // after an idle time the bucket is full again: a burst of the depth goes at once
        assertThat(bucket.reserve(10_000 * MICROS, 1000)).isEqualTo(10_000 * MICROS);
        assertThat(bucket.reserve(10_000 * MICROS, 1000)).isEqualTo(10_000 * MICROS);
        assertThat(bucket.reserve(10_000 * MICROS, 500)).isEqualTo(10_500 * MICROS);
    }

    @Test
    void withoutARateEveryChunkLeavesWhenItComes() {
        TokenBucket bucket = new TokenBucket(0, 1);
        assertThat(bucket.reserve(5, 1_000_000)).isEqualTo(5);
        assertThat(bucket.reserve(6, 1_000_000)).isEqualTo(6);
    }

    @Test
    void aConnectionIsHeldToTheSlowerOfItsOwnAndTheSharedBucketAndEachChunkArrivesOneDelayLater() {
        TokenBucket aggregate = new TokenBucket(RATE, 1000);
        LinkShape first = new LinkShape(Duration.ofMillis(15), new TokenBucket(RATE * 10, 1000), aggregate);
        LinkShape second = new LinkShape(Duration.ofMillis(15), new TokenBucket(RATE * 10, 1000), aggregate);
        assertThat(first.leaves(0, 1000)).isZero();
        // the shared bucket is empty: the other connection waits for it although its own bucket is full
        assertThat(second.leaves(0, 1000)).isEqualTo(1000 * MICROS);
        assertThat(first.leaves(0, 1000)).isEqualTo(2000 * MICROS);
        assertThat(first.arrives(2000 * MICROS)).isEqualTo(2000 * MICROS + Duration.ofMillis(15).toNanos());
    }

    @Test
    void aBadRateOrDepthIsRefusedWithItsValue() {
        assertThatThrownBy(() -> new TokenBucket(-1, 10)).hasMessageContaining("-1 bit/s");
        assertThatThrownBy(() -> new TokenBucket(10, 0)).hasMessageContaining("0 bytes");
    }
}
