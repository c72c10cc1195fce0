package dev.camelcos.client.auth;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary keys of the CAM role bound to the CVM instance this runs on, from the instance metadata service:
 * {@code GET <metadata>/latest/meta-data/cam/security-credentials/} names the role, the same path plus the role name
 * answers {@code TmpSecretId}, {@code TmpSecretKey}, {@code Token} and {@code ExpiredTime}. The keys are kept until
 * {@link #REFRESH_BEFORE} before they expire, then fetched again; if that fails while they are still valid they go on
 * being used (and the failure is logged), so a short outage of the metadata service does not fail requests.
 * Thread-safe.
 */
public final class InstanceRoleCredentialsProvider implements CosCredentialsProvider {

    /** Where the metadata service answers on a CVM instance. */
    public static final URI DEFAULT_ENDPOINT = URI.create("http://metadata.tencentyun.com");
    /** Keys are fetched again when they have less than this left. */
    public static final Duration REFRESH_BEFORE = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(InstanceRoleCredentialsProvider.class);
    private static final String CREDENTIALS_PATH = "latest/meta-data/cam/security-credentials/";

    private final HttpUrl base;
    private final Clock clock;
    private final OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(1))
            .readTimeout(Duration.ofSeconds(2)).callTimeout(Duration.ofSeconds(5)).followRedirects(false).build();
    private CosCredentials current;
    private Instant expiresAt = Instant.MIN;

    public InstanceRoleCredentialsProvider(URI endpoint) {
        this(endpoint, Clock.systemUTC());
    }

    /** For tests: the clock that decides when the keys are refreshed. */
    public InstanceRoleCredentialsProvider(URI endpoint, Clock clock) {
        HttpUrl url = HttpUrl.get(Objects.requireNonNull(endpoint, "endpoint"));
        if (url == null) {
            throw new IllegalArgumentException("metadata endpoint '" + endpoint + "' must be an http or https URL");
        }
        this.base = url.newBuilder().encodedPath("/").build();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public URI endpoint() {
        return base.uri();
    }

    @Override
    public synchronized CosCredentials credentials() {
        Instant now = clock.instant();
        if (current == null || !now.isBefore(expiresAt.minus(REFRESH_BEFORE))) {
            try {
                fetch();
            } catch (IllegalStateException e) {
                if (current == null || !now.isBefore(expiresAt)) {
                    throw e;
                }
                LOG.warn("Could not refresh the CVM instance role's keys, using them until they expire at {}: {}",
                        expiresAt, e.getMessage());
            }
        }
        return current;
    }

    private void fetch() {
        String role = get(CREDENTIALS_PATH).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .orElseThrow(() -> failure("it names no CAM role: bind a role to this CVM instance"));
        Map<String, String> answer;
        try {
            answer = FlatJson.parse(get(CREDENTIALS_PATH + role));
        } catch (IllegalArgumentException e) {
            throw failure("its answer for role " + role + " is " + e.getMessage());
        }
        if (answer.get("Code") != null && !"Success".equals(answer.get("Code"))) {
            throw failure("it answered Code " + answer.get("Code") + " for role " + role);
        }
        String id = answer.get("TmpSecretId");
        String key = answer.get("TmpSecretKey");
        String expired = answer.get("ExpiredTime");
        if (id == null || key == null || expired == null) {
            throw failure("its answer for role " + role + " lacks TmpSecretId, TmpSecretKey or ExpiredTime");
        }
        try {
            expiresAt = Instant.ofEpochSecond(Long.parseLong(expired));
        } catch (NumberFormatException e) {
            throw failure("its ExpiredTime '" + expired + "' is not a number of seconds");
        }
        current = new CosCredentials(id, key, answer.get("Token"));
        LOG.debug("Fetched the keys of CVM role {} ({}), valid until {}", role, current, expiresAt);
    }

    private String get(String path) {
        Request request = new Request.Builder().url(base.newBuilder().encodedPath("/" + path).build()).build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw failure("GET /" + path + " answered HTTP " + response.code());
            }
            return response.body() == null ? "" : response.body().string();
        } catch (IOException e) {
            throw failure("GET /" + path + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private IllegalStateException failure(String why) {
        return new IllegalStateException("No COS credentials from the CVM instance metadata service at " + base
                + ": " + why);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InstanceRoleCredentialsProvider other && base.equals(other.base)
                && clock.equals(other.clock);
    }

    @Override
    public int hashCode() {
        return Objects.hash(base, clock);
    }

    @Override
    public String toString() {
        return "InstanceRoleCredentialsProvider[" + base + "]";
    }
}
