package dev.camelcos.component.consumer;

import java.util.Date;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.ObjectSummary;
import dev.camelcos.component.CosConstants;

/** The headers of a consumed object: first what the listing tells, then what its download adds. */
final class ObjectHeaders {

    private ObjectHeaders() {
    }

    static void fromListing(Message message, String bucket, ObjectSummary object) {
        message.setHeader(CosConstants.BUCKET_NAME, bucket);
        message.setHeader(CosConstants.KEY, object.getKey());
        // file-oriented routes (to("file:...") and the like) name what they write after CamelFileName
        message.setHeader(Exchange.FILE_NAME, object.getKey());
        message.setHeader(CosConstants.E_TAG, object.getETag());
        message.setHeader(CosConstants.CONTENT_LENGTH, object.getSize());
        if (object.getLastModified() != null) {
            message.setHeader(CosConstants.LAST_MODIFIED, Date.from(object.getLastModified()));
        }
        message.setHeader(CosConstants.STORAGE_CLASS, object.getStorageClass());
    }

    static void fromDownload(Message message, ObjectMetadata metadata) {
        setIfPresent(message, CosConstants.CONTENT_TYPE, metadata.getContentType());
        setIfPresent(message, CosConstants.CONTENT_LENGTH, metadata.getContentLength());
        setIfPresent(message, CosConstants.VERSION_ID, metadata.getVersionId());
        message.setHeader(CosConstants.METADATA, metadata.getUserMetadata());
    }

    private static void setIfPresent(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        }
    }
}
