package dev.camelcos.test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a running COS emulator listens and the credentials it accepts, with {@code cos:} endpoint URIs and Camel
 * component properties that point at it.
 */
public interface CosEmulatorConnection {

    /** The emulator's base URL, e.g. {@code http://127.0.0.1:41234}. */
    String endpoint();

    /** The region the emulator reports, e.g. {@code ap-guangzhou}. */
    String region();

    /** The SecretId the emulator accepts. */
    String secretId();

    /** The SecretKey the emulator accepts. */
    String secretKey();

    /**
     * A {@code cos:} endpoint URI for a bucket of this emulator, with its endpoint, region and credentials, then the
     * given options: {@code uri("test-1250000000", "operation=getObject", "keyName=a.txt")}. Option values are used as
     * given, so URL-encode them or wrap them in {@code RAW(...)} where needed.
     *
     * @throws IllegalArgumentException if the bucket is blank or an option is not written {@code name=value}
     */
    default String uri(String bucket, String... options) {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("Invalid bucket '" + bucket + "': give the bucket name, e.g. test-1250000000");
        }
        for (String option : options) {
            if (option == null || option.indexOf('=') < 1) {
                throw new IllegalArgumentException("Invalid option '" + option + "': write each option as name=value");
            }
        }
        String connection = Stream.of(
                "endpoint=RAW(" + endpoint() + ")",
                "region=" + region(),
                "secretId=RAW(" + secretId() + ")",
                "secretKey=RAW(" + secretKey() + ")").collect(Collectors.joining("&"));
        return "cos:" + bucket + "?" + Stream.concat(Stream.of(connection), Arrays.stream(options))
                .collect(Collectors.joining("&"));
    }

    /**
     * The {@code camel.component.cos.*} properties that point the cos component at this emulator, for Camel Main's
     * or Spring Boot's configuration (e.g. from a {@code @DynamicPropertySource} method).
     */
    default Map<String, String> componentProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("camel.component.cos.endpoint", endpoint());
        properties.put("camel.component.cos.region", region());
        properties.put("camel.component.cos.secret-id", secretId());
        properties.put("camel.component.cos.secret-key", secretKey());
        return properties;
    }
}
