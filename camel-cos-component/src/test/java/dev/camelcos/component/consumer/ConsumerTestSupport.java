package dev.camelcos.component.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.ObjectWriteOptions;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.client.model.StorageClass;
import dev.camelcos.emulator.CosEmulator;
import dev.camelcos.emulator.RecordedRequest;

import static org.awaitility.Awaitility.await;

/**
 * An emulator with two buckets, a client to arrange objects in it, and Camel contexts running consumer routes, all
 * closed after each test.
 */
abstract class ConsumerTestSupport {

    static final String BUCKET = "examplebucket-1250000000";
    static final String OTHER_BUCKET = "archivebucket-1250000000";
    static final String SECRET_ID = "AKIDconsumertest";
    static final String SECRET_KEY = "consumer-test-secret";
    static final Duration RESTORE_DELAY = Duration.ofMinutes(10);
    static final Duration WAIT = Duration.ofSeconds(20);

    final MovableClock clock = new MovableClock();
    CosEmulator emu;
    CosClient client;
    private final List<CamelContext> contexts = new ArrayList<>();

    @BeforeEach
    void startEmulator() {
        emu = CosEmulator.builder().credentials(SECRET_ID, SECRET_KEY).bucket(BUCKET).bucket(OTHER_BUCKET)
                .clock(clock).restoreDelay(RESTORE_DELAY).start();
        client = new CosClient(CosClientConfig.builder().endpoint(emu.endpoint()).region(emu.region())
                .credentialsProvider(StaticCredentialsProvider.of(SECRET_ID, SECRET_KEY, null)).build());
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (CamelContext context : contexts) {
            context.close();
        }
        client.close();
        emu.close();
    }

    /** A consumer endpoint on the emulator's bucket, polling every 20 ms, with {@code options} appended. */
    String uri(String options) {
        return "cos:" + BUCKET + "?endpoint=" + emu.endpoint() + "&secretId=" + SECRET_ID + "&secretKey=" + SECRET_KEY
               + "&initialDelay=0&delay=20" + (options.isEmpty() ? "" : "&" + options);
    }

    /** Starts a new context with {@code beans} bound and the routes of {@code routes}. */
    CamelContext start(Map<String, Object> beans, RouteBuilder routes) throws Exception {
        CamelContext context = new DefaultCamelContext();
        contexts.add(context);
        beans.forEach(context.getRegistry()::bind);
        context.addRoutes(routes);
        context.start();
        return context;
    }

    CamelContext start(RouteBuilder routes) throws Exception {
        return start(Map.of(), routes);
    }

    /** Uploads each key with its own name as content, several at a time. */
    void putAll(List<String> keys) throws Exception {
        ExecutorService uploaders = Executors.newFixedThreadPool(8);
        try {
            for (Future<String> upload : uploaders.invokeAll(keys.stream().<Callable<String>>map(key -> () -> put(key, key))
                    .toList())) {
                upload.get();
            }
        } finally {
            uploaders.shutdown();
        }
    }

    String put(String key, String content) {
        return put(BUCKET, key, content, new ObjectMetadata(), new ObjectWriteOptions());
    }

    String putArchived(String key, String content) {
        return put(BUCKET, key, content, new ObjectMetadata(),
                new ObjectWriteOptions().setStorageClass(StorageClass.ARCHIVE));
    }

    /** Uploads and answers the ETag. */
    String put(String bucket, String key, String content, ObjectMetadata metadata, ObjectWriteOptions options) {
        PutObjectRequest put = new PutObjectRequest(bucket, key, CosRequestBody.of(content.getBytes(StandardCharsets.UTF_8)))
                .setMetadata(metadata).setOptions(options);
        return client.putObject(put).getETag();
    }

    String read(String bucket, String key) throws Exception {
        try (var object = client.getObject(new GetObjectRequest(bucket, key))) {
            return new String(object.getContent().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    boolean exists(String bucket, String key) {
        try {
            client.headObject(new GetObjectRequest(bucket, key));
            return true;
        } catch (CosServiceException e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** The requests the emulator received for object {@code key} (GET, HEAD, POST, DELETE, copy...). */
    List<RecordedRequest> requestsFor(String key) {
        return emu.requests().stream().filter(r -> key.equals(r.key())).toList();
    }

    /** The list requests (GET Bucket) the emulator received. */
    List<RecordedRequest> listRequests() {
        return emu.requests().stream().filter(r -> r.method().equals("GET") && r.key() == null).toList();
    }

    /**
     * A poll strategy that records, for each poll, how many exchanges it created and how many list requests the
     * emulator had received by its end. Polls of one consumer run one after another on its scheduler thread, so the
     * figures of poll n are exact.
     */
    final class PollRecorder implements PollingConsumerPollStrategy {
        final List<Integer> messages = new CopyOnWriteArrayList<>();
        final List<Integer> listRequestsSoFar = new CopyOnWriteArrayList<>();

        @Override
        public boolean begin(Consumer consumer, Endpoint endpoint) {
            return true;
        }

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            listRequestsSoFar.add(listRequests().size());
            messages.add(polledMessages);
        }

        @Override
        public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
            return false;
        }

        int polls() {
            return messages.size();
        }

        /** Waits until {@code more} polls have completed after this call. */
        void awaitMorePolls(int more) {
            int target = polls() + more;
            await().atMost(WAIT).until(() -> polls() >= target);
        }
    }

    /** A clock for the emulator that tests move forward instead of waiting. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void advance(Duration by) {
            offset.updateAndGet(current -> current.plus(by));
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the emulator needs no other zone");
        }
    }
}
