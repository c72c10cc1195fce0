package dev.camelcos.component.producer;

import dev.camelcos.component.CosConstants;

/**
 * getObjectTagging: GET Object tagging; the body becomes the object's tags, a Map of tag key to value in
 * order (empty when it has none).
 */
final class GetObjectTaggingHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        String key = exchange.key();
        exchange.setBody(exchange.client().getObjectTagging(bucket, key,
                exchange.header(CosConstants.VERSION_ID, String.class)));
        ResultHeaders.target(exchange, bucket, key);
    }
}
