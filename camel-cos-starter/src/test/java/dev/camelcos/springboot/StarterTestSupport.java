package dev.camelcos.springboot;

import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;


/** What several starter tests read from the application. */
final class StarterTestSupport {

    private StarterTestSupport() {
    }

    /** The details of camel-spring-boot's health indicator in an actuator health answer. */
    static JsonNode camelHealthDetails(JsonNode health) {
        JsonNode details = health.path("components").path("camelHealth").path("details");
        if (details.isMissingNode()) {
            throw new AssertionError("No camelHealth component in the actuator health answer: " + health);
        }
        return details;
    }

    /** The ids of the cos checks among those details (each also has an id + ".data" entry). */
    static List<String> cosCheckIds(JsonNode camelHealthDetails) {
        return StreamSupport.stream(((Iterable<String>) camelHealthDetails::fieldNames).spliterator(), false)
                .filter(name -> name.startsWith("cos-") && !name.endsWith(".data")).toList();
    }
}
