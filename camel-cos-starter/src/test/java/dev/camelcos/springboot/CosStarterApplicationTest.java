package dev.camelcos.springboot;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.camelcos.component.CosComponent;
import dev.camelcos.component.CosConfiguration;
import dev.camelcos.component.CosConstants;
import dev.camelcos.test.CosEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A Spring Boot application configured by camel.component.cos.* properties that point at the emulator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = { "camel.component.cos.connect-timeout=2500", "camel.component.cos.max-retries=1" })
class CosStarterApplicationTest {

    @RegisterExtension
    static CosEmulatorExtension cos = CosEmulatorExtension.withBucket(CosStarterTestApplication.BUCKET)
            .withCredentials("AKIDstarterTest", "starter-test-secret-key");

    @DynamicPropertySource
    static void cosProperties(DynamicPropertyRegistry registry) {
        cos.componentProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    ProducerTemplate template;

    @Autowired
    TestRestTemplate http;

    @Test
    void propertiesConfigureTheComponent() {
        CosConfiguration configuration = camelContext.getComponent("cos", CosComponent.class).getConfiguration();

        assertThat(configuration.getEndpoint()).isEqualTo(cos.endpoint());
        assertThat(configuration.getRegion()).isEqualTo(cos.region());
        assertThat(configuration.getSecretId()).isEqualTo(cos.secretId());
        assertThat(configuration.getSecretKey()).isEqualTo(cos.secretKey());
        assertThat(configuration.getConnectTimeout()).isEqualTo(2500);
        assertThat(configuration.getMaxRetries()).isEqualTo(1);
        assertThat(configuration.getPartSize()).as("unset properties keep the component's default")
                .isEqualTo(8L * 1024 * 1024);
    }

    @Test
    void aRouteUploadsAndAnotherReadsTheSameBytesBack() {
        String text = "camel-cos starter round trip \u4f60\u597d";

        template.sendBodyAndHeader("direct:upload", text.getBytes(StandardCharsets.UTF_8), CosConstants.KEY,
                "greetings/hello.txt");
        String readBack = template.requestBodyAndHeader("direct:download", null, CosConstants.KEY,
                "greetings/hello.txt", String.class);

        assertThat(readBack).isEqualTo(text);
    }

    @Test
    void actuatorHealthShowsTheCosChecksUp() {
        ResponseEntity<JsonNode> response = http.getForEntity("/actuator/health", JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode camel = StarterTestSupport.camelHealthDetails(response.getBody());
        assertThat(StarterTestSupport.cosCheckIds(camel)).isNotEmpty()
                .allSatisfy(id -> {
                    assertThat(camel.path(id).asText()).isEqualTo("UP");
                    assertThat(camel.path(id + ".data").path("bucket").asText())
                            .isEqualTo(CosStarterTestApplication.BUCKET);
                });
        assertThat(response.getBody().path("status").asText()).isEqualTo("UP");
    }
}
