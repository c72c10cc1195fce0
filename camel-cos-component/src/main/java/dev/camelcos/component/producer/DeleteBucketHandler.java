package dev.camelcos.component.producer;

import dev.camelcos.component.CosConstants;

/** deleteBucket: deletes the bucket, which must be empty (COS answers 409 BucketNotEmpty otherwise). */
final class DeleteBucketHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        exchange.client().deleteBucket(bucket);
        exchange.setHeader(CosConstants.BUCKET_NAME, bucket);
    }
}
