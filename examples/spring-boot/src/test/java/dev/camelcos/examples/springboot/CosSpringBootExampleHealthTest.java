package dev.camelcos.examples.springboot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import dev.camelcos.emulator.CosEmulator;
import dev.camelcos.examples.main.Transfers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example's /actuator/health with its own application.properties: its upload route only produces to COS, its
 * receive route consumes from it; the first health call after COS went away is DOWN for both.
 */
class CosSpringBootExampleHealthTest {

    private static final String BUCKET = "health-example-1250000000";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theUploadAndReceiveChecksAreUpThenDownAtTheFirstCallAfterCosWentAway() throws Exception {
        CosEmulator emulator = CosEmulator.builder().credentials("AKIDhealthExample", "health-example-key")
                .bucket(BUCKET).start();
        Map<String, String> properties = Map.of(
                "camel.component.cos.endpoint", emulator.endpoint(),
                "camel.component.cos.region", emulator.region(),
                "camel.component.cos.secret-id", emulator.secretId(),
                "camel.component.cos.secret-key", emulator.secretKey(),
                "camel.component.cos.max-retries", "0",
                "example.bucket", BUCKET,
                "example.prefix", "health/",
                "example.input", Files.createDirectory(work.resolve("in")).toString(),
                "example.output", work.resolve("out").toString());
        try (ConfigurableApplicationContext app = CosSpringBootExample.start(properties, new Transfers(0, () -> {
        }))) {
            URI health = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")
                                    + "/actuator/health");
            JsonNode up = awaitStatus(health, 200);
            assertThat(cosChecks(up)).containsOnlyKeys("cos-consumer-receive-objects", producerCheckId(up))
                    .allSatisfy((id, state) -> assertThat(state).as(id).isEqualTo("UP"));

            emulator.close();

            HttpResponse<String> answer = get(health);
            assertThat(answer.statusCode()).isEqualTo(503);
            JsonNode down = JSON.readTree(answer.body());
            assertThat(down.path("status").asText()).isEqualTo("DOWN");
            assertThat(cosChecks(down)).containsOnlyKeys("cos-consumer-receive-objects", producerCheckId(up))
                    .allSatisfy((id, state) -> assertThat(state).as(id).isEqualTo("DOWN"));
        }
    }

    /** The upload route's producer check; its id ends in a sequence number. */
    private static String producerCheckId(JsonNode health) {
        return cosChecks(health).keySet().stream().filter(id -> id.startsWith("cos-producer-" + BUCKET + "-"))
                .findFirst().orElseThrow(() -> new AssertionError("no cos producer check in " + health));
    }

    /** Check id to state, for the cos checks in camel-spring-boot's part of the answer. */
    private static Map<String, String> cosChecks(JsonNode health) {
        JsonNode details = health.path("components").path("camelHealth").path("details");
        Map<String, String> checks = new java.util.TreeMap<>();
        details.fields().forEachRemaining(field -> {
            if (field.getKey().startsWith("cos-") && !field.getKey().endsWith(".data")) {
                checks.put(field.getKey(), field.getValue().asText());
            }
        });
        return checks;
    }

    /** Camel's own consumer check is DOWN until the route's first poll: waits for that, at most 30 s. */
    private JsonNode awaitStatus(URI health, int status) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        HttpResponse<String> answer = get(health);
        while (answer.statusCode() != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(50); // between polls of the condition, not instead of it
            answer = get(health);
        }
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
