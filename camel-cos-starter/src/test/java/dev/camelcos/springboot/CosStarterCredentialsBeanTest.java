package dev.camelcos.springboot;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.camelcos.client.auth.CosCredentialsProvider;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.component.CosComponent;
import dev.camelcos.component.CosEndpoint;
import dev.camelcos.test.CosEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two credentials-provider beans, so Camel cannot autowire by type; camel.component.cos.credentials-provider names
 * the one to use, and no secret appears in the properties.
 */
@SpringBootTest
class CosStarterCredentialsBeanTest {

    @RegisterExtension
    static CosEmulatorExtension cos = CosEmulatorExtension.withBucket(CosStarterTestApplication.BUCKET);

    @DynamicPropertySource
    static void cosProperties(DynamicPropertyRegistry registry) {
        registry.add("camel.component.cos.endpoint", cos::endpoint);
        registry.add("camel.component.cos.region", cos::region);
        registry.add("camel.component.cos.credentials-provider", () -> "#bean:emulatorCredentials");
    }

    @TestConfiguration
    static class Beans {
        @Bean
        CosCredentialsProvider emulatorCredentials() {
            return StaticCredentialsProvider.of(cos.secretId(), cos.secretKey());
        }

        @Bean
        CosCredentialsProvider otherCredentials() {
            return StaticCredentialsProvider.of("AKIDother", "other-key");
        }
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    CosCredentialsProvider emulatorCredentials;

    @Test
    void theReferencedBeanSignsTheEndpointsRequests() {
        assertThat(camelContext.getComponent("cos", CosComponent.class).getConfiguration().getCredentialsProvider())
                .isSameAs(emulatorCredentials);

        CosEndpoint endpoint = camelContext.getEndpoint("cos:" + CosStarterTestApplication.BUCKET, CosEndpoint.class);
        endpoint.getClient().headBucket(CosStarterTestApplication.BUCKET);
    }
}
