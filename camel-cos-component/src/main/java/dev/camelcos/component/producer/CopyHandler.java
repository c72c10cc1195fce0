package dev.camelcos.component.producer;

import dev.camelcos.client.model.CopySource;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.transfer.CosTransferManager;
import dev.camelcos.component.CosConstants;

/**
 * The copy operation: the object named by the copy-source headers copied to the message's bucket and key, in one
 * request up to multipartCopyThreshold, else by parallel part copies. With {@value CosConstants#METADATA_DIRECTIVE}
 * {@code Replaced} the copy gets the message's metadata headers; otherwise it keeps the source's.
 */
final class CopyHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) {
        String sourceBucket = exchange.header(CosConstants.COPY_SOURCE_BUCKET_NAME, String.class);
        CopySource source = new CopySource(sourceBucket != null ? sourceBucket : exchange.configuration().getBucketName(),
                exchange.requiredHeader(CosConstants.COPY_SOURCE_KEY, String.class,
                        "the copy operation needs the key of the object to copy"))
                .setRegion(exchange.header(CosConstants.COPY_SOURCE_REGION, String.class))
                .setVersionId(exchange.header(CosConstants.COPY_SOURCE_VERSION_ID, String.class));
        try (CosTransferManager transfers = Transfers.manager(exchange)) {
            Transfers.setResultHeaders(exchange, transfers.copy(source, exchange.bucket(), exchange.key(),
                    newMetadata(exchange), ObjectWriteHeaders.writeOptions(exchange)));
        }
    }

    private static ObjectMetadata newMetadata(CosExchange exchange) {
        String directive = exchange.header(CosConstants.METADATA_DIRECTIVE, String.class);
        if (directive == null || directive.equals("Copy")) {
            return null;
        }
        if (directive.equals("Replaced")) {
            return ObjectWriteHeaders.metadata(exchange);
        }
        throw new IllegalArgumentException("header " + CosConstants.METADATA_DIRECTIVE + " is '" + directive
                + "': it must be Copy (keep the source's metadata) or Replaced (use this message's)");
    }
}
