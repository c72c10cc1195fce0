package dev.camelcos.component.producer;

import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.PutObjectRequest;

/** putObject: one PUT Object of the message body. */
final class PutObjectHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        String key = exchange.key();
        PutObjectRequest put = new PutObjectRequest(bucket, key, RequestBodies.of(exchange))
                .setMetadata(ObjectWriteHeaders.metadata(exchange))
                .setOptions(ObjectWriteHeaders.writeOptions(exchange));
        ObjectMetadata stored = exchange.client().putObject(put);
        ResultHeaders.target(exchange, bucket, key);
        ResultHeaders.written(exchange, stored.getETag(), stored.getCrc64(), stored.getVersionId(),
                stored.getRequestId());
    }
}
