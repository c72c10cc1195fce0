package dev.camelcos.emulator;

import static dev.camelcos.emulator.ObjectConformanceTest.assertCosError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.exception.CosServiceException;
import com.qcloud.cos.model.BucketCrossOriginConfiguration;
import com.qcloud.cos.model.CORSRule;
import com.qcloud.cos.model.CannedAccessControlList;
import com.qcloud.cos.model.CompleteMultipartUploadRequest;
import com.qcloud.cos.model.CopyObjectRequest;
import com.qcloud.cos.model.CreateBucketRequest;
import com.qcloud.cos.model.InitiateMultipartUploadRequest;
import com.qcloud.cos.model.ListVersionsRequest;
import com.qcloud.cos.model.COSVersionSummary;
import com.qcloud.cos.model.ObjectMetadata;
import com.qcloud.cos.model.PartETag;
import com.qcloud.cos.model.PutObjectRequest;
import com.qcloud.cos.model.StorageClass;
import com.qcloud.cos.model.UploadPartRequest;
import com.qcloud.cos.model.VersionListing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where Tencent's other official clients (Node.js and Python SDKs, coscmd) rely on COS behaviour the Java SDK
 * never exercises. The Python-only wire forms are sent raw by {@link RawCos}.
 */
class ClientDivergenceConformanceTest {
    static final String BUCKET = "interop-1250000000";
    final SdkSupport.MutableClock clock = new SdkSupport.MutableClock();
    CosEmulator emulator;
    COSClient cos;
    RawCos raw;

    @BeforeEach
    void start() {
        emulator = CosEmulator.builder().bucket(BUCKET).clock(clock).start();
        cos = SdkSupport.client(emulator);
        raw = new RawCos(emulator);
    }

    @AfterEach
    void stop() {
        cos.shutdown();
        emulator.close();
    }

    private String host() {
        return RawCos.virtualHost(BUCKET, emulator);
    }

    private void put(String key, byte[] data, ObjectMetadata meta, StorageClass storageClass) {
        meta.setContentLength(data.length);
        PutObjectRequest request = new PutObjectRequest(BUCKET, key, new ByteArrayInputStream(data), meta);
        if (storageClass != null) {
            request.setStorageClass(storageClass);
        }
        cos.putObject(request);
    }

    private void put(String key, String content) {
        put(key, content.getBytes(StandardCharsets.UTF_8), new ObjectMetadata(), null);
    }

