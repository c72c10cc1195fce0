package dev.camelcos.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;

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
     * Watches the heap while a run goes on: the peak is the most heap in use right after a garbage collection (the
     * live data, not garbage waiting to be collected), over the whole JVM, the embedded emulator included.
     */
    static final class HeapWatch implements AutoCloseable {
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final NotificationListener listener;
        private volatile long peakBytes;
        private volatile int collections;

        HeapWatch() {
            System.gc();
            listener = (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GcInfo info = GarbageCollectionNotificationInfo
                            .from((CompositeData) notification.getUserData()).getGcInfo();
                    long used = info.getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPoolNames().contains(e.getKey()))
                            .mapToLong(e -> e.getValue().getUsed()).sum();
                    synchronized (this) {
                        peakBytes = Math.max(peakBytes, used);
                        collections++;
                    }
                }
            };
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(listener, null, null);
                    emitters.add(emitter);
                }
            }
        }

        /** The peak in MiB; with no collection during the run, the heap in use now (an upper bound). */
        double peakMb() {
            long bytes = collections > 0 ? peakBytes
                    : ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            return bytes / (1024.0 * 1024.0);
        }

        @Override
        public void close() throws ListenerNotFoundException {
            for (NotificationEmitter emitter : emitters) {
                emitter.removeNotificationListener(listener);
            }
        }

        private static List<String> heapPoolNames() {
            return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getName).toList();
        }
    }
}
