package dev.camelcos.springboot;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.camelcos.test.CosEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The same application with a SecretKey the emulator does not accept. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CosStarterWrongSecretTest {

    private static final String WRONG_SECRET_KEY = "wrong-starter-secret-key";

    @RegisterExtension
    static CosEmulatorExtension cos = CosEmulatorExtension.withBucket(CosStarterTestApplication.BUCKET)
            .withCredentials("AKIDstarterWrongSecret", "the-right-secret-key");

    @DynamicPropertySource
    static void cosProperties(DynamicPropertyRegistry registry) {
        cos.componentProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("camel.component.cos.secret-key", () -> WRONG_SECRET_KEY);
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void actuatorHealthIsDownWithCosStatusAndErrorCodeAndNoSecret() {
        ResponseEntity<String> raw = http.getForEntity("/actuator/health", String.class);
        ResponseEntity<JsonNode> response = http.getForEntity("/actuator/health", JsonNode.class);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getBody().path("status").asText()).isEqualTo("DOWN");
        JsonNode camel = StarterTestSupport.camelHealthDetails(response.getBody());
        assertThat(StarterTestSupport.cosCheckIds(camel)).isNotEmpty().allSatisfy(id -> {
            assertThat(camel.path(id).asText()).isEqualTo("DOWN");
            JsonNode data = camel.path(id + ".data");
            assertThat(data.path("service.error.code").asText()).isEqualTo("AccessDenied");
            assertThat(data.path("service.status.code").asText()).isEqualTo("403");
        });
        assertThat(raw.getBody()).doesNotContain(WRONG_SECRET_KEY).doesNotContain(cos.secretKey())
                .doesNotContain(cos.secretId());
    }
}
