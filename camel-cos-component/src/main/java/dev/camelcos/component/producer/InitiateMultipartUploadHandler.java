package dev.camelcos.component.producer;

import dev.camelcos.client.model.InitiateMultipartUploadResult;
import dev.camelcos.component.CosConstants;

/**
 * initiateMultipartUpload: starts a multipart upload described by the same headers and options as putObject; the
 * answer's {@value CosConstants#UPLOAD_ID} is what the next steps need.
 */
final class InitiateMultipartUploadHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        String key = exchange.key();
        InitiateMultipartUploadResult started = exchange.client().initiateMultipartUpload(bucket, key,
                ObjectWriteHeaders.metadata(exchange), ObjectWriteHeaders.writeOptions(exchange));
        ResultHeaders.target(exchange, bucket, key);
        exchange.setHeader(CosConstants.UPLOAD_ID, started.getUploadId());
    }
}