    private String read(String key) throws IOException {
        try (InputStream in = cos.getObject(BUCKET, key).getObjectContent()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** 1: the Python SDK signs prefix=a%20b but sends prefix=a+b; a literal plus arrives as %2B. */
    @Test
    void plusInTheQueryStringIsASpace() throws Exception {
        put("a b/space", "s");
        put("a+b/plus", "p");

        HttpResponse<String> spaced = raw.send("GET", host(), "/?prefix=a+b", "/", Map.of("prefix", "a b"), Map.of(), null);
        assertThat(spaced.statusCode()).isEqualTo(200);
        assertThat(spaced.body()).contains("<Key>a b/space</Key>").doesNotContain("a+b/plus");

        HttpResponse<String> plus = raw.send("GET", host(), "/?prefix=a%2Bb", "/", Map.of("prefix", "a+b"), Map.of(), null);
        assertThat(plus.body()).contains("<Key>a+b/plus</Key>").doesNotContain("a b/space");

        HttpResponse<String> disposition = raw.send("GET", host(), "/a+b/plus?response-content-disposition=attachment;+filename%3Dp.txt",
                "/a+b/plus", Map.of("response-content-disposition", "attachment; filename=p.txt"), Map.of(), null);
        assertThat(disposition.statusCode()).isEqualTo(200);
        assertThat(disposition.body()).isEqualTo("p");
        assertThat(disposition.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=p.txt");

        cos.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, "a b/upload"));
        HttpResponse<String> uploads = raw.send("GET", host(), "/?uploads&prefix=a+b", "/",
                Map.of("uploads", "", "prefix", "a b"), Map.of(), null);
        assertThat(uploads.statusCode()).isEqualTo(200);
        assertThat(uploads.body()).contains("<Key>a b/upload</Key>");
    }

    /** 2: tencentcos.cn is a COS default domain like myqcloud.com, in Host and in x-cos-copy-source. */
    @Test
    void tencentcosCnIsACosDomain() throws Exception {
        put("domain/source", "on the new domain");
        String newHost = BUCKET + ".cos." + emulator.region() + ".tencentcos.cn";

        HttpResponse<String> got = raw.send("GET", newHost, "/domain/source", "/domain/source", Map.of(), Map.of(), null);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo("on the new domain");

        HttpResponse<String> copied = raw.send("PUT", newHost, "/domain/copy", "/domain/copy", Map.of(),
                Map.of("x-cos-copy-source", newHost + "/domain/source"), new byte[0]);
        assertThat(copied.statusCode()).isEqualTo(200);
        assertThat(read("domain/copy")).isEqualTo("on the new domain");

        HttpResponse<String> service = raw.send("GET", "service.cos.tencentcos.cn", "/", "/", Map.of(), Map.of(), null);
        assertThat(service.body()).contains("<Name>" + BUCKET + "</Name>");
    }

    /** 3: GET /?versions is a version listing, not an object listing; unversioned objects are version "null". */
    @Test
    void versionsListsVersionsOfAnUnversionedBucket() {
        put("v/one", "1");
        put("v/two", "2");
        VersionListing listing = cos.listVersions(new ListVersionsRequest(BUCKET, "v/", null, null, null, 1));
        assertThat(listing.getVersionSummaries()).extracting(COSVersionSummary::getKey).containsExactly("v/one");
        COSVersionSummary one = listing.getVersionSummaries().get(0);
        assertThat(one.getVersionId()).isEqualTo("null");
        assertThat(one.isLatest()).isTrue();
        assertThat(one.getSize()).isEqualTo(1);
        assertThat(one.getETag()).isEqualTo(cos.getObjectMetadata(BUCKET, "v/one").getETag());
        assertThat(listing.isTruncated()).isTrue();
        VersionListing next = cos.listNextBatchOfVersions(listing);
        assertThat(next.getVersionSummaries()).extracting(COSVersionSummary::getKey).containsExactly("v/two");
        assertThat(next.isTruncated()).isFalse();
    }

    /** 4: the Python SDK sends x-cos-copy-source-range empty when it copies the whole source into a part. */
    @Test
    void emptyCopySourceRangeCopiesTheWholeSource() throws Exception {
        put("range/source", "whole source");
        String uploadId = cos.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, "range/target"))
                .getUploadId();
        HttpResponse<String> part = raw.send("PUT", host(), "/range/target?partNumber=1&uploadId=" + uploadId,
                "/range/target", Map.of("partNumber", "1", "uploadId", uploadId),
                Map.of("x-cos-copy-source", host() + "/range/source", "x-cos-copy-source-range", ""), new byte[0]);
        assertThat(part.statusCode()).isEqualTo(200);
        String etag = part.body().replaceAll("(?s).*<ETag>\"?([0-9a-f]+)\"?</ETag>.*", "$1");
        cos.completeMultipartUpload(new CompleteMultipartUploadRequest(BUCKET, "range/target", uploadId,
                new ArrayList<>(List.of(new PartETag(1, etag)))));
        assertThat(read("range/target")).isEqualTo("whole source");
    }

    /** 5: a copy is STANDARD and unencrypted unless the copy request asks otherwise, whatever the source was. */
    @Test
    void aCopyDoesNotInheritStorageClassOrEncryption() {
        ObjectMetadata meta = new ObjectMetadata();
        meta.setServerSideEncryption("AES256");
        meta.addUserMetadata("kept", "yes");
        put("defaults/source", "x".getBytes(StandardCharsets.UTF_8), meta, StorageClass.Standard_IA);
        assertThat(cos.getObjectMetadata(BUCKET, "defaults/source").getStorageClass()).isEqualTo("STANDARD_IA");

        cos.copyObject(new CopyObjectRequest(BUCKET, "defaults/source", BUCKET, "defaults/plain"));
        ObjectMetadata plain = cos.getObjectMetadata(BUCKET, "defaults/plain");
        assertThat(plain.getStorageClass()).isNull();
        assertThat(plain.getSSEAlgorithm()).isNull();
        assertThat(plain.getUserMetadata()).containsEntry("kept", "yes");

        CopyObjectRequest asked = new CopyObjectRequest(BUCKET, "defaults/source", BUCKET, "defaults/asked");
        asked.setStorageClass(StorageClass.Archive);
        cos.copyObject(asked);
        assertThat(cos.getObjectMetadata(BUCKET, "defaults/asked").getStorageClass()).isEqualTo("ARCHIVE");
    }

    /** 6: copying an object onto itself needs x-cos-metadata-directive: Replaced. */
    @Test
    void copyOntoItselfNeedsReplaced() throws Exception {
        put("self/object", "same");
        assertCosError(() -> cos.copyObject(new CopyObjectRequest(BUCKET, "self/object", BUCKET, "self/object")),
                400, "InvalidRequest");
        assertThat(read("self/object")).isEqualTo("same");

        CopyObjectRequest replaced = new CopyObjectRequest(BUCKET, "self/object", BUCKET, "self/object");
        ObjectMetadata meta = new ObjectMetadata();
        meta.setContentType("text/plain");
        replaced.setNewObjectMetadata(meta);
        cos.copyObject(replaced);
        assertThat(cos.getObjectMetadata(BUCKET, "self/object").getContentType()).isEqualTo("text/plain");
        assertThat(read("self/object")).isEqualTo("same");
    }

    /** 7: Complete Multipart Upload with part numbers 1 and 3 is refused. */
    @Test
    void nonContiguousPartNumbersAreAnInvalidPart() {
        String uploadId = cos.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, "gap/object"))
                .getUploadId();
        byte[] big = new byte[1024 * 1024];
        Arrays.fill(big, (byte) 'b');
        PartETag one = uploadPart(uploadId, 1, big);
        PartETag three = uploadPart(uploadId, 3, "tail".getBytes(StandardCharsets.UTF_8));
        assertCosError(() -> cos.completeMultipartUpload(new CompleteMultipartUploadRequest(BUCKET, "gap/object",
                uploadId, new ArrayList<>(List.of(one, three)))), 400, "InvalidPart");
        assertThat(cos.doesObjectExist(BUCKET, "gap/object")).isFalse();
        PartETag two = uploadPart(uploadId, 2, "tail".getBytes(StandardCharsets.UTF_8));
        cos.completeMultipartUpload(new CompleteMultipartUploadRequest(BUCKET, "gap/object", uploadId, new ArrayList<>(List.of(one, two))));
        assertThat(cos.getObjectMetadata(BUCKET, "gap/object").getContentLength()).isEqualTo(big.length + 4);
    }

    private PartETag uploadPart(String uploadId, int number, byte[] data) {
        UploadPartRequest part = new UploadPartRequest().withBucketName(BUCKET).withKey("gap/object")
                .withUploadId(uploadId).withPartNumber(number).withPartSize(data.length)
                .withInputStream(new ByteArrayInputStream(data));
        return cos.uploadPart(part).getPartETag();
    }

    /** 8: the Node.js SDK corrects its clock only on AccessDenied with exactly this message. */
    @Test
    void anExpiredSignatureSaysExactlyRequestHasExpired() {
        put("clock/object", "t");
        clock.advance(Duration.ofHours(2));
        assertThatThrownBy(() -> cos.getObject(BUCKET, "clock/object")).isInstanceOfSatisfying(CosServiceException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(403);
            assertThat(e.getErrorCode()).isEqualTo("AccessDenied");
            assertThat(e.getErrorMessage()).isEqualTo("Request has expired");
        });
    }

    /** 9: an actual request with an allowed Origin gets the CORS headers, not only the preflight. */
    @Test
    void actualRequestsGetCorsHeaders() throws Exception {
        put("cors/object", "c");
        CORSRule rule = new CORSRule();
        rule.setAllowedOrigins("https://*.example.com");
        rule.setAllowedMethods(CORSRule.AllowedMethods.GET, CORSRule.AllowedMethods.HEAD);
        rule.setExposedHeaders("ETag", "x-cos-request-id");
        cos.setBucketCrossOriginConfiguration(BUCKET, new BucketCrossOriginConfiguration(List.of(rule)));

        HttpResponse<String> allowed = raw.send("GET", host(), "/cors/object", "/cors/object", Map.of(),
                Map.of("Origin", "https://app.example.com"), null);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
        assertThat(allowed.headers().firstValue("Access-Control-Expose-Headers")).hasValue("ETag,x-cos-request-id");
        assertThat(allowed.headers().firstValue("Vary")).hasValue("Origin");

        HttpResponse<String> missing = raw.send("GET", host(), "/cors/missing", "/cors/missing", Map.of(),
                Map.of("Origin", "https://app.example.com"), null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");

        HttpResponse<String> otherOrigin = raw.send("GET", host(), "/cors/object", "/cors/object", Map.of(),
                Map.of("Origin", "https://evil.test"), null);
        assertThat(otherOrigin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> otherMethod = raw.send("PUT", host(), "/cors/put", "/cors/put", Map.of(),
                Map.of("Origin", "https://app.example.com"), new byte[] {1});
        assertThat(otherMethod.statusCode()).isEqualTo(200);
        assertThat(otherMethod.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> noOrigin = raw.send("GET", host(), "/cors/object", "/cors/object", Map.of(), Map.of(), null);
        assertThat(noOrigin.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    /** 10: unsigned reads of public-read objects and buckets succeed; everything else still needs a signature. */
    @Test
    void publicReadAllowsAnonymousReadsOnly() throws Exception {
        ObjectMetadata open = new ObjectMetadata();
        open.setHeader("x-cos-acl", "public-read");
        put("acl/public", "p".getBytes(StandardCharsets.UTF_8), open, null);
        put("acl/private", "q");

        assertThat(raw.sendUnsigned("GET", host(), "/acl/public", Map.of(), null).body()).isEqualTo("p");
        assertThat(raw.sendUnsigned("HEAD", host(), "/acl/public", Map.of(), null).statusCode()).isEqualTo(200);
        assertThat(raw.sendUnsigned("GET", host(), "/acl/private", Map.of(), null).statusCode()).isEqualTo(403);
        assertThat(raw.sendUnsigned("GET", host(), "/", Map.of(), null).statusCode()).isEqualTo(403);
        assertThat(raw.sendUnsigned("PUT", host(), "/acl/public", Map.of(), new byte[] {2}).statusCode()).isEqualTo(403);
        assertThat(raw.sendUnsigned("DELETE", host(), "/acl/public", Map.of(), null).statusCode()).isEqualTo(403);
        assertThat(read("acl/public")).isEqualTo("p");

        CreateBucketRequest create = new CreateBucketRequest("public-1250000000");
        create.setCannedAcl(CannedAccessControlList.PublicRead);
        cos.createBucket(create);
        ObjectMetadata meta = new ObjectMetadata();
        meta.setContentLength(1);
        cos.putObject(new PutObjectRequest("public-1250000000", "inside", new ByteArrayInputStream(new byte[] {'i'}), meta));
        String publicHost = RawCos.virtualHost("public-1250000000", emulator);
        assertThat(raw.sendUnsigned("GET", publicHost, "/", Map.of(), null).body()).contains("<Key>inside</Key>");
        assertThat(raw.sendUnsigned("GET", publicHost, "/inside", Map.of(), null).body()).isEqualTo("i");
        assertThat(raw.sendUnsigned("GET", publicHost, "/?uploads", Map.of(), null).statusCode()).isEqualTo(403);
        assertThat(raw.sendUnsigned("PUT", publicHost, "/new", Map.of(), new byte[] {1}).statusCode()).isEqualTo(403);

        cos.setBucketAcl("public-1250000000", CannedAccessControlList.Private);
        assertThat(raw.sendUnsigned("GET", publicHost, "/inside", Map.of(), null).statusCode()).isEqualTo(403);
    }
}
