package dev.camelcos.component.producer;

import dev.camelcos.component.CosConstants;

/**
 * headBucket: succeeds when the bucket exists and these credentials may use it; otherwise fails with COS's 404 or
 * 403. The body is left as it was.
 */
final class HeadBucketHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        exchange.client().headBucket(bucket);
        exchange.setHeader(CosConstants.BUCKET_NAME, bucket);
    }
}
