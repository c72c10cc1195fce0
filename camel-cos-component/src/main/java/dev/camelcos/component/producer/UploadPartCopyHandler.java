package dev.camelcos.component.producer;

import dev.camelcos.client.CosValidation;
import dev.camelcos.client.model.CopyPartResult;
import dev.camelcos.component.CosConstants;

/**
 * uploadPartCopy: part {@value CosConstants#PART_NUMBER} of upload {@value CosConstants#UPLOAD_ID} taken from an
 * existing object (the copy source headers), all of it or {@value CosConstants#COPY_SOURCE_RANGE}.
 */
final class UploadPartCopyHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        String key = exchange.key();
        String uploadId = exchange.uploadId();
        int partNumber = exchange.partNumber();
        String range = exchange.checked(CosConstants.COPY_SOURCE_RANGE,
                exchange.header(CosConstants.COPY_SOURCE_RANGE, String.class), CosValidation::range);
        CopyPartResult part = exchange.client().uploadPartCopy(CopySourceHeaders.source(exchange), range, bucket,
                key, uploadId, partNumber);
        ResultHeaders.target(exchange, bucket, key);
        exchange.setHeader(CosConstants.E_TAG, part.getETag());
        exchange.setHeader(CosConstants.CRC64, part.getCrc64());
        exchange.setHeader(CosConstants.LAST_MODIFIED, ResultHeaders.date(part.getLastModified()));
        exchange.setHeader(CosConstants.REQUEST_ID, part.getRequestId());
    }
}
