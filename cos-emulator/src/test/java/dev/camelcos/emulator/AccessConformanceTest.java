package dev.camelcos.emulator;

import static dev.camelcos.emulator.ObjectConformanceTest.assertCosError;
import static org.assertj.core.api.Assertions.assertThat;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.auth.BasicCOSCredentials;
import com.qcloud.cos.auth.BasicSessionCredentials;
import com.qcloud.cos.http.HttpMethodName;
import com.qcloud.cos.model.ObjectMetadata;
import com.qcloud.cos.model.PutObjectRequest;
import com.qcloud.cos.model.RestoreObjectRequest;
import com.qcloud.cos.model.StorageClass;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Signatures, pre-signed URLs, temporary credentials, clock skew and archive restore. */
class AccessConformanceTest {
    static final String BUCKET = "access-1250000000";
    final SdkSupport.MutableClock clock = new SdkSupport.MutableClock();
    CosEmulator emulator;

    @AfterEach
    void stop() {
        emulator.close();
    }

    CosEmulator start(CosEmulator.Builder builder) {
        emulator = builder.bucket(BUCKET).clock(clock).start();
        return emulator;
    }

    static void put(COSClient cos, String key, byte[] data, StorageClass storageClass) {
        ObjectMetadata meta = new ObjectMetadata();
        meta.setContentLength(data.length);
        PutObjectRequest request = new PutObjectRequest(BUCKET, key, new ByteArrayInputStream(data), meta);
        if (storageClass != null) {
            request.setStorageClass(storageClass);
        }
        cos.putObject(request);
    }

