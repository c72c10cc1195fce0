package dev.camelcos.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring configuration metadata (of the generated {@link CosComponentConfiguration}) against the component's own
 * cos.json: every component option is one property with its type, default, description and allowed values, and
 * nothing else is, so an option added to the component is a property without any change to the starter.
 */
class CosConfigurationMetadataTest {

    private static final String PREFIX = CosComponentConfiguration.PREFIX + ".";
    private static final Set<String> STARTER_PROPERTIES = Set.of(PREFIX + "enabled", PREFIX + "customizer.enabled");
    private static final Map<String, String> BOXED = Map.of("boolean", "java.lang.Boolean", "int", "java.lang.Integer",
            "long", "java.lang.Long");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode componentOptions;
    private static Map<String, JsonNode> properties;
    private static Map<String, JsonNode> hints;

    @BeforeAll
    static void readBothFiles() throws IOException {
        componentOptions = read(CosConfigurationMetadataTest.class.getClassLoader()
                .getResource("META-INF/dev/camelcos/component/cos.json")).path("componentProperties");
        properties = new HashMap<>();
        hints = new HashMap<>();
        for (URL url : Collections.list(CosConfigurationMetadataTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            JsonNode metadata = read(url);
            metadata.path("properties").forEach(p -> keepCos(properties, p));
            metadata.path("hints").forEach(h -> keepCos(hints, h));
        }
    }

    @Test
    void everyComponentOptionIsAPropertyAndNothingElseIs() {
        Set<String> expected = new TreeSet<>(STARTER_PROPERTIES);
        componentOptions.fieldNames().forEachRemaining(option -> expected.add(property(option)));

        assertThat(new TreeSet<>(properties.keySet())).isEqualTo(expected);
    }

    @Test
    void typesAreTheOptionTypesBoxedAndDurationsAreDurations() {
        componentOptions.fields().forEachRemaining(option -> {
            String javaType = option.getValue().path("type").asText().equals("duration") ? "java.time.Duration"
                    : option.getValue().path("javaType").asText();
            assertThat(properties.get(property(option.getKey())).path("type").asText()).as(option.getKey())
                    .isEqualTo(BOXED.getOrDefault(javaType, javaType));
        });
        assertThat(properties.get(PREFIX + "min-age").path("type").asText()).isEqualTo("java.time.Duration");
    }

    @Test
    void defaultsAreTheComponentDefaults() {
        componentOptions.fields().forEachRemaining(option -> {
            JsonNode metadataDefault = properties.get(property(option.getKey())).path("defaultValue");
            JsonNode componentDefault = option.getValue().path("defaultValue");
            assertThat(metadataDefault.isMissingNode()).as(option.getKey() + " has a default")
                    .isEqualTo(componentDefault.isMissingNode());
            if (!componentDefault.isMissingNode()) {
                assertThat(metadataDefault.asText()).as(option.getKey()).isEqualTo(componentDefault.asText());
            }
        });
    }

    @Test
    void descriptionsAreTheComponentDescriptionsAndSecretsSayTheyAreSecrets() {
        properties.forEach((name, property) -> assertThat(property.path("description").asText()).as(name).isNotBlank());
        componentOptions.fields().forEachRemaining(option -> {
            String description = properties.get(property(option.getKey())).path("description").asText();
            // what follows the component's description tells how to write the value in Spring (bean, duration)
            assertThat(description).as(option.getKey()).startsWith(option.getValue().path("description").asText());
            assertThat(description.contains("Secret:")).as(option.getKey())
                    .isEqualTo(option.getValue().path("secret").asBoolean());
        });
        assertThat(properties.get(PREFIX + "secret-key").path("description").asText()).contains("Secret:");
        assertThat(properties.get(PREFIX + "credentials-provider").path("description").asText())
                .endsWith("Refer to a bean with #bean:name.");
    }

    @Test
    void enumeratedOptionsListTheirValues() {
        componentOptions.fields().forEachRemaining(option -> {
            JsonNode values = option.getValue().path("enum");
            if (values.isArray()) {
                List<String> expected = new ArrayList<>();
                values.forEach(v -> expected.add(v.asText()));
                List<String> hinted = new ArrayList<>();
                hints.get(property(option.getKey())).path("values").forEach(v -> hinted.add(v.path("value").asText()));
                assertThat(hinted).as(option.getKey()).isEqualTo(expected);
            }
        });
        assertThat(hints).containsKeys(PREFIX + "storage-class", PREFIX + "operation");
    }

    private static String property(String option) {
        return PREFIX + StringHelper.camelCaseToDash(option);
    }

    private static void keepCos(Map<String, JsonNode> into, JsonNode entry) {
        String name = entry.path("name").asText();
        if (name.startsWith(PREFIX)) {
            into.put(name, entry);
        }
    }

    private static JsonNode read(URL url) throws IOException {
        assertThat(url).isNotNull();
        try (InputStream in = url.openStream()) {
            return JSON.readTree(in);
        }
    }
}
