package dev.camelcos.component.producer;

import dev.camelcos.client.model.MultipartUploadListing;
import dev.camelcos.component.CosConstants;

/**
 * listMultipartUploads: one page of the uploads begun and neither completed nor aborted (a List of
 * MultipartUploadSummary); the next page starts at {@value CosConstants#NEXT_MARKER} and
 * {@value CosConstants#NEXT_UPLOAD_ID_MARKER}, passed back as {@value CosConstants#MARKER} and
 * {@value CosConstants#UPLOAD_ID_MARKER}.
 */
final class ListMultipartUploadsHandler implements CosOperationHandler {

    @Override
    public void process(CosExchange exchange) throws Exception {
        String bucket = exchange.bucket();
        MultipartUploadListing page = exchange.client().listMultipartUploads(bucket,
                exchange.header(CosConstants.PREFIX, String.class),
                exchange.header(CosConstants.DELIMITER, String.class),
                exchange.header(CosConstants.MARKER, String.class),
                exchange.header(CosConstants.UPLOAD_ID_MARKER, String.class),
                exchange.maxKeys());
        exchange.setHeader(CosConstants.BUCKET_NAME, bucket);
        exchange.setHeader(CosConstants.NEXT_MARKER, page.isTruncated() ? page.getNextKeyMarker() : null);
        exchange.setHeader(CosConstants.NEXT_UPLOAD_ID_MARKER, page.isTruncated() ? page.getNextUploadIdMarker() : null);
        exchange.setHeader(CosConstants.IS_TRUNCATED, page.isTruncated());
        exchange.setHeader(CosConstants.COMMON_PREFIXES, page.getCommonPrefixes());
        exchange.setBody(page.getUploads());
    }
}
