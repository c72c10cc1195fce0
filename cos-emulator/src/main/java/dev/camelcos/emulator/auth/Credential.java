package dev.camelcos.emulator.auth;

import java.time.Instant;

/** A key pair the emulator accepts; temporary pairs also carry a session token and an expiry. */
public record Credential(String secretId, String secretKey, String sessionToken, Instant expiresAt) {
    public static Credential permanent(String secretId, String secretKey) {
        return new Credential(secretId, secretKey, null, null);
    }

    public boolean temporary() {
        return sessionToken != null;
    }
}
