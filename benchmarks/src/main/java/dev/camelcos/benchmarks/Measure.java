package dev.camelcos.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;


/** Timing: medians, throughput of several callers, transfer rates, peak heap. */
final class Measure {

    @FunctionalInterface
    interface Run {
        /** One run (number 0 is the warm-up); answers its figure (ops/s, MB/s...). */
        double run(int runNumber) throws Exception;
    }

    @FunctionalInterface
    interface Op {
        void call(int index) throws Exception;
    }

    private Measure() {
    }

    static double median(List<Double> figures) {
        List<Double> sorted = new ArrayList<>(figures);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** {@code ops} calls shared by {@code callers} threads; answers calls per second. */
    static double opsPerSecond(int callers, int ops, Op op) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> workers = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < callers; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < ops; i = next.getAndIncrement()) {
                        op.call(i);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return ops / seconds(start);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Megabytes (10^6 bytes) per second of a transfer of {@code bytes} that started at {@code startNanos}. */
    static double megabytesPerSecond(long bytes, long startNanos) {
        return bytes / 1e6 / seconds(startNanos);
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * The most heap that was live (still referenced) while {@code run} ran, in MiB: a collection is forced every
     * 250 ms and the heap in use right after it sampled. Over the whole JVM, the embedded emulator included. The
     * forced collections slow the run down, so it is an extra run, not one of the timed ones.
     */
    static double peakLiveHeapMb(Callable<?> run) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Runnable sample = () -> {
            System.gc();
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        };
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        try {
            sampler.scheduleWithFixedDelay(sample, 0, 250, TimeUnit.MILLISECONDS);
            run.call();
        } finally {
            sampler.shutdown();
            sampler.awaitTermination(1, TimeUnit.MINUTES);
        }
        return peak.get() / (1024.0 * 1024.0);
    }
}
