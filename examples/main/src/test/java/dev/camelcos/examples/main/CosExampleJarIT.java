package dev.camelcos.examples.main;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged example started the way the README's Quick start does ({@code java -jar
 * examples/main/target/camel-cos-example-main.jar}), with no COS account in its environment.
 */
class CosExampleJarIT {

    @TempDir
    Path work;

    @Test
    void runsOnTheEmbeddedEmulatorAndEndsWithItsSummary() throws Exception {
        String output = ExampleJar.runWithoutAnAccount(Path.of("target", "camel-cos-example-main.jar"), work);

        assertThat(output).contains("camel-cos example finished", "embedded emulator at http://127.0.0.1:",
                "files uploaded:   3 of 3", "objects received: 3", "checksums equal:  yes");
    }
}
