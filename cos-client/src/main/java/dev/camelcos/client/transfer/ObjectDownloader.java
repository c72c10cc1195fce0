package dev.camelcos.client.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelcos.client.CosClientException;
import dev.camelcos.client.CosClient;
import dev.camelcos.client.Crc64;
import dev.camelcos.client.RetryPolicy;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ObjectMetadata;

/**
 * Downloads an object to a file: into a temporary file beside it, by parallel ranged GETs written by position, checked
 * against the object's CRC64, and only then moved onto the target name, so that the target is never a partial or
 * corrupt file. An interrupted download keeps its temporary file and a {@link DownloadJournal}: the next download of
 * the same object version to the same target fetches only the ranges missing. Those two files are the object's own
 * ({@link DownloadFiles}), and a target is written by one download at a time ({@link DownloadTargets}).
 */
final class ObjectDownloader {

    private static final Logger LOG = LoggerFactory.getLogger(ObjectDownloader.class);
    private static final int BUFFER = 64 * 1024;

    private final CosClient client;
    private final TransferOptions options;
    private final Supplier<Executor> threads;

    ObjectDownloader(CosClient client, TransferOptions options, Supplier<Executor> threads) {
        this.client = client;
        this.options = options;
        this.threads = threads;
    }

    DownloadResult download(GetObjectRequest request, Path target) {
        if (request.getRange() != null) {
            throw new IllegalArgumentException("a download fetches the whole object, but range " + request.getRange()
                    + " was given; use getObject for part of an object");
        }
        DownloadFiles files = DownloadFiles.of(target, request);
        String what = "download of " + request.getBucket() + "/" + request.getKey() + " to " + files.target();
        try (DownloadTargets.Claim claim = DownloadTargets.claim(files, what)) {
            ObjectMetadata head = client.headObject(request);
            long size = head.getContentLength() == null ? 0 : head.getContentLength();
            Path parent = files.target().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            DownloadResult result = size < Math.max(1, options.multipartThreshold())
                    ? whole(request, head, size, files)
                    : inRanges(request, head, size, files, what);
            moveInPlace(files.temp(), files.target());
            Files.deleteIfExists(files.journal());
            return result;
        } catch (IOException e) {
            throw ParallelSteps.asCosException(e, what);
        }
    }

    /** One GET streamed to the temporary file; the client checks the whole object's CRC64 at the end of the stream. */
    private DownloadResult whole(GetObjectRequest request, ObjectMetadata head, long size, DownloadFiles files)
            throws IOException {
        Path temp = files.temp();
        try (CosObject object = client.getObject(sameVersion(request, head));
                InputStream in = object.getContent()) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new DownloadResult(request.getBucket(), request.getKey(), files.target(), head.getETag(),
                head.getCrc64(), head.getVersionId(), size, 1, 0);
    }

