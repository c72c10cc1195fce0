package dev.camelcos.emulator;

import static dev.camelcos.emulator.ObjectConformanceTest.assertCosError;
import static org.assertj.core.api.Assertions.assertThat;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.model.Bucket;
import com.qcloud.cos.model.BucketCrossOriginConfiguration;
import com.qcloud.cos.model.CORSRule;
import com.qcloud.cos.model.COSObjectSummary;
import com.qcloud.cos.model.CopyObjectRequest;
import com.qcloud.cos.model.CopyObjectResult;
import com.qcloud.cos.model.DeleteObjectsRequest;
import com.qcloud.cos.model.DeleteObjectsResult;
import com.qcloud.cos.model.ListObjectsRequest;
import com.qcloud.cos.model.ObjectListing;
import com.qcloud.cos.model.ObjectMetadata;
import com.qcloud.cos.model.PutObjectRequest;
import com.qcloud.cos.model.StorageClass;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bucket operations, listings, copy, multi-delete and CORS through the official SDK. */
class BucketConformanceTest {
    static final String BUCKET = "listing-1250000000";
    CosEmulator emulator;
    COSClient cos;

    @BeforeEach
    void start() {
        emulator = CosEmulator.builder().bucket(BUCKET).start();
        cos = SdkSupport.client(emulator);
    }

    @AfterEach
    void stop() {
        cos.shutdown();
        emulator.close();
    }

    void put(String key, String content) {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        ObjectMetadata meta = new ObjectMetadata();
        meta.setContentLength(data.length);
        meta.setContentType("text/plain");
        meta.addUserMetadata("origin", "test");
        cos.putObject(new PutObjectRequest(BUCKET, key, new ByteArrayInputStream(data), meta));
    }

    @Test
    void bucketLifecycle() {
        assertThat(cos.listBuckets()).extracting(Bucket::getName).containsExactly(BUCKET);
        cos.createBucket("second-1250000000");
        assertThat(emulator.buckets()).contains("second-1250000000");
        assertThat(cos.doesBucketExist("second-1250000000")).isTrue();
        assertThat(cos.doesBucketExist("missing-1250000000")).isFalse();
        assertCosError(() -> cos.createBucket("second-1250000000"), 409, "BucketAlreadyExists");
        assertCosError(() -> cos.createBucket("bad-name-x"), 400, null);
        put("keep", "x");
        assertCosError(() -> cos.deleteBucket(BUCKET), 409, "BucketNotEmpty");
        cos.deleteBucket("second-1250000000");
        assertThat(emulator.buckets()).containsExactly(BUCKET);
        assertThat(cos.listBuckets().get(0).getLocation()).isEqualTo(emulator.region());
    }

    @Test
    void listingWithPrefixDelimiterAndPaging() {
        for (String key : List.of("a/1", "a/2", "b/1", "c", "d", "e")) {
            put(key, key);
        }
        ListObjectsRequest request = new ListObjectsRequest(BUCKET, null, null, "/", 1000);
        ObjectListing grouped = cos.listObjects(request);
        assertThat(grouped.getCommonPrefixes()).containsExactly("a/", "b/");
        assertThat(grouped.getObjectSummaries()).extracting(COSObjectSummary::getKey).containsExactly("c", "d", "e");

        List<String> seen = new ArrayList<>();
        ListObjectsRequest paged = new ListObjectsRequest(BUCKET, null, null, null, 2);
        ObjectListing page = cos.listObjects(paged);
        int pages = 1;
        page.getObjectSummaries().forEach(s -> seen.add(s.getKey()));
        while (page.isTruncated()) {
            assertThat(page.getNextMarker()).isNotNull();
            page = cos.listNextBatchOfObjects(page);
            page.getObjectSummaries().forEach(s -> seen.add(s.getKey()));
            pages++;
        }
        assertThat(seen).containsExactly("a/1", "a/2", "b/1", "c", "d", "e");
        assertThat(pages).isEqualTo(3);

        ObjectListing prefixed = cos.listObjects(new ListObjectsRequest(BUCKET, "a/", null, null, 1000));
        assertThat(prefixed.getObjectSummaries()).extracting(COSObjectSummary::getKey).containsExactly("a/1", "a/2");
        COSObjectSummary summary = prefixed.getObjectSummaries().get(0);
        assertThat(summary.getSize()).isEqualTo(3);
        assertThat(summary.getETag()).hasSize(32);
        assertThat(summary.getStorageClass()).isEqualTo("STANDARD");
    }

    @Test
    void listingWithUrlEncoding() {
        String odd = "sp ace/%plus+\u00e9";
        put(odd, "x");
        ListObjectsRequest request = new ListObjectsRequest(BUCKET, "sp ace/", null, null, 1000);
        request.setEncodingType("url");
        ObjectListing listing = cos.listObjects(request);
        // the SDK hands the encoded form through; callers decode it
        assertThat(listing.getObjectSummaries()).extracting(COSObjectSummary::getKey)
                .containsExactly("sp%20ace/%25plus%2B%C3%A9");
        assertThat(java.net.URLDecoder.decode(listing.getObjectSummaries().get(0).getKey(), StandardCharsets.UTF_8))
                .isEqualTo(odd);
        assertThat(listing.getPrefix()).isEqualTo("sp%20ace/");
        assertThat(emulator.requests()).anyMatch(r -> "url".equals(r.query().get("encoding-type")));
    }

