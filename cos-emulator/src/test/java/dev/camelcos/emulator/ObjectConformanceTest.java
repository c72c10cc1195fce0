package dev.camelcos.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.exception.CosServiceException;
import com.qcloud.cos.model.COSObject;
import com.qcloud.cos.model.GetObjectRequest;
import com.qcloud.cos.model.ObjectMetadata;
import com.qcloud.cos.model.PutObjectRequest;
import com.qcloud.cos.model.PutObjectResult;
import com.qcloud.cos.model.ResponseHeaderOverrides;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Single-object operations driven through the official COS Java SDK. */
class ObjectConformanceTest {
    static final String BUCKET = "objects-1250000000";
    static CosEmulator emulator;
    static COSClient cos;

    @BeforeAll
    static void start() {
        emulator = CosEmulator.builder().bucket(BUCKET).start();
        cos = SdkSupport.client(emulator);
    }

    @AfterAll
    static void stop() {
        cos.shutdown();
        emulator.close();
    }

    static PutObjectResult put(String key, byte[] data, ObjectMetadata meta) {
        meta.setContentLength(data.length);
        return cos.putObject(new PutObjectRequest(BUCKET, key, new ByteArrayInputStream(data), meta));
    }

    static byte[] read(COSObject object) throws IOException {
        try (InputStream in = object.getObjectContent()) {
            return in.readAllBytes();
        }
    }

