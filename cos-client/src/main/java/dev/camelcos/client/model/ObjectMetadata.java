package dev.camelcos.client.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;


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

    /**
     * Reads an answer's headers (HEAD, GET, PUT).
     *
     * @param header a header's value by name, any case: the last one when the header is repeated (as OkHttp and
     *               most HTTP stacks read one), null when absent
     * @param names  the name of every header of the answer, for the user metadata among them
     */
    public static ObjectMetadata fromHeaders(UnaryOperator<String> header, Iterable<String> names) {
        ObjectMetadata m = new ObjectMetadata();
        m.contentType = header.apply("Content-Type");
        String length = header.apply("Content-Length");
        m.contentLength = length == null ? null : Long.valueOf(length);
        m.cacheControl = header.apply("Cache-Control");
        m.contentDisposition = header.apply("Content-Disposition");
        m.contentEncoding = header.apply("Content-Encoding");
        m.contentLanguage = header.apply("Content-Language");
        m.expires = header.apply("Expires");
        m.contentRange = header.apply("Content-Range");
        String storageClass = header.apply("x-cos-storage-class");
        m.storageClass = storageClass != null ? storageClass : "STANDARD";
        m.etag = header.apply("ETag");
        m.lastModified = CosDates.parse(header.apply("Last-Modified"));
        m.crc64 = header.apply("x-cos-hash-crc64ecma");
        m.versionId = header.apply("x-cos-version-id");
        m.serverSideEncryption = header.apply("x-cos-server-side-encryption");
        m.restore = header.apply("x-cos-restore");
        m.requestId = header.apply("x-cos-request-id");
        for (String name : names) {
            if (name.regionMatches(true, 0, USER_METADATA_PREFIX, 0, USER_METADATA_PREFIX.length())) {
                m.userMetadata.put(name.substring(USER_METADATA_PREFIX.length()).toLowerCase(Locale.ROOT),
                        header.apply(name));
            }
        }
        return m;
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
