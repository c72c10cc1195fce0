package dev.camelcos.client.transfer;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adaptive limit against two simulated links, on a clock the test moves: one where each connection is held to a
 * share of the bandwidth (every step takes as long however many run, so more steps move more), and one already full
 * (more steps at once only take longer each).
 */
class StepLimitTest {

    private static final long STEP_BYTES = 8L << 20;
    private static final long STEP_NANOS = 100_000_000;

    @Test
    void onALinkThatLimitsEachConnectionTheStepsInFlightDoubleUpToTheMaximumAndNoFurther() throws Exception {
        AtomicLong clock = new AtomicLong();
        StepLimit limit = StepLimit.adaptive(4, 16, clock::get);
        int most = 0;
        for (int round = 0; round < 40; round++) {
            int steps = limit.current();
            most = Math.max(most, steps);
            runRound(limit, clock, steps, STEP_NANOS);
        }
        assertThat(limit.current()).isEqualTo(16);
        assertThat(most).isEqualTo(16);
    }

    @Test
    void onAFullLinkTheStepsStopGrowingOnceADoublingGainsNothing() throws Exception {
        AtomicLong clock = new AtomicLong();
        StepLimit limit = StepLimit.adaptive(4, 16, clock::get);
        for (int round = 0; round < 40; round++) {
            int steps = limit.current();
            // the link moves one step's bytes per STEP_NANOS whatever the number of steps sharing it
            runRound(limit, clock, steps, STEP_NANOS * steps);
        }
        assertThat(limit.current()).as("4 was measured once, 8 gained nothing").isEqualTo(8);
    }

    @Test
    void aFixedLimitNeverMoves() throws Exception {
        AtomicLong clock = new AtomicLong();
        StepLimit limit = StepLimit.fixed(3);
        for (int round = 0; round < 10; round++) {
            runRound(limit, clock, limit.current(), STEP_NANOS);
        }
        assertThat(limit.current()).isEqualTo(3);
    }

    @Test
    void aMaximumBelowTheStartKeepsTheStart() {
        assertThat(StepLimit.adaptive(4, 2, System::nanoTime).current()).isEqualTo(4);
    }

    /** {@code steps} steps start together and end together after {@code nanos}. */
    private static void runRound(StepLimit limit, AtomicLong clock, int steps, long nanos) throws Exception {
        for (int i = 0; i < steps; i++) {
            limit.acquire();
        }
        clock.addAndGet(nanos);
        for (int i = 0; i < steps; i++) {
            limit.release(STEP_BYTES);
        }
    }
}
