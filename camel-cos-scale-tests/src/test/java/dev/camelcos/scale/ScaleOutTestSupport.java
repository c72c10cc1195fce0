package dev.camelcos.scale;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.model.ListObjectsRequest;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.emulator.CosEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An emulator in the test's JVM with one bucket, consumer nodes in processes of their own, and what they processed.
 */
abstract class ScaleOutTestSupport {

    static final String BUCKET = "scalebucket-1250000000";
    static final String SECRET_ID = "AKIDscaleout";
    static final String SECRET_KEY = "scale-out-secret";
    /**
     * Objects per test, each a few bytes. The 2,000 took 25 to 70 s per test on the shared two-core build
     * machine (under a load of 15 to 20); 300 show the same (every node gets about a hundred, a kill lands mid-batch)
     * and keep the module's five tests to about a minute and a half there.
     */
    static final int OBJECTS = 300;
    /** Claims lapse at most one and a half leases after their node died. */
    static final long LEASE_MILLIS = 2000;
    /** The most objects a node takes in one poll, and so the most it holds when it is killed. */
    static final int BATCH = 25;
    /** Each node deletes what it processed, so an empty bucket means that every object was processed. */
    static final String OPTIONS = "&deleteAfterRead=true&maxMessagesPerPoll=" + BATCH;
    static final Duration START = Duration.ofSeconds(60);
    static final Duration FINISH = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    CosEmulator emu;
    CosClient client;
    final List<NodeProcess> nodes = new ArrayList<>();

    @BeforeEach
    void startEmulator() {
        emu = CosEmulator.builder().credentials(SECRET_ID, SECRET_KEY).bucket(BUCKET).start();
        client = new CosClient(CosClientConfig.builder().endpoint(emu.endpoint()).region(emu.region())
                .credentialsProvider(StaticCredentialsProvider.of(SECRET_ID, SECRET_KEY, null)).build());
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (NodeProcess node : nodes) {
            node.close();
        }
        client.close();
        emu.close();
    }

    /** Settings of node {@code index} on PostgreSQL, with the lease, the batch and {@code workMillis} per object. */
    NodeSettings postgresNode(int index, String jdbcUrl, long workMillis) {
        return new NodeSettings(emu.endpoint(), BUCKET, SECRET_ID, SECRET_KEY, "postgres", jdbcUrl, 0, List.of(), null,
                LEASE_MILLIS, null, 0, workMillis, 0, OPTIONS, output(index));
    }

    /** Settings of node {@code index}, a member of a Hazelcast cluster on loopback, the ports of all in {@code ports}. */
    NodeSettings hazelcastNode(int index, List<Integer> ports, String cluster, long workMillis) {
        return new NodeSettings(emu.endpoint(), BUCKET, SECRET_ID, SECRET_KEY, "hazelcast", null, ports.get(index),
                ports, cluster, LEASE_MILLIS, null, 0, workMillis, 0, OPTIONS, output(index));
    }

    /** Settings of node {@code index} run by the master component: only the holder of the lock consumes. */
    NodeSettings singleActiveNode(int index, long failoverMillis, long workMillis) {
        return new NodeSettings(emu.endpoint(), BUCKET, SECRET_ID, SECRET_KEY, "memory", null, 0, List.of(), null, 0,
                dir.resolve("leader-lock").toString(), failoverMillis, workMillis, 0, OPTIONS,
                output(index));
    }

    private Path output(int index) {
        return dir.resolve("node-" + index);
    }

    /** Starts {@code count} nodes at once and waits until all run. */
    void startNodes(int count, IntFunction<NodeSettings> settings) throws Exception {
        for (int i = 0; i < count; i++) {
            nodes.add(NodeProcess.start(settings.apply(i)));
        }
        for (NodeProcess node : nodes) {
            node.awaitReady(START);
        }
    }

