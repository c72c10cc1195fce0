package dev.camelcos.client.transfer;

import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the bytes of one transfer, tells the listener after each step, and logs a line at most once per interval so
 * that someone watching a long route sees it move.
 */
final class ProgressTracker {

    private static final Logger LOG = LoggerFactory.getLogger(CosTransferManager.class);

    private final String operation;
    private final String bucket;
    private final String key;
    private final TransferProgressListener listener;
    private final long logIntervalNanos;
    private final long startNanos = System.nanoTime();
    private long lastLogNanos = startNanos;
    private boolean logged;
    private long total;
    private long transferred;

    ProgressTracker(String operation, String bucket, String key, long total, TransferOptions options) {
        this.operation = operation;
        this.bucket = bucket;
        this.key = key;
        this.total = total;
        this.listener = options.progressListener();
        this.logIntervalNanos = options.progressLogInterval().toNanos();
    }

    synchronized void start() {
        tell(false);
    }

    synchronized void advance(long bytes) {
        transferred += bytes;
        TransferProgress progress = tell(false);
        long now = System.nanoTime();
        if (now - lastLogNanos >= logIntervalNanos) {
            lastLogNanos = now;
            logged = true;
            LOG.info("{} {}/{}: {}", operation, bucket, key, describe(progress));
        }
    }

    /** The size of a stream of unknown length, once its end is read. */
    synchronized void total(long bytes) {
        total = bytes;
    }

    synchronized void finish() {
        TransferProgress progress = tell(true);
        // a transfer short enough to have logged nothing stays quiet at INFO
        if (logged) {
            LOG.info("{} {}/{} done: {}", operation, bucket, key, describe(progress));
        } else {
            LOG.debug("{} {}/{} done: {}", operation, bucket, key, describe(progress));
        }
    }

    private TransferProgress tell(boolean done) {
        TransferProgress progress = new TransferProgress(operation, bucket, key, transferred, total,
                Duration.ofNanos(System.nanoTime() - startNanos), done);
        if (listener != null) {
            try {
                listener.onProgress(progress);
            } catch (RuntimeException e) {
                LOG.warn("Progress listener {} failed; the transfer goes on", listener, e);
            }
        }
        return progress;
    }

    private static String describe(TransferProgress p) {
        double mib = TransferOptions.MIB;
        String of = p.totalBytes() < 0 ? "" : String.format(Locale.ROOT, " of %.1f MiB (%.0f%%)",
                p.totalBytes() / mib, p.percent());
        return String.format(Locale.ROOT, "%.1f MiB%s in %.1f s, %.1f MiB/s", p.bytesTransferred() / mib, of,
                p.elapsed().toMillis() / 1000.0, p.bytesPerSecond() / mib);
    }
}
