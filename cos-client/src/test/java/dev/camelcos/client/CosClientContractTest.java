package dev.camelcos.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.Crc64;
import dev.camelcos.client.model.CompleteMultipartUploadResult;
import dev.camelcos.client.model.CopyObjectResult;
import dev.camelcos.client.model.CopyPartResult;
import dev.camelcos.client.model.CopySource;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.DeleteResult;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ListObjectsRequest;
import dev.camelcos.client.model.MultipartUploadListing;
import dev.camelcos.client.model.ObjectListing;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.ObjectSummary;
import dev.camelcos.client.model.ObjectWriteOptions;
import dev.camelcos.client.model.PartETag;
import dev.camelcos.client.model.PartListing;
import dev.camelcos.client.model.PartResult;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.client.model.RestoreRequest;
import dev.camelcos.client.model.ServerSideEncryption;
import dev.camelcos.client.model.StorageClass;
import dev.camelcos.client.testinfra.CosService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every client operation, its normal path and its main failures. Runs against the emulator
 * ({@link CosClientEmulatorTest}) and, given credentials, against real COS ({@link CosClientRealCosTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CosClientContractTest {

    static final int MIB = 1024 * 1024;

    protected CosService service;
    protected CosClient client;
    protected String bucket;
    /** Every key a test writes lives under this run's own prefix. */
    protected final String prefix = "contract-" + UUID.randomUUID() + "/";

    protected abstract CosService createService();

    @BeforeAll
    void start() {
        service = createService();
        client = new CosClient(service.clientConfig().build());
        bucket = service.bucket();
    }

    @AfterAll
    void stop() {
        List<String> keys = new ArrayList<>();
        client.listAllObjects(new ListObjectsRequest(bucket).setPrefix(prefix)).forEach(o -> keys.add(o.getKey()));
        if (!keys.isEmpty()) {
            client.deleteObjects(bucket, keys, true);
        }
        client.close();
        service.close();
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    ObjectMetadata put(String key, byte[] data) {
        return client.putObject(new PutObjectRequest(bucket, key, CosRequestBody.of(data)));
    }

    byte[] read(String key) throws IOException {
        try (CosObject object = client.getObject(new GetObjectRequest(bucket, key))) {
            return object.getContent().readAllBytes();
        }
    }

    // ---- put, get, head

    @Test
    void putThenGetReturnsTheSameBytesMetadataAndCrc() throws IOException {
        byte[] data = randomBytes(300_000, 1);
        String key = prefix + "dir/空格 file+1.bin";
        ObjectMetadata metadata = new ObjectMetadata().setContentType("application/x-test")
                .setCacheControl("max-age=60").setContentDisposition("attachment; filename=\"a.bin\"")
                .setUserMetadata(Map.of("author", "camel", "purpose", "contract-test"));
        ObjectMetadata put = client.putObject(new PutObjectRequest(bucket, key, CosRequestBody.of(data))
                .setMetadata(metadata));
        assertThat(put.getETag()).isNotBlank();
        assertThat(put.getCrc64()).isEqualTo(Crc64.format(Crc64.of(data)));

        try (CosObject object = client.getObject(new GetObjectRequest(bucket, key))) {
            assertThat(object.getContent().readAllBytes()).isEqualTo(data);
            ObjectMetadata got = object.getMetadata();
            assertThat(got.getContentType()).isEqualTo("application/x-test");
            assertThat(got.getCacheControl()).isEqualTo("max-age=60");
            assertThat(got.getContentDisposition()).isEqualTo("attachment; filename=\"a.bin\"");
            assertThat(got.getUserMetadata()).containsEntry("author", "camel").containsEntry("purpose",
                    "contract-test");
            assertThat(got.getETag()).isEqualTo(put.getETag());
            assertThat(got.getContentLength()).isEqualTo(data.length);
        }

        ObjectMetadata head = client.headObject(new GetObjectRequest(bucket, key));
        assertThat(head.getContentLength()).isEqualTo(data.length);
        assertThat(head.getCrc64()).isEqualTo(put.getCrc64());
        assertThat(head.getLastModified()).isNotNull();
        assertThat(head.getStorageClass()).isEqualTo("STANDARD");
    }

    @Test
    void putFromAFileAFileRangeAndStreamsOfKnownAndUnknownLength(@TempDir Path dir) throws IOException {
        byte[] data = randomBytes(2 * MIB + 17, 2);
        Path file = Files.write(dir.resolve("source.bin"), data);

        client.putObject(new PutObjectRequest(bucket, prefix + "file", CosRequestBody.of(file)));
        client.putObject(new PutObjectRequest(bucket, prefix + "range", CosRequestBody.of(file, 100, 1000)));
        client.putObject(new PutObjectRequest(bucket, prefix + "known",
                CosRequestBody.of(new ByteArrayInputStream(data), data.length)));
        client.putObject(new PutObjectRequest(bucket, prefix + "unknown",
                CosRequestBody.of(new ByteArrayInputStream(data), -1)));

        assertThat(read(prefix + "file")).isEqualTo(data);
        assertThat(read(prefix + "range")).isEqualTo(java.util.Arrays.copyOfRange(data, 100, 1100));
        assertThat(read(prefix + "known")).isEqualTo(data);
        assertThat(read(prefix + "unknown")).isEqualTo(data);
    }

    @Test
    void getARangeAndResponseOverrides() throws IOException {
        byte[] data = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        put(prefix + "range.txt", data);
        GetObjectRequest get = new GetObjectRequest(bucket, prefix + "range.txt").setRange(4, 9)
                .setResponseOverride("response-content-type", "text/x-override");
        try (CosObject object = client.getObject(get)) {
            assertThat(new String(object.getContent().readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("456789");
            assertThat(object.getMetadata().getContentRange()).isEqualTo("bytes 4-9/16");
            assertThat(object.getMetadata().getContentType()).isEqualTo("text/x-override");
        }
    }

    @Test
    void conditionalGetsAnswerNotModifiedAndPreconditionFailed() {
        ObjectMetadata put = put(prefix + "conditional", new byte[] { 1, 2, 3 });
        assertThatThrownBy(() -> client.getObject(new GetObjectRequest(bucket, prefix + "conditional")
                .setIfNoneMatch(put.getETag())))
                .isInstanceOfSatisfying(CosServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(304));
        assertThatThrownBy(() -> client.getObject(new GetObjectRequest(bucket, prefix + "conditional")
                .setIfMatch("\"0000\"")))
                .isInstanceOfSatisfying(CosServiceException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(412);
                    assertThat(e.errorCode()).isEqualTo("PreconditionFailed");
                });
    }

    @Test
    void missingObjectsFailWithNoSuchKey() {
        assertThatThrownBy(() -> client.getObject(new GetObjectRequest(bucket, prefix + "absent")))
                .isInstanceOfSatisfying(CosServiceException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.errorCode()).isEqualTo("NoSuchKey");
                    assertThat(e.requestId()).isNotBlank();
                });
        assertThatThrownBy(() -> client.headObject(new GetObjectRequest(bucket, prefix + "absent")))
                .isInstanceOfSatisfying(CosServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void encryptionAclAndOverwriteProtection() throws IOException {
        String sseKey = java.util.Base64.getEncoder().encodeToString(randomBytes(32, 11));
        ServerSideEncryption customer = ServerSideEncryption.customerKey(sseKey);
        byte[] data = randomBytes(4096, 12);
        ObjectWriteOptions options = new ObjectWriteOptions().setEncryption(customer).setAcl("private")
                .grant("read", "id=\"100000000001\"");
        client.putObject(new PutObjectRequest(bucket, prefix + "sse-c", CosRequestBody.of(data)).setOptions(options));
        assertThatThrownBy(() -> read(prefix + "sse-c")).isInstanceOf(CosServiceException.class);
        try (CosObject object = client.getObject(new GetObjectRequest(bucket, prefix + "sse-c")
                .setCustomerKey(customer))) {
            assertThat(object.getContent().readAllBytes()).isEqualTo(data);
        }
        assertThat(customer.toString()).doesNotContain(sseKey);

        client.putObject(new PutObjectRequest(bucket, prefix + "sse-cos", CosRequestBody.of(data))
                .setOptions(new ObjectWriteOptions().setEncryption(ServerSideEncryption.cos())));
        assertThat(client.headObject(new GetObjectRequest(bucket, prefix + "sse-cos")).getServerSideEncryption())
                .isEqualTo("AES256");

        ObjectWriteOptions noOverwrite = new ObjectWriteOptions().setForbidOverwrite(true);
        client.putObject(new PutObjectRequest(bucket, prefix + "once", CosRequestBody.of(data)).setOptions(noOverwrite));
        assertThatThrownBy(() -> client.putObject(new PutObjectRequest(bucket, prefix + "once",
                CosRequestBody.of(new byte[] { 0 })).setOptions(noOverwrite)))
                .isInstanceOfSatisfying(CosServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(409));
        assertThat(read(prefix + "once")).isEqualTo(data);
        assertThatThrownBy(() -> new ObjectWriteOptions().setTrafficLimit(100L)).hasMessageContaining("100");
        assertThatThrownBy(() -> new ObjectWriteOptions().setAcl("everyone")).hasMessageContaining("everyone");
    }

    // ---- copy, delete

    @Test
    void copyKeepsOrReplacesMetadataAndHonoursSourceConditions() throws IOException {
        byte[] data = randomBytes(10_000, 3);
        client.putObject(new PutObjectRequest(bucket, prefix + "copy-src", CosRequestBody.of(data))
                .setMetadata(new ObjectMetadata().setContentType("text/source").setUserMetadata(Map.of("a", "1"))));

        CopyObjectResult kept = client.copyObject(new CopySource(bucket, prefix + "copy-src"), bucket,
                prefix + "copy-kept", null, null);
        assertThat(kept.getETag()).isNotBlank();
        ObjectMetadata keptHead = client.headObject(new GetObjectRequest(bucket, prefix + "copy-kept"));
        assertThat(keptHead.getContentType()).isEqualTo("text/source");
        assertThat(keptHead.getUserMetadata()).containsEntry("a", "1");
        assertThat(read(prefix + "copy-kept")).isEqualTo(data);

        client.copyObject(new CopySource(bucket, prefix + "copy-src"), bucket, prefix + "copy-replaced",
                new ObjectMetadata().setContentType("text/replaced").setUserMetadata(Map.of("b", "2")), null);
        ObjectMetadata replaced = client.headObject(new GetObjectRequest(bucket, prefix + "copy-replaced"));
        assertThat(replaced.getContentType()).isEqualTo("text/replaced");
        assertThat(replaced.getUserMetadata()).containsEntry("b", "2").doesNotContainKey("a");

        assertThatThrownBy(() -> client.copyObject(new CopySource(bucket, prefix + "copy-src").setIfMatch("\"00\""),
                bucket, prefix + "copy-never", null, null))
                .isInstanceOfSatisfying(CosServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(412));
        assertThatThrownBy(() -> client.headObject(new GetObjectRequest(bucket, prefix + "copy-never")))
                .isInstanceOf(CosServiceException.class);
        assertThatThrownBy(() -> client.copyObject(new CopySource(bucket, prefix + "no-such-source"), bucket,
                prefix + "copy-never", null, null))
                .isInstanceOfSatisfying(CosServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void deleteObjectAndDeleteMultipleObjectsAcrossSeveralRequests() {
        put(prefix + "single", new byte[] { 1 });
        client.deleteObject(bucket, prefix + "single", null);
        assertThatThrownBy(() -> client.headObject(new GetObjectRequest(bucket, prefix + "single")))
                .isInstanceOf(CosServiceException.class);
        client.deleteObject(bucket, prefix + "single", null); // deleting what is gone succeeds

        int count = service.isEmulator() ? 1005 : 12;
        List<String> keys = IntStream.range(0, count).mapToObj(i -> prefix + "many/" + i).toList();
        keys.forEach(k -> put(k, new byte[] { 7 }));
        DeleteResult verbose = client.deleteObjects(bucket, keys, false);
        assertThat(verbose.getDeletedKeys()).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(verbose.getErrors()).isEmpty();
        assertThat(client.listObjects(new ListObjectsRequest(bucket).setPrefix(prefix + "many/")).getContents())
                .isEmpty();
        assertThatThrownBy(() -> client.deleteObjects(bucket, List.of(), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    // ---- listings

    @Test
    void listingPagesDelimitsAndDecodesAnyKey() {
        List<String> keys = List.of(prefix + "list/a b.txt", prefix + "list/a+b.txt", prefix + "list/中文.txt",
                prefix + "list/sub/x.txt", prefix + "list/sub/y.txt", prefix + "list/z%20.txt");
        keys.forEach(k -> put(k, new byte[] { 1 }));

        ObjectListing delimited = client.listObjects(new ListObjectsRequest(bucket).setPrefix(prefix + "list/")
                .setDelimiter("/"));
        assertThat(delimited.getContents()).extracting(ObjectSummary::getKey).containsExactlyInAnyOrder(
                prefix + "list/a b.txt", prefix + "list/a+b.txt", prefix + "list/中文.txt", prefix + "list/z%20.txt");
        assertThat(delimited.getCommonPrefixes()).containsExactly(prefix + "list/sub/");

        ObjectListing page = client.listObjects(new ListObjectsRequest(bucket).setPrefix(prefix + "list/")
                .setMaxKeys(2));
        assertThat(page.getContents()).hasSize(2);
        assertThat(page.isTruncated()).isTrue();
        assertThat(page.getNextMarker()).isNotNull();

        List<String> all = StreamSupport.stream(client.listAllObjects(new ListObjectsRequest(bucket)
                .setPrefix(prefix + "list/").setMaxKeys(2)).spliterator(), false).map(ObjectSummary::getKey).toList();
        assertThat(all).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(all).doesNotHaveDuplicates();
    }

    // ---- archive and restore

    @Test
    void archivedObjectsAreUnreadableUntilRestored() throws IOException {
        assumeTrue(service.isEmulator(), "restoring on real COS takes hours");
        byte[] data = randomBytes(1000, 4);
        client.putObject(new PutObjectRequest(bucket, prefix + "archived", CosRequestBody.of(data))
                .setOptions(new ObjectWriteOptions().setStorageClass(StorageClass.ARCHIVE)));
        assertThatThrownBy(() -> read(prefix + "archived"))
                .isInstanceOfSatisfying(CosServiceException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("InvalidObjectState"));
        client.restoreObject(bucket, prefix + "archived", null, new RestoreRequest(1, RestoreRequest.Tier.Expedited));
        assertThat(read(prefix + "archived")).isEqualTo(data);
        assertThat(client.headObject(new GetObjectRequest(bucket, prefix + "archived")).getRestore())
                .contains("ongoing-request=\"false\"");
        assertThatThrownBy(() -> new RestoreRequest(0, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }

    @Test
    void corsPreflightIsRefusedWithoutAMatchingRule() {
        put(prefix + "cors", new byte[] { 1 });
        assertThatThrownBy(() -> client.optionsObject(bucket, prefix + "cors", "https://nowhere.example", "PUT",
                null)).isInstanceOfSatisfying(CosServiceException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(403));
    }

    // ---- multipart

    @Test
    void multipartUploadListCompleteAndEndToEndCrc() throws IOException {
        byte[] part1 = randomBytes(MIB, 5);
        byte[] part2 = randomBytes(MIB + 3, 6);
        byte[] part3 = randomBytes(100, 7);
        String key = prefix + "multipart.bin";
        String uploadId = client.initiateMultipartUpload(bucket, key,
                new ObjectMetadata().setContentType("application/x-mp"), null).getUploadId();
        MultipartUploadListing uploads = client.listMultipartUploads(bucket, prefix, null, null, null, null);
        assertThat(uploads.getUploads()).anySatisfy(u -> assertThat(u.getUploadId()).isEqualTo(uploadId));

        PartResult r1 = client.uploadPart(bucket, key, uploadId, 1, CosRequestBody.of(part1), null);
        PartResult r2 = client.uploadPart(bucket, key, uploadId, 2, CosRequestBody.of(part2), null);
        PartResult r3 = client.uploadPart(bucket, key, uploadId, 3, CosRequestBody.of(part3), null);
        assertThat(r1.crc64()).isEqualTo(Crc64.format(Crc64.of(part1)));

        PartListing listed = client.listParts(bucket, key, uploadId, 2, null);
        assertThat(listed.getParts()).extracting(p -> p.getPartNumber()).containsExactly(1, 2);
        assertThat(listed.isTruncated()).isTrue();
        assertThat(client.listAllParts(bucket, key, uploadId)).hasSize(3);

        CompleteMultipartUploadResult done = client.completeMultipartUpload(bucket, key, uploadId,
                List.of(r3.toPartETag(), r1.toPartETag(), r2.toPartETag()));
        assertThat(done.getETag()).endsWith("-3\"");
        long combined = Crc64.combine(Crc64.combine(Crc64.parse(r1.crc64()), Crc64.parse(r2.crc64()), part2.length),
                Crc64.parse(r3.crc64()), part3.length);
        assertThat(done.getCrc64()).isEqualTo(Crc64.format(combined));

        byte[] whole = read(key);
        assertThat(whole).hasSize(part1.length + part2.length + part3.length);
        assertThat(Crc64.of(whole)).isEqualTo(combined);
        assertThat(client.headObject(new GetObjectRequest(bucket, key)).getContentType()).isEqualTo("application/x-mp");
    }

    @Test
    void completeListsThePartsItselfWhenNoneAreGiven() throws IOException {
        String key = prefix + "self-listed";
        String uploadId = client.initiateMultipartUpload(bucket, key, null, null).getUploadId();
        client.uploadPart(bucket, key, uploadId, 1, CosRequestBody.of(new byte[] { 1, 2, 3 }), null);
        client.completeMultipartUpload(bucket, key, uploadId, null);
        assertThat(read(key)).containsExactly(1, 2, 3);
    }

    @Test
    void multipartRulesAreEnforced() {
        String key = prefix + "rules";
        String uploadId = client.initiateMultipartUpload(bucket, key, null, null).getUploadId();
        PartResult small = client.uploadPart(bucket, key, uploadId, 1, CosRequestBody.of(new byte[10]), null);
        PartResult last = client.uploadPart(bucket, key, uploadId, 2, CosRequestBody.of(new byte[10]), null);
        assertThatThrownBy(() -> client.completeMultipartUpload(bucket, key, uploadId,
                List.of(small.toPartETag(), last.toPartETag())))
                .isInstanceOfSatisfying(CosServiceException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("EntityTooSmall"));
        assertThatThrownBy(() -> client.completeMultipartUpload(bucket, key, uploadId,
                List.of(new PartETag(1, "\"not-the-etag\""))))
                .isInstanceOfSatisfying(CosServiceException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("InvalidPart"));

        client.abortMultipartUpload(bucket, key, uploadId);
        assertThatThrownBy(() -> client.listParts(bucket, key, uploadId, null, null))
                .isInstanceOfSatisfying(CosServiceException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("NoSuchUpload"));
        assertThat(client.listMultipartUploads(bucket, key, null, null, null, null).getUploads())
                .noneSatisfy(u -> assertThat(u.getUploadId()).isEqualTo(uploadId));
    }

    @Test
    void uploadPartCopyAssemblesAnObjectFromRanges() throws IOException {
        byte[] data = randomBytes(2 * MIB + 10, 8);
        put(prefix + "part-copy-src", data);
        String key = prefix + "part-copy-dst";
        String uploadId = client.initiateMultipartUpload(bucket, key, null, null).getUploadId();
        CopySource source = new CopySource(bucket, prefix + "part-copy-src");
        CopyPartResult p1 = client.uploadPartCopy(source, "bytes=0-" + (MIB - 1), bucket, key, uploadId, 1);
        CopyPartResult p2 = client.uploadPartCopy(source, "bytes=" + MIB + "-" + (data.length - 1), bucket, key,
                uploadId, 2);
        client.completeMultipartUpload(bucket, key, uploadId,
                List.of(new PartETag(1, p1.getETag()), new PartETag(2, p2.getETag())));
        assertThat(read(key)).isEqualTo(data);
    }

    // ---- links

    @Test
    void preSignedLinksDownloadAndUploadWithoutCredentials() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String uploadLink = client.createUploadLink(bucket, prefix + "linked.txt", Duration.ofMinutes(5));
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(uploadLink))
                .PUT(HttpRequest.BodyPublishers.ofString("via a link")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);

        String downloadLink = client.createDownloadLink(bucket, prefix + "linked.txt", Duration.ofMinutes(5), null);
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(downloadLink)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).isEqualTo("via a link");
        assertThat(downloadLink).doesNotContain(client.config().credentialsProvider().credentials().secretKey());

        assertThatThrownBy(() -> client.createDownloadLink(bucket, prefix + "linked.txt", Duration.ofSeconds(-1),
                null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expiration");
    }

    // ---- buckets

    @Test
    void bucketBasics() {
        assertThat(client.listBuckets()).anySatisfy(b -> assertThat(b.getName()).isEqualTo(bucket));
        client.headBucket(bucket);
        String missing = "nosuchbucket-1250000000";
        assertThatThrownBy(() -> client.headBucket(missing))
                .isInstanceOfSatisfying(CosServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    // ---- input checked before sending

    @Test
    void invalidInputIsRefusedBeforeAnyRequest() {
        assumeTrue(service.isEmulator(), "asserts on the requests the service saw");
        service.clearRequests();
        assertThatThrownBy(() -> new GetObjectRequest("Bad_Bucket", "k")).hasMessageContaining("Bad_Bucket");
        assertThatThrownBy(() -> new GetObjectRequest(bucket, "/lead")).hasMessageContaining("must not start");
        assertThatThrownBy(() -> new GetObjectRequest(bucket, "k".repeat(851))).hasMessageContaining("850");
        assertThatThrownBy(() -> new GetObjectRequest(bucket, "k").setRange("bytes=5-2"))
                .hasMessageContaining("bytes=5-2");
        assertThatThrownBy(() -> client.uploadPart(bucket, "k", "id", 0, CosRequestBody.of(new byte[1]), null))
                .hasMessageContaining("part number 0");
        assertThatThrownBy(() -> client.uploadPart(bucket, "k", "id", 10001, CosRequestBody.of(new byte[1]), null))
                .hasMessageContaining("10001");
        assertThatThrownBy(() -> client.putObject(new PutObjectRequest(bucket, "k", CosRequestBody.of(new byte[1]))
                .setMetadata(new ObjectMetadata().setUserMetadata(Map.of("big", "x".repeat(3000))))))
                .hasMessageContaining("2048");
        assertThatThrownBy(() -> client.putObject(new PutObjectRequest(bucket, "k", CosRequestBody.of(new byte[1]))
                .setMetadata(new ObjectMetadata().setUserMetadata(Map.of("bad name", "v")))))
                .hasMessageContaining("bad name");
        assertThatThrownBy(() -> StorageClass.parse("GLACIER")).hasMessageContaining("GLACIER");
        assertThat(service.requests()).isEmpty();
    }
}
