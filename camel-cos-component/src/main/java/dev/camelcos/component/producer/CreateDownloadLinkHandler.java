package dev.camelcos.component.producer;

import java.util.Map;

import dev.camelcos.component.CosConstants;

/**
 * createDownloadLink: the body becomes a pre-signed URL (a String) anyone can GET the object (the version
 * {@value CosConstants#VERSION_ID}, when given) with until it expires. Nothing is sent to COS.
 */
final class CreateDownloadLinkHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        String key = exchange.key();
        String versionId = exchange.header(CosConstants.VERSION_ID, String.class);
        String url = exchange.client().createDownloadLink(bucket, key, LinkExpiration.of(exchange),
                versionId == null ? null : Map.of("versionId", versionId));
        ResultHeaders.target(exchange, bucket, key);
        exchange.setBody(url);
    }
}
