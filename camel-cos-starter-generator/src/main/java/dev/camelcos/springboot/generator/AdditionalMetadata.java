package dev.camelcos.springboot.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.util.json.Jsoner;

/**
 * What Spring Boot's configuration processor cannot read from the generated class, as the
 * {@code META-INF/additional-spring-configuration-metadata.json} it merges into its own: the component's defaults
 * (the fields stay null so that an unset property changes nothing), the allowed values of enumerated options, and
 * the two switches of the starter itself.
 */
final class AdditionalMetadata {

    static final String RESOURCE = "META-INF/additional-spring-configuration-metadata.json";

    private AdditionalMetadata() {
    }

    static String write(String prefix, String scheme, List<StarterProperty> properties) {
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(entry(prefix + ".enabled", Map.of("type", "java.lang.Boolean", "defaultValue", true, "description",
                "Whether to enable auto configuration of the " + scheme + " component. This is enabled by default.")));
        entries.add(entry(prefix + ".customizer.enabled", Map.of("type", "java.lang.Boolean", "description",
                "Whether to apply the " + prefix + ".* properties to the component (through its component customizer)."
                + " Falls back to camel.component.customizer.enabled; on by default.")));
        List<Map<String, Object>> hints = new ArrayList<>();
        for (StarterProperty property : properties) {
            String name = prefix + "." + property.dashedName();
            if (property.defaultValue() != null) {
                entries.add(entry(name, Map.of("defaultValue", property.defaultValue())));
            }
            if (!property.allowedValues().isEmpty()) {
                hints.add(entry(name, Map.of("values",
                        property.allowedValues().stream().map(value -> Map.of("value", value)).toList())));
            }
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("properties", entries);
        metadata.put("hints", hints);
        return Jsoner.prettyPrint(Jsoner.serialize(metadata), 2) + "\n";
    }

    private static Map<String, Object> entry(String name, Map<String, Object> fields) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", name);
        entry.putAll(fields);
        return entry;
    }
}
