package dev.camelcos.client.auth;

/** Always the same credentials: a permanent key pair, or temporary ones for a run shorter than their lifetime. */
public final class StaticCredentialsProvider implements CosCredentialsProvider {

    private final CosCredentials credentials;

    public StaticCredentialsProvider(CosCredentials credentials) {
        if (credentials == null) {
            throw new IllegalArgumentException("credentials must not be null");
        }
        this.credentials = credentials;
    }

    public static StaticCredentialsProvider of(String secretId, String secretKey) {
        return new StaticCredentialsProvider(new CosCredentials(secretId, secretKey));
    }

    public static StaticCredentialsProvider of(String secretId, String secretKey, String sessionToken) {
        return new StaticCredentialsProvider(new CosCredentials(secretId, secretKey, sessionToken));
    }

    @Override
    public CosCredentials credentials() {
        return credentials;
    }

    /** Equal credentials make equal providers, so endpoints configured alike can share one client. */
    @Override
    public boolean equals(Object o) {
        return o instanceof StaticCredentialsProvider other && credentials.equals(other.credentials);
    }

    @Override
    public int hashCode() {
        return credentials.hashCode();
    }

    @Override
    public String toString() {
        return "StaticCredentialsProvider[" + credentials + "]";
    }
}
