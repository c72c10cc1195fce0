package dev.camelcos.client.transfer;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientException;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.CopyObjectResult;
import dev.camelcos.client.model.CopyPartResult;
import dev.camelcos.client.model.CopySource;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.ObjectWriteOptions;
import dev.camelcos.client.model.PartResult;

/**
 * Copies an object inside COS: one PUT Object - Copy below the multipart copy threshold, else Upload Part - Copy of
 * its ranges in parallel, each pinned to the version of the source the copy began with (its ETag as
 * {@code x-cos-copy-source-If-Match}), so that a source overwritten mid-copy fails the copy instead of giving an
 * object of mixed parts; checked at the end against the source's CRC64. The source's conditions are checked by the
 * HEAD that finds that version, and fail as they fail a single copy (412 PreconditionFailed).
 */
final class ObjectCopier {

    private final CosClient client;
    private final TransferOptions options;
    private final Supplier<Executor> threads;

    ObjectCopier(CosClient client, TransferOptions options, Supplier<Executor> threads) {
        this.client = client;
        this.options = options;
        this.threads = threads;
    }

    /**
     * @param newMetadata the copy's metadata, or null to keep the source's
     */
    TransferResult copy(CopySource source, String bucket, String key, ObjectMetadata newMetadata,
            ObjectWriteOptions writeOptions) {
        Objects.requireNonNull(source, "a copy needs a source");
        if (isOtherRegion(source)) {
            // the source's size can only be asked of its own region's host: copy it in one request
            return single(source, bucket, key, newMetadata, writeOptions, -1);
        }
        ObjectMetadata head = headOf(source);
        long size = head.getContentLength() == null ? 0 : head.getContentLength();
        if (size < options.multipartCopyThreshold() || size == 0) {
            return single(source, bucket, key, newMetadata, writeOptions, size);
        }
        return multipart(source, head, size, bucket, key, newMetadata, writeOptions);
    }

    /** The source's metadata, under its conditions: a copy whose source is not modified fails, as a copy does. */
    private ObjectMetadata headOf(CopySource source) {
        try {
            return client.headObject(new GetObjectRequest(source.getBucket(), source.getKey())
                    .setVersionId(source.getVersionId()).setCustomerKey(source.getCustomerKey()).setConditions(source));
        } catch (CosServiceException e) {
            if (e.statusCode() != 304) {
                throw e;
            }
            // COS answers a copy whose If-None-Match or If-Modified-Since fails with 412, a HEAD with 304
            throw new CosServiceException(412, "PreconditionFailed", "the copy source " + source
                    + " does not meet its conditions (its HEAD was answered 304 Not Modified)", e.requestId(),
                    e.traceId(), e.resource());
        }
    }

    private boolean isOtherRegion(CopySource source) {
        return source.getRegion() != null && !source.getRegion().equals(client.config().region());
    }

    private TransferResult single(CopySource source, String bucket, String key, ObjectMetadata newMetadata,
            ObjectWriteOptions writeOptions, long size) {
        CopyObjectResult result = client.copyObject(source, bucket, key, newMetadata, writeOptions);
        return new TransferResult(bucket, key, result.getETag(), result.getCrc64(), result.getVersionId(), null,
                size, 1);
    }

    private TransferResult multipart(CopySource source, ObjectMetadata head, long size, String bucket, String key,
            ObjectMetadata newMetadata, ObjectWriteOptions writeOptions) {
        // Upload Part - Copy takes no metadata: the new object gets the source's unless told otherwise, as a copy
        ObjectMetadata metadata = WritableMetadata.of(newMetadata != null ? newMetadata : head);
        String uploadId = client.initiateMultipartUpload(bucket, key, metadata, writeOptions).getUploadId();
        ProgressTracker progress = new ProgressTracker("copy", bucket, key, size, options);
        progress.start();
        MultipartUpload upload = new MultipartUpload(client, bucket, key, uploadId, false, threads.get(),
                StepLimit.of(options, options.uploadConcurrency()), progress);
        PartPlan plan = PartPlan.of(size, options.copyPartSize());
        // the caller's conditions held for this version (HEAD), so pinning it keeps them
        CopySource pinned = head.getETag() == null ? source : source.withIfMatch(head.getETag());
        try {
            for (int n = 1; n <= plan.partCount(); n++) {
                int partNumber = n;
                upload.submit(() -> {
                    CopyPartResult part = client.uploadPartCopy(pinned, plan.range(partNumber), bucket, key,
                            uploadId, partNumber);
                    return new PartResult(partNumber, part.getETag(), part.getCrc64(), plan.size(partNumber));
                });
            }
        } catch (RuntimeException e) {
            throw upload.fail(e);
        }
        try {
            return upload.complete(head.getCrc64());
        } catch (CosServiceException e) {
            if (e.statusCode() == 412) {
                throw new CosClientException("copy of " + source + " to " + bucket + "/" + key + " failed: the source"
                        + " changed while it was copied (a part copy pinned to its ETag " + head.getETag()
                        + ", the version the copy began with, was refused with 412 PreconditionFailed); upload "
                        + uploadId + " was aborted and nothing was stored", e, false);
            }
            throw e;
        }
    }
}
