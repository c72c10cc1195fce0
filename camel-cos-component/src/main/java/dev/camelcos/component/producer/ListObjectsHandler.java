package dev.camelcos.component.producer;

import dev.camelcos.client.model.ListObjectsRequest;
import dev.camelcos.client.model.ObjectListing;
import dev.camelcos.component.CosConstants;

/**
 * listObjects. Without {@value CosConstants#MARKER} and {@value CosConstants#MAX_KEYS} the body is every object of the
 * listing as an Iterable that fetches pages as it is walked (so {@code split(body()).streaming()} walks any number of
 * keys holding one page); with either, the body is that one page (a List of ObjectSummary) and the headers say where
 * the next one starts, and the page's common prefixes (the groups a {@value CosConstants#DELIMITER} made) are a
 * header.
 */
final class ListObjectsHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String marker = exchange.header(CosConstants.MARKER, String.class);
        Integer maxKeys = exchange.maxKeys();
        ListObjectsRequest request = new ListObjectsRequest(exchange.bucket())
                .setPrefix(exchange.header(CosConstants.PREFIX, String.class))
                .setDelimiter(exchange.header(CosConstants.DELIMITER, String.class))
                .setMarker(marker)
                .setMaxKeys(maxKeys);
        if (marker == null && maxKeys == null) {
            exchange.setBody(new ObjectListingIterable(exchange.client(), request));
        } else {
            ObjectListing page = exchange.client().listObjects(request);
            exchange.setHeader(CosConstants.NEXT_MARKER, page.getNextMarker());
            exchange.setHeader(CosConstants.IS_TRUNCATED, page.isTruncated());
            exchange.setHeader(CosConstants.COMMON_PREFIXES, page.getCommonPrefixes());
            exchange.setBody(page.getContents());
        }
        exchange.setHeader(CosConstants.BUCKET_NAME, request.getBucket());
    }
}
