package dev.camelcos.test;

import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.component.CosEndpoint;

import static org.assertj.core.api.Assertions.assertThat;

/** The emulator in Docker; skipped where there is no Docker engine (the build machines have none). */
@Testcontainers(disabledWithoutDocker = true)
class CosEmulatorContainerDockerTest {

    private static final String BUCKET = "docker-1250000000";

    @Container
    static CosEmulatorContainer cos = new CosEmulatorContainer().withBucket(BUCKET)
            .withCredentials("AKIDdocker", "docker-key");

    @Test
    void theContainersBucketAnswersTheContainersCredentials() {
        try (CosClient client = new CosClient(CosClientConfig.builder().endpoint(cos.endpoint()).region(cos.region())
                .credentialsProvider(StaticCredentialsProvider.of(cos.secretId(), cos.secretKey())).build())) {
            client.headBucket(BUCKET);
        }
    }

    @Test
    void aCosEndpointFromUriReachesTheContainer() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.start();
            CosEndpoint endpoint = context.getEndpoint(cos.uri(BUCKET), CosEndpoint.class);
            endpoint.start();

            endpoint.getClient().headBucket(BUCKET);
            assertThat(endpoint.getConfiguration().getEndpoint()).isEqualTo(cos.endpoint());
        }
    }
}
