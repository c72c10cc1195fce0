package dev.camelcos.component.producer;

import dev.camelcos.component.CosConstants;

/**
 * putObjectTagging: PUT Object tagging, the body's Map of tag key to value (at most 10) replacing the
 * object's tags (of the version {@value CosConstants#VERSION_ID} names, if set). The body is kept.
 */
final class PutObjectTaggingHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        String key = exchange.key();
        exchange.client().putObjectTagging(bucket, key, exchange.header(CosConstants.VERSION_ID, String.class),
                ConfigurationBodies.tags(exchange));
        ResultHeaders.target(exchange, bucket, key);
    }
}
