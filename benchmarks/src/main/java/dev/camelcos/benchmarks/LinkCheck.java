package dev.camelcos.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.emulator.CosEmulator;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Checks that a shaped link is what its profile says before anything is measured on it, with raw GETs of pre-signed
 * URLs: the round trip of a 1-byte object on one connection, one connection's throughput, the throughput of enough
 * connections to exceed the aggregate cap, and the same connections through an unshaped proxy (what the machine can
 * move through emulator and proxy at all: the cap must stay below it for the link to be the limit).
 */
final class LinkCheck {

    private static final String SMALL = "link-check/small";
    private static final String LARGE = "link-check/large";

    private final CosEmulator emulator;
    private final CosClient setup;

    LinkCheck(CosEmulator emulator, CosClient setup) {
        this.emulator = emulator;
        this.setup = setup;
    }

    Map<String, Object> check(NetworkProfile profile, ShapingProxy proxy) throws Exception {
        long rate = profile.connectionBitsPerSecond() > 0 ? profile.connectionBitsPerSecond() : 1_000_000_000L;
        int size = (int) Math.min(32 * Settings.MIB, Math.max(4 * Settings.MIB, rate / 16));
        int connections = profile.connectionBitsPerSecond() == 0 || profile.aggregateBitsPerSecond() == 0 ? 8
                : (int) Math.min(16, 2 * Math.ceil((double) profile.aggregateBitsPerSecond()
                        / profile.connectionBitsPerSecond()));
        setup.putObject(new PutObjectRequest(Clients.BUCKET, SMALL, CosRequestBody.of(new byte[1])));
        setup.putObject(new PutObjectRequest(Clients.BUCKET, LARGE, CosRequestBody.of(Scenarios.randomBytes(size))));
        Map<String, Object> check = new LinkedHashMap<>();
        try (ShapingProxy unshaped = ShapingProxy.start(emulator.port(),
                new NetworkProfile("unshaped", Duration.ZERO, 0, 0))) {
            OkHttpClient http = http();
            try {
                List<Double> trips = new ArrayList<>();
                String small = link(proxy, SMALL);
                for (int i = 0; i <= 20; i++) {
                    long start = System.nanoTime();
                    get(http, small);
                    if (i > 0) {
                        trips.add((System.nanoTime() - start) / 1e6);
                    }
                }
                check.put("configured_rtt_ms", profile.roundTrip().toMillis());
                check.put("measured_rtt_ms", Measure.median(trips));
                check.put("one_connection_mb_s", parallelGets(http, link(proxy, LARGE), size, 1));
                check.put("connection_cap_mb_s", megabytes(profile.connectionBitsPerSecond()));
                check.put("connections", connections);
                check.put("connections_mb_s", parallelGets(http, link(proxy, LARGE), size, connections));
                check.put("aggregate_cap_mb_s", megabytes(profile.aggregateBitsPerSecond()));
                check.put("loopback_ceiling_mb_s", parallelGets(http, link(unshaped, LARGE), size, connections));
            } finally {
                http.dispatcher().executorService().shutdown();
                http.connectionPool().evictAll();
            }
        }
        System.out.printf(Locale.ROOT, "  link check %s: RTT %.1f ms (configured %d); one connection %.1f MB/s (cap %s);"
                        + " %d connections %.1f MB/s (cap %s); the same through an unshaped proxy %.1f MB/s%n",
                profile.name(), check.get("measured_rtt_ms"), profile.roundTrip().toMillis(),
                check.get("one_connection_mb_s"), capText(check.get("connection_cap_mb_s")), connections,
                check.get("connections_mb_s"), capText(check.get("aggregate_cap_mb_s")),
                check.get("loopback_ceiling_mb_s"));
        return check;
    }

    /** {@code connections} GETs of the {@code size}-byte object at once: MB/s of all of them together. */
    private static double parallelGets(OkHttpClient http, String url, int size, int connections) throws Exception {
        return Measure.opsPerSecond(connections, connections, i -> get(http, url)) * size / 1e6;
    }

    private String link(ShapingProxy proxy, String key) {
        try (CosClient signer = new CosClient(CosClientConfig.builder().region(emulator.region())
                .endpoint(proxy.endpoint()).credentialsProvider(StaticCredentialsProvider.of(emulator.secretId(),
                        emulator.secretKey())).build())) {
            return signer.createDownloadLink(Clients.BUCKET, key, Duration.ofHours(1), null);
        }
    }

    private static OkHttpClient http() {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequestsPerHost(64);
        return new OkHttpClient.Builder().dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(64, 1, TimeUnit.MINUTES)).build();
    }

    private static void get(OkHttpClient http, String url) throws IOException {
        try (Response response = http.newCall(new Request.Builder().url(url).build()).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("link check GET answered " + response.code());
            }
            ConsumeRuns.readFully(response.body().byteStream());
        }
    }

    private static Double megabytes(long bitsPerSecond) {
        return bitsPerSecond == 0 ? null : bitsPerSecond / 8e6;
    }

    private static String capText(Object cap) {
        return cap == null ? "none" : String.format(Locale.ROOT, "%.1f", (Double) cap);
    }
}
