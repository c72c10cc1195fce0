package dev.camelcos.client.transfer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientException;
import dev.camelcos.client.CosException;
import dev.camelcos.client.Crc64;
import dev.camelcos.client.model.CompleteMultipartUploadResult;
import dev.camelcos.client.model.PartResult;

/**
 * One multipart upload (or copy) under way: its parts sent in parallel, then Complete, then the end-to-end check of
 * the CRC64 COS computed for the whole object against the combination of the parts' CRC64s. On failure the upload
 * is aborted so that no part is left to be billed, unless it is kept for a later run to resume.
 */
final class MultipartUpload {

    private static final Logger LOG = LoggerFactory.getLogger(MultipartUpload.class);

    @FunctionalInterface
    interface PartSender {
        PartResult send() throws Exception;
    }

    private final CosClient client;
    private final String bucket;
    private final String key;
    private final String uploadId;
    private final boolean keepOnFailure;
    private final ParallelSteps steps;
    private final ProgressTracker progress;
    private final Map<Integer, PartResult> parts = new ConcurrentSkipListMap<>();

    MultipartUpload(CosClient client, String bucket, String key, String uploadId, boolean keepOnFailure,
            Executor executor, StepLimit limit, ProgressTracker progress) {
        this.client = client;
        this.bucket = bucket;
        this.key = key;
        this.uploadId = uploadId;
        this.keepOnFailure = keepOnFailure;
        this.steps = new ParallelSteps(executor, limit, "multipart upload " + uploadId + " of " + bucket + "/" + key);
        this.progress = progress;
    }

    String uploadId() {
        return uploadId;
    }

    /** Sends a part on the pool; {@code always} runs once the part is over, sent or not (e.g. to free its buffer). */
    void submit(PartSender sender, Runnable always) {
        steps.submit(() -> {
            PartResult part = sender.send();
            parts.put(part.partNumber(), part);
            progress.advance(part.size());
            return part.size();
        }, always);
    }

    void submit(PartSender sender) {
        submit(sender, () -> {
        });
    }

    /** The length of a stream of unknown length, once its end is read. */
    void lengthKnown(long bytes) {
        progress.total(bytes);
    }

    boolean failed() {
        return steps.failed();
    }

    TransferResult complete(String expectedCrc64) {
        return complete(expectedCrc64, () -> {
        });
    }

    /**
     * Waits for the parts, completes the upload and checks its CRC64.
     *
     * @param expectedCrc64   the whole object's CRC64 when known in advance (a copy's source), else null
     * @param sourceUnchanged run once every part is sent, before Complete: throws when the source the parts were
     *                        read from has changed meanwhile, and the upload is then aborted, even one kept for resume
     *                        (its parts are a mix of two versions)
     * @throws CosException when a part failed (the upload aborted or kept), the source changed, or the object COS
     *                      assembled does not match its parts (the object deleted)
     */
    TransferResult complete(String expectedCrc64, Runnable sourceUnchanged) {
        try {
            steps.awaitAll();
        } catch (CosException e) {
            throw fail(e);
        }
        try {
            sourceUnchanged.run();
        } catch (RuntimeException e) {
            throw end(e, false);
        }
        List<PartResult> sent = List.copyOf(parts.values());
        long size = sent.stream().mapToLong(PartResult::size).sum();
        CompleteMultipartUploadResult result;
        try {
            result = client.completeMultipartUpload(bucket, key, uploadId,
                    sent.stream().map(PartResult::toPartETag).toList());
        } catch (RuntimeException e) {
            throw fail(e);
        }
        verify(result, sent, expectedCrc64);
        progress.finish();
        return new TransferResult(bucket, key, result.getETag(), result.getCrc64(), result.getVersionId(), uploadId,
                size, sent.size());
    }

    /**
     * Ends the upload after a failure of the caller's own (e.g. reading its stream), or of a part: aborts it unless it
     * is to be resumed.
     *
     * @return the exception to throw, saying what became of the upload
     */
    CosException fail(Throwable cause) {
        return end(cause, keepOnFailure);
    }

    private CosException end(Throwable cause, boolean keep) {
        steps.stop(cause);
        try {
            steps.awaitAll();
        } catch (CosException ignored) {
            // the first failure is the one reported
        }
        CosException failure = ParallelSteps.asCosException(cause, "multipart upload of " + bucket + "/" + key);
        if (keep) {
            LOG.warn("Multipart upload {} of {}/{} failed; its {} parts are kept so that uploading the same file"
                    + " to the same key again resumes it", uploadId, bucket, key, parts.size());
            return failure;
        }
        try {
            client.abortMultipartUpload(bucket, key, uploadId);
        } catch (RuntimeException abortFailure) {
            failure.addSuppressed(abortFailure);
            LOG.warn("Could not abort multipart upload {} of {}/{}: its parts may remain until a lifecycle rule"
                    + " removes them", uploadId, bucket, key, abortFailure);
        }
        return failure;
    }

    private void verify(CompleteMultipartUploadResult result, List<PartResult> sent, String expectedCrc64) {
        Long combined = combinedCrc64(sent);
        String problem = null;
        if (combined != null && result.getCrc64() != null && Crc64.parse(result.getCrc64()) != combined) {
            problem = "COS reports CRC64 " + result.getCrc64() + " for the assembled object but its parts combine to "
                    + Crc64.format(combined);
        } else if (combined != null && expectedCrc64 != null && Crc64.parse(expectedCrc64) != combined) {
            problem = "the source's CRC64 is " + expectedCrc64 + " but the parts copied combine to "
                    + Crc64.format(combined);
        }
        if (combined == null) {
            LOG.debug("Multipart upload {} of {}/{}: not every part has a CRC64, no end-to-end check", uploadId,
                    bucket, key);
        }
        if (problem != null) {
            deleteCorrupt(result);
            throw new CosClientException("multipart upload " + uploadId + " of " + bucket + "/" + key
                    + " failed its integrity check: " + problem + "; the object was deleted", null, false);
        }
    }

    private void deleteCorrupt(CompleteMultipartUploadResult result) {
        try {
            client.deleteObject(bucket, key, result.getVersionId());
        } catch (RuntimeException e) {
            LOG.error("Could not delete {}/{} after its integrity check failed: delete it by hand", bucket, key, e);
        }
    }

    /** The CRC64 of the whole object from its parts', or null when a part has none. */
    private static Long combinedCrc64(List<PartResult> sent) {
        long crc = 0;
        for (PartResult part : sent) {
            if (part.crc64() == null) {
                return null;
            }
            crc = Crc64.combine(crc, Crc64.parse(part.crc64()), part.size());
        }
        return crc;
    }
}
