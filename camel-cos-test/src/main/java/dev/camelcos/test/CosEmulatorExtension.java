package dev.camelcos.test;

import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.camelcos.emulator.CosEmulator;

/**
 * Runs the COS emulator in this JVM for a test class, on a free loopback port:
 *
 * <pre>
 * &#64;RegisterExtension
 * static CosEmulatorExtension cos = CosEmulatorExtension.withBucket("test-1250000000");
 *
 * ... to(cos.uri("test-1250000000", "operation=putObject")) ...
 * </pre>
 *
 * The emulator starts before the first test of the class and stops after the last one; {@code @Nested} classes
 * share it. The field must be static: JUnit runs class-level callbacks only for static extension fields.
 */
public final class CosEmulatorExtension implements BeforeAllCallback, AfterAllCallback, CosEmulatorConnection {

    private final CosEmulator.Builder builder = CosEmulator.builder();
    private CosEmulator emulator;
    /** The unique id of the test class that started the emulator, the one that stops it. */
    private String startedBy;

    private CosEmulatorExtension() {
    }

    /** An emulator with these buckets (names as COS writes them, e.g. test-1250000000) and default credentials. */
    public static CosEmulatorExtension withBucket(String... buckets) {
        CosEmulatorExtension extension = new CosEmulatorExtension();
        for (String bucket : buckets) {
            extension.builder.bucket(bucket);
        }
        return extension;
    }

    /** The credentials the emulator accepts instead of its defaults. */
    public CosEmulatorExtension withCredentials(String secretId, String secretKey) {
        builder.credentials(secretId, secretKey);
        return this;
    }

    /** The region the emulator reports instead of ap-guangzhou. */
    public CosEmulatorExtension withRegion(String region) {
        builder.region(region);
        return this;
    }

    /** Any other emulator setting: temporary credentials, a clock, a data directory, a restore delay. */
    public CosEmulatorExtension configure(Consumer<CosEmulator.Builder> settings) {
        settings.accept(builder);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (emulator == null) {
            emulator = builder.start();
            startedBy = context.getUniqueId();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (emulator != null && context.getUniqueId().equals(startedBy)) {
            emulator.close();
            emulator = null;
        }
    }

    /** The running emulator, e.g. for {@link CosEmulator#requests()}. */
    public CosEmulator emulator() {
        if (emulator == null) {
            throw new IllegalStateException("The COS emulator is not running: register CosEmulatorExtension on a static"
                                            + " field (@RegisterExtension static CosEmulatorExtension cos = ...) and"
                                            + " use it inside the test class");
        }
        return emulator;
    }

    @Override
    public String endpoint() {
        return emulator().endpoint();
    }

    @Override
    public String region() {
        return emulator().region();
    }

    @Override
    public String secretId() {
        return emulator().secretId();
    }

    @Override
    public String secretKey() {
        return emulator().secretKey();
    }
}
