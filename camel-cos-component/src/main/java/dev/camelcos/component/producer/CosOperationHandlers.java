package dev.camelcos.component.producer;

import java.util.EnumMap;
import java.util.Map;

import dev.camelcos.component.CosOperation;

/** Which handler performs which operation: the producer's whole dispatch, one line per operation. */
public final class CosOperationHandlers {

    private static final Map<CosOperation, CosOperationHandler> HANDLERS = new EnumMap<>(CosOperation.class);

    static {
        HANDLERS.put(CosOperation.putObject, new PutObjectHandler());
        HANDLERS.put(CosOperation.getObject, new GetObjectHandler());
        HANDLERS.put(CosOperation.headObject, new HeadObjectHandler());
        HANDLERS.put(CosOperation.copyObject, new CopyObjectHandler());
        HANDLERS.put(CosOperation.deleteObject, new DeleteObjectHandler());
        HANDLERS.put(CosOperation.deleteObjects, new DeleteObjectsHandler());
        HANDLERS.put(CosOperation.listObjects, new ListObjectsHandler());
        HANDLERS.put(CosOperation.restoreObject, new RestoreObjectHandler());
        HANDLERS.put(CosOperation.optionsObject, new OptionsObjectHandler());

        HANDLERS.put(CosOperation.initiateMultipartUpload, new InitiateMultipartUploadHandler());
        HANDLERS.put(CosOperation.uploadPart, new UploadPartHandler());
        HANDLERS.put(CosOperation.uploadPartCopy, new UploadPartCopyHandler());
        HANDLERS.put(CosOperation.listParts, new ListPartsHandler());
        HANDLERS.put(CosOperation.completeMultipartUpload, new CompleteMultipartUploadHandler());
        HANDLERS.put(CosOperation.abortMultipartUpload, new AbortMultipartUploadHandler());
        HANDLERS.put(CosOperation.listMultipartUploads, new ListMultipartUploadsHandler());

        HANDLERS.put(CosOperation.createDownloadLink, new CreateDownloadLinkHandler());
        HANDLERS.put(CosOperation.createUploadLink, new CreateUploadLinkHandler());
        HANDLERS.put(CosOperation.createUploadForm, new CreateUploadFormHandler());

        HANDLERS.put(CosOperation.listBuckets, new ListBucketsHandler());
        HANDLERS.put(CosOperation.headBucket, new HeadBucketHandler());
        HANDLERS.put(CosOperation.createBucket, new CreateBucketHandler());
        HANDLERS.put(CosOperation.deleteBucket, new DeleteBucketHandler());

        HANDLERS.put(CosOperation.upload, new UploadHandler());
        HANDLERS.put(CosOperation.copy, new CopyHandler());
        HANDLERS.put(CosOperation.download, new DownloadHandler());
        HANDLERS.put(CosOperation.batchUpload, new BatchUploadHandler());

        HANDLERS.put(CosOperation.putBucketCors, new PutBucketCorsHandler());
        HANDLERS.put(CosOperation.getBucketCors, new GetBucketCorsHandler());
        HANDLERS.put(CosOperation.deleteBucketCors, new DeleteBucketCorsHandler());
        HANDLERS.put(CosOperation.putBucketLifecycle, new PutBucketLifecycleHandler());
        HANDLERS.put(CosOperation.getBucketLifecycle, new GetBucketLifecycleHandler());
        HANDLERS.put(CosOperation.deleteBucketLifecycle, new DeleteBucketLifecycleHandler());
        HANDLERS.put(CosOperation.putObjectTagging, new PutObjectTaggingHandler());
        HANDLERS.put(CosOperation.getObjectTagging, new GetObjectTaggingHandler());
        HANDLERS.put(CosOperation.deleteObjectTagging, new DeleteObjectTaggingHandler());
    }

    private CosOperationHandlers() {
    }

    public static CosOperationHandler forOperation(CosOperation operation) {
        CosOperationHandler handler = HANDLERS.get(operation);
        if (handler == null) {
            throw new UnsupportedOperationException("cos operation " + operation + " is not implemented");
        }
        return handler;
    }
}
