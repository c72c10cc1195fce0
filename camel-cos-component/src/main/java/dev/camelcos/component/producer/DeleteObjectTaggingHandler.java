package dev.camelcos.component.producer;

import dev.camelcos.component.CosConstants;

/**
 * deleteObjectTagging: DELETE Object tagging, removing all the object's tags. The body is kept.
 */
final class DeleteObjectTaggingHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        String key = exchange.key();
        exchange.client().deleteObjectTagging(bucket, key, exchange.header(CosConstants.VERSION_ID, String.class));
        ResultHeaders.target(exchange, bucket, key);
    }
}
