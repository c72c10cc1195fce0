package dev.camelcos.component.consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.CopySource;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.ObjectSummary;

/**
 * What becomes of an object once its exchange completed successfully: nothing, deleted (deleteAfterRead) or moved
 * (moveAfterRead: copied, then deleted). Only the version that was processed is copied or deleted: an object
 * overwritten while its exchange ran keeps its new content for the next poll.
 */
final class AfterRead {

    private static final Logger LOG = LoggerFactory.getLogger(AfterRead.class);

    private final CosClient client;
    private final ConsumerOptions options;

    AfterRead(CosClient client, ConsumerOptions options) {
        this.client = client;
        this.options = options;
    }

    /** Applies the action; a failure is thrown to the caller and leaves the object in place. */
    void apply(ObjectSummary object) {
        if (options.moveAfterRead()) {
            String destinationKey = options.destinationKey(object.getKey());
            CopySource source = new CopySource(options.bucket(), object.getKey()).setIfMatch(object.getETag());
            client.copyObject(source, options.destinationBucket(), destinationKey, null, null);
            LOG.debug("Copied {}/{} to {}/{}", options.bucket(), object.getKey(), options.destinationBucket(),
                    destinationKey);
        }
        if (options.moveAfterRead() || options.deleteAfterRead()) {
            deleteIfUnchanged(object);
        }
    }

    /** The version to delete, or null in a bucket without versioning (COS then names the version "null"). */
    private static String versionOf(ObjectMetadata head) {
        String version = head.getVersionId();
        return version == null || version.isBlank() || version.equals("null") ? null : version;
    }

    /**
     * COS has no conditional delete, so the ETag is checked just before, by a HEAD that also names the version. In a
     * versioned bucket that version, the one processed, is the one deleted: a newer version written meanwhile stays
     * and is consumed by a later poll. Without versioning the DELETE takes whatever the key holds, so a version
     * written in the one round trip between the check and the delete would be deleted unprocessed.
     */
    private void deleteIfUnchanged(ObjectSummary object) {
        ObjectMetadata processed;
        try {
            processed = client.headObject(new GetObjectRequest(options.bucket(), object.getKey())
                    .setIfMatch(object.getETag()));
        } catch (CosServiceException e) {
            if (e.statusCode() == 412) {
                LOG.info("{}/{} was overwritten while its exchange ran: it is not deleted, its new content is consumed"
                        + " on a later poll", options.bucket(), object.getKey());
                return;
            }
            if (e.statusCode() == 404) {
                LOG.debug("{}/{} is already gone", options.bucket(), object.getKey());
                return;
            }
            throw e;
        }
        String version = versionOf(processed);
        client.deleteObject(options.bucket(), object.getKey(), version);
        LOG.debug("Deleted {}/{}{}", options.bucket(), object.getKey(), version == null ? "" : " version " + version);
    }
}
