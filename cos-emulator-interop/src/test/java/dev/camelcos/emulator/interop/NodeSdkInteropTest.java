package dev.camelcos.emulator.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.camelcos.emulator.CosEmulator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the Node.js interop suite (src/test/node, node's built-in test runner) with the official
 * cos-nodejs-sdk-v5, installed by {@code npm ci} from the committed package-lock.json, against an emulator
 * started here. Without node and npm on the PATH it is skipped, saying so in the build log.
 */
class NodeSdkInteropTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Pattern COUNT = Pattern.compile("^# (pass|fail|cancelled) (\\d+)$", Pattern.MULTILINE);

    @Test
    void nodeSdkSuitePassesAgainstTheEmulator() throws Exception {
        Optional<Path> node = onPath("node");
        Optional<Path> npm = onPath("npm");
        if (node.isEmpty() || npm.isEmpty()) {
            String reason = "SKIPPED cos-emulator-interop: " + (node.isEmpty() ? "node" : "npm")
                    + " is not on the PATH, so the Node.js SDK interop suite did not run";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        Result install = run(List.of(npm.get().toString(), "ci", "--no-audit", "--no-fund", "--prefer-offline"),
                Map.of(), 300);
        assertThat(install.exit).as("npm ci failed:%n%s", install.output).isZero();

        try (CosEmulator emulator = CosEmulator.builder().requestLogLimit(0).start()) {
            List<String> command = new ArrayList<>(List.of(node.get().toString(), "--test"));
            try (Stream<Path> files = Files.list(MODULE.resolve("src/test/node"))) {
                files.map(Path::toString).filter(f -> f.endsWith(".test.js")).sorted().forEach(command::add);
            }
            Result suite = run(command, Map.of(
                    "COS_EMULATOR_ADDRESS", "127.0.0.1:" + emulator.port(),
                    "COS_SECRET_ID", emulator.secretId(),
                    "COS_SECRET_KEY", emulator.secretKey(),
                    "COS_REGION", emulator.region()), 240);
            Map<String, Integer> counts = counts(suite.output);
            assertThat(suite.exit).as("node --test failed:%n%s", suite.output).isZero();
            assertThat(counts.getOrDefault("fail", -1)).as(suite.output).isZero();
            assertThat(counts.getOrDefault("pass", 0)).as(suite.output).isGreaterThan(30);
            System.out.println("cos-emulator-interop: Node.js SDK suite passed, " + counts.get("pass") + " tests");
        }
    }

    private static Map<String, Integer> counts(String tap) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        Matcher m = COUNT.matcher(tap);
        while (m.find()) {
            counts.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        return counts;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Map<String, String> env, long timeoutSeconds)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("cos-interop", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(MODULE.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return new Result(-1, "timed out after " + timeoutSeconds + " s: " + String.join(" ", command) + "\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst();
    }
}