    /** java.net.http to 127.0.0.1 but with the virtual-hosted Host header the URL was signed for. */
    HttpResponse<String> send(URL url, String method, byte[] body) throws Exception {
        URI local = URI.create(emulator.endpoint() + url.toURI().getRawPath()
                + (url.getQuery() == null ? "" : "?" + url.toURI().getRawQuery()));
        HttpRequest request = HttpRequest.newBuilder(local)
                .header("Host", url.getHost())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void presignedPutAndGet() throws Exception {
        start(CosEmulator.builder());
        COSClient cos = SdkSupport.client(emulator);
        Date expiry = Date.from(clock.instant().plus(Duration.ofMinutes(10)));
        URL putUrl = cos.generatePresignedUrl(BUCKET, "signed/file.txt", expiry, HttpMethodName.PUT);
        assertThat(send(putUrl, "PUT", "presigned body".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        URL getUrl = cos.generatePresignedUrl(BUCKET, "signed/file.txt", expiry, HttpMethodName.GET);
        HttpResponse<String> got = send(getUrl, "GET", null);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo("presigned body");

        clock.advance(Duration.ofMinutes(11));
        HttpResponse<String> expired = send(getUrl, "GET", null);
        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(expired.body()).contains("<Code>AccessDenied</Code>").contains("expired");
        cos.shutdown();
    }

    @Test
    void unsignedAndBadlySignedRequestsAreRejected() throws Exception {
        start(CosEmulator.builder().credentials("AKIDfirst", "first-secret"));
        HttpResponse<String> unsigned = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/" + BUCKET + "/x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unsigned.statusCode()).isEqualTo(403);
        assertThat(unsigned.body()).contains("<Code>AccessDenied</Code>");
        assertThat(unsigned.headers().firstValue("x-cos-request-id")).isPresent();
        assertThat(unsigned.headers().firstValue("Server")).hasValue("tencent-cos");

        COSClient wrongKey = SdkSupport.client(emulator, new BasicCOSCredentials("AKIDfirst", "not-the-secret"));
        assertCosError(() -> wrongKey.getObject(BUCKET, "x"), 403, "SignatureDoesNotMatch");
        wrongKey.shutdown();
        COSClient unknown = SdkSupport.client(emulator, new BasicCOSCredentials("AKIDnobody", "first-secret"));
        assertCosError(() -> unknown.getObject(BUCKET, "x"), 403, "InvalidAccessKeyId");
        unknown.shutdown();
        assertThat(emulator.requests()).extracting(RecordedRequest::key).containsOnly("x");
        emulator.clearRequests();
        assertThat(emulator.requests()).isEmpty();
    }

    @Test
    void skewedClockIsReportedWithTheServerDate() throws Exception {
        start(CosEmulator.builder());
        // the server is 30 minutes behind the client, so the signature starts in the server's future
        clock.advance(Duration.ofMinutes(-30));
        COSClient cos = SdkSupport.client(emulator);
        assertCosError(() -> cos.getObject(BUCKET, "x"), 403, "RequestTimeTooSkewed");
        HttpResponse<String> any = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(emulator.endpoint() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        Instant date = ZonedDateTime.parse(any.headers().firstValue("Date").orElseThrow(),
                DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertThat(Duration.between(clock.instant(), date).abs()).isLessThan(Duration.ofSeconds(2));
        cos.shutdown();
    }

    @Test
    void temporaryCredentials() {
        Instant expires = clock.instant().plus(Duration.ofHours(1));
        start(CosEmulator.builder().credentials("AKIDperm", "perm").sessionCredentials("AKIDtmp", "tmp-secret", "tok-1", expires));
        assertThat(emulator.secretId()).isEqualTo("AKIDperm");
        COSClient session = SdkSupport.client(emulator, new BasicSessionCredentials("AKIDtmp", "tmp-secret", "tok-1"));
        put(session, "tmp.txt", new byte[] {1}, null);
        assertThat(session.getObject(BUCKET, "tmp.txt").getObjectMetadata().getContentLength()).isEqualTo(1);
        assertThat(session.doesObjectExist(BUCKET, "tmp.txt")).isTrue();
        COSClient wrongToken = SdkSupport.client(emulator, new BasicSessionCredentials("AKIDtmp", "tmp-secret", "tok-2"));
        assertCosError(() -> wrongToken.getObject(BUCKET, "tmp.txt"), 403, "InvalidAccessKeyId");
        clock.advance(Duration.ofHours(2));
        assertCosError(() -> session.getObject(BUCKET, "tmp.txt"), 400, "ExpiredToken");
        session.shutdown();
        wrongToken.shutdown();
    }

    @Test
    void presignedUrlWithSessionToken() throws Exception {
        Instant expires = clock.instant().plus(Duration.ofHours(1));
        start(CosEmulator.builder().sessionCredentials("AKIDtmp", "tmp-secret", "tok-1", expires));
        COSClient session = SdkSupport.client(emulator, new BasicSessionCredentials("AKIDtmp", "tmp-secret", "tok-1"));
        put(session, "t.txt", "tok".getBytes(StandardCharsets.UTF_8), null);
        URL url = session.generatePresignedUrl(BUCKET, "t.txt", Date.from(clock.instant().plus(Duration.ofMinutes(5))));
        assertThat(url.getQuery()).contains("x-cos-security-token=tok-1");
        assertThat(send(url, "GET", null).body()).isEqualTo("tok");
        session.shutdown();
    }

    @Test
    void archiveRestore() throws Exception {
        start(CosEmulator.builder().restoreDelay(Duration.ofMinutes(5)));
        COSClient cos = SdkSupport.client(emulator);
        put(cos, "cold.bin", new byte[] {9, 8, 7}, StorageClass.Archive);
        put(cos, "warm.bin", new byte[] {1}, null);
        assertThat(cos.getObjectMetadata(BUCKET, "cold.bin").getStorageClass()).isEqualTo("ARCHIVE");
        assertCosError(() -> cos.getObject(BUCKET, "cold.bin"), 403, "InvalidObjectState");
        assertCosError(() -> cos.restoreObject(new RestoreObjectRequest(BUCKET, "warm.bin", 1)), 400, "InvalidObjectState");

        cos.restoreObject(new RestoreObjectRequest(BUCKET, "cold.bin", 2));
        assertThat(cos.getObjectMetadata(BUCKET, "cold.bin").getOngoingRestore()).isTrue();
        assertCosError(() -> cos.restoreObject(new RestoreObjectRequest(BUCKET, "cold.bin", 2)), 409, "RestoreAlreadyInProgress");

        clock.advance(Duration.ofMinutes(6));
        ObjectMetadata restored = cos.getObjectMetadata(BUCKET, "cold.bin");
        assertThat(restored.getOngoingRestore()).isFalse();
        assertThat(restored.getRestoreExpirationTime()).isAfter(Date.from(clock.instant().plus(Duration.ofDays(1))));
        try (InputStream in = cos.getObject(BUCKET, "cold.bin").getObjectContent()) {
            assertThat(in.readAllBytes()).containsExactly(9, 8, 7);
        }
        cos.shutdown();
    }
}
