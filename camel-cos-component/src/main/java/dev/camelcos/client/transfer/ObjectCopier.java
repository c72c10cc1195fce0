package dev.camelcos.client.transfer;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.model.CopyObjectResult;
import dev.camelcos.client.model.CopyPartResult;
import dev.camelcos.client.model.CopySource;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.ObjectWriteOptions;
import dev.camelcos.client.model.PartResult;

/**
 * Copies an object inside COS: one PUT Object - Copy below the multipart copy threshold, else Upload Part - Copy of
 * its ranges in parallel, checked at the end against the source's CRC64.
 */
final class ObjectCopier {

    private final CosClient client;
    private final TransferOptions options;
    private final Supplier<Executor> partThreads;

    ObjectCopier(CosClient client, TransferOptions options, Supplier<Executor> partThreads) {
        this.client = client;
        this.options = options;
        this.partThreads = partThreads;
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
        ObjectMetadata head = client.headObject(new GetObjectRequest(source.getBucket(), source.getKey())
                .setVersionId(source.getVersionId()).setCustomerKey(source.getCustomerKey()));
        long size = head.getContentLength() == null ? 0 : head.getContentLength();
        if (size < options.multipartCopyThreshold() || size == 0) {
            return single(source, bucket, key, newMetadata, writeOptions, size);
        }
        return multipart(source, head, size, bucket, key, newMetadata, writeOptions);
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
        MultipartUpload upload = new MultipartUpload(client, bucket, key, uploadId, false, partThreads.get(),
                progress);
        PartPlan plan = PartPlan.of(size, options.copyPartSize());
        try {
            for (int n = 1; n <= plan.partCount(); n++) {
                int partNumber = n;
                upload.submit(() -> {
                    CopyPartResult part = client.uploadPartCopy(source, plan.range(partNumber), bucket, key,
                            uploadId, partNumber);
                    return new PartResult(partNumber, part.getETag(), part.getCrc64(), plan.size(partNumber));
                });
            }
        } catch (RuntimeException e) {
            throw upload.fail(e);
        }
        return upload.complete(head.getCrc64());
    }
}
