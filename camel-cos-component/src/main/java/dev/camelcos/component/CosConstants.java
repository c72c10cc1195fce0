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

    @Metadata(label = "common", description = "Describes: the bucket (BucketName-APPID) an object was read from or written to (set by the consumer and by every operation). Never read by the producer: a message from one bucket is written to the endpoint's bucket; use CamelCosOverrideBucketName to act on another.",
              javaType = "String")
    public static final String BUCKET_NAME = "CamelCosBucketName";

    @Metadata(label = "producer", description = "Instructs: the bucket (BucketName-APPID) this message's operation acts on instead of the endpoint's. Read by every producer operation; set by none.",
              javaType = "String")
    public static final String OVERRIDE_BUCKET_NAME = "CamelCosOverrideBucketName";

    @Metadata(label = "common", description = "The Content-Type of the object. Producer: sent on upload. Results: the object's content type.",
              javaType = "String")
    public static final String CONTENT_TYPE = "CamelCosContentType";

    @Metadata(label = "common", description = "Describes: the length in bytes of the object read or written (of the range, for a ranged getObject). Never read by the producer as the length of a body: see CamelCosBodyLength.",
              javaType = "Long")
    public static final String CONTENT_LENGTH = "CamelCosContentLength";

    @Metadata(label = "producer", description = "Instructs: the exact length of an InputStream body that putObject, upload or uploadPart sends, when known in advance; the write fails, and nothing is stored, when the stream is longer or shorter. Unset: the length a re-readable stream (Camel's stream cache, a COS object body) knows, else the stream is sent as one of unknown length. Ignored for byte[], String and file bodies, whose length is known.",
              javaType = "Long")
    public static final String BODY_LENGTH = "CamelCosBodyLength";

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

    @Metadata(label = "common", description = "Describes: the storage class of the object read (consumer, getObject, headObject). Never read by the producer: a write uses CamelCosOverrideStorageClass, else the endpoint option storageClass, else the bucket's default.",
              javaType = "String")
    public static final String STORAGE_CLASS = "CamelCosStorageClass";

    @Metadata(label = "producer", description = "Instructs: the storage class of the object this message writes (putObject, upload, copyObject, copy, initiateMultipartUpload), over the endpoint option storageClass.",
              javaType = "String")
    public static final String OVERRIDE_STORAGE_CLASS = "CamelCosOverrideStorageClass";

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

    @Metadata(label = "producer", description = "For copy operations: the region of the source bucket; defaults to the endpoint region. The conditional headers (CamelCosIfMatch...) apply to the source.",
              javaType = "String")
    public static final String COPY_SOURCE_REGION = "CamelCosCopySourceRegion";

    @Metadata(label = "producer", description = "For copy operations (required): the key of the source object.",
              javaType = "String")
    public static final String COPY_SOURCE_KEY = "CamelCosCopySourceKey";

    @Metadata(label = "producer", description = "For copy operations: the version of the source object.",
              javaType = "String")
    public static final String COPY_SOURCE_VERSION_ID = "CamelCosCopySourceVersionId";

    @Metadata(label = "producer", description = "For uploadPartCopy: the byte range of the source object to copy (e.g. bytes=0-1048575); the whole object when unset.",
              javaType = "String")
    public static final String COPY_SOURCE_RANGE = "CamelCosCopySourceRange";

    @Metadata(label = "producer", description = "For copyObject: Copy (the default) to keep the source's metadata, Replaced to give the copy the metadata headers of this message (CamelCosContentType, CamelCosMetadata...).",
              javaType = "String")
    public static final String METADATA_DIRECTIVE = "CamelCosMetadataDirective";

    @Metadata(label = "common", description = "The id of a multipart upload. Producer: the upload to act on. Results: the upload created.",
              javaType = "String")
    public static final String UPLOAD_ID = "CamelCosUploadId";

    @Metadata(label = "producer", description = "For uploadPart and uploadPartCopy (required): the part number (1 to 10000).",
              javaType = "Integer")
    public static final String PART_NUMBER = "CamelCosPartNumber";

    @Metadata(label = "producer", description = "For completeMultipartUpload: the parts to assemble, a List of dev.camelcos.client.model.PartETag or of Map with the keys partNumber and etag. When absent, the producer lists the uploaded parts itself and assembles all of them.",
              javaType = "java.util.List")
    public static final String PARTS = "CamelCosParts";

    @Metadata(label = "producer", description = "For list operations: only return keys that start with this prefix.",
              javaType = "String")
    public static final String PREFIX = "CamelCosPrefix";

    @Metadata(label = "producer", description = "For list operations: the delimiter that groups keys into common prefixes (e.g. /).",
              javaType = "String")
    public static final String DELIMITER = "CamelCosDelimiter";

    @Metadata(label = "producer", description = "For list operations: start listing after this key (listObjects; listMultipartUploads, as its key-marker), or after this part number (listParts). Setting it makes listObjects and listParts answer one page.",
              javaType = "String")
    public static final String MARKER = "CamelCosMarker";

    @Metadata(label = "producer", description = "For listMultipartUploads: with CamelCosMarker, start listing after this upload id of that key (the CamelCosNextUploadIdMarker of the previous page).",
              javaType = "String")
    public static final String UPLOAD_ID_MARKER = "CamelCosUploadIdMarker";

    @Metadata(label = "producer", description = "For list operations: the maximum number of entries per page (1 to 1000): keys for listObjects, parts for listParts, uploads for listMultipartUploads. Setting it makes listObjects and listParts answer one page.",
              javaType = "Integer")
    public static final String MAX_KEYS = "CamelCosMaxKeys";

    @Metadata(label = "producer", description = "For deleteObjects: the keys to delete, a Collection of String or of ObjectSummary (e.g. a listObjects page); lists longer than 1000 keys are sent as several requests.",
              javaType = "java.util.List<String>")
    public static final String KEYS_TO_DELETE = "CamelCosKeysToDelete";

    @Metadata(label = "producer", description = "For restoreObject (required): how many days the restored copy of an archived object stays readable, at least 1.",
              javaType = "Integer")
    public static final String RESTORE_DAYS = "CamelCosRestoreDays";

    @Metadata(label = "producer", description = "For restoreObject: the retrieval tier, one of Expedited, Standard, Bulk; Standard when unset.",
              javaType = "String")
    public static final String RESTORE_TIER = "CamelCosRestoreTier";

    @Metadata(label = "producer", description = "For optionsObject (required): the Origin of the CORS preflight request, e.g. https://www.example.com.",
              javaType = "String")
    public static final String ORIGIN = "CamelCosOrigin";

    @Metadata(label = "producer", description = "For optionsObject (required): the HTTP method of the CORS preflight request, e.g. PUT.",
              javaType = "String")
    public static final String ACCESS_CONTROL_REQUEST_METHOD = "CamelCosAccessControlRequestMethod";

    @Metadata(label = "producer", description = "For optionsObject: the headers of the CORS preflight request, comma separated.",
              javaType = "String")
    public static final String ACCESS_CONTROL_REQUEST_HEADERS = "CamelCosAccessControlRequestHeaders";

    @Metadata(label = "producer", description = "For createDownloadLink and createUploadLink: how long the pre-signed link stays valid, in seconds; 3600 (one hour) when unset.",
              javaType = "Long")
    public static final String LINK_EXPIRATION = "CamelCosLinkExpiration";

    @Metadata(label = "producer", description = "For download: the local file path to write the object to instead of returning it as the body.",
              javaType = "String")
    public static final String DOWNLOAD_PATH = "CamelCosDownloadPath";

    @Metadata(label = "producer", description = "For createUploadForm: how long the upload form stays valid, in seconds; 3600 (one hour) when unset.",
              javaType = "Long")
    public static final String FORM_EXPIRATION = "CamelCosFormExpiration";

    @Metadata(label = "producer", description = "For createUploadForm: the smallest file, in bytes, the form accepts.",
              javaType = "Long")
    public static final String FORM_MIN_SIZE = "CamelCosFormMinSize";

    @Metadata(label = "producer", description = "For createUploadForm: the largest file, in bytes, the form accepts.",
              javaType = "Long")
    public static final String FORM_MAX_SIZE = "CamelCosFormMaxSize";

    @Metadata(label = "producer", description = "For createUploadForm: the status COS answers a successful post with: 200, 201 (with an XML document) or 204 (the default).",
              javaType = "Integer")
    public static final String FORM_SUCCESS_ACTION_STATUS = "CamelCosFormSuccessActionStatus";

    @Metadata(label = "producer", description = "For createUploadForm: the URL COS redirects the browser to (303) after a successful post, with bucket, key and etag appended as query parameters.",
              javaType = "String")
    public static final String FORM_SUCCESS_ACTION_REDIRECT = "CamelCosFormSuccessActionRedirect";

    // ---- headers set on results ----

    @Metadata(label = "common", description = "The ETag of the object written or read, or of the part uploaded (uploadPart, uploadPartCopy: pass it on in CamelCosParts), as COS answers it: in double quotes, as If-Match expects it.",
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

    @Metadata(label = "producer", description = "For listMultipartUploads: the upload id marker to pass (as CamelCosUploadIdMarker, with CamelCosNextMarker as CamelCosMarker) to get the next page.",
              javaType = "String")
    public static final String NEXT_UPLOAD_ID_MARKER = "CamelCosNextUploadIdMarker";

    @Metadata(label = "producer", description = "For listObjects answering one page and listMultipartUploads: the common prefixes of the page (the groups the delimiter made), as a List of String.",
              javaType = "java.util.List<String>")
    public static final String COMMON_PREFIXES = "CamelCosCommonPrefixes";

    @Metadata(label = "producer", description = "For deleteObjects: the keys deleted, as a List of String (the body holds the full DeleteResult).",
              javaType = "java.util.List<String>")
    public static final String DELETED_KEYS = "CamelCosDeletedKeys";

    @Metadata(label = "producer", description = "For deleteObjects: the keys COS could not delete, as a List of String (empty when all were deleted; the body's DeleteResult says why each failed).",
              javaType = "java.util.List<String>")
    public static final String FAILED_KEYS = "CamelCosFailedKeys";

    @Metadata(label = "producer", description = "For getObject with CamelCosRange: the Content-Range COS answered, e.g. bytes 0-1023/4096.",
              javaType = "String")
    public static final String CONTENT_RANGE = "CamelCosContentRange";

    @Metadata(label = "producer", description = "For headObject and getObject of an archived object: COS's x-cos-restore value, e.g. ongoing-request=\"false\", expiry-date=\"...\" once restored; absent when no restore was asked.",
              javaType = "String")
    public static final String RESTORE = "CamelCosRestore";

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
