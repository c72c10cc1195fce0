package dev.camelcos.component.producer;

/** abortMultipartUpload: discards an unfinished upload and the parts sent for it. */
final class AbortMultipartUploadHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        String key = exchange.key();
        exchange.client().abortMultipartUpload(bucket, key, exchange.uploadId());
        ResultHeaders.target(exchange, bucket, key);
    }
}
