package dev.camelcos.client.auth;

import java.util.Map;
import java.util.function.Function;

/**
 * Reads {@code TENCENTCLOUD_SECRET_ID}, {@code TENCENTCLOUD_SECRET_KEY} and the optional
 * {@code TENCENTCLOUD_SESSION_TOKEN} on every call, so a rotated environment (for example a refreshed token file
 * exported by a sidecar into a restarted process) is picked up without rebuilding the client.
 */
public final class EnvironmentCredentialsProvider implements CosCredentialsProvider {

    public static final String SECRET_ID = "TENCENTCLOUD_SECRET_ID";
    public static final String SECRET_KEY = "TENCENTCLOUD_SECRET_KEY";
    public static final String SESSION_TOKEN = "TENCENTCLOUD_SESSION_TOKEN";

    /** The process environment; equal to every other instance reading it, so that clients can be shared. */
    public static final EnvironmentCredentialsProvider SYSTEM = new EnvironmentCredentialsProvider();

    private final Function<String, String> environment;
    private final boolean system;

    public EnvironmentCredentialsProvider() {
        this(System::getenv, true);
    }

    /** For tests and for embedding: any lookup of variable names, e.g. {@code map::get}. */
    public EnvironmentCredentialsProvider(Function<String, String> environment) {
        this(environment, false);
    }

    private EnvironmentCredentialsProvider(Function<String, String> environment, boolean system) {
        this.environment = environment;
        this.system = system;
    }

    public static EnvironmentCredentialsProvider of(Map<String, String> variables) {
        return new EnvironmentCredentialsProvider(variables::get);
    }

    /** True when the environment holds at least a key pair. */
    public boolean isAvailable() {
        return notBlank(environment.apply(SECRET_ID)) && notBlank(environment.apply(SECRET_KEY));
    }

    @Override
    public CosCredentials credentials() {
        if (!isAvailable()) {
            throw new IllegalStateException("No COS credentials in the environment: set " + SECRET_ID + " and "
                    + SECRET_KEY + " (and " + SESSION_TOKEN + " for temporary credentials)");
        }
        return new CosCredentials(environment.apply(SECRET_ID), environment.apply(SECRET_KEY),
                environment.apply(SESSION_TOKEN));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** Providers reading the process environment are equal; others only to themselves. */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof EnvironmentCredentialsProvider other && system && other.system;
    }

    @Override
    public int hashCode() {
        return system ? EnvironmentCredentialsProvider.class.hashCode() : System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "EnvironmentCredentialsProvider";
    }
}
