package dev.camelcos.client;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import dev.camelcos.client.auth.CosCredentials;
import dev.camelcos.client.auth.EnvironmentCredentialsProvider;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.RetryPolicy;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.emulator.CosEmulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Credentials as COS checks them: temporary ones with their token, wrong ones, and a skewed clock. */
class CosClientCredentialsTest {

    private static final String BUCKET = "credtest-1250000000";

    private static CosClient client(CosEmulator emulator, CosCredentials credentials) {
        return new CosClient(config(emulator, credentials).build());
    }

    private static CosClientConfig.Builder config(CosEmulator emulator, CosCredentials credentials) {
        return CosClientConfig.builder().region(emulator.region()).endpoint(emulator.endpoint())
                .credentialsProvider(new StaticCredentialsProvider(credentials)).retryPolicy(RetryPolicy.NONE);
    }

    private static void putAndRead(CosClient client) throws IOException {
        client.putObject(new PutObjectRequest(BUCKET, "k", CosRequestBody.of(new byte[] { 4, 2 })));
        try (CosObject object = client.getObject(new GetObjectRequest(BUCKET, "k"))) {
            assertThat(object.getContent().readAllBytes()).containsExactly(4, 2);
        }
    }

    @Test
    void temporaryCredentialsSendTheirSessionToken() throws Exception {
        try (CosEmulator emulator = CosEmulator.builder().bucket(BUCKET)
                .sessionCredentials("AKIDtemp", "temp-secret", "the-token", Instant.now().plusSeconds(3600))
                .start()) {
            try (CosClient client = client(emulator, new CosCredentials("AKIDtemp", "temp-secret", "the-token"))) {
                putAndRead(client);
                String link = client.createDownloadLink(BUCKET, "k", Duration.ofMinutes(1), null);
                assertThat(link).contains("x-cos-security-token=the-token");
            }
            try (CosClient withoutToken = client(emulator, new CosCredentials("AKIDtemp", "temp-secret"))) {
                assertThatThrownBy(() -> putAndRead(withoutToken)).isInstanceOf(CosServiceException.class);
            }
        }
    }

    @Test
    void anExpiredSessionTokenIsReportedAsSuch() {
        try (CosEmulator emulator = CosEmulator.builder().bucket(BUCKET)
                .sessionCredentials("AKIDold", "old-secret", "old-token", Instant.now().minusSeconds(60)).start();
                CosClient client = client(emulator, new CosCredentials("AKIDold", "old-secret", "old-token"))) {
            assertThatThrownBy(() -> client.headBucket(BUCKET)).isInstanceOfSatisfying(CosServiceException.class,
                    e -> assertThat(e.statusCode()).isEqualTo(400));
            assertThatThrownBy(() -> putAndRead(client)).isInstanceOfSatisfying(CosServiceException.class,
                    e -> assertThat(e.errorCode()).isEqualTo("ExpiredToken"));
        }
    }

    @Test
    void aWrongSecretFailsWithSignatureDoesNotMatchAndNeverShowsTheSecret() {
        try (CosEmulator emulator = CosEmulator.builder().bucket(BUCKET).start();
                CosClient client = client(emulator, new CosCredentials(emulator.secretId(), "wrong-secret-42"))) {
            assertThatThrownBy(() -> putAndRead(client)).isInstanceOfSatisfying(CosServiceException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.errorCode()).isEqualTo("SignatureDoesNotMatch");
                assertThat(e.getMessage()).doesNotContain("wrong-secret-42");
            });
            assertThat(client.toString()).doesNotContain("wrong-secret-42");
        }
    }

    @Test
    void aClockTwentyMinutesOffIsCorrectedFromTheServersDate() throws IOException {
        Clock behind = Clock.offset(Clock.system(ZoneOffset.UTC), Duration.ofMinutes(-20));
        try (CosEmulator emulator = CosEmulator.builder().bucket(BUCKET).start();
                CosClient client = new CosClient(config(emulator,
                        new CosCredentials(emulator.secretId(), emulator.secretKey())).clock(behind).build())) {
            emulator.clearRequests();
            putAndRead(client);
            // the first request was refused as skewed, the retry and everything after it went through
            assertThat(emulator.requests()).hasSize(3);
        }
    }

    @Test
    void environmentCredentialsComeFromTheTencentCloudVariables() {
        EnvironmentCredentialsProvider provider = EnvironmentCredentialsProvider.of(Map.of(
                EnvironmentCredentialsProvider.SECRET_ID, "AKIDenv",
                EnvironmentCredentialsProvider.SECRET_KEY, "env-secret",
                EnvironmentCredentialsProvider.SESSION_TOKEN, "env-token"));
        assertThat(provider.credentials()).isEqualTo(new CosCredentials("AKIDenv", "env-secret", "env-token"));
        assertThatThrownBy(() -> EnvironmentCredentialsProvider.of(Map.of()).credentials())
                .hasMessageContaining(EnvironmentCredentialsProvider.SECRET_ID);
    }
}
