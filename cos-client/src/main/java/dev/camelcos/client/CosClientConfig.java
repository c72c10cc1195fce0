package dev.camelcos.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

import dev.camelcos.client.auth.CosCredentialsProvider;
import dev.camelcos.client.RetryPolicy;

/**
 * Everything a {@link CosClient} is built from. Immutable; two configurations that are equal may share one client
 * (the Camel component does so).
 */
public final class CosClientConfig {

    /** Defaults, in the units the component's options use; the builder starts from these. */
    public static final long DEFAULT_CONNECT_TIMEOUT_MILLIS = 10_000;
    public static final long DEFAULT_READ_TIMEOUT_MILLIS = 60_000;
    public static final long DEFAULT_WRITE_TIMEOUT_MILLIS = 60_000;
    public static final int DEFAULT_MAX_CONNECTIONS = 64;

    private final String region;
    private final CosCredentialsProvider credentialsProvider;
    private final URI endpoint;
    private final Boolean pathStyle;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private final int maxConnections;
    private final RetryPolicy retryPolicy;
    private final Duration signatureValidity;
    private final Clock clock;
    private final CosProxy proxy;
    private final CosTrustStore trustStore;

    private CosClientConfig(Builder b) {
        this.region = b.region;
        this.credentialsProvider = Objects.requireNonNull(b.credentialsProvider, "credentialsProvider is required");
        this.endpoint = b.endpoint;
        this.pathStyle = b.pathStyle;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.writeTimeout = b.writeTimeout;
        this.maxConnections = b.maxConnections;
        this.retryPolicy = b.retryPolicy;
        this.signatureValidity = b.signatureValidity;
        this.clock = b.clock;
        this.proxy = b.proxy;
        this.trustStore = b.trustStore;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String region() {
        return region;
    }

    public CosCredentialsProvider credentialsProvider() {
        return credentialsProvider;
    }

    /** Where requests go instead of {@code https://<bucket>.cos.<region>.myqcloud.com}; null for real COS. */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Whether the bucket travels as the first path segment rather than in the host name. By default only for an
     * endpoint given as an IP address or {@code localhost}, where no per-bucket host name can resolve.
     */
    public boolean pathStyle() {
        if (pathStyle != null) {
            return pathStyle;
        }
        if (endpoint == null) {
            return false;
        }
        String host = endpoint.getHost();
        return "localhost".equalsIgnoreCase(host) || host.matches("[0-9.]+") || host.startsWith("[");
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    public Duration writeTimeout() {
        return writeTimeout;
    }

    public int maxConnections() {
        return maxConnections;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** How long a request signature (and so a request that waits in a queue) stays valid. */
    public Duration signatureValidity() {
        return signatureValidity;
    }

    /** The local clock requests are dated and signed with (corrected when COS reports a skew). */
    public Clock clock() {
        return clock;
    }

    /** The proxy requests go through; null for direct connections. */
    public CosProxy proxy() {
        return proxy;
    }

    /** The certificates HTTPS endpoints are trusted by; null for the JVM's. */
    public CosTrustStore trustStore() {
        return trustStore;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CosClientConfig c && Objects.equals(region, c.region)
                && credentialsProvider.equals(c.credentialsProvider) && Objects.equals(endpoint, c.endpoint)
                && Objects.equals(pathStyle, c.pathStyle) && connectTimeout.equals(c.connectTimeout)
                && readTimeout.equals(c.readTimeout) && writeTimeout.equals(c.writeTimeout)
                && maxConnections == c.maxConnections && retryPolicy.equals(c.retryPolicy)
                && signatureValidity.equals(c.signatureValidity) && clock.equals(c.clock)
                && Objects.equals(proxy, c.proxy) && Objects.equals(trustStore, c.trustStore);
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, credentialsProvider, endpoint, pathStyle, connectTimeout, readTimeout,
                writeTimeout, maxConnections, retryPolicy, signatureValidity, clock, proxy, trustStore);
    }

    @Override
    public String toString() {
        return "CosClientConfig[region=" + region + ", endpoint=" + (endpoint != null ? endpoint : "COS")
                + ", credentials=" + credentialsProvider + ", maxConnections=" + maxConnections + ", retries="
                + retryPolicy.maxRetries() + (proxy != null ? ", proxy=" + proxy : "")
                + (trustStore != null ? ", trustStore=" + trustStore : "") + "]";
    }

    public static final class Builder {
        private String region;
        private CosCredentialsProvider credentialsProvider;
        private URI endpoint;
        private Boolean pathStyle;
        private Duration connectTimeout = Duration.ofMillis(DEFAULT_CONNECT_TIMEOUT_MILLIS);
        private Duration readTimeout = Duration.ofMillis(DEFAULT_READ_TIMEOUT_MILLIS);
        private Duration writeTimeout = Duration.ofMillis(DEFAULT_WRITE_TIMEOUT_MILLIS);
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private Duration signatureValidity = Duration.ofHours(1);
        private Clock clock = Clock.systemUTC();
        private CosProxy proxy;
        private CosTrustStore trustStore;

        private Builder() {
        }

        public Builder region(String region) {
            if (region != null && !region.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new InvalidOptionException("region", region,
                        "is not a COS region: lower-case letters, digits and single '-', e.g. ap-guangzhou");
            }
            this.region = region;
            return this;
        }

        public Builder credentialsProvider(CosCredentialsProvider credentialsProvider) {
            this.credentialsProvider = credentialsProvider;
            return this;
        }

        public Builder endpoint(String endpoint) {
            return endpoint(endpoint == null || endpoint.isBlank() ? null : parseEndpoint(endpoint));
        }

        public Builder endpoint(URI endpoint) {
            if (endpoint != null) {
                String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
                boolean noPath = endpoint.getRawPath() == null || endpoint.getRawPath().isEmpty()
                        || endpoint.getRawPath().equals("/");
                if (!scheme.equals("http") && !scheme.equals("https") || endpoint.getHost() == null || !noPath
                        || endpoint.getRawQuery() != null) {
                    throw new InvalidOptionException("endpoint", endpoint, "must be an http or https URL with a host"
                            + " and nothing after the port, e.g. http://127.0.0.1:9000");
                }
            }
            this.endpoint = endpoint;
            return this;
        }

        private static URI parseEndpoint(String endpoint) {
            try {
                return new URI(endpoint.trim());
            } catch (java.net.URISyntaxException e) {
                throw new InvalidOptionException("endpoint", endpoint, "is not a valid URL: " + e.getReason());
            }
        }

        public Builder pathStyle(Boolean pathStyle) {
            this.pathStyle = pathStyle;
            return this;
        }

        /** Zero means no timeout. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = notNegative("connectTimeout", timeout);
            return this;
        }

        /** Zero means no timeout: a read may then wait for ever on a silent server. */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = notNegative("readTimeout", timeout);
            return this;
        }

        /** Zero means no timeout. */
        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = notNegative("writeTimeout", timeout);
            return this;
        }

        /** The most requests in flight at once (each until its answer's body is closed), and idle connections kept. */
        public Builder maxConnections(int maxConnections) {
            if (maxConnections < 1) {
                throw new InvalidOptionException("maxConnections", maxConnections, "must be at least 1");
            }
            this.maxConnections = maxConnections;
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        public Builder signatureValidity(Duration validity) {
            this.signatureValidity = positive("signatureValidity", validity);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Sends every request through this proxy; null (the default) connects directly. */
        public Builder proxy(CosProxy proxy) {
            this.proxy = proxy;
            return this;
        }

        /** Trusts the certificates of this store instead of the JVM's; null (the default) keeps the JVM's. */
        public Builder trustStore(CosTrustStore trustStore) {
            this.trustStore = trustStore;
            return this;
        }

        private static Duration positive(String name, Duration d) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new InvalidOptionException(name, d, "must be a positive duration");
            }
            return d;
        }

        private static Duration notNegative(String name, Duration d) {
            if (d == null || d.isNegative()) {
                throw new InvalidOptionException(name, d, "must be zero (no timeout) or a positive duration");
            }
            return d;
        }

        public CosClientConfig build() {
            if (endpoint == null && region == null) {
                throw new IllegalArgumentException("region is required unless an endpoint is given");
            }
            return new CosClientConfig(this);
        }
    }
}
