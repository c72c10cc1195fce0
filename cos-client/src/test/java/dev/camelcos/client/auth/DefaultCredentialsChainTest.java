package dev.camelcos.client.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.emulator.CosEmulator;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each step of the default chain: environment, then the credentials file, then the CVM instance role from a
 * metadata service faked on loopback, whose keys are refreshed before they expire.
 */
class DefaultCredentialsChainTest {

    private static final String ROLE = "camel-cos-role";
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path home;

    private MockWebServer metadata;
    private final MutableClock clock = new MutableClock(START);
    /** What the fake metadata service hands out next; the suffix changes on each refresh. */
    private volatile int issued;
    private volatile boolean metadataFailing;

    @BeforeEach
    void startMetadata() throws IOException {
        metadata = new MockWebServer();
        metadata.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (metadataFailing) {
                    return new MockResponse().setResponseCode(500);
                }
                String path = request.getPath();
                if (path.equals("/latest/meta-data/cam/security-credentials/")) {
                    return new MockResponse().setBody(ROLE);
                }
                if (path.equals("/latest/meta-data/cam/security-credentials/" + ROLE)) {
                    int n = ++issued;
                    long expires = clock.instant().plus(Duration.ofMinutes(30)).getEpochSecond();
                    return new MockResponse().setBody("{\n  \"TmpSecretId\": \"AKIDrole" + n + "\",\n"
                            + "  \"TmpSecretKey\": \"role-key-" + n + "\",\n  \"ExpiredTime\": " + expires + ",\n"
                            + "  \"Expiration\": \"" + Instant.ofEpochSecond(expires) + "\",\n"
                            + "  \"Token\": \"token\\/" + n + "\",\n  \"Code\": \"Success\"\n}");
                }
                return new MockResponse().setResponseCode(404);
            }
        });
        metadata.start();
    }

    @AfterEach
    void stopMetadata() throws IOException {
        metadata.shutdown();
    }

    private DefaultCredentialsProvider chain(Map<String, String> environment, Path profileFile) {
        return new DefaultCredentialsProvider(EnvironmentCredentialsProvider.of(environment),
                new ProfileCredentialsProvider(profileFile, ProfileCredentialsProvider.DEFAULT_PROFILE),
                new InstanceRoleCredentialsProvider(metadata.url("/").uri(), clock));
    }

    private Path profileFile(String secretId, String secretKey) throws IOException {
        Path file = home.resolve(".tencentcloud").resolve("credentials");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# written by the test\n[other]\nsecret_id = AKIDother\nsecret_key = other-key\n\n"
                + "[default]\nsecret_id = " + secretId + "\nsecret_key = " + secretKey + "\n");
        return file;
    }

    @Test
    void theEnvironmentComesFirst() throws IOException {
        DefaultCredentialsProvider chain = chain(Map.of(EnvironmentCredentialsProvider.SECRET_ID, "AKIDenv",
                EnvironmentCredentialsProvider.SECRET_KEY, "env-key"), profileFile("AKIDfile", "file-key"));

        assertThat(chain.credentials()).isEqualTo(new CosCredentials("AKIDenv", "env-key"));
        assertThat(metadata.getRequestCount()).isZero();
    }

    @Test
    void thenTheDefaultProfileOfTheCredentialsFileReadAgainWhenItChanges() throws IOException {
        Path file = profileFile("AKIDfile", "file-key");
        DefaultCredentialsProvider chain = chain(Map.of(), file);

        assertThat(chain.credentials()).isEqualTo(new CosCredentials("AKIDfile", "file-key"));

        profileFile("AKIDrotated", "rotated-key");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        assertThat(chain.credentials()).isEqualTo(new CosCredentials("AKIDrotated", "rotated-key"));
        assertThat(metadata.getRequestCount()).isZero();
    }

    @Test
    void aProfileWithoutKeysIsSkipped() throws IOException {
        Path file = home.resolve("credentials");
        Files.writeString(file, "[default]\nsecret_id = AKIDonlyTheId\n");

        assertThat(chain(Map.of(), file).credentials().secretId()).isEqualTo("AKIDrole1");
    }

    @Test
    void thenTheInstanceRoleWhoseKeysAreKeptUntilFiveMinutesBeforeTheyExpire() {
        DefaultCredentialsProvider chain = chain(Map.of(), home.resolve("absent"));

        CosCredentials first = chain.credentials();
        assertThat(first).isEqualTo(new CosCredentials("AKIDrole1", "role-key-1", "token/1"));
        clock.advance(Duration.ofMinutes(24));
        assertThat(chain.credentials()).isSameAs(first);
        assertThat(metadata.getRequestCount()).isEqualTo(2);

        clock.advance(Duration.ofMinutes(2));
        assertThat(chain.credentials()).isEqualTo(new CosCredentials("AKIDrole2", "role-key-2", "token/2"));
        assertThat(metadata.getRequestCount()).isEqualTo(4);
    }

    @Test
    void aMetadataOutageKeepsTheKeysUntilTheyExpireThenFailsNamingEverySource() {
        DefaultCredentialsProvider chain = chain(Map.of(), home.resolve("absent"));
        CosCredentials first = chain.credentials();

        metadataFailing = true;
        clock.advance(Duration.ofMinutes(27));
        assertThat(chain.credentials()).isSameAs(first);

        clock.advance(Duration.ofMinutes(3));
        assertThatThrownBy(chain::credentials).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("secretId and secretKey")
                .hasMessageContaining(EnvironmentCredentialsProvider.SECRET_ID)
                .hasMessageContaining(home.resolve("absent").toString())
                .hasMessageContaining(metadata.url("/").toString())
                .hasMessageContaining("HTTP 500")
                .hasMessageNotContaining("role-key-1");
    }

    @Test
    void theInstanceRoleKeysSignRequestsThatCosAccepts() {
        CosEmulator emulator = CosEmulator.builder()
                .sessionCredentials("AKIDrole1", "role-key-1", "token/1", Instant.now().plus(Duration.ofHours(1)))
                .bucket("role-1250000000").start();
        try (CosClient client = new CosClient(CosClientConfig.builder().region(emulator.region())
                .endpoint(emulator.endpoint()).credentialsProvider(chain(Map.of(), home.resolve("absent"))).build())) {
            client.headBucket("role-1250000000");
        } finally {
            emulator.close();
        }
    }

    @Test
    void theDefaultChainsOfEqualSettingsAreEqualSoClientsAreShared() {
        Path file = home.resolve("credentials");
        assertThat(DefaultCredentialsProvider.create(file, metadata.url("/").uri()))
                .isEqualTo(DefaultCredentialsProvider.create(file, metadata.url("/").uri()))
                .isNotEqualTo(DefaultCredentialsProvider.create(home.resolve("other"), metadata.url("/").uri()));
    }

    @Test
    void flatJsonRejectsWhatTheMetadataServiceNeverSends() {
        assertThat(FlatJson.parse("{\"a\": \"x\\u0041\\\"\", \"b\": 12, \"c\": null}"))
                .containsEntry("a", "xA\"").containsEntry("b", "12").containsEntry("c", null);
        assertThatThrownBy(() -> FlatJson.parse("{\"a\": {\"b\": 1}}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FlatJson.parse("[1]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FlatJson.parse("{\"a\": \"open")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A clock the test moves forward. */
    private static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
