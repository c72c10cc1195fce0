package dev.camelcos.component.producer;

import dev.camelcos.component.CosConstants;

/** deleteObject: DELETE Object (a version of it with {@value CosConstants#VERSION_ID}); a missing key succeeds. */
final class DeleteObjectHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        String key = exchange.key();
        exchange.client().deleteObject(bucket, key, exchange.header(CosConstants.VERSION_ID, String.class));
        ResultHeaders.target(exchange, bucket, key);
    }
}
