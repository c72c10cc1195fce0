package dev.camelcos.examples.springboot;

import java.util.Map;

import dev.camelcos.emulator.CosEmulator;

/**
 * The bucket the example writes to and the properties that reach it.
 *
 * @param description where the objects go, for the summary
 * @param properties  Spring properties that take precedence over application.properties
 */
record CosTarget(String description, Map<String, Object> properties) {

    /** A real bucket: application.properties reads it, its region and the credentials from the environment. */
    static CosTarget of(ExampleSettings.CosAccount account) {
        return new CosTarget("bucket " + account.bucket() + " in " + account.region(), Map.of());
    }

    static CosTarget of(CosEmulator emulator, String bucket) {
        return new CosTarget("embedded emulator at " + emulator.endpoint() + ", bucket " + bucket,
                Map.of("example.bucket", bucket,
                        "camel.component.cos.region", emulator.region(),
                        "camel.component.cos.endpoint", emulator.endpoint(),
                        "camel.component.cos.secret-id", emulator.secretId(),
                        "camel.component.cos.secret-key", emulator.secretKey()));
    }
}
