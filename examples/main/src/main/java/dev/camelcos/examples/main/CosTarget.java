package dev.camelcos.examples.main;

import java.util.Map;

import dev.camelcos.emulator.CosEmulator;

/**
 * The bucket the example writes to and the cos component options that reach it.
 *
 * @param description      where the objects go, for the summary
 * @param bucket           the bucket, BucketName-APPID
 * @param componentOptions cos component options, by their Camel Main property name after
 *                         {@code camel.component.cos.}
 */
public record CosTarget(String description, String bucket, Map<String, String> componentOptions) {

    /** A real bucket: the cos component reads TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY itself. */
    public static CosTarget of(ExampleSettings.CosAccount account) {
        return new CosTarget("bucket " + account.bucket() + " in " + account.region(), account.bucket(),
                Map.of("region", account.region()));
    }

    public static CosTarget of(CosEmulator emulator, String bucket) {
        return new CosTarget("embedded emulator at " + emulator.endpoint() + ", bucket " + bucket, bucket,
                Map.of("region", emulator.region(),
                        "endpoint", emulator.endpoint(),
                        "secret-id", emulator.secretId(),
                        "secret-key", emulator.secretKey()));
    }
}
