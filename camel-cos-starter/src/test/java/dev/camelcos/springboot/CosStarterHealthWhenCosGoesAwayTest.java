package dev.camelcos.springboot;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.builder.RouteBuilder;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.camelcos.emulator.CosEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application of the starter tests (producer-only routes) plus a consumer route, with Camel's health settings
 * left at their defaults: once COS goes away, the very next /actuator/health is DOWN, for both kinds of route.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                classes = { CosStarterTestApplication.class, CosStarterHealthWhenCosGoesAwayTest.ConsumerRoute.class },
                properties = "camel.component.cos.max-retries=0")
class CosStarterHealthWhenCosGoesAwayTest {

    static final CosEmulator EMULATOR = CosEmulator.builder().credentials("AKIDstarterHealth", "starter-health-key")
            .bucket(CosStarterTestApplication.BUCKET).start();

    @DynamicPropertySource
    static void cosProperties(DynamicPropertyRegistry registry) {
        registry.add("camel.component.cos.endpoint", EMULATOR::endpoint);
        registry.add("camel.component.cos.region", EMULATOR::region);
        registry.add("camel.component.cos.secret-id", EMULATOR::secretId);
        registry.add("camel.component.cos.secret-key", EMULATOR::secretKey);
    }

    @TestConfiguration
    static class ConsumerRoute {
        @Bean
        RouteBuilder consumerRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("cos:" + CosStarterTestApplication.BUCKET + "?prefix=inbox/").routeId("inbox")
                            .to("log:inbox");
                }
            };
        }
    }

    @Autowired
    TestRestTemplate http;

    private static boolean emulatorClosed;

    @AfterAll
    static void stopEmulator() {
        if (!emulatorClosed) {
            EMULATOR.close();
        }
    }

    @Test
    void theProducerAndConsumerChecksAreUpThenDownAtTheFirstCallAfterCosWentAway() {
        // Camel's own consumer check is DOWN until the route's first poll
        ResponseEntity<JsonNode> before = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> http.getForEntity("/actuator/health", JsonNode.class),
                        response -> response.getStatusCode().value() == 200);
        JsonNode up = StarterTestSupport.camelHealthDetails(before.getBody());
        assertThat(StarterTestSupport.cosCheckIds(up)).contains("cos-consumer-inbox")
                .anyMatch(id -> id.startsWith("cos-producer-" + CosStarterTestApplication.BUCKET))
                .allSatisfy(id -> assertThat(up.path(id).asText()).as(id).isEqualTo("UP"));

        EMULATOR.close();
        emulatorClosed = true;

        ResponseEntity<JsonNode> after = http.getForEntity("/actuator/health", JsonNode.class);
        assertThat(after.getStatusCode().value()).isEqualTo(503);
        assertThat(after.getBody().path("status").asText()).isEqualTo("DOWN");
        JsonNode down = StarterTestSupport.camelHealthDetails(after.getBody());
        assertThat(StarterTestSupport.cosCheckIds(down)).contains("cos-consumer-inbox")
                .anyMatch(id -> id.startsWith("cos-producer-" + CosStarterTestApplication.BUCKET))
                .allSatisfy(id -> {
                    assertThat(down.path(id).asText()).as(id).isEqualTo("DOWN");
                    assertThat(down.path(id + ".data").toString()).as(id)
                            .contains("HEAD " + CosStarterTestApplication.BUCKET).contains("ConnectException");
                });
    }
}
