package dev.camelcos.component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.camelcos.client.auth.EnvironmentCredentialsProvider;
import dev.camelcos.emulator.CosEmulator;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An endpoint without secretId/secretKey follows the default chain: the credentials file named by credentialsFile,
 * then the CVM instance role from metadataEndpoint (faked on loopback). Runs only where the TENCENTCLOUD_*
 * environment, which comes first, is unset.
 */
class CosDefaultCredentialsTest {

    private static final String BUCKET = "chain-1250000000";

    @TempDir
    Path home;

    private CosEmulator emulator;
    private MockWebServer metadata;
    private CamelContext context;

    @BeforeEach
    void start() throws IOException {
        assumeTrue(!new EnvironmentCredentialsProvider().isAvailable(), "TENCENTCLOUD_* is set in this environment");
        emulator = CosEmulator.builder().credentials("AKIDfromFile", "file-secret-key")
                .sessionCredentials("AKIDfromRole", "role-secret-key", "role-token", Instant.now().plus(Duration.ofHours(1)))
                .bucket(BUCKET).start();
        metadata = new MockWebServer();
        metadata.start();
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterEach
    void stop() throws IOException {
        if (context != null) {
            context.stop();
            metadata.shutdown();
            emulator.close();
        }
    }

    private String uri(Path credentialsFile) {
        return "cos:" + BUCKET + "?endpoint=RAW(" + emulator.endpoint() + ")&region=" + emulator.region()
               + "&operation=putObject&keyName=chain.txt&maxRetries=0&credentialsFile=" + credentialsFile
               + "&metadataEndpoint=RAW(" + metadata.url("/") + ")";
    }

    @Test
    void theCredentialsFileSignsTheRequestsAndTheMetadataServiceIsNotAsked() throws IOException {
        Path file = Files.writeString(home.resolve("credentials"),
                "[default]\nsecret_id = AKIDfromFile\nsecret_key = file-secret-key\n");

        context.createProducerTemplate().sendBody(uri(file), "from the file");

        assertThat(emulator.requests()).anySatisfy(r -> assertThat(r.method()).isEqualTo("PUT"));
        assertThat(metadata.getRequestCount()).isZero();
    }

    @Test
    void withoutAFileTheInstanceRoleSignsThem() {
        metadata.enqueue(new MockResponse().setBody("camel-cos-role\n"));
        metadata.enqueue(new MockResponse().setBody("{\"TmpSecretId\":\"AKIDfromRole\",\"TmpSecretKey\":"
                + "\"role-secret-key\",\"Token\":\"role-token\",\"ExpiredTime\":"
                + Instant.now().plus(Duration.ofHours(1)).getEpochSecond() + ",\"Code\":\"Success\"}"));

        context.createProducerTemplate().sendBody(uri(home.resolve("absent")), "from the role");

        assertThat(metadata.getRequestCount()).isEqualTo(2);
        assertThat(emulator.requests()).anySatisfy(r -> assertThat(r.method()).isEqualTo("PUT"));
    }

    @Test
    void withNoSourceTheExchangeFailsNamingEachOneAndNothingIsWritten() {
        metadata.enqueue(new MockResponse().setResponseCode(404));

        assertThatThrownBy(() -> context.createProducerTemplate().sendBody(uri(home.resolve("absent")), "x"))
                .hasStackTraceContaining("No COS credentials: none were configured")
                .hasStackTraceContaining(home.resolve("absent").toString())
                .hasStackTraceContaining(metadata.url("/").toString());
        assertThat(emulator.requests()).isEmpty();
    }

    @Test
    void aMetadataEndpointThatIsNotAnHttpUrlIsRejectedAtStart() {
        assertThatThrownBy(() -> context.getEndpoint("cos:" + BUCKET + "?region=ap-guangzhou&metadataEndpoint=ftp://x")
                .createProducer().start())
                .hasMessageContaining("metadataEndpoint=ftp://x");
    }
}
