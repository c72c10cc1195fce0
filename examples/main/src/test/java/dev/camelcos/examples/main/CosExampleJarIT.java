package dev.camelcos.examples.main;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged example started the way the README's Quick start does ({@code java -jar
 * examples/main/target/camel-cos-example-main.jar}), with no COS account in its environment.
 */
class CosExampleJarIT {

    private static final Path JAR = Path.of("target", "camel-cos-example-main.jar");

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

        String output = read(stdout);
        assertThat(exited).as("exited; output:%n%s", output).isTrue();
        assertThat(process.exitValue()).as("exit code; output:%n%s", output).isZero();
        assertThat(output).contains("camel-cos example finished", "embedded emulator at http://127.0.0.1:",
                "files uploaded:   3 of 3", "objects received: 3", "checksums equal:  yes");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
