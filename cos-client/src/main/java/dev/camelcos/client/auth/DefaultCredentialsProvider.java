package dev.camelcos.client.auth;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The chain Tencent Cloud's SDKs follow when no key is given, asked again on every request: the environment
 * ({@code TENCENTCLOUD_SECRET_ID}, {@code TENCENTCLOUD_SECRET_KEY}, {@code TENCENTCLOUD_SESSION_TOKEN}), then the
 * {@code default} profile of the credentials file ({@code ~/.tencentcloud/credentials}), then the CAM role of the CVM
 * instance from the metadata service (temporary keys, refreshed before they expire). The first source that has a
 * key pair signs the request.
 */
public final class DefaultCredentialsProvider implements CosCredentialsProvider {

    private final EnvironmentCredentialsProvider environment;
    private final ProfileCredentialsProvider profile;
    private final InstanceRoleCredentialsProvider instanceRole;

    public DefaultCredentialsProvider(EnvironmentCredentialsProvider environment, ProfileCredentialsProvider profile,
            InstanceRoleCredentialsProvider instanceRole) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.instanceRole = Objects.requireNonNull(instanceRole, "instanceRole");
    }

    /**
     * The process environment, the {@code default} profile of {@code profileFile} (null:
     * {@code ~/.tencentcloud/credentials}) and the metadata service at {@code metadataEndpoint} (null: the CVM one).
     */
    public static DefaultCredentialsProvider create(Path profileFile, URI metadataEndpoint) {
        return new DefaultCredentialsProvider(EnvironmentCredentialsProvider.SYSTEM,
                new ProfileCredentialsProvider(profileFile != null ? profileFile : ProfileCredentialsProvider.defaultFile(),
                        ProfileCredentialsProvider.DEFAULT_PROFILE),
                new InstanceRoleCredentialsProvider(
                        metadataEndpoint != null ? metadataEndpoint : InstanceRoleCredentialsProvider.DEFAULT_ENDPOINT));
    }

    @Override
    public CosCredentials credentials() {
        if (environment.isAvailable()) {
            return environment.credentials();
        }
        if (profile.isAvailable()) {
            return profile.credentials();
        }
        try {
            return instanceRole.credentials();
        } catch (IllegalStateException e) {
            throw new IllegalStateException("No COS credentials: none were configured (secretId and secretKey, or a"
                    + " credentialsProvider), the environment has no " + EnvironmentCredentialsProvider.SECRET_ID
                    + " and " + EnvironmentCredentialsProvider.SECRET_KEY + ", " + profile + " has none, and "
                    + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DefaultCredentialsProvider other && environment.equals(other.environment)
                && profile.equals(other.profile) && instanceRole.equals(other.instanceRole);
    }

    @Override
    public int hashCode() {
        return Objects.hash(environment, profile, instanceRole);
    }

    @Override
    public String toString() {
        return "DefaultCredentialsProvider[environment, " + profile + ", " + instanceRole + "]";
    }
}
