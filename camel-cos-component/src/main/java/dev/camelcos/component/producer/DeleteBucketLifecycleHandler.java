package dev.camelcos.component.producer;

import dev.camelcos.component.CosConstants;

/**
 * deleteBucketLifecycle: DELETE Bucket lifecycle. The body is kept.
 */
final class DeleteBucketLifecycleHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        exchange.client().deleteBucketLifecycle(bucket);
        exchange.setHeader(CosConstants.BUCKET_NAME, bucket);
    }
}
