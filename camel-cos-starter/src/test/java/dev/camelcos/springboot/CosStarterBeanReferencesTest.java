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
import dev.camelcos.component.CosConfiguration;
import dev.camelcos.component.CosEndpoint;
import dev.camelcos.test.CosEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beans named in properties: a configuration bean the flat properties refine, and one of two credentials-provider
 * beans (two, so Camel cannot autowire by type). No secret appears in the properties.
 */
@SpringBootTest
class CosStarterBeanReferencesTest {

    private static final long PART_SIZE = 32L * 1024 * 1024;

    @RegisterExtension
    static CosEmulatorExtension cos = CosEmulatorExtension.withBucket(CosStarterTestApplication.BUCKET);

    @DynamicPropertySource
    static void cosProperties(DynamicPropertyRegistry registry) {
        registry.add("camel.component.cos.endpoint", cos::endpoint);
        registry.add("camel.component.cos.region", cos::region);
        registry.add("camel.component.cos.credentials-provider", () -> "#bean:emulatorCredentials");
        registry.add("camel.component.cos.configuration", () -> "#bean:baseConfiguration");
    }

    @TestConfiguration
    static class Beans {
        @Bean
        CosConfiguration baseConfiguration() {
            CosConfiguration configuration = new CosConfiguration();
            configuration.setPartSize(PART_SIZE);
            return configuration;
        }

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
    void theConfigurationBeanIsTheBaseAndTheFlatPropertiesRefineIt() {
        CosConfiguration configuration = camelContext.getComponent("cos", CosComponent.class).getConfiguration();

        assertThat(configuration.getPartSize()).isEqualTo(PART_SIZE);
        assertThat(configuration.getEndpoint()).isEqualTo(cos.endpoint());
        assertThat(configuration.getRegion()).isEqualTo(cos.region());
    }

    @Test
    void theReferencedCredentialsBeanSignsTheEndpointsRequests() {
        assertThat(camelContext.getComponent("cos", CosComponent.class).getConfiguration().getCredentialsProvider())
                .isSameAs(emulatorCredentials);

        CosEndpoint endpoint = camelContext.getEndpoint("cos:" + CosStarterTestApplication.BUCKET, CosEndpoint.class);
        endpoint.getClient().headBucket(CosStarterTestApplication.BUCKET);
    }
}
