package dev.camelcos.component.producer;

import dev.camelcos.component.CosConstants;

/**
 * getBucketLifecycle: GET Bucket lifecycle; the body becomes the bucket's rules, a List of LifecycleRule (empty
 * when it has none).
 */
final class GetBucketLifecycleHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        exchange.setBody(exchange.client().getBucketLifecycle(bucket).getRules());
        exchange.setHeader(CosConstants.BUCKET_NAME, bucket);
    }
}
