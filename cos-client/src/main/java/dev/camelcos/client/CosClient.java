package dev.camelcos.client;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Supplier;

import dev.camelcos.client.internal.ContentMd5;
import dev.camelcos.client.CorruptedUploadException;
import dev.camelcos.client.internal.CosRequest;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.internal.CosTransport;
import dev.camelcos.client.internal.CosXml;
import dev.camelcos.client.model.BucketListing;
import dev.camelcos.client.model.BucketSummary;
import dev.camelcos.client.model.CompleteMultipartUpload;
import dev.camelcos.client.model.CompleteMultipartUploadResult;
import dev.camelcos.client.model.CopyObjectResult;
import dev.camelcos.client.model.CopyPartResult;
import dev.camelcos.client.model.CopySource;
import dev.camelcos.client.model.CorsConfiguration;
import dev.camelcos.client.model.CorsResult;
import dev.camelcos.client.model.CosDates;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.DeleteRequest;
import dev.camelcos.client.model.DeleteResult;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.InitiateMultipartUploadResult;
import dev.camelcos.client.model.LifecycleConfiguration;
import dev.camelcos.client.model.ListObjectsRequest;
import dev.camelcos.client.model.MultipartUploadListing;
import dev.camelcos.client.model.MultipartUploadSummary;
import dev.camelcos.client.model.ObjectListing;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.ObjectSummary;
import dev.camelcos.client.model.ObjectWriteOptions;
import dev.camelcos.client.model.PartETag;
import dev.camelcos.client.model.PartListing;
import dev.camelcos.client.model.PartResult;
import dev.camelcos.client.model.PartSummary;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.client.model.RestoreRequest;
import dev.camelcos.client.model.UploadForm;
import dev.camelcos.client.model.UploadFormRequest;
import dev.camelcos.client.model.Tagging;
import okhttp3.Response;

/**
 * A client for COS's XML API: one method per COS call, each checking its input before sending anything. Thread-safe;
 * build one per configuration and share it, then {@link #close()} it to release its connections.
 */
public final class CosClient implements AutoCloseable {

    /** DELETE Multiple Objects takes at most this many keys per request. */
    public static final int DELETE_BATCH = 1000;

    private final CosClientConfig config;
    private final CosTransport transport;

    public CosClient(CosClientConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.transport = new CosTransport(config);
    }

    public CosClientConfig config() {
        return config;
    }

    // ---- objects

    /**
     * PUT Object. Answers the stored object's ETag, CRC64 (checked against what was sent) and version. A body that
     * can be hashed first goes with its Content-MD5 (unless the metadata gives one), so COS refuses it if it arrives
     * corrupted; a stream's corruption shows in the CRC64 COS answers, and the object it left is then deleted.
     */
    public ObjectMetadata putObject(PutObjectRequest put) {
        CosValidation.metadata(put.getMetadata().getUserMetadata());
        CosRequest request = CosRequest.of("PUT", put.getBucket(), put.getKey()).body(put.getBody());
        if (put.getMetadata().getContentMd5() == null) {
            request.header("Content-MD5", ContentMd5.of(put.getBody(), request));
        }
        put.getMetadata().writeTo(request::header);
        put.getOptions().writeTo(request::header);
        try {
            return transport.execute(request, CosTransport::metadata);
        } catch (CorruptedUploadException e) {
            throw deleteCorrupted(put.getBucket(), put.getKey(), e);
        }
    }

    private CosClientException deleteCorrupted(String bucket, String key, CorruptedUploadException e) {
        try {
            deleteObject(bucket, key, null);
        } catch (RuntimeException deleteFailure) {
            e.addSuppressed(deleteFailure);
            return new CosClientException(e.getMessage() + "; deleting the corrupted object failed too: delete "
                    + bucket + "/" + key + " by hand", e, false);
        }
        return new CosClientException(e.getMessage() + "; the corrupted object was deleted", e, false);
    }

    /** HEAD Object: the metadata without the content. */
    public ObjectMetadata headObject(GetObjectRequest get) {
        try {
            return transport.execute(readRequest("HEAD", get), CosTransport::metadata);
        } catch (CosServiceException e) {
            throw e.statusCode() == 404 ? missingObjectOrBucket(get.getBucket(), e) : e;
        }
    }

