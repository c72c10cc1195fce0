package dev.camelcos.client.transfer;

import java.util.function.LongSupplier;

/**
 * How many steps (parts, ranges) of one transfer run at once: a fixed number, or, adaptively, a number that doubles
 * while each doubling still raises the transfer's throughput by a tenth, up to a maximum. Over a link where one
 * connection gets a fraction of the bandwidth (most internet paths), throughput grows with the steps in flight
 * until the link or COS is full; on a fast local link it stops growing at once.
 */
abstract class StepLimit {

    /** Waits until one more step may run. */
    abstract void acquire() throws InterruptedException;

    /** A step ended, having moved {@code bytes} (0 when it failed). */
    abstract void release(long bytes);

    /** The steps that may run at once now. */
    abstract int current();

    static StepLimit fixed(int steps) {
        return new Adaptive(steps, steps, System::nanoTime);
    }

    /** Starts at {@code initial} and grows no further than {@code max}; {@code clock} gives nanoseconds. */
    static StepLimit adaptive(int initial, int max, LongSupplier clock) {
        return new Adaptive(initial, Math.max(initial, max), clock);
    }

    static StepLimit of(TransferOptions options, int initial) {
        return options.adaptiveConcurrency() ? adaptive(initial, options.maxConcurrency(), System::nanoTime)
                : fixed(initial);
    }

    private static final class Adaptive extends StepLimit {
        /** A doubling must raise throughput by this factor to be kept growing. */
        private static final double GAIN = 1.1;

        private final int max;
        private final LongSupplier clock;
        private int limit;
        private int running;
        private boolean settled;
        /** Throughput at the level before this one, bytes per nanosecond. */
        private double previousRate;
        private long levelStart = -1;
        private long levelBytes;
        private int levelSteps;

        Adaptive(int initial, int max, LongSupplier clock) {
            this.limit = initial;
            this.max = max;
            this.clock = clock;
            this.settled = initial >= max;
        }

        @Override
        synchronized void acquire() throws InterruptedException {
            while (running >= limit) {
                wait();
            }
            running++;
            if (levelStart < 0) {
                levelStart = clock.getAsLong();
            }
        }

        @Override
        synchronized void release(long bytes) {
            running--;
            levelBytes += bytes;
            levelSteps++;
            // a level is judged once each of its slots has been used twice: the first round includes its ramp-up
            if (!settled && levelSteps >= 2 * limit) {
                long elapsed = Math.max(1, clock.getAsLong() - levelStart);
                double rate = levelBytes / (double) elapsed;
                if (rate > previousRate * GAIN) {
                    previousRate = rate;
                    limit = Math.min(max, limit * 2);
                    settled = limit >= max;
                    levelStart = clock.getAsLong();
                    levelBytes = 0;
                    levelSteps = 0;
                } else {
                    settled = true;
                }
            }
            notifyAll();
        }

        @Override
        synchronized int current() {
            return limit;
        }
    }
}
