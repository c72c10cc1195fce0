package dev.camelcos.client;

import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelcos.client.model.MultipartUploadSummary;

/**
 * Initiate is not idempotent: an attempt whose answer was lost has begun an upload whose id the client never learnt,
 * and its retry begins another. After an Initiate that was sent more than once, the uploads of the same key begun
 * while it ran (by COS's Initiated time, with a margin for the clocks) that have no part are those lost attempts'
 * and are aborted, so that none is left to be billed. COS cannot tell them from another writer's upload of the same
 * key begun in those few seconds and still without a part: such an upload would be aborted too, and its writer's
 * next part fails with NoSuchUpload.
 */
final class OrphanUploads {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanUploads.class);
    /** How far COS's clock (and its second-resolution Initiated times) may be from ours. */
    static final Duration CLOCK_MARGIN = Duration.ofSeconds(2);

    private OrphanUploads() {
    }

    /**
     * Aborts the part-less uploads of {@code key} begun between {@code from} and {@code to} (local time), but
     * {@code keep}; a failure to list or abort is logged, never thrown: the Initiate itself is what the caller asked.
     *
     * @param keep the upload the Initiate answered, or null when it failed
     */
    static void abort(CosClient client, String bucket, String key, String keep, Instant from, Instant to) {
        Instant earliest = from.minus(CLOCK_MARGIN);
        Instant latest = to.plus(CLOCK_MARGIN);
        try {
            for (MultipartUploadSummary upload : client.listAllMultipartUploads(bucket, key)) {
                if (isOrphan(client, bucket, key, keep, upload, earliest, latest)) {
                    client.abortMultipartUpload(bucket, key, upload.getUploadId());
                    LOG.info("Aborted multipart upload {} of {}/{}: begun by an Initiate attempt whose answer was"
                            + " lost", upload.getUploadId(), bucket, key);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not look for the uploads of {}/{} that lost Initiate answers began; list them with"
                    + " listMultipartUploads, or let a lifecycle rule abort them", bucket, key, e);
        }
    }

    private static boolean isOrphan(CosClient client, String bucket, String key, String keep,
            MultipartUploadSummary upload, Instant earliest, Instant latest) {
        Instant initiated = upload.getInitiated();
        return upload.getKey().equals(key) && !upload.getUploadId().equals(keep) && initiated != null
                && !initiated.isBefore(earliest) && !initiated.isAfter(latest)
                && client.listParts(bucket, key, upload.getUploadId(), 1, null).getParts().isEmpty();
    }
}
