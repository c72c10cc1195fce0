package dev.camelcos.component;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar names its components where Camel tooling looks: META-INF/services/org/apache/camel/component.properties. */
class ComponentPropertiesTest {

    @Test
    void theJarListsTheCosComponentWithItsCoordinates() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/services/org/apache/camel/component.properties")) {
            assertThat(in).as("component.properties on the classpath").isNotNull();
            properties.load(in);
        }
        assertThat(properties).containsEntry("components", "cos").containsEntry("groupId", "dev.camelcos")
                .containsEntry("artifactId", "camel-cos");
        assertThat(properties.getProperty("version")).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(properties.getProperty("projectDescription")).contains("Tencent Cloud").doesNotContain("@");
    }
}
