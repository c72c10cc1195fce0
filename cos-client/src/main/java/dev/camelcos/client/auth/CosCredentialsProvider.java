package dev.camelcos.client.auth;

/**
 * Supplies the credentials a request is signed with. The client asks before every attempt, so an implementation
 * backed by temporary credentials (STS) can refresh them whenever they are about to expire; it must be thread-safe.
 */
@FunctionalInterface
public interface CosCredentialsProvider {

    CosCredentials credentials();
}
