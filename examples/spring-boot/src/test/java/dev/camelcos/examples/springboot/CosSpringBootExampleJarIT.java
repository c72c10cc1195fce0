package dev.camelcos.examples.springboot;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.camelcos.examples.main.ExampleJar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged example started the way the README does ({@code java -jar
 * examples/spring-boot/target/camel-cos-example-spring-boot.jar}), with no COS account in its environment.
 */
class CosSpringBootExampleJarIT {

    @TempDir
    Path work;

    @Test
    void runsOnTheEmbeddedEmulatorAndEndsWithItsSummary() throws Exception {
        String output = ExampleJar.runWithoutAnAccount(Path.of("target", "camel-cos-example-spring-boot.jar"), work);

        assertThat(output).contains("camel-cos Spring Boot example finished", "embedded emulator at http://127.0.0.1:",
                "files uploaded:   3 of 3", "objects received: 3", "checksums equal:  yes");
    }
}
