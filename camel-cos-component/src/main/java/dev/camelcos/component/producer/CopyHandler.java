package dev.camelcos.component.producer;

import dev.camelcos.component.CosConstants;

/**
 * The copy operation: the object named by the copy-source headers copied to the message's bucket and key, in one
 * request up to multipartCopyThreshold, else by parallel part copies pinned to the source's version. It reads the
 * same headers as copyObject: the source, its conditions, and {@value CosConstants#METADATA_DIRECTIVE}.
 */
final class CopyHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) {
        String bucket = exchange.bucket();
        String key = exchange.key();
        Transfers.setResultHeaders(exchange, exchange.transfers().copy(CopySourceHeaders.source(exchange), bucket,
                key, MetadataDirective.newMetadata(exchange), ObjectWriteHeaders.writeOptions(exchange)));
    }
}