    /**
     * A 404 to HEAD Object has no body that says whether the key or the whole bucket is missing: a HEAD Bucket,
     * sent only on this failure, tells them apart.
     */
    private CosServiceException missingObjectOrBucket(String bucket, CosServiceException missingObject) {
        try {
            headBucket(bucket);
        } catch (CosServiceException e) {
            if (e.statusCode() == 404) {
                return e;
            }
        }
        return missingObject;
    }

    /**
     * GET Object, streamed: nothing is buffered beyond the socket's own. A whole object's CRC64 is checked when the
     * stream reaches its end.
     */
    public CosObject getObject(GetObjectRequest get) {
        CosRequest request = readRequest("GET", get);
        Response response = transport.open(request);
        try {
            ObjectMetadata metadata = CosTransport.metadata(response);
            InputStream content = response.body().byteStream();
            if (response.code() == 200) {
                content = CosTransport.checkingCrc(content, metadata.getCrc64(), get.getBucket() + "/" + get.getKey());
            }
            return new CosObject(get.getBucket(), get.getKey(), metadata, content);
        } catch (RuntimeException e) {
            response.close();
            throw CosTransport.unreadableAnswer(request, e);
        }
    }

    private static CosRequest readRequest(String method, GetObjectRequest get) {
        CosRequest request = CosRequest.of(method, get.getBucket(), get.getKey())
                .optionalParam("versionId", get.getVersionId())
                .header("Range", get.getRange())
                .header("x-cos-traffic-limit", get.getTrafficLimit());
        get.writeConditions("", request::header);
        get.getResponseOverrides().forEach(request::param);
        if (get.getCustomerKey() != null) {
            get.getCustomerKey().writeReadKey(request::header, false);
        }
        return request;
    }

    /**
     * PUT Object - Copy (up to 5 GB). With {@code newMetadata} the copy gets it (directive Replaced); without, it keeps
     * the source's. COS may answer 200 with an {@code <Error>}: that fails like any error.
     */
    public CopyObjectResult copyObject(CopySource source, String bucket, String key, ObjectMetadata newMetadata,
            ObjectWriteOptions options) {
        CosRequest request = CosRequest.of("PUT", CosValidation.bucket(bucket), CosValidation.key(key));
        writeCopySource(request, source);
        request.header("x-cos-metadata-directive", newMetadata != null ? "Replaced" : "Copy");
        if (newMetadata != null) {
            CosValidation.metadata(newMetadata.getUserMetadata());
            newMetadata.writeTo(request::header);
        }
        if (options != null) {
            options.writeTo(request::header);
        }
        return transport.execute(request, response -> xml(response, CopyObjectResult.class)
                .withRequestId(response.header("x-cos-request-id")));
    }

    private void writeCopySource(CosRequest request, CopySource source) {
        request.header("x-cos-copy-source", transport.endpoints().copySource(source.getBucket(), source.getRegion(),
                source.getKey(), source.getVersionId()));
        source.writeConditions("x-cos-copy-source-", request::header);
        if (source.getCustomerKey() != null) {
            source.getCustomerKey().writeReadKey(request::header, true);
        }
    }

    /** DELETE Object. Deleting a key that does not exist succeeds, as in COS. */
    public void deleteObject(String bucket, String key, String versionId) {
        CosRequest request = CosRequest.of("DELETE", CosValidation.bucket(bucket), CosValidation.key(key))
                .optionalParam("versionId", versionId);
        transport.execute(request, response -> null);
    }

