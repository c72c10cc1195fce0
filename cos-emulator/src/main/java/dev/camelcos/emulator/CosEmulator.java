package dev.camelcos.emulator;

import com.sun.net.httpserver.HttpServer;
import dev.camelcos.emulator.auth.Credential;
import dev.camelcos.emulator.auth.SignatureVerifier;
import dev.camelcos.emulator.handlers.BucketHandler;
import dev.camelcos.emulator.handlers.HandlerContext;
import dev.camelcos.emulator.http.EmulatorRequest;
import dev.camelcos.emulator.http.Router;
import dev.camelcos.emulator.store.DataDirectory;
import dev.camelcos.emulator.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** A local COS-compatible server for tests and development. */
public final class CosEmulator implements AutoCloseable {

    /** How many of the most recent requests {@link #requests()} keeps unless the builder says otherwise. */
    public static final int DEFAULT_REQUEST_LOG_LIMIT = 100_000;

    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Store store;
    private final String region;
    private final Credential primary;
    private final Path dataDir;
    private final boolean ownsDataDir;
    private final RequestLog requests;

    private CosEmulator(Builder b) throws IOException {
        this.region = b.region;
        this.requests = new RequestLog(b.requestLogLimit);
        this.ownsDataDir = b.dataDir == null;
        this.dataDir = ownsDataDir ? Files.createTempDirectory("cos-emulator") : Files.createDirectories(b.dataDir);
        List<Credential> credentials = new ArrayList<>(b.credentials);
        if (credentials.isEmpty()) {
            credentials.add(Credential.permanent("AKIDemulator", "emulator-secret-key"));
        }
        this.primary = credentials.get(0);
        this.store = new Store(dataDir, b.clock);
        for (String bucket : b.buckets) {
            if (!store.bucketExists(bucket)) {
                store.createBucket(bucket);
            }
        }
        HandlerContext ctx = new HandlerContext(store, b.clock, region, b.restoreDelay);
        Router router = new Router(ctx, new SignatureVerifier(credentials, b.clock), this::record);
        this.executor = Executors.newFixedThreadPool(32, r -> {
            Thread t = new Thread(r, "cos-emulator");
            t.setDaemon(true);
            return t;
        });
        // The JDK server leaves Nagle's algorithm on, which delays every answer with a body by ~40 ms; its
        // configuration is read once, when the first server is created, so this must come before create().
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        this.server = HttpServer.create(new InetSocketAddress(b.host, b.port), 128);
        server.createContext("/", router);
        server.setExecutor(executor);
        server.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    private void record(EmulatorRequest r) {
        if (!requests.isRecording()) {
            return;
        }
        Map<String, String> query = new LinkedHashMap<>();
        r.query().forEach(e -> query.putIfAbsent(e.getKey(), e.getValue()));
        requests.add(new RecordedRequest(r.method(), r.bucket(), r.key(), Collections.unmodifiableMap(query)));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String endpoint() {
        return "http://" + server.getAddress().getHostString() + ":" + port();
    }

    public String region() {
        return region;
    }

    public String secretId() {
        return primary.secretId();
    }

    public String secretKey() {
        return primary.secretKey();
    }

    public Set<String> buckets() {
        return store.buckets().stream().map(Store.BucketInfo::name).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The most recent requests received (up to the builder's {@code requestLogLimit}), oldest first. */
    public List<RecordedRequest> requests() {
        return requests.snapshot();
    }

    public void clearRequests() {
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
            if (ownsDataDir) {
                DataDirectory.deleteTree(dataDir);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String region = "ap-guangzhou";
        private final List<Credential> credentials = new ArrayList<>();
        private final Set<String> buckets = new LinkedHashSet<>();
        private Path dataDir;
        private Clock clock = Clock.systemUTC();
        private Duration restoreDelay = Duration.ZERO;
        private int requestLogLimit = DEFAULT_REQUEST_LOG_LIMIT;

        private Builder() {
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder credentials(String secretId, String secretKey) {
            credentials.add(Credential.permanent(secretId, secretKey));
            return this;
        }

        public Builder sessionCredentials(String secretId, String secretKey, String sessionToken, Instant expiresAt) {
            credentials.add(new Credential(secretId, secretKey, sessionToken, expiresAt));
            return this;
        }

        public Builder bucket(String name) {
            if (!BucketHandler.BUCKET_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Bucket names look like name-1250000000 ([a-z0-9-], ending in -APPID): " + name);
            }
            buckets.add(name);
            return this;
        }

        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder restoreDelay(Duration d) {
            this.restoreDelay = d;
            return this;
        }

        /**
         * How many of the most recent requests {@link CosEmulator#requests()} keeps (default
         * {@value CosEmulator#DEFAULT_REQUEST_LOG_LIMIT}); 0 records none, for long runs that never look at them.
         */
        public Builder requestLogLimit(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("requestLogLimit " + limit + " must be 0 (record nothing) or more");
            }
            this.requestLogLimit = limit;
            return this;
        }

        public CosEmulator start() {
            try {
                return new CosEmulator(this);
            } catch (java.net.BindException e) {
                throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                        + " (another process holds the port, or the address is not one of this machine's)", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
