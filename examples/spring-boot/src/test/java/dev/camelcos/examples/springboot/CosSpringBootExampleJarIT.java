package dev.camelcos.examples.springboot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.camelcos.examples.main.ExampleSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged example started the way the README does ({@code java -jar
 * examples/spring-boot/target/camel-cos-example-spring-boot.jar}), with no COS account in its environment.
 */
class CosSpringBootExampleJarIT {

    private static final Path JAR = Path.of("target", "camel-cos-example-spring-boot.jar");

    @TempDir
    Path work;

    @Test
    void runsOnTheEmbeddedEmulatorAndEndsWithItsSummary() throws Exception {
        Path stdout = work.resolve("stdout.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the sample files and the output folder go to a temporary folder this test removes
                "-Djava.io.tmpdir=" + work, "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(stdout.toFile());
        ExampleSettings.ACCOUNT_VARIABLES.forEach(builder.environment()::remove);

        Process process = builder.start();
        boolean exited = process.waitFor(3, TimeUnit.MINUTES);
        if (!exited) {
            process.destroyForcibly();
        }

        String output = Files.readString(stdout, StandardCharsets.UTF_8);
        assertThat(exited).as("exited; output:%n%s", output).isTrue();
        assertThat(process.exitValue()).as("exit code; output:%n%s", output).isZero();
        assertThat(output).contains("camel-cos Spring Boot example finished", "embedded emulator at http://127.0.0.1:",
                "files uploaded:   3 of 3", "objects received: 3", "checksums equal:  yes");
    }
}