    /**
     * DELETE Multiple Objects. Lists longer than 1000 keys are sent as several requests; the answer merges them.
     * In quiet mode COS reports only the failures.
     */
    public DeleteResult deleteObjects(String bucket, List<String> keys, boolean quiet) {
        CosValidation.bucket(bucket);
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("the list of keys to delete is empty");
        }
        keys.forEach(CosValidation::key);
        DeleteResult merged = new DeleteResult();
        for (int from = 0; from < keys.size(); from += DELETE_BATCH) {
            List<DeleteRequest.KeyVersion> slice = keys.subList(from, Math.min(keys.size(), from + DELETE_BATCH))
                    .stream().map(k -> new DeleteRequest.KeyVersion(k, null)).toList();
            byte[] body = CosXml.write(new DeleteRequest(quiet, slice));
            CosRequest request = CosRequest.of("POST", bucket, null).param("delete", null)
                    .header("Content-Type", "application/xml").header("Content-MD5", ContentMd5.of(body))
                    .body(CosRequestBody.of(body));
            merged.add(transport.execute(request, response -> xml(response, DeleteResult.class)));
        }
        return merged;
    }

    /** One page of GET Bucket. */
    public ObjectListing listObjects(ListObjectsRequest list) {
        CosRequest request = CosRequest.of("GET", list.getBucket(), null)
                .optionalParam("prefix", list.getPrefix())
                .optionalParam("delimiter", list.getDelimiter())
                .optionalParam("marker", list.getMarker())
                .optionalParam("max-keys", list.getMaxKeys())
                .param("encoding-type", "url");
        return transport.execute(request, response -> xml(response, ObjectListing.class)
                .withServerTime(CosDates.parse(response.header("Date")))).decodeUrlEncoding();
    }

    /**
     * Every object of a listing, fetched a page at a time as the iteration advances: walking millions of keys holds
     * one page in memory. Each {@link Iterable#iterator()} starts a new listing.
     */
    public Iterable<ObjectSummary> listAllObjects(ListObjectsRequest list) {
        return () -> new Iterator<>() {
            private ListObjectsRequest next = list;
            private Iterator<ObjectSummary> page = List.<ObjectSummary>of().iterator();

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && next != null) {
                    ObjectListing listing = listObjects(next);
                    page = listing.getContents().iterator();
                    next = listing.getNextMarker() == null ? null : list.next(listing.getNextMarker());
                }
                return page.hasNext();
            }

            @Override
            public ObjectSummary next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
    }

    /** POST Object restore: makes an ARCHIVE or DEEP_ARCHIVE object readable for {@code days}. */
    public void restoreObject(String bucket, String key, String versionId, RestoreRequest restore) {
        send(CosRequest.of("POST", CosValidation.bucket(bucket), CosValidation.key(key))
                .param("restore", null).optionalParam("versionId", versionId), restore);
    }

    /** OPTIONS Object: asks whether a cross-origin request from {@code origin} would be allowed. */
    public CorsResult optionsObject(String bucket, String key, String origin, String method, String requestHeaders) {
        if (origin == null || origin.isBlank() || method == null || method.isBlank()) {
            throw new IllegalArgumentException("a CORS preflight needs an origin and a request method");
        }
        CosRequest request = CosRequest.of("OPTIONS", CosValidation.bucket(bucket), CosValidation.key(key))
                .header("Origin", origin).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", requestHeaders);
        return transport.execute(request, response -> new CorsResult(
                response.header("Access-Control-Allow-Origin"), response.header("Access-Control-Allow-Methods"),
                response.header("Access-Control-Allow-Headers"), response.header("Access-Control-Expose-Headers"),
                response.header("Access-Control-Max-Age") == null ? null
                        : Long.valueOf(response.header("Access-Control-Max-Age").trim())));
    }

    // ---- multipart

    /**
     * Initiate Multipart Upload. When an attempt was retried, or every attempt failed, the uploads that attempts whose
     * answer was lost began (same key, begun meanwhile, no part yet) are aborted, so that none is left behind.
     */
    public InitiateMultipartUploadResult initiateMultipartUpload(String bucket, String key, ObjectMetadata metadata,
            ObjectWriteOptions options) {
        CosRequest request = CosRequest.of("POST", CosValidation.bucket(bucket), CosValidation.key(key))
                .param("uploads", null);
        if (metadata != null) {
            CosValidation.metadata(metadata.getUserMetadata());
            metadata.writeTo(request::header);
        }
        if (options != null) {
            options.writeTo(request::header);
        }
        Instant started = config.clock().instant();
        try {
            InitiateMultipartUploadResult result = transport.execute(request,
                    response -> xml(response, InitiateMultipartUploadResult.class));
            if (request.attempts() > 1) {
                OrphanUploads.abort(this, bucket, key, result.getUploadId(), started, config.clock().instant());
            }
            return result;
        } catch (CosException e) {
            // an answer COS gave to the only attempt began nothing; a lost one may have
            if (request.attempts() > 1 || e instanceof CosClientException) {
                OrphanUploads.abort(this, bucket, key, null, started, config.clock().instant());
            }
            throw e;
        }
    }

    /**
     * Upload Part; its CRC64 is checked against what COS stored. A body that can be hashed first goes with its
     * Content-MD5 unless one is given.
     */
    public PartResult uploadPart(String bucket, String key, String uploadId, int partNumber, CosRequestBody body,
            String contentMd5) {
        CosRequest request = CosRequest.of("PUT", CosValidation.bucket(bucket), CosValidation.key(key))
                .param("partNumber", CosValidation.partNumber(partNumber))
                .param("uploadId", CosValidation.uploadId(uploadId))
                .body(Objects.requireNonNull(body, "a part needs a body"));
        request.header("Content-MD5", contentMd5 != null ? contentMd5 : ContentMd5.of(body, request));
        return transport.execute(request, response -> new PartResult(partNumber, response.header("ETag"),
                response.header("x-cos-hash-crc64ecma"), body.contentLength()));
    }

    /** Upload Part - Copy: a part taken from an existing object ({@code range} {@code bytes=first-last}, or all). */
    public CopyPartResult uploadPartCopy(CopySource source, String range, String bucket, String key, String uploadId,
            int partNumber) {
        CosRequest request = CosRequest.of("PUT", CosValidation.bucket(bucket), CosValidation.key(key))
                .param("partNumber", CosValidation.partNumber(partNumber))
                .param("uploadId", CosValidation.uploadId(uploadId))
                .header("x-cos-copy-source-range", CosValidation.copyRange(range));
        writeCopySource(request, source);
        return transport.execute(request, response -> (CopyPartResult) xml(response, CopyPartResult.class)
                .withRequestId(response.header("x-cos-request-id")));
    }

    /** One page of List Parts. */
    public PartListing listParts(String bucket, String key, String uploadId, Integer maxParts,
            Integer partNumberMarker) {
        CosRequest request = CosRequest.of("GET", CosValidation.bucket(bucket), CosValidation.key(key))
                .param("uploadId", CosValidation.uploadId(uploadId))
                .optionalParam("max-parts", maxParts)
                .optionalParam("part-number-marker", partNumberMarker);
        return transport.execute(request, response -> xml(response, PartListing.class));
    }

    /** Every part of an upload, all pages. */
    public List<PartSummary> listAllParts(String bucket, String key, String uploadId) {
        List<PartSummary> parts = new ArrayList<>();
        Integer marker = null;
        PartListing page;
        do {
            page = listParts(bucket, key, uploadId, null, marker);
            parts.addAll(page.getParts());
            marker = page.getNextPartNumberMarker();
        } while (page.isTruncated() && marker != null);
        return parts;
    }

    /**
     * Complete Multipart Upload. With {@code parts} null the client lists the uploaded parts itself. COS may keep the
     * connection alive with whitespace and then answer an {@code <Error>} under status 200: that fails like any error.
     * When Complete fails (typically 404 NoSuchUpload: the retry of an attempt whose answer was lost finds the upload
     * already assembled) and the parts carry their CRC64 and size (as {@link PartResult#toPartETag()} gives them),
     * the object under the key is checked (one HEAD) and, if it is the one these parts make, the upload succeeded.
     */
    public CompleteMultipartUploadResult completeMultipartUpload(String bucket, String key, String uploadId,
            List<PartETag> parts) {
        CosValidation.uploadId(uploadId);
        List<PartETag> list = parts != null ? parts
                : listAllParts(bucket, key, uploadId).stream().map(PartSummary::toPartETag).toList();
        if (list.isEmpty()) {
            throw new IllegalArgumentException("upload " + uploadId + " of " + key + " has no parts to complete");
        }
        byte[] body = CosXml.write(new CompleteMultipartUpload(list));
        CosRequest request = CosRequest.of("POST", CosValidation.bucket(bucket), CosValidation.key(key))
                .param("uploadId", uploadId).header("Content-Type", "application/xml")
                .body(CosRequestBody.of(body));
        try {
            return transport.execute(request, response -> xml(response, CompleteMultipartUploadResult.class)
                    .withHeaders(response.header("x-cos-hash-crc64ecma"), response.header("x-cos-version-id"),
                            response.header("x-cos-request-id")));
        } catch (CosException e) {
            // typically 404 NoSuchUpload, or the retries' answers lost as well: COS may have assembled it anyway
            return AssembledUpload.find(this, bucket, key, uploadId, list).orElseThrow(() -> e);
        }
    }

    public void abortMultipartUpload(String bucket, String key, String uploadId) {
        CosRequest request = CosRequest.of("DELETE", CosValidation.bucket(bucket), CosValidation.key(key))
                .param("uploadId", CosValidation.uploadId(uploadId));
        transport.execute(request, response -> null);
    }

    /** Every unfinished upload under {@code prefix}, all pages. */
    public List<MultipartUploadSummary> listAllMultipartUploads(String bucket, String prefix) {
        List<MultipartUploadSummary> uploads = new ArrayList<>();
        String keyMarker = null;
        String uploadIdMarker = null;
        MultipartUploadListing page;
        do {
            page = listMultipartUploads(bucket, prefix, null, keyMarker, uploadIdMarker, null);
            uploads.addAll(page.getUploads());
            keyMarker = page.getNextKeyMarker();
            uploadIdMarker = page.getNextUploadIdMarker();
        } while (page.isTruncated() && keyMarker != null);
        return uploads;
    }

    /** One page of List Multipart Uploads: the uploads begun and neither completed nor aborted. */
    public MultipartUploadListing listMultipartUploads(String bucket, String prefix, String delimiter,
            String keyMarker, String uploadIdMarker, Integer maxUploads) {
        CosRequest request = CosRequest.of("GET", CosValidation.bucket(bucket), null).param("uploads", null)
                .optionalParam("prefix", prefix)
                .optionalParam("delimiter", delimiter)
                .optionalParam("key-marker", keyMarker)
                .optionalParam("upload-id-marker", uploadIdMarker)
                .optionalParam("max-uploads", maxUploads)
                .param("encoding-type", "url");
        return transport.execute(request, response -> xml(response, MultipartUploadListing.class))
                .decodeUrlEncoding();
    }

    // ---- pre-signed links

    /** A URL anyone can GET the object with until it expires; {@code params} may add versionId or response-*. */
    public String createDownloadLink(String bucket, String key, Duration expiry, Map<String, String> params) {
        CosRequest request = CosRequest.of("GET", CosValidation.bucket(bucket), CosValidation.key(key));
        if (params != null) {
            params.forEach(request::param);
        }
        return transport.presigner().presign(request, expiry);
    }

    /** A URL anyone can PUT the object's content to until it expires. */
    public String createUploadLink(String bucket, String key, Duration expiry) {
        return transport.presigner().presign(CosRequest.of("PUT", CosValidation.bucket(bucket), CosValidation.key(key)), expiry);
    }

    /** The URL and signed fields of an HTML form a browser can upload one object with (POST Object). */
    public UploadForm createUploadForm(UploadFormRequest form) {
        CosValidation.bucket(form.getBucket());
        CosValidation.key(form.getKey());
        return transport.presigner().uploadForm(form);
    }

    // ---- buckets

    public List<BucketSummary> listBuckets() {
        return transport.execute(CosRequest.of("GET", null, null), response -> xml(response, BucketListing.class))
                .getBuckets();
    }

    /** HEAD Bucket: succeeds when the bucket exists and these credentials may use it. */
    public void headBucket(String bucket) {
        transport.execute(CosRequest.of("HEAD", CosValidation.bucket(bucket), null), response -> null);
    }

    public void createBucket(String bucket, String acl) {
        transport.execute(CosRequest.of("PUT", CosValidation.bucket(bucket), null).header("x-cos-acl", acl),
                response -> null);
    }

    /** DELETE Bucket: only an empty bucket can be deleted (409 BucketNotEmpty otherwise). */
    public void deleteBucket(String bucket) {
        transport.execute(CosRequest.of("DELETE", CosValidation.bucket(bucket), null), response -> null);
    }

    // ---- bucket configuration and object tags

    /** PUT Bucket cors: replaces the bucket's CORS rules (which OPTIONS Object then answers from). */
    public void putBucketCors(String bucket, CorsConfiguration cors) {
        CosValidation.bucket(bucket);
        send(CosRequest.of("PUT", bucket, null).param("cors", null),
                Objects.requireNonNull(cors, "a CORS configuration is needed").validate());
    }

    /** GET Bucket cors; a bucket without CORS rules answers a configuration with none. */
    public CorsConfiguration getBucketCors(String bucket) {
        return getConfiguration(CosRequest.of("GET", CosValidation.bucket(bucket), null).param("cors", null),
                CorsConfiguration.class, "NoSuchCORSConfiguration", CorsConfiguration::new);
    }

    public void deleteBucketCors(String bucket) {
        transport.execute(CosRequest.of("DELETE", CosValidation.bucket(bucket), null).param("cors", null),
                response -> null);
    }

    /** PUT Bucket lifecycle: replaces the bucket's lifecycle rules. */
    public void putBucketLifecycle(String bucket, LifecycleConfiguration lifecycle) {
        CosValidation.bucket(bucket);
        send(CosRequest.of("PUT", bucket, null).param("lifecycle", null),
                Objects.requireNonNull(lifecycle, "a lifecycle configuration is needed").validate());
    }

    /** GET Bucket lifecycle; a bucket without lifecycle rules answers a configuration with none. */
    public LifecycleConfiguration getBucketLifecycle(String bucket) {
        return getConfiguration(CosRequest.of("GET", CosValidation.bucket(bucket), null).param("lifecycle", null),
                LifecycleConfiguration.class, "NoSuchLifecycleConfiguration", LifecycleConfiguration::new);
    }

    public void deleteBucketLifecycle(String bucket) {
        transport.execute(CosRequest.of("DELETE", CosValidation.bucket(bucket), null).param("lifecycle", null),
                response -> null);
    }

    /** PUT Object tagging: replaces the object's tags (at most 10) with {@code tags}, in their order. */
    public void putObjectTagging(String bucket, String key, String versionId, Map<String, String> tags) {
        send(taggingRequest("PUT", bucket, key, versionId),
                new Tagging(Objects.requireNonNull(tags, "the tags are needed")));
    }

    /** GET Object tagging: the object's tags by key, in order; empty when it has none. */
    public Map<String, String> getObjectTagging(String bucket, String key, String versionId) {
        return transport.execute(taggingRequest("GET", bucket, key, versionId),
                response -> xml(response, Tagging.class)).toMap();
    }

    /** DELETE Object tagging: removes all of the object's tags. */
    public void deleteObjectTagging(String bucket, String key, String versionId) {
        transport.execute(taggingRequest("DELETE", bucket, key, versionId), response -> null);
    }

    private static CosRequest taggingRequest(String method, String bucket, String key, String versionId) {
        return CosRequest.of(method, CosValidation.bucket(bucket), CosValidation.key(key)).param("tagging", null)
                .optionalParam("versionId", versionId);
    }

    /** Sends an XML document, with the Content-MD5 COS requires of configuration bodies; the answer has no body. */
    private void send(CosRequest request, Object document) {
        byte[] body = CosXml.write(document);
        request.header("Content-Type", "application/xml").header("Content-MD5", ContentMd5.of(body))
                .body(CosRequestBody.of(body));
        transport.execute(request, response -> null);
    }

    /** GETs a configuration; COS's 404 with {@code absentCode} means there is none, answered as {@code none}. */
    private <T> T getConfiguration(CosRequest request, Class<T> type, String absentCode, Supplier<T> none) {
        try {
            return transport.execute(request, response -> xml(response, type));
        } catch (CosServiceException e) {
            if (e.statusCode() == 404 && absentCode.equals(e.errorCode())) {
                return none.get();
            }
            throw e;
        }
    }

    /**
     * Requests this client has in flight now, each counted until its answer's body is closed; at most
     * {@link CosClientConfig#maxConnections()}.
     */
    public int requestsInFlight() {
        return transport.inFlight();
    }

    @Override
    public void close() {
        transport.close();
    }

    @Override
    public String toString() {
        return "CosClient[" + config + "]";
    }

    // ---- helpers

    /** The expected XML answer, read and parsed by the transport. */
    private static <T> T xml(Response response, Class<T> type) throws IOException {
        return CosTransport.document(response, type);
    }

}
