package dev.camelcos.component;

import org.apache.camel.spi.Metadata;

/**
 * Names of the message headers the cos component reads and writes. The names are part of the component's
 * contract: they must not change.
 */
public final class CosConstants {

    // ---- headers read by the producer (several are also set on results) ----

    @Metadata(label = "producer", description = "The operation to perform; overrides the endpoint option operation. A CosOperation or its name as a String.",
              javaType = "dev.camelcos.component.CosOperation")
    public static final String OPERATION = "CamelCosOperation";

    @Metadata(label = "common", description = "The object key. Producer: the key to act on (overrides keyName). Consumer and results: the key of the object.",
              javaType = "String")
    public static final String KEY = "CamelCosKey";

    @Metadata(label = "common", description = "The bucket (BucketName-APPID). Producer: overrides the endpoint bucket for this message. Results: the bucket acted on.",
              javaType = "String")
    public static final String BUCKET_NAME = "CamelCosBucketName";

    @Metadata(label = "common", description = "The Content-Type of the object. Producer: sent on upload. Results: the object's content type.",
              javaType = "String")
    public static final String CONTENT_TYPE = "CamelCosContentType";

    @Metadata(label = "common", description = "The length of the object in bytes. Producer: the length of the body if known in advance (lets a stream be uploaded without buffering). Results: the object's length.",
              javaType = "Long")
    public static final String CONTENT_LENGTH = "CamelCosContentLength";

    @Metadata(label = "producer", description = "The base64-encoded MD5 of the body, sent as Content-MD5 so COS verifies the upload.",
              javaType = "String")
    public static final String CONTENT_MD5 = "CamelCosContentMD5";

    @Metadata(label = "common", description = "The Cache-Control value stored with the object.",
              javaType = "String")
    public static final String CACHE_CONTROL = "CamelCosCacheControl";

    @Metadata(label = "common", description = "The Content-Disposition value stored with the object.",
              javaType = "String")
    public static final String CONTENT_DISPOSITION = "CamelCosContentDisposition";

    @Metadata(label = "common", description = "The Content-Encoding value stored with the object.",
              javaType = "String")
    public static final String CONTENT_ENCODING = "CamelCosContentEncoding";

    @Metadata(label = "common", description = "The Expires value stored with the object (an HTTP date).",
              javaType = "String")
    public static final String EXPIRES = "CamelCosExpires";

    @Metadata(label = "common", description = "User metadata of the object (stored as x-cos-meta-* headers), keys without the prefix.",
              javaType = "java.util.Map<String, String>")
    public static final String METADATA = "CamelCosMetadata";

    @Metadata(label = "common", description = "The storage class of the object; overrides the endpoint option storageClass. Results: the object's storage class.",
              javaType = "String")
    public static final String STORAGE_CLASS = "CamelCosStorageClass";

    @Metadata(label = "producer", description = "The canned ACL to apply (private, public-read, public-read-write, default); overrides the endpoint option acl.",
              javaType = "String")
    public static final String ACL = "CamelCosAcl";

    @Metadata(label = "producer", description = "A byte range to download, in HTTP Range form (e.g. bytes=0-1023).",
              javaType = "String")
    public static final String RANGE = "CamelCosRange";

    @Metadata(label = "producer", description = "Only perform the operation if the object's ETag matches this value.",
              javaType = "String")
    public static final String IF_MATCH = "CamelCosIfMatch";

    @Metadata(label = "producer", description = "Only perform the operation if the object's ETag does not match this value.",
              javaType = "String")
    public static final String IF_NONE_MATCH = "CamelCosIfNoneMatch";

    @Metadata(label = "producer", description = "Only perform the operation if the object was modified after this time.",
              javaType = "java.util.Date")
    public static final String IF_MODIFIED_SINCE = "CamelCosIfModifiedSince";

    @Metadata(label = "producer", description = "Only perform the operation if the object was not modified after this time.",
              javaType = "java.util.Date")
    public static final String IF_UNMODIFIED_SINCE = "CamelCosIfUnmodifiedSince";

    @Metadata(label = "common", description = "The version of the object. Producer: the version to act on. Results: the version created or returned.",
              javaType = "String")
    public static final String VERSION_ID = "CamelCosVersionId";

    @Metadata(label = "producer", description = "For copy operations: the source bucket (BucketName-APPID); defaults to the endpoint bucket.",
              javaType = "String")
    public static final String COPY_SOURCE_BUCKET_NAME = "CamelCosCopySourceBucketName";

    @Metadata(label = "producer", description = "For copy operations: the region of the source bucket; defaults to the endpoint region.",
              javaType = "String")
    public static final String COPY_SOURCE_REGION = "CamelCosCopySourceRegion";

    @Metadata(label = "producer", description = "For copy operations: the key of the source object.",
              javaType = "String")
    public static final String COPY_SOURCE_KEY = "CamelCosCopySourceKey";

    @Metadata(label = "producer", description = "For copy operations: the version of the source object.",
              javaType = "String")
    public static final String COPY_SOURCE_VERSION_ID = "CamelCosCopySourceVersionId";

    @Metadata(label = "producer", description = "For uploadPartCopy: the byte range of the source object to copy (e.g. bytes=0-1048575).",
              javaType = "String")
    public static final String COPY_SOURCE_RANGE = "CamelCosCopySourceRange";

    @Metadata(label = "producer", description = "For copy operations: Copy to keep the source metadata, Replaced to use the metadata headers of this message.",
              javaType = "String")
    public static final String METADATA_DIRECTIVE = "CamelCosMetadataDirective";

