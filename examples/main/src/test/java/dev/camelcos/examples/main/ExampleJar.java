package dev.camelcos.examples.main;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A packaged example started the way the README tells users to ({@code java -jar <jar>}), with no COS account in its
 * environment; shared by the two examples' jar tests through this module's test-jar.
 */
public final class ExampleJar {

    private ExampleJar() {
    }

    /** Runs the jar to its end (at most 3 minutes), asserts it exited with 0, and answers what it printed. */
    public static String runWithoutAnAccount(Path jar, Path work) throws Exception {
        Path stdout = work.resolve("stdout.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // the sample files and the output folder go to a temporary folder the test removes
                "-Djava.io.tmpdir=" + work, "-jar", jar.toAbsolutePath().toString())
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
        return output;
    }
}
