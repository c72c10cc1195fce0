package dev.camelcos.client.internal;

import dev.camelcos.client.Crc64;
import dev.camelcos.client.RetryPolicy;
import dev.camelcos.client.model.CopyObjectResult;
import dev.camelcos.client.model.CosRequestBody;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.CosClientException;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.model.CompleteMultipartUploadResult;
import dev.camelcos.client.model.CopySource;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.PartETag;
import dev.camelcos.client.model.PutObjectRequest;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scripted answers the emulator does not give: bursts of 5xx, errors inside 200s, broken connections, bad CRCs. */
class CosTransportTest {

    private static final String BUCKET = "mock-1250000000";
    private static final String SECRET = "transport-secret-key";
    private static final String ERROR_XML = "<Error><Code>%s</Code><Message>m</Message>"
            + "<RequestId>rid-1</RequestId></Error>";

    private MockWebServer server;
    private CosClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        client = new CosClient(CosClientConfig.builder().region("ap-guangzhou")
                .endpoint("http://127.0.0.1:" + server.getPort())
                .credentialsProvider(StaticCredentialsProvider.of("AKIDmock", SECRET))
                .readTimeout(Duration.ofMillis(500))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2))).build());
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    private static MockResponse error(int status, String code) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/xml")
                .setBody(String.format(ERROR_XML, code));
    }

    private PutObjectRequest put(byte[] data) {
        return new PutObjectRequest(BUCKET, "k", CosRequestBody.of(data));
    }

    @Test
    void aBurstOf503IsRetriedAndTheRequestIsSignedAgainEachTime() throws InterruptedException {
        server.enqueue(error(503, "SlowDown"));
        server.enqueue(error(500, "InternalError"));
        server.enqueue(new MockResponse().setHeader("ETag", "\"e\""));
        assertThat(client.putObject(put(new byte[] { 1 })).getETag()).isEqualTo("\"e\"");
        assertThat(server.getRequestCount()).isEqualTo(3);
        RecordedRequest first = server.takeRequest();
        assertThat(first.getPath()).isEqualTo("/" + BUCKET + "/k");
        assertThat(first.getHeader("Authorization")).startsWith("q-sign-algorithm=sha1&q-ak=AKIDmock")
                .doesNotContain(SECRET);
    }

    @Test
    void retriesAreBoundedAndTheLastErrorIsReported() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(error(503, "SlowDown"));
        }
        assertThatThrownBy(() -> client.putObject(put(new byte[] { 1 })))
                .isInstanceOfSatisfying(CosServiceException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(503);
                    assertThat(e.errorCode()).isEqualTo("SlowDown");
                    assertThat(e.requestId()).isEqualTo("rid-1");
                });
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void clientErrorsAreNotRetried() {
        server.enqueue(error(403, "AccessDenied"));
        assertThatThrownBy(() -> client.headBucket(BUCKET)).isInstanceOf(CosServiceException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aStreamThatCannotBeSentAgainIsNotRetried() {
        server.enqueue(error(503, "SlowDown"));
        PutObjectRequest put = new PutObjectRequest(BUCKET, "k",
                CosRequestBody.of(new ByteArrayInputStream(new byte[] { 1, 2 }), 2));
        assertThatThrownBy(() -> client.putObject(put)).isInstanceOf(CosServiceException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aDroppedConnectionIsRetriedForRepeatableBodies() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        server.enqueue(new MockResponse().setHeader("ETag", "\"ok\""));
        assertThat(client.putObject(put(new byte[] { 1 })).getETag()).isEqualTo("\"ok\"");
    }

    @Test
    void aConnectionThatKeepsFailingNamesTheCause() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        }
        assertThatThrownBy(() -> client.headBucket(BUCKET)).isInstanceOf(CosClientException.class)
                .hasMessageContaining("HEAD " + BUCKET).hasMessageContaining("after 4 attempts");
    }

    @Test
    void aCopyAnsweringErrorInside200FailsAndIsRetriedWhenTransient() {
        server.enqueue(new MockResponse().setBody(String.format(ERROR_XML, "InternalError")));
        server.enqueue(new MockResponse().setBody("<CopyObjectResult><ETag>\"c\"</ETag>"
                + "<LastModified>2024-01-01T00:00:00.000Z</LastModified></CopyObjectResult>"));
        assertThat(client.copyObject(new CopySource(BUCKET, "a"), BUCKET, "b", null, null).getETag())
                .isEqualTo("\"c\"");

        server.enqueue(new MockResponse().setBody(String.format(ERROR_XML, "AccessDenied")));
        assertThatThrownBy(() -> client.copyObject(new CopySource(BUCKET, "a"), BUCKET, "b", null, null))
                .isInstanceOfSatisfying(CosServiceException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("AccessDenied"));
    }

    @Test
    void completeToleratesWhitespaceKeepAlivesAndALateError() {
        server.enqueue(new MockResponse().setHeader("x-cos-hash-crc64ecma", "42").setBody("\n  \n   "
                + "<?xml version=\"1.0\" encoding=\"UTF-8\"?><CompleteMultipartUploadResult><Location>l</Location>"
                + "<Bucket>" + BUCKET + "</Bucket><Key>k</Key><ETag>\"x-1\"</ETag></CompleteMultipartUploadResult>"));
        CompleteMultipartUploadResult done = client.completeMultipartUpload(BUCKET, "k", "up",
                List.of(new PartETag(1, "\"p\"")));
        assertThat(done.getETag()).isEqualTo("\"x-1\"");
        assertThat(done.getCrc64()).isEqualTo("42");

        server.enqueue(new MockResponse().setBody("   \n " + String.format(ERROR_XML, "InvalidPart")));
        assertThatThrownBy(() -> client.completeMultipartUpload(BUCKET, "k", "up", List.of(new PartETag(1, "\"p\""))))
                .isInstanceOfSatisfying(CosServiceException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("InvalidPart"));
    }

    @Test
    void anUploadWhoseCrcDiffersFromWhatWasSentFails() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setHeader("x-cos-hash-crc64ecma", "12345"));
        }
        assertThatThrownBy(() -> client.putObject(put("hello".getBytes())))
                .isInstanceOf(CosClientException.class).hasMessageContaining("CRC64")
                .hasMessageContaining("12345");
    }

    @Test
    void aDownloadWhoseCrcDiffersFailsAtItsEnd() throws IOException {
        server.enqueue(new MockResponse().setHeader("x-cos-hash-crc64ecma", Crc64.format(Crc64.of("hello".getBytes())))
                .setBody("hellO"));
        try (CosObject object = client.getObject(new GetObjectRequest(BUCKET, "k"))) {
            assertThatThrownBy(() -> object.getContent().readAllBytes()).isInstanceOf(IOException.class)
                    .hasMessageContaining("integrity check failed");
        }
    }

    @Test
    void aTruncatedDownloadFails() throws IOException {
        server.enqueue(new MockResponse().setBody("hello world")
                .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        try (CosObject object = client.getObject(new GetObjectRequest(BUCKET, "k"))) {
            assertThatThrownBy(() -> object.getContent().readAllBytes()).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aStalledServerTimesOutWithACause() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        }
        // the JDK says "Read timed out" or okio says "timeout", depending on which notices first
        assertThatThrownBy(() -> client.headBucket(BUCKET)).isInstanceOf(CosClientException.class)
                .hasMessageContaining("SocketTimeoutException").hasCauseInstanceOf(SocketTimeoutException.class);
    }
}
