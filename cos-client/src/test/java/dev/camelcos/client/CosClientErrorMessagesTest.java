package dev.camelcos.client;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.RetryPolicy;
import dev.camelcos.client.model.DeleteResult;
import dev.camelcos.client.model.CopySource;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.PartSummary;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.emulator.CosEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a user reads when a call fails or a result is printed: the likely cause, never a bare code or a hash. */
class CosClientErrorMessagesTest {

    private static final String BUCKET = "errors-1250000000";
    private static final String MISSING_BUCKET = "nobucket-1250000000";
    private static final String SECRET_KEY = "errorMessagesSecretKey";

    private static CosEmulator emulator;
    private static CosClient client;

    @BeforeAll
    static void start() {
        emulator = CosEmulator.builder().credentials("AKIDerrorMessages", SECRET_KEY).bucket(BUCKET).start();
        client = client(SECRET_KEY, emulator.endpoint(), 0);
    }

    @AfterAll
    static void stop() {
        client.close();
        emulator.close();
    }

    private static CosClient client(String secretKey, String endpoint, int retries) {
        return new CosClient(CosClientConfig.builder().region(emulator.region()).endpoint(endpoint)
                .credentialsProvider(StaticCredentialsProvider.of("AKIDerrorMessages", secretKey))
                .retryPolicy(new RetryPolicy(retries, Duration.ofMillis(1), Duration.ofMillis(2))).build());
    }

    @Test
    void headObjectInAMissingBucketSaysTheBucketIsMissing() {
        assertThatThrownBy(() -> client.headObject(new GetObjectRequest(MISSING_BUCKET, "a.txt")))
                .isInstanceOfSatisfying(CosServiceException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.errorCode()).isEqualTo("NoSuchBucket");
                    assertThat(e.getMessage()).contains(MISSING_BUCKET).contains("bucket does not exist");
                });
    }

    @Test
    void headObjectOfAMissingKeyInAnExistingBucketStaysNoSuchKey() {
        assertThatThrownBy(() -> client.headObject(new GetObjectRequest(BUCKET, "missing.txt")))
                .isInstanceOfSatisfying(CosServiceException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("NoSuchKey");
                    assertThat(e.getMessage()).contains("object does not exist");
                });
    }

    @Test
    void aWrongSecretOnHeadSaysWhatA403WithoutBodyLikelyMeans() {
        try (CosClient wrong = client("not-the-secret-key", emulator.endpoint(), 0)) {
            for (Runnable head : List.<Runnable>of(() -> wrong.headBucket(BUCKET),
                    () -> wrong.headObject(new GetObjectRequest(BUCKET, "a.txt")))) {
                assertThatThrownBy(head::run).isInstanceOfSatisfying(CosServiceException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("AccessDenied");
                    assertThat(e.getMessage()).contains("403").contains("SecretId/SecretKey are wrong or expired")
                            .doesNotContain("not-the-secret-key");
                });
            }
        }
    }

    @Test
    void anOpenPartCopyRangeIsRefusedBeforeAnyRequestNamingItAndTheRule() {
        int before = emulator.requests().size();
        for (String open : List.of("bytes=1024-", "bytes=-1024")) {
            assertThatThrownBy(() -> client.uploadPartCopy(new CopySource(BUCKET, "a.txt"), open, BUCKET, "b.txt",
                    "upload-id", 1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + open + "'").hasMessageContaining("must be closed, bytes=first-last");
        }
        assertThat(emulator.requests()).hasSize(before);
    }

    @Test
    void aSingleFailedAttemptIsCountedInTheSingular() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (CosClient unreachable = client(SECRET_KEY, "http://127.0.0.1:" + closedPort, 0)) {
            assertThatThrownBy(() -> unreachable.headBucket(BUCKET)).isInstanceOf(CosClientException.class)
                    .hasMessageContaining("(after 1 attempt)");
        }
    }

    @Test
    void deleteResultAndPartSummaryPrintWhatTheyHold() {
        client.putObject(new PutObjectRequest(BUCKET, "printed.txt",
                CosRequestBody.of("x".getBytes(StandardCharsets.UTF_8))));
        DeleteResult deleted = client.deleteObjects(BUCKET, List.of("printed.txt"), false);
        assertThat(deleted).hasToString("DeleteResult[deleted=1, failed=0]");

        String uploadId = client.initiateMultipartUpload(BUCKET, "parts.bin", null, null).getUploadId();
        try {
            client.uploadPart(BUCKET, "parts.bin", uploadId, 1, CosRequestBody.of(new byte[] { 1, 2, 3 }), null);
            PartSummary part = client.listAllParts(BUCKET, "parts.bin", uploadId).get(0);
            assertThat(part.toString()).startsWith("PartSummary[partNumber=1, size=3, etag=" + part.getETag());
        } finally {
            client.abortMultipartUpload(BUCKET, "parts.bin", uploadId);
        }
    }
}
