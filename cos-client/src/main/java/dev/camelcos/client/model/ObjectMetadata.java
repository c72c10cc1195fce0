package dev.camelcos.client.model;

import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;


/**
 * An object's system and user metadata: what a put sends as headers, and what HEAD and GET answer.
 */
public final class ObjectMetadata {

    public static final String USER_METADATA_PREFIX = "x-cos-meta-";

    private String contentType;
    private Long contentLength;
    private String contentMd5;
    private String cacheControl;
    private String contentDisposition;
    private String contentEncoding;
    private String contentLanguage;
    private String expires;
    private Map<String, String> userMetadata = new TreeMap<>();
    private String storageClass;
    private String etag;
    private Instant lastModified;
    private String crc64;
    private String versionId;
    private String serverSideEncryption;
    private String restore;
    private String requestId;
    private String contentRange;

    /** Reads an answer's headers (HEAD, GET, PUT); names are matched without regard to case. */
    public static ObjectMetadata fromHeaders(HttpHeaders headers) {
        ObjectMetadata m = new ObjectMetadata();
        m.contentType = header(headers, "Content-Type");
        String length = header(headers, "Content-Length");
        m.contentLength = length == null ? null : Long.valueOf(length);
        m.cacheControl = header(headers, "Cache-Control");
        m.contentDisposition = header(headers, "Content-Disposition");
        m.contentEncoding = header(headers, "Content-Encoding");
        m.contentLanguage = header(headers, "Content-Language");
        m.expires = header(headers, "Expires");
        m.contentRange = header(headers, "Content-Range");
        m.storageClass = header(headers, "x-cos-storage-class") != null ? header(headers, "x-cos-storage-class")
                : "STANDARD";
        m.etag = header(headers, "ETag");
        m.lastModified = CosDates.parse(header(headers, "Last-Modified"));
        m.crc64 = header(headers, "x-cos-hash-crc64ecma");
        m.versionId = header(headers, "x-cos-version-id");
        m.serverSideEncryption = header(headers, "x-cos-server-side-encryption");
        m.restore = header(headers, "x-cos-restore");
        m.requestId = header(headers, "x-cos-request-id");
        headers.map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(USER_METADATA_PREFIX) && !values.isEmpty()) {
                m.userMetadata.put(lower.substring(USER_METADATA_PREFIX.length()), values.get(values.size() - 1));
            }
        });
        return m;
    }

    /** A repeated header's last value, as OkHttp and most HTTP stacks read one. */
    private static String header(HttpHeaders headers, String name) {
        var values = headers.allValues(name);
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }

    /** Writes what a put or copy sends: the content headers and {@code x-cos-meta-*}. */
    public void writeTo(BiConsumer<String, String> header) {
        header.accept("Content-Type", contentType);
        header.accept("Content-MD5", contentMd5);
        header.accept("Cache-Control", cacheControl);
        header.accept("Content-Disposition", contentDisposition);
        header.accept("Content-Encoding", contentEncoding);
        header.accept("Content-Language", contentLanguage);
        header.accept("Expires", expires);
        userMetadata.forEach((name, value) -> header.accept(USER_METADATA_PREFIX + name, value));
    }

    public String getContentType() {
        return contentType;
    }

    public ObjectMetadata setContentType(String contentType) {
        this.contentType = contentType;
        return this;
    }

    public Long getContentLength() {
        return contentLength;
    }

    public ObjectMetadata setContentLength(Long contentLength) {
        this.contentLength = contentLength;
        return this;
    }

    public String getContentMd5() {
        return contentMd5;
    }

    /** Base64 MD5 of the body; COS refuses the upload (BadDigest) when it does not match. */
    public ObjectMetadata setContentMd5(String contentMd5) {
        this.contentMd5 = contentMd5;
        return this;
    }

    public String getCacheControl() {
        return cacheControl;
    }

    public ObjectMetadata setCacheControl(String cacheControl) {
        this.cacheControl = cacheControl;
        return this;
    }

    public String getContentDisposition() {
        return contentDisposition;
    }

    public ObjectMetadata setContentDisposition(String contentDisposition) {
        this.contentDisposition = contentDisposition;
        return this;
    }

    public String getContentEncoding() {
        return contentEncoding;
    }

    public ObjectMetadata setContentEncoding(String contentEncoding) {
        this.contentEncoding = contentEncoding;
        return this;
    }

    public String getContentLanguage() {
        return contentLanguage;
    }

    public ObjectMetadata setContentLanguage(String contentLanguage) {
        this.contentLanguage = contentLanguage;
        return this;
    }

    public String getExpires() {
        return expires;
    }

    public ObjectMetadata setExpires(String expires) {
        this.expires = expires;
        return this;
    }

    /** User metadata, names without the {@code x-cos-meta-} prefix. */
    public Map<String, String> getUserMetadata() {
        return userMetadata;
    }

    public ObjectMetadata setUserMetadata(Map<String, String> userMetadata) {
        this.userMetadata = userMetadata == null ? new TreeMap<>() : new TreeMap<>(userMetadata);
        return this;
    }

    public String getStorageClass() {
        return storageClass;
    }

    public String getETag() {
        return etag;
    }

    public Instant getLastModified() {
        return lastModified;
    }

    /** The object's CRC64 as COS computed it (unsigned decimal). */
    public String getCrc64() {
        return crc64;
    }

    public String getVersionId() {
        return versionId;
    }

    public String getServerSideEncryption() {
        return serverSideEncryption;
    }

    /** {@code x-cos-restore} of an archived object: whether a restore is running, and until when it is readable. */
    public String getRestore() {
        return restore;
    }

    public String getRequestId() {
        return requestId;
    }

    /** {@code Content-Range} of a ranged GET. */
    public String getContentRange() {
        return contentRange;
    }

    @Override
    public String toString() {
        return "ObjectMetadata[contentType=" + contentType + ", contentLength=" + contentLength + ", etag=" + etag
                + ", storageClass=" + storageClass + "]";
    }
}
