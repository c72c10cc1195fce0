package dev.camelcos.component.producer;

import java.time.Instant;
import java.util.Date;

import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.component.CosConstants;

/** The result headers of operations that write or read one object, set the same way by each of them. */
final class ResultHeaders {

    private ResultHeaders() {
    }

    /** Which object the operation acted on. */
    static void target(CosExchange exchange, String bucket, String key) {
        exchange.setHeader(CosConstants.BUCKET_NAME, bucket);
        exchange.setHeader(CosConstants.KEY, key);
    }

    /** What COS answered for an object it stored (put, copy, complete). */
    static void written(CosExchange exchange, String etag, String crc64, String versionId, String requestId) {
        exchange.setHeader(CosConstants.E_TAG, etag);
        exchange.setHeader(CosConstants.CRC64, crc64);
        exchange.setHeader(CosConstants.VERSION_ID, versionId);
        exchange.setHeader(CosConstants.REQUEST_ID, requestId);
    }

    /** Everything HEAD or GET told about an object. */
    static void read(CosExchange exchange, ObjectMetadata metadata) {
        written(exchange, metadata.getETag(), metadata.getCrc64(), metadata.getVersionId(), metadata.getRequestId());
        exchange.setHeader(CosConstants.CONTENT_LENGTH, metadata.getContentLength());
        exchange.setHeader(CosConstants.CONTENT_TYPE, metadata.getContentType());
        exchange.setHeader(CosConstants.CONTENT_RANGE, metadata.getContentRange());
        exchange.setHeader(CosConstants.CACHE_CONTROL, metadata.getCacheControl());
        exchange.setHeader(CosConstants.CONTENT_DISPOSITION, metadata.getContentDisposition());
        exchange.setHeader(CosConstants.CONTENT_ENCODING, metadata.getContentEncoding());
        exchange.setHeader(CosConstants.EXPIRES, metadata.getExpires());
        exchange.setHeader(CosConstants.LAST_MODIFIED, date(metadata.getLastModified()));
        exchange.setHeader(CosConstants.STORAGE_CLASS, metadata.getStorageClass());
        exchange.setHeader(CosConstants.RESTORE, metadata.getRestore());
        exchange.setHeader(CosConstants.METADATA, metadata.getUserMetadata());
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
