package dev.camelcos.component.producer;

import dev.camelcos.client.model.CompleteMultipartUploadResult;
import dev.camelcos.component.CosConstants;

/**
 * completeMultipartUpload: assembles upload {@value CosConstants#UPLOAD_ID} from the parts in
 * {@value CosConstants#PARTS}, or, when that header is absent, from every part COS lists for the upload.
 */
final class CompleteMultipartUploadHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        String key = exchange.key();
        String uploadId = exchange.uploadId();
        CompleteMultipartUploadResult completed = exchange.client().completeMultipartUpload(bucket, key, uploadId,
                PartETags.fromHeader(exchange));
        ResultHeaders.target(exchange, bucket, key);
        ResultHeaders.written(exchange, completed.getETag(), completed.getCrc64(), completed.getVersionId(),
                completed.getRequestId());
    }
}