    /** Writes the test's objects, several at a time, and answers their keys. */
    List<String> putObjects() throws Exception {
        List<String> keys = IntStream.range(0, OBJECTS).mapToObj(i -> String.format("incoming/%05d.csv", i)).toList();
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> puts = new ArrayList<>();
            for (String key : keys) {
                puts.add(writers.submit(() -> client.putObject(new PutObjectRequest(BUCKET, key,
                        CosRequestBody.of(key.getBytes(StandardCharsets.UTF_8))))));
            }
            for (Future<?> put : puts) {
                put.get();
            }
        } finally {
            writers.shutdown();
        }
        return keys;
    }

    /** Waits until the nodes processed and deleted every object. */
    void awaitBucketEmpty() {
        await().atMost(FINISH).pollInterval(Duration.ofMillis(200)).until(() -> remaining() == 0);
    }

    int remaining() {
        return client.listObjects(new ListObjectsRequest(BUCKET).setMaxKeys(1000)).getContents().size();
    }

    /** Waits until {@code node} processed at least {@code count} objects. */
    void awaitProcessed(NodeProcess node, int count) {
        await().atMost(FINISH).pollInterval(Duration.ofMillis(20)).until(() -> node.processed().size() >= count);
    }

    /** Every processed key of every node, with how often it was processed. */
    Map<String, Integer> timesProcessed() throws IOException {
        Map<String, Integer> times = new HashMap<>();
        for (NodeProcess node : nodes) {
            node.processed().forEach(key -> times.merge(key, 1, Integer::sum));
        }
        return times;
    }

    long gets() {
        return emu.requests().stream().filter(r -> r.method().equals("GET") && r.key() != null).count();
    }

    /** Each object processed exactly once, by nodes that shared the work about evenly, with one GET each. */
    void assertExactlyOnceAndShared(Collection<String> written) throws IOException {
        Map<String, Integer> times = timesProcessed();
        assertThat(times.keySet()).containsExactlyInAnyOrderElementsOf(written);
        assertThat(times.values()).as("times each object was processed").containsOnly(1);
        for (NodeProcess node : nodes) {
            assertThat(node.processed().size()).as("objects of one of %d nodes", nodes.size())
                    .isBetween(OBJECTS / nodes.size() * 2 / 3, OBJECTS / nodes.size() * 4 / 3);
        }
        assertThat(gets()).as("GET Object requests").isEqualTo(OBJECTS);
    }

    /** Starts three nodes, writes the objects and waits until they processed every one between them. */
    void threeNodesProcessEveryObjectExactlyOnce(IntFunction<NodeSettings> settings) throws Exception {
        startNodes(3, settings);
        List<String> written = putObjects();
        awaitBucketEmpty();

        assertExactlyOnceAndShared(written);
    }

    /**
     * Starts three nodes, kills one with {@code kill -9} once it processed a batch and more, and checks: every object
     * processed at least once; the objects processed twice are among those the killed node had processed, and no more
     * than it held.
     */
    void aNodeKilledMidBatchLeavesNothingUnprocessed(IntFunction<NodeSettings> settings) throws Exception {
        startNodes(3, settings);
        List<String> written = putObjects();
        NodeProcess victim = nodes.get(1);
        awaitProcessed(victim, BATCH + 5);
        victim.kill();
        List<String> victimProcessed = victim.processed();
        awaitBucketEmpty();

        assertAtLeastOnceAfterKill(written, victim, victimProcessed);
    }

    /** Every object processed at least once, the duplicates among what the killed node processed, at most a batch. */
    void assertAtLeastOnceAfterKill(Collection<String> written, NodeProcess killed, List<String> killedProcessed)
            throws IOException {
        Map<String, Integer> times = timesProcessed();
        assertThat(times.keySet()).containsExactlyInAnyOrderElementsOf(written);
        List<String> duplicates = times.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertThat(duplicates).as("processed twice").hasSizeLessThanOrEqualTo(BATCH)
                .isSubsetOf(killedProcessed);
        assertThat(times.values()).as("times each object was processed").allMatch(t -> t <= 2);
        assertThat(killed.isAlive()).isFalse();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
