package dev.camelcos.component.producer;

import dev.camelcos.client.model.PartResult;
import dev.camelcos.component.CosConstants;

/**
 * uploadPart: sends the message body as part {@value CosConstants#PART_NUMBER} of upload
 * {@value CosConstants#UPLOAD_ID}; the part's ETag and CRC64 become headers.
 */
final class UploadPartHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        String key = exchange.key();
        String uploadId = exchange.uploadId();
        int partNumber = exchange.partNumber();
        PartResult part = exchange.client().uploadPart(bucket, key, uploadId, partNumber,
                RequestBodies.of(exchange), exchange.header(CosConstants.CONTENT_MD5, String.class));
        ResultHeaders.target(exchange, bucket, key);
        exchange.setHeader(CosConstants.E_TAG, part.etag());
        exchange.setHeader(CosConstants.CRC64, part.crc64());
    }
}
