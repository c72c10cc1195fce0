package dev.camelcos.component.producer;

import dev.camelcos.component.CosConstants;

/**
 * getBucketCors: GET Bucket cors; the body becomes the bucket's rules, a List of CorsRule (empty when it has none).
 */
final class GetBucketCorsHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        exchange.setBody(exchange.client().getBucketCors(bucket).getRules());
        exchange.setHeader(CosConstants.BUCKET_NAME, bucket);
    }
}
