package dev.camelcos.component.large;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 1 GiB object moved bucket to bucket by a consumer and an upload, under Camel's default stream caching, in a JVM
 * of 128 MiB heap: the body the consumer emits is never copied into memory, so the copy completes and is whole.
 */
class LargeObjectUnderStreamCachingTest {

    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void aGibibyteMovesBucketToBucketIn128MibOfHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder run = new ProcessBuilder(List.of(java.toString(), "-Xmx128m",
                "--add-opens", "jdk.httpserver/com.sun.net.httpserver=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), BucketToBucketRun.class.getName(), Long.toString(GIB)))
                .redirectErrorStream(true);
        Process process = run.start();
        String output;
        try {
            boolean ended = process.waitFor(6, TimeUnit.MINUTES);
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(ended).as("the run ended within 6 minutes; its output: %s", output).isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as("exit of the run; its output: %s", tail(output)).isZero();
        assertThat(output).contains("CRC64 equal").contains(GIB + " bytes");
    }

    private static String tail(String output) throws IOException {
        return output.length() > 4000 ? output.substring(output.length() - 4000) : output;
    }
}
