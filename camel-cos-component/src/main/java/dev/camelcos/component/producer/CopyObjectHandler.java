package dev.camelcos.component.producer;

import dev.camelcos.client.model.CopyObjectResult;
import dev.camelcos.client.model.CopySource;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.component.CosConstants;

/**
 * copyObject: one PUT Object - Copy (objects up to 5 GB) of the source headers' object to the key of this message.
 * The copy keeps the source's metadata unless {@value CosConstants#METADATA_DIRECTIVE} is Replaced; the storage
 * class, ACL and encryption of the copy come from the headers and options as for putObject.
 */
final class CopyObjectHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        String key = exchange.key();
        CopySource source = CopySourceHeaders.source(exchange);
        ObjectMetadata newMetadata = MetadataDirective.newMetadata(exchange);
        CopyObjectResult copied = exchange.client().copyObject(source, bucket, key, newMetadata,
                ObjectWriteHeaders.writeOptions(exchange));
        ResultHeaders.target(exchange, bucket, key);
        ResultHeaders.written(exchange, copied.getETag(), copied.getCrc64(), copied.getVersionId(),
                copied.getRequestId());
        exchange.setHeader(CosConstants.LAST_MODIFIED, ResultHeaders.date(copied.getLastModified()));
    }
}
