package dev.camelcos.springboot;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.auth.CosCredentialsProvider;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.component.CosComponent;
import dev.camelcos.component.CosConfiguration;
import dev.camelcos.component.CosEndpoint;
import dev.camelcos.test.CosEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A CosClient bean and a CosCredentialsProvider bean, and no cos properties: Camel autowires both. */
@SpringBootTest
class CosStarterClientBeanTest {

    @RegisterExtension
    static CosEmulatorExtension cos = CosEmulatorExtension.withBucket(CosStarterTestApplication.BUCKET);

    @TestConfiguration
    static class Beans {
        @Bean(destroyMethod = "close")
        CosClient cosClient() {
            return new CosClient(CosClientConfig.builder().endpoint(cos.endpoint()).region(cos.region())
                    .credentialsProvider(StaticCredentialsProvider.of(cos.secretId(), cos.secretKey())).build());
        }

        @Bean
        CosCredentialsProvider cosCredentials() {
            return StaticCredentialsProvider.of(cos.secretId(), cos.secretKey());
        }
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    CosClient clientBean;

    @Autowired
    CosCredentialsProvider credentialsBean;

    @Test
    void theBeansAreAutowiredIntoTheComponentConfiguration() {
        CosConfiguration configuration = camelContext.getComponent("cos", CosComponent.class).getConfiguration();

        assertThat(configuration.getCosClient()).isSameAs(clientBean);
        assertThat(configuration.getCredentialsProvider()).isSameAs(credentialsBean);
    }

    @Test
    void endpointsSendTheirRequestsThroughTheClientBean() {
        CosEndpoint endpoint = camelContext.getEndpoint("cos:" + CosStarterTestApplication.BUCKET, CosEndpoint.class);
        cos.emulator().clearRequests();

        assertThat(endpoint.getClient()).isSameAs(clientBean);
        endpoint.getClient().headBucket(CosStarterTestApplication.BUCKET);
        assertThat(cos.emulator().requests()).hasSize(1);
    }
}
