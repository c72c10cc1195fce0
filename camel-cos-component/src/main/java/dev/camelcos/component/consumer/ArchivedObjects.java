package dev.camelcos.component.consumer;

import org.apache.camel.spi.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ObjectSummary;
import dev.camelcos.client.model.StorageClass;

/**
 * ARCHIVE and DEEP_ARCHIVE objects, which cannot be read until restored: skipped, or (with restoreArchived) restored
 * and consumed once the restored copy is readable.
 */
final class ArchivedObjects {

    private static final Logger LOG = LoggerFactory.getLogger(ArchivedObjects.class);
    /** What x-cos-restore says once the restored copy can be read. */
    private static final String RESTORED = "ongoing-request=\"false\"";

    private final CosClient client;
    private final ConsumerOptions options;
    private final ExceptionHandler exceptionHandler;

    ArchivedObjects(CosClient client, ConsumerOptions options, ExceptionHandler exceptionHandler) {
        this.client = client;
        this.options = options;
        this.exceptionHandler = exceptionHandler;
    }

    static boolean isArchived(ObjectSummary object) {
        try {
            StorageClass storageClass = StorageClass.parse(object.getStorageClass());
            return storageClass != null && storageClass.isArchive();
        } catch (IllegalArgumentException unknownClass) {
            return false;
        }
    }

    /**
     * Whether the archived object can be read now. When it cannot and restoreArchived is set, its restore is requested
     * (once: a running restore shows in its metadata).
     */
    boolean isReadable(ObjectSummary object) {
        if (options.restore() == null) {
            LOG.debug("Skipping {}: its storage class {} cannot be read without a restore (set restoreArchived=true)",
                    object.getKey(), object.getStorageClass());
            return false;
        }
        try {
            String restore = client.headObject(new GetObjectRequest(options.bucket(), object.getKey())).getRestore();
            if (restore == null) {
                requestRestore(object);
                return false;
            }
            boolean readable = restore.contains(RESTORED);
            if (!readable) {
                LOG.debug("Restore of {} is still running", object.getKey());
            }
            return readable;
        } catch (RuntimeException e) {
            exceptionHandler.handleException("Could not check or request the restore of archived object "
                    + options.bucket() + "/" + object.getKey() + "; it is tried again on a later poll", e);
            return false;
        }
    }

    private void requestRestore(ObjectSummary object) {
        try {
            client.restoreObject(options.bucket(), object.getKey(), null, options.restore());
            LOG.info("Requested the restore of {}/{} ({}, {} day(s)); it is consumed once readable", options.bucket(),
                    object.getKey(), options.restore().getTier(), options.restore().getDays());
        } catch (CosServiceException e) {
            if (!"RestoreAlreadyInProgress".equals(e.errorCode())) {
                throw e;
            }
        }
    }
}
