package dev.camelcos.component.producer;

import dev.camelcos.client.model.PartListing;
import dev.camelcos.component.CosConstants;

/**
 * listParts: the parts uploaded so far to upload {@value CosConstants#UPLOAD_ID}. Without
 * {@value CosConstants#MARKER} (a part number) and {@value CosConstants#MAX_KEYS} the body is every part (an upload
 * has at most 10000); with either, one page (a List of PartSummary) and the headers say where the next one starts.
 */
final class ListPartsHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        String key = exchange.key();
        String uploadId = exchange.uploadId();
        Integer marker = exchange.header(CosConstants.MARKER, Integer.class);
        Integer maxParts = exchange.maxKeys();
        if (marker == null && maxParts == null) {
            exchange.setBody(exchange.client().listAllParts(bucket, key, uploadId));
        } else {
            PartListing page = exchange.client().listParts(bucket, key, uploadId, maxParts, marker);
            exchange.setHeader(CosConstants.NEXT_MARKER,
                    page.isTruncated() ? String.valueOf(page.getNextPartNumberMarker()) : null);
            exchange.setHeader(CosConstants.IS_TRUNCATED, page.isTruncated());
            exchange.setBody(page.getParts());
        }
        ResultHeaders.target(exchange, bucket, key);
    }
}
