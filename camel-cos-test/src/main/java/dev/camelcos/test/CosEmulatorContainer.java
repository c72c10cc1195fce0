package dev.camelcos.test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;

import dev.camelcos.emulator.CosEmulator;

/**
 * The COS emulator in a Docker container, for tests that want it out of process or CI jobs that run it as a service.
 * By default the image is built from this artifact's {@code Dockerfile} and the cos-emulator jar on the test
 * classpath; teams that publish that image pass its name instead.
 *
 * <pre>
 * &#64;Container
 * static CosEmulatorContainer cos = new CosEmulatorContainer().withBucket("test-1250000000");
 * </pre>
 */
public class CosEmulatorContainer extends GenericContainer<CosEmulatorContainer> implements CosEmulatorConnection {

    /** The port the emulator listens on inside the container (the Dockerfile's EXPOSE). */
    public static final int PORT = 9000;
    public static final String DEFAULT_SECRET_ID = "AKIDemulator";
    public static final String DEFAULT_SECRET_KEY = "emulator-secret-key";
    public static final String DEFAULT_REGION = "ap-guangzhou";
    /** Classpath location of the Dockerfile the default image is built from. */
    public static final String DOCKERFILE = "dev/camelcos/test/Dockerfile";

    private String secretId = DEFAULT_SECRET_ID;
    private String secretKey = DEFAULT_SECRET_KEY;
    private String region = DEFAULT_REGION;
    private final List<String> buckets = new ArrayList<>();

    /** A container of an image built on first use from the Dockerfile and the cos-emulator jar on the classpath. */
    public CosEmulatorContainer() {
        this(new ImageFromDockerfile("camel-cos/cos-emulator", false)
                .withFileFromClasspath("Dockerfile", DOCKERFILE)
                .withFileFromPath("cos-emulator.jar", EmulatorJar.locate()));
    }

    /** A container of a ready image built from the Dockerfile, e.g. one a team pushed to its registry. */
    public CosEmulatorContainer(DockerImageName image) {
        super(image);
        init();
    }

    private CosEmulatorContainer(Future<String> image) {
        super(image);
        init();
    }

    private void init() {
        addExposedPort(PORT);
        waitingFor(Wait.forLogMessage(".*COS emulator listening on .*\\n", 1));
        updateCommand();
    }

    /**
     * Buckets to create when the emulator starts, named as COS names them (e.g. test-1250000000).
     *
     * @throws IllegalArgumentException for a name COS would refuse, naming it and the rule
     */
    public CosEmulatorContainer withBucket(String... names) {
        for (String name : names) {
            // the emulator's own rule, checked here rather than in a container that would exit on it
            CosEmulator.builder().bucket(name);
        }
        buckets.addAll(List.of(names));
        updateCommand();
        return self();
    }

    /** The credentials the emulator accepts instead of {@value #DEFAULT_SECRET_ID} and its key. */
    public CosEmulatorContainer withCredentials(String secretId, String secretKey) {
        requireValue("secretId", secretId);
        requireValue("secretKey", secretKey);
        this.secretId = secretId;
        this.secretKey = secretKey;
        updateCommand();
        return self();
    }

    /** The region the emulator reports instead of {@value #DEFAULT_REGION}. */
    public CosEmulatorContainer withRegion(String region) {
        requireValue("region", region);
        this.region = region;
        updateCommand();
        return self();
    }

    private static void requireValue(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Invalid " + name + " '" + value + "': it must not be blank");
        }
    }

    /** The emulator flags after the image's entry point, which already sets the host and port. */
    private void updateCommand() {
        List<String> flags = new ArrayList<>(List.of("--region", region, "--secret-id", secretId, "--secret-key", secretKey));
        buckets.forEach(bucket -> flags.addAll(List.of("--bucket", bucket)));
        setCommand(flags.toArray(String[]::new));
    }

    /** The emulator's URL as seen from the test: the Docker host and the port mapped to {@value #PORT}. */
    @Override
    public String endpoint() {
        return "http://" + getHost() + ":" + getMappedPort(PORT);
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public String secretId() {
        return secretId;
    }

    @Override
    public String secretKey() {
        return secretKey;
    }
}