    @Test
    void copyWithDirectivesAndConditions() {
        put("src.txt", "copy me");
        CopyObjectResult copied = cos.copyObject(new CopyObjectRequest(BUCKET, "src.txt", BUCKET, "dst.txt"));
        ObjectMetadata source = cos.getObjectMetadata(BUCKET, "src.txt");
        assertThat(copied.getETag()).isEqualTo(source.getETag());
        assertThat(copied.getCrc64Ecma()).isEqualTo(source.getCrc64Ecma());
        ObjectMetadata dst = cos.getObjectMetadata(BUCKET, "dst.txt");
        assertThat(dst.getUserMetadata()).containsEntry("origin", "test");
        assertThat(dst.getContentType()).isEqualTo("text/plain");

        CopyObjectRequest replaced = new CopyObjectRequest(BUCKET, "src.txt", BUCKET, "replaced.txt");
        ObjectMetadata newMeta = new ObjectMetadata();
        newMeta.setContentType("application/json");
        newMeta.addUserMetadata("fresh", "yes");
        replaced.setNewObjectMetadata(newMeta);
        replaced.setStorageClass(StorageClass.Standard_IA);
        cos.copyObject(replaced);
        ObjectMetadata r = cos.getObjectMetadata(BUCKET, "replaced.txt");
        assertThat(r.getContentType()).isEqualTo("application/json");
        assertThat(r.getUserMetadata()).containsEntry("fresh", "yes").doesNotContainKey("origin");
        assertThat(r.getStorageClass()).isEqualTo("STANDARD_IA");

        CopyObjectRequest conditional = new CopyObjectRequest(BUCKET, "src.txt", BUCKET, "never.txt");
        conditional.setMatchingETagConstraints(List.of("\"deadbeef\""));
        // like getObject, the SDK answers a 412 on a constrained copy with null
        assertThat(cos.copyObject(conditional)).isNull();
        assertThat(cos.doesObjectExist(BUCKET, "never.txt")).isFalse();
        assertCosError(() -> cos.copyObject(new CopyObjectRequest(BUCKET, "missing", BUCKET, "x")), 404, "NoSuchKey");
    }

    @Test
    void multiDeleteVerboseAndQuiet() {
        put("m1", "1");
        put("m2", "2");
        put("m3", "3");
        DeleteObjectsRequest verbose = new DeleteObjectsRequest(BUCKET);
        verbose.setKeys(List.of(new DeleteObjectsRequest.KeyVersion("m1"), new DeleteObjectsRequest.KeyVersion("absent")));
        DeleteObjectsResult result = cos.deleteObjects(verbose);
        assertThat(result.getDeletedObjects()).extracting(DeleteObjectsResult.DeletedObject::getKey)
                .containsExactlyInAnyOrder("m1", "absent");
        DeleteObjectsRequest quiet = new DeleteObjectsRequest(BUCKET);
        quiet.setQuiet(true);
        quiet.setKeys(List.of(new DeleteObjectsRequest.KeyVersion("m2")));
        assertThat(cos.deleteObjects(quiet).getDeletedObjects()).isEmpty();
        assertThat(cos.doesObjectExist(BUCKET, "m2")).isFalse();
        assertThat(cos.doesObjectExist(BUCKET, "m3")).isTrue();
        List<DeleteObjectsRequest.KeyVersion> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(new DeleteObjectsRequest.KeyVersion("k" + i));
        }
        DeleteObjectsRequest big = new DeleteObjectsRequest(BUCKET);
        big.setKeys(tooMany);
        assertCosError(() -> cos.deleteObjects(big), 400, "MalformedXML");
    }

    @Test
    void corsConfigurationAndPreflight() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        assertThat(preflight(http, "https://app.example.com", "PUT").statusCode()).isEqualTo(403);

        CORSRule rule = new CORSRule();
        rule.setId("r1");
        rule.setAllowedOrigins("https://*.example.com");
        rule.setAllowedMethods(CORSRule.AllowedMethods.PUT, CORSRule.AllowedMethods.GET);
        rule.setAllowedHeaders("x-cos-meta-*", "content-type");
        rule.setExposedHeaders("ETag");
        rule.setMaxAgeSeconds(600);
        BucketCrossOriginConfiguration config = new BucketCrossOriginConfiguration();
        config.setRules(List.of(rule));
        cos.setBucketCrossOriginConfiguration(BUCKET, config);

        CORSRule read = cos.getBucketCrossOriginConfiguration(BUCKET).getRules().get(0);
        assertThat(read.getId()).isEqualTo("r1");
        assertThat(read.getAllowedOrigins()).containsExactly("https://*.example.com");
        assertThat(read.getMaxAgeSeconds()).isEqualTo(600);

        HttpResponse<String> ok = preflight(http, "https://app.example.com", "PUT");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
        assertThat(ok.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("PUT");
        assertThat(ok.headers().firstValue("Access-Control-Allow-Headers")).hasValue("x-cos-meta-a");
        assertThat(ok.headers().firstValue("Access-Control-Expose-Headers")).hasValue("ETag");
        assertThat(ok.headers().firstValue("Access-Control-Max-Age")).hasValue("600");

        HttpResponse<String> denied = preflight(http, "https://evil.test", "PUT");
        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("CORSResponse: This CORS request is not allowed");

        cos.deleteBucketCrossOriginConfiguration(BUCKET);
        assertThat(preflight(http, "https://app.example.com", "PUT").statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> preflight(HttpClient http, String origin, String method) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/" + BUCKET + "/obj"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "x-cos-meta-a")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
