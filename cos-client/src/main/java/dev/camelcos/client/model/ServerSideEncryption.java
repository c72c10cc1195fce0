package dev.camelcos.client.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.function.BiConsumer;

/**
 * Server-side encryption: SSE-COS (AES256), SSE-KMS (with an optional key id and context) or SSE-C (a key the
 * caller keeps; it must be given again to read the object). {@link #toString()} never shows a key.
 */
public final class ServerSideEncryption {

    private static final String SSE = "x-cos-server-side-encryption";

    private final String algorithm;
    private final String kmsKeyId;
    private final String kmsContext;
    private final String customerKey;

    private ServerSideEncryption(String algorithm, String kmsKeyId, String kmsContext, String customerKey) {
        this.algorithm = algorithm;
        this.kmsKeyId = kmsKeyId;
        this.kmsContext = kmsContext;
        this.customerKey = customerKey;
    }

    public static ServerSideEncryption cos() {
        return new ServerSideEncryption("AES256", null, null, null);
    }

    public static ServerSideEncryption kms(String keyId, String context) {
        return new ServerSideEncryption("cos/kms", keyId, context, null);
    }

    /** SSE-C with a 256-bit key, given base64-encoded. */
    public static ServerSideEncryption customerKey(String base64Key) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SSE-C customer key must be base64 (its value is not shown)", e);
        }
        if (key.length != 32) {
            throw new IllegalArgumentException("SSE-C customer key must be 32 bytes (AES-256), was " + key.length);
        }
        return new ServerSideEncryption("AES256", null, null, base64Key);
    }

    /** From the option values users give: {@code AES256}, {@code cos/kms}, or a customer key. */
    public static ServerSideEncryption of(String algorithm, String kmsKeyId, String kmsContext, String customerKey) {
        if (customerKey != null) {
            return customerKey(customerKey);
        }
        if (algorithm == null) {
            return null;
        }
        return switch (algorithm) {
            case "AES256" -> cos();
            case "cos/kms" -> kms(kmsKeyId, kmsContext);
            default -> throw new IllegalArgumentException("server-side encryption '" + algorithm
                    + "' is not one of AES256, cos/kms");
        };
    }

    public boolean isCustomerKey() {
        return customerKey != null;
    }

    /** The headers of a write (put, initiate, copy destination). */
    public void writeTo(BiConsumer<String, String> header) {
        if (customerKey != null) {
            writeCustomerKey(header, SSE + "-customer-");
            return;
        }
        header.accept(SSE, algorithm);
        header.accept(SSE + "-cos-kms-key-id", kmsKeyId);
        header.accept(SSE + "-context", kmsContext == null ? null
                : Base64.getEncoder().encodeToString(kmsContext.getBytes(StandardCharsets.UTF_8)));
    }

    /** The headers that read an SSE-C object (GET, HEAD) or name it as a copy source. */
    public void writeReadKey(BiConsumer<String, String> header, boolean asCopySource) {
        if (customerKey != null) {
            writeCustomerKey(header, asCopySource ? "x-cos-copy-source-server-side-encryption-customer-"
                    : SSE + "-customer-");
        }
    }

    private void writeCustomerKey(BiConsumer<String, String> header, String prefix) {
        header.accept(prefix + "algorithm", algorithm);
        header.accept(prefix + "key", customerKey);
        header.accept(prefix + "key-MD5", keyMd5());
    }

    private String keyMd5() {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("MD5").digest(Base64.getDecoder().decode(customerKey)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "ServerSideEncryption[" + (customerKey != null ? "SSE-C" : algorithm) + "]";
    }
}
