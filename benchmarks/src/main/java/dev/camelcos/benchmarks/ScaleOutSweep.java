package dev.camelcos.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.emulator.CosEmulator;
import dev.camelcos.scale.NodeProcess;
import dev.camelcos.scale.NodeSettings;
import dev.camelcos.scale.SharedDatabase;

/**
 * How the consumer grows with nodes (issue 16): 1, 2, 4 node processes ({@code dev.camelcos.scale.ScaleNode},
 * started from this jar) on one bucket, sharing Camel's JDBC repository on an embedded PostgreSQL with leased claims,
 * reach the emulator through a {@link ShapingProxy} of the {@code wan} profile. Each run starts new nodes on an empty
 * table, so every object is new again; the nodes start polling together at an agreed time, from which the run is
 * measured until every object was processed. The emulator's request log counts the GETs and LISTs the nodes sent.
 */
final class ScaleOutSweep {

    static final NetworkProfile PROFILE = NetworkProfile.WAN;
    /** Issue 16's targets: the speed-up over one node at 2 and 4 nodes, and GETs within 5 % of the objects. */
    static final Map<Integer, Double> SPEEDUP_TARGETS = Map.of(2, 1.8, 4, 3.2);
    static final double GET_TOLERANCE = 0.05;
    private static final String BUCKET = "scaleout-1250000000";
    private static final String SECRET_ID = "AKIDscaleoutbenchmark";
    private static final String SECRET_KEY = "scale-out-benchmark-secret";
    /** Long enough for no claim to lapse while its node lives, whatever the load. */
    private static final long LEASE_MILLIS = 10_000;
    /** Time for the node JVMs to start (several at once on two cores) before they poll together. */
    private static final Duration START = Duration.ofSeconds(40);

    private final Settings settings;
    private final Path work;

    ScaleOutSweep(Settings settings, Path work) {
        this.settings = settings;
        this.work = work;
    }

    List<Map<String, Object>> run(int objects, int... nodeCounts) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (SharedDatabase database = SharedDatabase.start();
             CosEmulator emulator = CosEmulator.builder().credentials(SECRET_ID, SECRET_KEY).bucket(BUCKET)
                     .requestLogLimit(10 * objects).start();
             ShapingProxy proxy = ShapingProxy.start(emulator.port(), PROFILE);
             CosClient setup = new CosClient(CosClientConfig.builder().endpoint(emulator.endpoint())
                     .region(emulator.region()).credentialsProvider(StaticCredentialsProvider.of(SECRET_ID, SECRET_KEY,
                             null)).build())) {
            byte[] content = Scenarios.randomBytes(settings.consumeBytes());
            Measure.opsPerSecond(settings.callers(), objects, i -> setup.putObject(
                    new PutObjectRequest(BUCKET, "object-" + i, CosRequestBody.of(content))));
            double oneNode = 0;
            for (int nodes : nodeCounts) {
                database.clear();
                emulator.clearRequests();
                Map<String, Object> row = runNodes(nodes, objects, database.jdbcUrl(), proxy.port(), emulator);
                double rate = (double) row.get("objects_s");
                oneNode = nodes == 1 ? rate : oneNode;
                Double speedup = oneNode > 0 ? rate / oneNode : null;
                row.put("speedup", speedup);
                row.put("speedup_target", SPEEDUP_TARGETS.get(nodes));
                row.put("target_met", verdict(row, speedup, objects));
                rows.add(row);
                System.out.printf(Locale.ROOT, "  scale-out %d node(s): %7.1f objects/s  %s%n", nodes, rate, row);
            }
        }
        return rows;
    }

    /** Met when the GETs stay within 5 % of the objects and the speed-up, where it has a target, reaches it. */
    private static String verdict(Map<String, Object> row, Double speedup, int objects) {
        Double target = SPEEDUP_TARGETS.get((Integer) row.get("nodes"));
        boolean getsMet = Math.abs((long) row.get("gets") - objects) <= GET_TOLERANCE * objects;
        if (target != null && speedup == null) {
            return "-";
        }
        return getsMet && (target == null || speedup >= target) ? "met" : "missed";
    }

    private Map<String, Object> runNodes(int count, int objects, String jdbcUrl, int proxyPort, CosEmulator emulator)
            throws Exception {
        Path dir = Files.createDirectories(work.resolve("scale-out-" + count));
        long startAt = System.currentTimeMillis() + START.toMillis();
        List<NodeProcess> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                nodes.add(NodeProcess.start(new NodeSettings("http://127.0.0.1:" + proxyPort, BUCKET, SECRET_ID,
                        SECRET_KEY, "postgres", jdbcUrl, 0, List.of(), null, LEASE_MILLIS, null, 0, 0, startAt,
                        "&maxMessagesPerPoll=100", dir.resolve("node-" + i))));
            }
            for (NodeProcess node : nodes) {
                node.awaitReady(START);
            }
            if (System.currentTimeMillis() > startAt) {
                throw new IllegalStateException("the nodes took longer than " + START + " to start");
            }
            Map<String, Integer> times = awaitAll(nodes, objects);
            double seconds = (System.currentTimeMillis() - startAt) / 1000.0;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("nodes", count);
            row.put("claim_lease_ms", LEASE_MILLIS);
            row.put("objects", objects);
            row.put("objects_s", objects / seconds);
            row.put("limit_objects_s", PROFILE.requestsLimit(count * readAhead()));
            row.put("seconds", seconds);
            row.put("gets", requests(emulator, true));
            row.put("lists", requests(emulator, false));
            row.put("processed_twice", times.values().stream().filter(t -> t > 1).count());
            row.put("objects_per_node", nodes.stream().map(node -> node.processed().size()).toList());
            return row;
        } finally {
            for (NodeProcess node : nodes) {
                node.close();
            }
        }
    }

    /** GETs each node keeps in flight: the consumer's default readAhead. */
    private static int readAhead() {
        return new dev.camelcos.component.CosConfiguration().getReadAhead();
    }

    /** Waits until the nodes processed every object between them; answers how often each was processed. */
    private static Map<String, Integer> awaitAll(List<NodeProcess> nodes, int objects) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (true) {
            Map<String, Integer> times = new HashMap<>();
            for (NodeProcess node : nodes) {
                node.processed().forEach(key -> times.merge(key, 1, Integer::sum));
            }
            if (times.size() >= objects) {
                return times;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the nodes processed " + times.size() + " of " + objects
                        + " objects in 10 minutes");
            }
            Thread.sleep(20);
        }
    }

    /** GET Object requests ({@code objectGets}) or GET Bucket (list) requests the emulator received. */
    private static long requests(CosEmulator emulator, boolean objectGets) {
        return emulator.requests().stream().filter(r -> r.method().equals("GET") && r.bucket() != null)
                .filter(r -> (r.key() != null) == objectGets).count();
    }
}
