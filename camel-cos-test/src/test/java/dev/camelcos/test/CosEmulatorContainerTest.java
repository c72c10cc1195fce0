package dev.camelcos.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.auth.StaticCredentialsProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Everything about the container that can be checked without a Docker engine. */
class CosEmulatorContainerTest {

    private static final DockerImageName IMAGE = DockerImageName.parse("camel-cos/cos-emulator:test");
    private static final Pattern LISTENING = Pattern.compile("COS emulator listening on (http://\\S+)");

    @Test
    void commandLineCarriesRegionCredentialsAndBuckets() {
        CosEmulatorContainer container = new CosEmulatorContainer(IMAGE).withRegion("ap-shanghai")
                .withCredentials("AKIDcontainer", "container-key").withBucket("one-1250000000", "two-1250000000");

        assertThat(container.getCommandParts()).containsExactly("--region", "ap-shanghai",
                "--secret-id", "AKIDcontainer", "--secret-key", "container-key",
                "--bucket", "one-1250000000", "--bucket", "two-1250000000");
        assertThat(container.getExposedPorts()).containsExactly(CosEmulatorContainer.PORT);
    }

    @Test
    void defaultsMatchTheEmulatorsOwnDefaults() {
        CosEmulatorContainer container = new CosEmulatorContainer(IMAGE);

        assertThat(container.getCommandParts()).containsExactly("--region", "ap-guangzhou",
                "--secret-id", "AKIDemulator", "--secret-key", "emulator-secret-key");
        assertThat(container.secretId()).isEqualTo("AKIDemulator");
        assertThat(container.secretKey()).isEqualTo("emulator-secret-key");
        assertThat(container.region()).isEqualTo("ap-guangzhou");
    }

    @Test
    void endpointIsTheDockerHostAndTheMappedPort() {
        CosEmulatorContainer container = new CosEmulatorContainer(IMAGE) {
            @Override
            public String getHost() {
                return "docker-host.internal";
            }

            @Override
            public Integer getMappedPort(int originalPort) {
                return originalPort == PORT ? 32771 : null;
            }
        };

        assertThat(container.endpoint()).isEqualTo("http://docker-host.internal:32771");
        assertThat(container.uri("one-1250000000", "operation=getObject"))
                .isEqualTo("cos:one-1250000000?endpoint=RAW(http://docker-host.internal:32771)&region=ap-guangzhou"
                           + "&secretId=RAW(AKIDemulator)&secretKey=RAW(emulator-secret-key)&operation=getObject");
    }

    @Test
    void badSettingsFailBeforeAnyContainerStarts() {
        CosEmulatorContainer container = new CosEmulatorContainer(IMAGE);

        assertThatThrownBy(() -> container.withBucket("Bad_Bucket")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bad_Bucket");
        assertThatThrownBy(() -> container.withCredentials("AKIDx", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secretKey");
        assertThatThrownBy(() -> container.withRegion(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("region");
    }

    @Test
    void dockerfileExposesThePortAndRunsTheCopiedJarOnAllInterfaces() throws IOException {
        String dockerfile;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CosEmulatorContainer.DOCKERFILE)) {
            assertThat(in).as("Dockerfile on the classpath").isNotNull();
            dockerfile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(dockerfile).contains("COPY cos-emulator.jar /opt/cos-emulator/cos-emulator.jar")
                .contains("EXPOSE " + CosEmulatorContainer.PORT)
                .contains("ENTRYPOINT [\"java\", \"-jar\", \"/opt/cos-emulator/cos-emulator.jar\", \"--host\", \"0.0.0.0\","
                          + " \"--port\", \"" + CosEmulatorContainer.PORT + "\"]");
    }

    @Test
    void emulatorJarIsRunnableWithTheHeaderSpellingOpens() throws IOException {
        try (JarFile jar = new JarFile(EmulatorJar.locate().toFile())) {
            Manifest manifest = jar.getManifest();

            assertThat(manifest.getMainAttributes().getValue("Main-Class")).isEqualTo(EmulatorJar.MAIN_CLASS);
            assertThat(manifest.getMainAttributes().getValue("Add-Opens")).isEqualTo(EmulatorJar.ADD_OPENS);
            assertThat(jar.getEntry(EmulatorJar.MAIN_CLASS.replace('.', '/') + ".class")).isNotNull();
        }
    }

    /**
     * Runs what the image runs, {@code java -jar cos-emulator.jar} with the container's flags, on loopback instead
     * of 0.0.0.0:9000, and signs in with the container's credentials.
     */
    @Test
    void theJarStartedWithTheContainersFlagsServesItsBucketsToItsCredentials() throws Exception {
        CosEmulatorContainer container = new CosEmulatorContainer(IMAGE).withCredentials("AKIDprocess", "process-key")
                .withBucket("process-1250000000");
        List<String> command = Stream.concat(
                Stream.of(javaExecutable(), "-jar", EmulatorJar.locate().toString(), "--host", "127.0.0.1", "--port", "0"),
                Stream.of(container.getCommandParts()))
                .toList();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String endpoint = CompletableFuture.supplyAsync(() -> listeningEndpoint(process.getInputStream()))
                    .get(30, TimeUnit.SECONDS);

            try (CosClient client = new CosClient(CosClientConfig.builder().endpoint(endpoint).region(container.region())
                    .credentialsProvider(StaticCredentialsProvider.of(container.secretId(), container.secretKey()))
                    .build())) {
                client.headBucket("process-1250000000");
            }
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String listeningEndpoint(InputStream output) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
            throw new IllegalStateException("The emulator exited without listening");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
