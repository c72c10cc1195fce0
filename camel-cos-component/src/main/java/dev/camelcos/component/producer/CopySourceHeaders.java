package dev.camelcos.component.producer;

import dev.camelcos.client.CosValidation;
import dev.camelcos.client.model.CopySource;
import dev.camelcos.component.CosConstants;

/**
 * The object a copy reads (copyObject, uploadPartCopy): its bucket (the endpoint's unless given), region, key and
 * version, and the conditional headers, which for a copy apply to the source.
 */
final class CopySourceHeaders {

    private CopySourceHeaders() {
    }

    static CopySource source(CosExchange exchange) {
        String bucket = exchange.header(CosConstants.COPY_SOURCE_BUCKET_NAME, String.class);
        String key = exchange.requiredHeader(CosConstants.COPY_SOURCE_KEY, String.class,
                exchange.operation() + " needs the key of the object to copy");
        CopySource source = new CopySource(
                bucket == null ? exchange.configuration().getBucketName()
                        : exchange.checked(CosConstants.COPY_SOURCE_BUCKET_NAME, bucket, CosValidation::bucket),
                exchange.checked(CosConstants.COPY_SOURCE_KEY, key, CosValidation::key))
                .setRegion(exchange.header(CosConstants.COPY_SOURCE_REGION, String.class))
                .setVersionId(exchange.header(CosConstants.COPY_SOURCE_VERSION_ID, String.class));
        return ReadConditionHeaders.applyTo(source, exchange);
    }
}
