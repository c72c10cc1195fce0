package dev.camelcos.component.producer;

import dev.camelcos.component.CosConstants;

/**
 * deleteBucketCors: DELETE Bucket cors; afterwards COS refuses every cross-origin request. The body is kept.
 */
final class DeleteBucketCorsHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        exchange.client().deleteBucketCors(bucket);
        exchange.setHeader(CosConstants.BUCKET_NAME, bucket);
    }
}