    static void assertCosError(ThrowingCallable call, int status, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CosServiceException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(status);
            if (code != null) {
                assertThat(e.getErrorCode()).isEqualTo(code);
            }
        });
    }

    @Test
    void putThenGetAndHeadRoundTrip() throws Exception {
        byte[] data = "hello world!".getBytes(StandardCharsets.UTF_8);
        ObjectMetadata meta = new ObjectMetadata();
        meta.setContentType("text/plain");
        meta.setCacheControl("max-age=60");
        meta.setContentDisposition("attachment; filename=\"h.txt\"");
        meta.addUserMetadata("colour", "blue");
        PutObjectResult result = put("dir/hello.txt", data, meta);
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        assertThat(result.getETag()).isEqualTo(md5);
        assertThat(result.getCrc64Ecma()).isEqualTo("9548687815775124833");

        COSObject object = cos.getObject(BUCKET, "dir/hello.txt");
        assertThat(read(object)).isEqualTo(data);
        ObjectMetadata got = object.getObjectMetadata();
        assertThat(got.getContentType()).isEqualTo("text/plain");
        assertThat(got.getETag()).isEqualTo(md5);
        assertThat(got.getCacheControl()).isEqualTo("max-age=60");
        assertThat(got.getUserMetadata()).containsEntry("colour", "blue");
        assertThat(got.getCrc64Ecma()).isEqualTo("9548687815775124833");

        ObjectMetadata head = cos.getObjectMetadata(BUCKET, "dir/hello.txt");
        assertThat(head.getContentLength()).isEqualTo(data.length);
        assertThat(head.getLastModified()).isNotNull();
        assertThat(head.getStorageClass()).isNull();
        assertThat(head.getContentDisposition()).isEqualTo("attachment; filename=\"h.txt\"");
    }

    @Test
    void emptyAndUnicodeKeysRoundTrip() throws Exception {
        String key = "unicode/腾讯云 a+b (1)#?.txt";
        put(key, new byte[0], new ObjectMetadata());
        assertThat(read(cos.getObject(BUCKET, key))).isEmpty();
        assertThat(cos.doesObjectExist(BUCKET, key)).isTrue();
        assertThat(emulator.requests()).anyMatch(r -> key.equals(r.key()) && r.method().equals("HEAD"));
    }

    @Test
    void rangeAndOverrides() throws Exception {
        put("range.bin", "0123456789".getBytes(StandardCharsets.US_ASCII), new ObjectMetadata());
        GetObjectRequest request = new GetObjectRequest(BUCKET, "range.bin");
        request.setRange(2, 5);
        ResponseHeaderOverrides overrides = new ResponseHeaderOverrides();
        overrides.setContentType("application/x-test");
        overrides.setContentDisposition("inline");
        request.setResponseHeaders(overrides);
        COSObject object = cos.getObject(request);
        assertThat(new String(read(object), StandardCharsets.US_ASCII)).isEqualTo("2345");
        assertThat(object.getObjectMetadata().getContentType()).isEqualTo("application/x-test");
        assertThat(object.getObjectMetadata().getContentDisposition()).isEqualTo("inline");
        assertThat(object.getObjectMetadata().getRawMetadataValue("Content-Range")).isEqualTo("bytes 2-5/10");

        GetObjectRequest outside = new GetObjectRequest(BUCKET, "range.bin");
        outside.setRange(100, 200);
        assertCosError(() -> cos.getObject(outside), 416, "InvalidRange");
    }

    @Test
    void conditionalGets() {
        put("cond.txt", "x".getBytes(StandardCharsets.US_ASCII), new ObjectMetadata());
        GetObjectRequest wrongMatch = new GetObjectRequest(BUCKET, "cond.txt");
        wrongMatch.setMatchingETagConstraints(List.of("\"0000\""));
        assertThat(cos.getObject(wrongMatch)).isNull();
        String etag = cos.getObjectMetadata(BUCKET, "cond.txt").getETag();
        GetObjectRequest noneMatch = new GetObjectRequest(BUCKET, "cond.txt");
        noneMatch.setNonmatchingETagConstraints(List.of("\"" + etag + "\""));
        assertThat(cos.getObject(noneMatch)).isNull();
        GetObjectRequest match = new GetObjectRequest(BUCKET, "cond.txt");
        match.setMatchingETagConstraints(List.of("\"" + etag + "\""));
        assertThat(cos.getObject(match)).isNotNull();
    }

    @Test
    void missingObjectAndBucket() {
        assertCosError(() -> cos.getObject(BUCKET, "nope"), 404, "NoSuchKey");
        assertCosError(() -> cos.getObject("absent-1250000000", "nope"), 404, "NoSuchBucket");
        cos.deleteObject(BUCKET, "nope");
    }

    @Test
    void putValidation() {
        ObjectMetadata badClass = new ObjectMetadata();
        badClass.setHeader("x-cos-storage-class", "COLD_AS_ICE");
        assertCosError(() -> put("bad-class", new byte[1], badClass), 400, "InvalidArgument");

        ObjectMetadata badMd5 = new ObjectMetadata();
        badMd5.setContentMD5("AAAAAAAAAAAAAAAAAAAAAA==");
        assertCosError(() -> put("bad-md5", new byte[1], badMd5), 400, "BadDigest");

        ObjectMetadata bigMeta = new ObjectMetadata();
        bigMeta.addUserMetadata("big", "x".repeat(2100));
        assertCosError(() -> put("big-meta", new byte[1], bigMeta), 400, "InvalidArgument");

        PutObjectRequest slow = new PutObjectRequest(BUCKET, "slow", new ByteArrayInputStream(new byte[1]), new ObjectMetadata());
        slow.setTrafficLimit(1000);
        assertCosError(() -> cos.putObject(slow), 400, "InvalidArgument");

        assertCosError(() -> put("k".repeat(851), new byte[1], new ObjectMetadata()), 400, "KeyTooLong");
    }

    @Test
    void forbidOverwrite() {
        put("once.txt", new byte[] {1}, new ObjectMetadata());
        ObjectMetadata meta = new ObjectMetadata();
        meta.setHeader("x-cos-forbid-overwrite", "true");
        assertCosError(() -> put("once.txt", new byte[] {2}, meta), 409, "FileAlreadyExists");
    }

    @Test
    void serverSideEncryptionIsEchoed() {
        ObjectMetadata meta = new ObjectMetadata();
        meta.setServerSideEncryption("AES256");
        PutObjectResult result = put("sse.txt", new byte[] {1, 2}, meta);
        assertThat(result.getSSEAlgorithm()).isEqualTo("AES256");
        assertThat(cos.getObjectMetadata(BUCKET, "sse.txt").getSSEAlgorithm()).isEqualTo("AES256");
    }

    @Test
    void customerKeyIsRequiredToRead() throws Exception {
        com.qcloud.cos.model.SSECustomerKey key = new com.qcloud.cos.model.SSECustomerKey(
                java.util.Base64.getEncoder().encodeToString(new byte[32]));
        PutObjectRequest request = new PutObjectRequest(BUCKET, "ssec.txt", new ByteArrayInputStream(new byte[] {7}), new ObjectMetadata());
        request.setSSECustomerKey(key);
        cos.putObject(request);
        // HEAD errors carry no body, so only the status is known
        assertCosError(() -> cos.getObjectMetadata(BUCKET, "ssec.txt"), 400, null);
        GetObjectRequest get = new GetObjectRequest(BUCKET, "ssec.txt");
        get.setSSECustomerKey(key);
        assertThat(read(cos.getObject(get))).containsExactly(7);
    }
}