    private DownloadResult inRanges(GetObjectRequest request, ObjectMetadata head, long size, DownloadFiles files,
            String what) throws IOException {
        PartPlan plan = PartPlan.of(size, options.partSize());
        Path temp = files.temp();
        Path journalFile = files.journal();
        String identity = DownloadJournal.identity(head.getETag(), size, plan.partSize());
        Map<Integer, Long> recorded = Files.exists(temp) ? DownloadJournal.recorded(journalFile, identity) : Map.of();
        if (recorded.isEmpty()) {
            Files.deleteIfExists(temp);
        } else {
            LOG.info("Resuming {}: {} of {} ranges were written before", what, recorded.size(), plan.partCount());
        }
        ProgressTracker progress = new ProgressTracker("download", request.getBucket(), request.getKey(), size,
                options);
        progress.start();
        long[] crcs = new long[plan.partCount()];
        AtomicInteger resumed = new AtomicInteger();
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
                DownloadJournal journal = DownloadJournal.open(journalFile, identity, !recorded.isEmpty())) {
            ParallelSteps steps = new ParallelSteps(threads.get(),
                    StepLimit.of(options, options.downloadConcurrency()), what);
            GetObjectRequest version = sameVersion(request, head);
            for (int n = 1; n <= plan.partCount(); n++) {
                int range = n;
                steps.submit(() -> {
                    Long before = recorded.get(range);
                    if (before != null && writtenBefore(channel, plan, range, before)) {
                        crcs[range - 1] = before;
                        resumed.incrementAndGet();
                    } else {
                        crcs[range - 1] = fetch(version, channel, plan, range);
                        journal.written(range, crcs[range - 1]);
                    }
                    progress.advance(plan.size(range));
                    return plan.size(range);
                });
            }
            steps.awaitAll();
            channel.force(false);
        }
        verify(head, plan, crcs, files, what);
        progress.finish();
        return new DownloadResult(request.getBucket(), request.getKey(), files.target(), head.getETag(),
                head.getCrc64(), head.getVersionId(), size, plan.partCount(), resumed.get());
    }

    /** Whether an earlier run's range is still intact in the temporary file. */
    private static boolean writtenBefore(FileChannel channel, PartPlan plan, int range, long crc) throws IOException {
        return channel.size() >= plan.offset(range) + plan.size(range)
                && FileRangeDigest.of(channel, plan.offset(range), plan.size(range)).crc64() == crc;
    }

    /**
     * One range, by ranged GETs written by position; answers the range's CRC64. A body that breaks (reset, cut short)
     * is asked for again from the byte where it broke, pinned to the same version, as often as the retry policy
     * allows; a failure COS answers has had its retries in the client already.
     */
    private long fetch(GetObjectRequest version, FileChannel channel, PartPlan plan, int range) throws IOException {
        long end = plan.offset(range) + plan.size(range);
        RangeWriter writer = new RangeWriter(channel, plan.offset(range), end);
        RetryPolicy retries = client.config().retryPolicy();
        for (int retry = 0; ; retry++) {
            GetObjectRequest get = copyOf(version).setRange(writer.position, end - 1);
            try (CosObject object = client.getObject(get); InputStream in = object.getContent()) {
                writer.write(in, get.getRange());
                return writer.crc.value();
            } catch (IOException e) {
                if (retry >= retries.maxRetries()) {
                    throw new IOException(get.getRange() + " broke after " + writer.position + " of its bytes up to "
                            + end + " (" + (retry + 1) + " attempts): " + e.getClass().getSimpleName() + ": "
                            + e.getMessage(), e);
                }
                LOG.debug("Range {} of {}/{} broke at byte {}, asking for the rest: {}", range, version.getBucket(),
                        version.getKey(), writer.position, e.toString());
                pause(retries.delayBefore(retry + 1));
            }
        }
    }

    /** Writes a range's bytes by position as they arrive, remembering how far it got and their CRC64. */
    private static final class RangeWriter {
        private final FileChannel channel;
        private final long end;
        private final Crc64 crc = new Crc64();
        private long position;

        RangeWriter(FileChannel channel, long first, long end) {
            this.channel = channel;
            this.position = first;
            this.end = end;
        }

        void write(InputStream in, String range) throws IOException {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (position + n > end) {
                    throw new IOException("COS sent more than the bytes of " + range);
                }
                ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n);
                long at = position;
                while (bytes.hasRemaining()) {
                    at += channel.write(bytes, at);
                }
                crc.update(buffer, 0, n);
                position = at;
            }
            if (position != end) {
                throw new IOException(range + " ended at byte " + position + ", before byte " + end);
            }
        }
    }

    private static void pause(Duration delay) throws IOException {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to ask for the rest of a range");
        }
    }

    private static void verify(ObjectMetadata head, PartPlan plan, long[] crcs, DownloadFiles files, String what)
            throws IOException {
        if (head.getCrc64() == null) {
            LOG.debug("{}: COS gave no CRC64, no end-to-end check", what);
            return;
        }
        long combined = 0;
        for (int n = 1; n <= crcs.length; n++) {
            combined = Crc64.combine(combined, crcs[n - 1], plan.size(n));
        }
        if (combined != Crc64.parse(head.getCrc64())) {
            Files.deleteIfExists(files.temp());
            Files.deleteIfExists(files.journal());
            throw new CosClientException(what + " failed its integrity check: the object's CRC64 is "
                    + head.getCrc64() + " but the bytes received give " + Crc64.format(combined)
                    + "; nothing was kept", null, true);
        }
    }

    /** The data requests of a download: the object version HEAD saw (its ETag), read with the same key and limits. */
    private static GetObjectRequest sameVersion(GetObjectRequest request, ObjectMetadata head) {
        return copyOf(request).setIfMatch(head.getETag());
    }

    private static GetObjectRequest copyOf(GetObjectRequest request) {
        return new GetObjectRequest(request.getBucket(), request.getKey())
                .setVersionId(request.getVersionId())
                .setCustomerKey(request.getCustomerKey())
                .setTrafficLimit(request.getTrafficLimit())
                .setIfMatch(request.getIfMatch());
    }

    private static void moveInPlace(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
