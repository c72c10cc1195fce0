package dev.camelcos.client.auth;

import java.util.Objects;

/**
 * A COS key pair, optionally temporary (with a session token).
 * <p>
 * {@link #toString()} masks every secret: instances end up in debug output and exception messages of user code.
 */
public final class CosCredentials {

    private final String secretId;
    private final String secretKey;
    private final String sessionToken;

    public CosCredentials(String secretId, String secretKey) {
        this(secretId, secretKey, null);
    }

    public CosCredentials(String secretId, String secretKey, String sessionToken) {
        if (secretId == null || secretId.isBlank()) {
            throw new IllegalArgumentException("secretId must not be empty");
        }
        if (secretKey == null || secretKey.isBlank()) {
            throw new IllegalArgumentException("secretKey must not be empty");
        }
        this.secretId = secretId;
        this.secretKey = secretKey;
        this.sessionToken = sessionToken == null || sessionToken.isBlank() ? null : sessionToken;
    }

    public String secretId() {
        return secretId;
    }

    public String secretKey() {
        return secretKey;
    }

    /** The session token of temporary credentials, or null for a permanent key pair. */
    public String sessionToken() {
        return sessionToken;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CosCredentials other && secretId.equals(other.secretId)
                && secretKey.equals(other.secretKey) && Objects.equals(sessionToken, other.sessionToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(secretId, secretKey, sessionToken);
    }

    @Override
    public String toString() {
        return "CosCredentials[secretId=" + maskId(secretId) + ", secretKey=***"
                + (sessionToken != null ? ", sessionToken=***" : "") + "]";
    }

    /** Keeps enough of the id to tell keys apart in logs, never the whole id. */
    public static String maskId(String id) {
        return id.length() <= 8 ? "***" : id.substring(0, 4) + "***" + id.substring(id.length() - 2);
    }
}
