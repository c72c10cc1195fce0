package dev.camelcos.reliability;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.CosClientException;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.Crc64;
import dev.camelcos.client.RetryPolicy;
import dev.camelcos.client.model.CompleteMultipartUploadResult;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.PartETag;
import dev.camelcos.emulator.CosEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.camelcos.reliability.FaultBench.BUCKET;
import static dev.camelcos.reliability.FaultBench.SECRET_ID;
import static dev.camelcos.reliability.FaultBench.SECRET_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The server goes away in the middle of a multipart upload and comes back on the same data: the part sent while it
 * was down fails naming the refused connection, and the upload then goes on with the same client and completes with
 * exactly the bytes sent.
 */
class EmulatorRestartDuringMultipartTest {

    private static final int MIB = 1024 * 1024;

    @Test
    void anUploadSurvivesARestartOfTheServer(@TempDir Path data) throws Exception {
        Random random = new Random(11);
        byte[] first = new byte[MIB];
        byte[] last = new byte[4321];
        random.nextBytes(first);
        random.nextBytes(last);
        String key = "restart/big.bin";

        CosEmulator emulator = start(data, 0);
        int port = emulator.port();
        try (CosClient client = new CosClient(CosClientConfig.builder().region(emulator.region())
                .endpoint(emulator.endpoint()).connectTimeout(Duration.ofSeconds(2))
                .credentialsProvider(StaticCredentialsProvider.of(SECRET_ID, SECRET_KEY))
                .retryPolicy(new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(2))).build())) {
            String uploadId = client.initiateMultipartUpload(BUCKET, key, null, null).getUploadId();
            PartETag one = client.uploadPart(BUCKET, key, uploadId, 1, CosRequestBody.of(first), null).toPartETag();

            emulator.close();
            assertThatThrownBy(() -> client.uploadPart(BUCKET, key, uploadId, 2, CosRequestBody.of(last), null))
                    .isInstanceOf(CosClientException.class)
                    .hasMessageContaining("PUT " + BUCKET + "/" + key)
                    .hasMessageMatching("(?is).*(failed to connect|connection refused).*");

            emulator = start(data, port);
            assertThat(client.listAllParts(BUCKET, key, uploadId)).hasSize(1);
            PartETag two = client.uploadPart(BUCKET, key, uploadId, 2, CosRequestBody.of(last), null).toPartETag();
            CompleteMultipartUploadResult done = client.completeMultipartUpload(BUCKET, key, uploadId,
                    List.of(one, two));

            byte[] whole = new byte[first.length + last.length];
            System.arraycopy(first, 0, whole, 0, first.length);
            System.arraycopy(last, 0, whole, first.length, last.length);
            assertThat(Crc64.parse(done.getCrc64())).isEqualTo(Crc64.of(whole));
            try (CosObject object = client.getObject(new GetObjectRequest(BUCKET, key));
                    InputStream in = object.getContent()) {
                assertThat(in.readAllBytes()).isEqualTo(whole);
            }
            assertThat(client.listMultipartUploads(BUCKET, "restart/", null, null, null, null).getUploads())
                    .isEmpty();
        } finally {
            emulator.close();
        }
    }

    private static CosEmulator start(Path data, int port) {
        return CosEmulator.builder().credentials(SECRET_ID, SECRET_KEY).bucket(BUCKET).dataDir(data).port(port)
                .start();
    }
}