    @Metadata(label = "common", description = "The id of a multipart upload. Producer: the upload to act on. Results: the upload created.",
              javaType = "String")
    public static final String UPLOAD_ID = "CamelCosUploadId";

    @Metadata(label = "producer", description = "For uploadPart and uploadPartCopy: the part number (1 to 10000).",
              javaType = "Integer")
    public static final String PART_NUMBER = "CamelCosPartNumber";

    @Metadata(label = "producer", description = "For completeMultipartUpload: the parts to assemble (part numbers with their ETags).",
              javaType = "java.util.List")
    public static final String PARTS = "CamelCosParts";

    @Metadata(label = "producer", description = "For list operations: only return keys that start with this prefix.",
              javaType = "String")
    public static final String PREFIX = "CamelCosPrefix";

    @Metadata(label = "producer", description = "For list operations: the delimiter that groups keys into common prefixes (e.g. /).",
              javaType = "String")
    public static final String DELIMITER = "CamelCosDelimiter";

    @Metadata(label = "producer", description = "For list operations: start listing after this key (or upload id marker for listMultipartUploads).",
              javaType = "String")
    public static final String MARKER = "CamelCosMarker";

    @Metadata(label = "producer", description = "For list operations: the maximum number of entries to return per page (at most 1000).",
              javaType = "Integer")
    public static final String MAX_KEYS = "CamelCosMaxKeys";

    @Metadata(label = "producer", description = "For deleteObjects: the keys to delete in one request (at most 1000).",
              javaType = "java.util.List<String>")
    public static final String KEYS_TO_DELETE = "CamelCosKeysToDelete";

    @Metadata(label = "producer", description = "For restoreObject: how many days the restored copy of an archived object stays available.",
              javaType = "Integer")
    public static final String RESTORE_DAYS = "CamelCosRestoreDays";

    @Metadata(label = "producer", description = "For restoreObject: the retrieval tier (Expedited, Standard, Bulk).",
              javaType = "String")
    public static final String RESTORE_TIER = "CamelCosRestoreTier";

    @Metadata(label = "producer", description = "For optionsObject: the Origin of the CORS preflight request.",
              javaType = "String")
    public static final String ORIGIN = "CamelCosOrigin";

    @Metadata(label = "producer", description = "For optionsObject: the HTTP method of the CORS preflight request.",
              javaType = "String")
    public static final String ACCESS_CONTROL_REQUEST_METHOD = "CamelCosAccessControlRequestMethod";

    @Metadata(label = "producer", description = "For optionsObject: the headers of the CORS preflight request, comma separated.",
              javaType = "String")
    public static final String ACCESS_CONTROL_REQUEST_HEADERS = "CamelCosAccessControlRequestHeaders";

    @Metadata(label = "producer", description = "For createDownloadLink and createUploadLink: how long the pre-signed link stays valid, in milliseconds.",
              javaType = "Long")
    public static final String LINK_EXPIRATION = "CamelCosLinkExpiration";

    @Metadata(label = "producer", description = "For download: the local file path to write the object to instead of returning it as the body.",
              javaType = "String")
    public static final String DOWNLOAD_PATH = "CamelCosDownloadPath";

    // ---- headers set on results ----

    @Metadata(label = "common", description = "The ETag of the object written or read.",
              javaType = "String")
    public static final String E_TAG = "CamelCosETag";

    @Metadata(label = "common", description = "The last modification time of the object.",
              javaType = "java.util.Date")
    public static final String LAST_MODIFIED = "CamelCosLastModified";

    @Metadata(label = "common", description = "The CRC64-ECMA checksum COS computed for the object (x-cos-hash-crc64ecma).",
              javaType = "String")
    public static final String CRC64 = "CamelCosCrc64";

    @Metadata(label = "common", description = "The COS request id of the last request (x-cos-request-id), for support cases.",
              javaType = "String")
    public static final String REQUEST_ID = "CamelCosRequestId";

    @Metadata(label = "producer", description = "For list operations: the marker to pass to get the next page, if the listing was truncated.",
              javaType = "String")
    public static final String NEXT_MARKER = "CamelCosNextMarker";

    @Metadata(label = "producer", description = "For list operations: whether more entries are available after this page.",
              javaType = "Boolean")
    public static final String IS_TRUNCATED = "CamelCosIsTruncated";

    @Metadata(label = "producer", description = "For optionsObject: the allowed origin returned by COS.",
              javaType = "String")
    public static final String ACCESS_CONTROL_ALLOW_ORIGIN = "CamelCosAccessControlAllowOrigin";

    @Metadata(label = "producer", description = "For optionsObject: the allowed methods returned by COS.",
              javaType = "String")
    public static final String ACCESS_CONTROL_ALLOW_METHODS = "CamelCosAccessControlAllowMethods";

    @Metadata(label = "producer", description = "For optionsObject: the allowed headers returned by COS.",
              javaType = "String")
    public static final String ACCESS_CONTROL_ALLOW_HEADERS = "CamelCosAccessControlAllowHeaders";

    @Metadata(label = "producer", description = "For optionsObject: the headers COS allows the browser to expose.",
              javaType = "String")
    public static final String ACCESS_CONTROL_EXPOSE_HEADERS = "CamelCosAccessControlExposeHeaders";

    @Metadata(label = "producer", description = "For optionsObject: how long in seconds the preflight result may be cached.",
              javaType = "Long")
    public static final String ACCESS_CONTROL_MAX_AGE = "CamelCosAccessControlMaxAge";


    private CosConstants() {
    }
}
