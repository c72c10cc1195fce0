package dev.camelcos.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.model.CompleteMultipartUploadRequest;
import com.qcloud.cos.model.InitiateMultipartUploadRequest;
import com.qcloud.cos.model.ListMultipartUploadsRequest;
import com.qcloud.cos.model.MultipartUpload;
import com.qcloud.cos.model.ObjectMetadata;
import com.qcloud.cos.model.PartETag;
import com.qcloud.cos.model.PutObjectRequest;
import com.qcloud.cos.model.UploadPartRequest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restart on the same data directory, hostile keys, path-style addressing and request limits. */
class PersistenceAndSafetyTest {
    static final String BUCKET = "persist-1250000000";

    static void put(COSClient cos, String key, byte[] data) {
        ObjectMetadata meta = new ObjectMetadata();
        meta.setContentLength(data.length);
        meta.addUserMetadata("survives", "restart");
        cos.putObject(new PutObjectRequest(BUCKET, key, new ByteArrayInputStream(data), meta));
    }

    static byte[] get(COSClient cos, String key) throws Exception {
        try (InputStream in = cos.getObject(BUCKET, key).getObjectContent()) {
            return in.readAllBytes();
        }
    }

    @Test
    void restartKeepsObjectsBucketsAndUnfinishedUploads(@TempDir Path data) throws Exception {
        String uploadId;
        PartETag part;
        try (CosEmulator first = CosEmulator.builder().dataDir(data).bucket(BUCKET).start()) {
            COSClient cos = SdkSupport.client(first);
            put(cos, "kept.txt", "still here".getBytes(StandardCharsets.UTF_8));
            cos.createBucket("extra-1250000000");
            uploadId = cos.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, "later.bin")).getUploadId();
            byte[] partData = "part one".getBytes(StandardCharsets.UTF_8);
            part = cos.uploadPart(new UploadPartRequest().withBucketName(BUCKET).withKey("later.bin").withUploadId(uploadId)
                    .withPartNumber(1).withInputStream(new ByteArrayInputStream(partData)).withPartSize(partData.length))
                    .getPartETag();
            cos.shutdown();
        }
        try (CosEmulator second = CosEmulator.builder().dataDir(data).bucket(BUCKET).start()) {
            COSClient cos = SdkSupport.client(second);
            assertThat(second.buckets()).containsExactlyInAnyOrder(BUCKET, "extra-1250000000");
            assertThat(get(cos, "kept.txt")).isEqualTo("still here".getBytes(StandardCharsets.UTF_8));
            assertThat(cos.getObjectMetadata(BUCKET, "kept.txt").getUserMetadata()).containsEntry("survives", "restart");
            assertThat(cos.listMultipartUploads(new ListMultipartUploadsRequest(BUCKET)).getMultipartUploads())
                    .extracting(MultipartUpload::getUploadId).containsExactly(uploadId);
            cos.completeMultipartUpload(new CompleteMultipartUploadRequest(BUCKET, "later.bin", uploadId,
                    new ArrayList<>(List.of(part))));
            assertThat(get(cos, "later.bin")).isEqualTo("part one".getBytes(StandardCharsets.UTF_8));
            cos.shutdown();
        }
        assertThat(data).exists();
    }

    @Test
    void temporaryDataDirectoryIsRemovedOnClose() throws Exception {
        Path dir;
        // a bucket name of its own: other builds on the machine may run emulators in the same temp directory
        String bucket = "removed" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE) + "-1250000000";
        try (CosEmulator emulator = CosEmulator.builder().bucket(bucket).start()) {
            COSClient cos = SdkSupport.client(emulator);
            cos.putObject(bucket, "x", "1");
            cos.shutdown();
            try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                dir = tmp.filter(p -> p.getFileName().toString().startsWith("cos-emulator"))
                        .filter(p -> Files.exists(p.resolve("buckets").resolve(bucket))).findFirst().orElseThrow();
            }
        }
        assertThat(dir).doesNotExist();
    }

    @Test
    void traversalKeysStayInsideTheDataDirectory(@TempDir Path root) throws Exception {
        Path data = Files.createDirectories(root.resolve("data"));
        try (CosEmulator emulator = CosEmulator.builder().dataDir(data).bucket(BUCKET).start()) {
            COSClient cos = SdkSupport.client(emulator);
            for (String key : List.of("../../x", "../../../../etc/evil", "a/../../b", "..\\..\\win")) {
                put(cos, key, key.getBytes(StandardCharsets.UTF_8));
                assertThat(get(cos, key)).isEqualTo(key.getBytes(StandardCharsets.UTF_8));
            }
            HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(emulator.endpoint() + "/" + BUCKET + "/%2e%2e/%2e%2e/escaped")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(raw.statusCode()).isEqualTo(403);
            cos.shutdown();
        }
        try (Stream<Path> outside = Files.walk(root)) {
            assertThat(outside.filter(p -> !p.startsWith(data) && !p.equals(root))).isEmpty();
        }
        try (Stream<Path> names = Files.walk(data)) {
            assertThat(names.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("evil") || n.equals("x"));
        }
    }

    @Test
    void pathStyleChunkedPutAndXmlLimit() throws Exception {
        try (CosEmulator emulator = CosEmulator.builder().bucket(BUCKET).start()) {
            COSClient cos = SdkSupport.client(emulator);
            // an InputStream of unknown length makes the SDK send the body chunked
            PutObjectRequest chunked = new PutObjectRequest(BUCKET, "chunked.bin",
                    new ByteArrayInputStream(new byte[70_000]), new ObjectMetadata());
            cos.putObject(chunked);
            assertThat(cos.getObjectMetadata(BUCKET, "chunked.bin").getContentLength()).isEqualTo(70_000);

            com.qcloud.cos.model.CORSRule rule = new com.qcloud.cos.model.CORSRule();
            rule.setAllowedMethods(com.qcloud.cos.model.CORSRule.AllowedMethods.GET);
            rule.setAllowedOrigins("https://" + "o".repeat(1024 * 1024) + ".example.com");
            com.qcloud.cos.model.BucketCrossOriginConfiguration huge = new com.qcloud.cos.model.BucketCrossOriginConfiguration();
            huge.setRules(List.of(rule));
            ObjectConformanceTest.assertCosError(() -> cos.setBucketCrossOriginConfiguration(BUCKET, huge), 400, "EntityTooLarge");

            ObjectMetadata bigHeaders = new ObjectMetadata();
            bigHeaders.setHeader("x-cos-tagging", "t".repeat(20_000));
            bigHeaders.setContentLength(1);
            ObjectConformanceTest.assertCosError(() -> cos.putObject(new PutObjectRequest(BUCKET, "h",
                    new ByteArrayInputStream(new byte[1]), bigHeaders)), 400, "InvalidArgument");

            HttpResponse<String> pathStyle = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(emulator.endpoint() + "/" + BUCKET + "/?delete"))
                    .POST(HttpRequest.BodyPublishers.ofString("<Delete/>")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(pathStyle.statusCode()).isEqualTo(403);
            assertThat(emulator.requests()).anyMatch(r -> r.method().equals("POST") && BUCKET.equals(r.bucket())
                    && r.key() == null && r.query().containsKey("delete"));
            cos.shutdown();
        }
    }

    @Test
    void concurrentWritersAndReaders() throws Exception {
        try (CosEmulator emulator = CosEmulator.builder().bucket(BUCKET).start()) {
            COSClient cos = SdkSupport.client(emulator);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    byte[] value = ("value-" + n).repeat(1000).getBytes(StandardCharsets.UTF_8);
                    put(cos, "distinct/" + n, value);
                    put(cos, "shared", value);
                    assertThat(get(cos, "distinct/" + n)).isEqualTo(value);
                    assertThat(new String(get(cos, "shared"), StandardCharsets.UTF_8)).startsWith("value-");
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            assertThat(cos.listObjects(BUCKET).getObjectSummaries()).hasSize(41);
            cos.shutdown();
        }
    }
}
