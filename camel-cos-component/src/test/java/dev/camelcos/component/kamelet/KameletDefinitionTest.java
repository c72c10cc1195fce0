package dev.camelcos.component.kamelet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kamelets shipped in the jar are consistent with themselves and with the component: a misspelt optional
 * placeholder ({{?destinationPrefx}}) or an option the component does not have would otherwise only show when a
 * user sets that property.
 */
class KameletDefinitionTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\?)?([A-Za-z0-9_.-]+)}}");
    private static final String PASSWORD_DESCRIPTOR = "urn:alm:descriptor:com.tectonic.ui:password";

    private static JsonObject cosOptions;

    @BeforeAll
    static void loadComponentOptions() throws Exception {
        try (InputStream in = resource("META-INF/dev/camelcos/component/cos.json")) {
            JsonObject json = (JsonObject) Jsoner.deserialize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            cosOptions = (JsonObject) json.get("properties");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "source", "sink" })
    void isAKameletOfItsTypeNamedLikeItsFile(String type) throws IOException {
        Map<String, Object> kamelet = kamelet(type);

        assertThat(kamelet).containsEntry("apiVersion", "camel.apache.org/v1").containsEntry("kind", "Kamelet");
        Map<String, Object> metadata = map(kamelet, "metadata");
        assertThat(metadata).containsEntry("name", "cos-" + type);
        assertThat(map(metadata, "labels")).containsEntry("camel.apache.org/kamelet.type", type);
    }

    @ParameterizedTest
    @ValueSource(strings = { "source", "sink" })
    void namesTheVersionOfThisArtifact(String type) throws IOException {
        List<Object> dependencies = list(map(kamelet(type), "spec"), "dependencies");

        assertThat(dependencies).anySatisfy(d -> assertThat((String) d).matches("mvn:dev\\.camelcos:camel-cos:[0-9][^@]*"));
        assertThat(text(type)).doesNotContain("@project.version@");
    }

    @ParameterizedTest
    @ValueSource(strings = { "source", "sink" })
    void usesEveryPropertyItDeclaresAndDeclaresEveryPropertyItUses(String type) throws IOException {
        Map<String, Object> definition = definition(type);
        Set<String> declared = map(definition, "properties").keySet();
        Map<String, Boolean> used = placeholders(type);

        assertThat(used.keySet()).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(list(definition, "required")).allSatisfy(p -> assertThat(declared).contains((String) p));
    }

    @ParameterizedTest
    @ValueSource(strings = { "source", "sink" })
    void aPropertyWithoutDefaultIsRequiredOrOptionalWhereUsed(String type) throws IOException {
        Map<String, Object> definition = definition(type);
        Map<String, Object> properties = map(definition, "properties");
        List<Object> required = list(definition, "required");

        placeholders(type).forEach((name, optional) -> {
            boolean hasDefault = map(properties, name).containsKey("default");
            if (required.contains(name) || hasDefault) {
                assertThat(optional).as("{{%s}} is required or has a default, so it is written without '?'", name).isFalse();
            } else {
                assertThat(optional).as("{{?%s}} has no default and is not required, so it must be optional", name).isTrue();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = { "source", "sink" })
    void passesOnlyOptionsTheComponentHas(String type) throws IOException {
        assertThat(cosParameters(type).keySet()).as("options of the cos endpoint").isSubsetOf(cosOptions.keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = { "source", "sink" })
    void marksExactlyTheComponentsSecretOptionsAsPasswords(String type) throws IOException {
        Map<String, Object> properties = map(definition(type), "properties");
        Map<String, Object> parameters = cosParameters(type);

        assertThat(properties).containsKeys("secretId", "secretKey", "sessionToken");
        properties.forEach((name, value) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> property = (Map<String, Object>) value;
            boolean secret = parameters.containsKey(name) && cosOptions.get(name) instanceof JsonObject option
                    && Boolean.TRUE.equals(option.get("secret"));
            if (secret) {
                assertThat(property).as(name).containsEntry("format", "password");
                assertThat(list(property, "x-descriptors")).as(name).contains(PASSWORD_DESCRIPTOR);
            } else {
                assertThat(property).as(name).doesNotContainEntry("format", "password");
            }
        });
    }

    /** The parameters of the one cos endpoint of the template. */
    private static Map<String, Object> cosParameters(String type) throws IOException {
        List<Map<String, Object>> cosEndpoints = new ArrayList<>();
        collectCosEndpoints(map(map(kamelet(type), "spec"), "template"), cosEndpoints);
        assertThat(cosEndpoints).hasSize(1);
        return map(cosEndpoints.get(0), "parameters");
    }

    /** Every placeholder of the file, mapped to whether it is optional ({{?name}}). */
    private static Map<String, Boolean> placeholders(String type) throws IOException {
        Map<String, Boolean> placeholders = new HashMap<>();
        Matcher m = PLACEHOLDER.matcher(text(type));
        while (m.find()) {
            Boolean previous = placeholders.put(m.group(2), m.group(1) != null);
            assertThat(previous == null || previous == (m.group(1) != null))
                    .as("%s is used both with and without '?'", m.group(2)).isTrue();
        }
        return placeholders;
    }

    @SuppressWarnings("unchecked")
    private static void collectCosEndpoints(Object node, List<Map<String, Object>> found) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("uri") instanceof String uri && uri.startsWith("cos:")) {
                found.add((Map<String, Object>) map);
            }
            map.values().forEach(v -> collectCosEndpoints(v, found));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectCosEndpoints(v, found));
        }
    }

    private static Map<String, Object> definition(String type) throws IOException {
        return map(map(kamelet(type), "spec"), "definition");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kamelet(String type) throws IOException {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text(type));
    }

    private static String text(String type) throws IOException {
        try (InputStream in = resource("kamelets/cos-" + type + ".kamelet.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = KameletDefinitionTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path + " on the classpath").isNotNull();
        return in;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (List<Object>) parent.get(key);
    }
}
