package dev.camelcos.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.Crc64;
import dev.camelcos.client.model.ListObjectsRequest;
import dev.camelcos.client.model.ObjectSummary;
import dev.camelcos.component.CosComponent;
import dev.camelcos.component.CosConfiguration;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;

import static dev.camelcos.reliability.FaultBench.BUCKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A bounded soak: 16 routes at once, each doing a seeded mix of puts, multipart uploads, gets, heads, copies,
 * deletes and listings on keys of its own, against the emulator through {@link FaultProxy} with a fault on about
 * 5% of exchanges. Then: every acknowledged write reads back with the same CRC64 (no object lost, none corrupted),
 * every failure an exchange carried was also reported to its route, and once the Camel context has stopped the
 * client's connections, the threads and the process's open files are back to their level before the run.
 * <p>
 * Scale: {@code -Dreliability.soak.operations=N} operations in all (default 3200, 200 per route, about half a minute
 * on two cores; the issue's full 32,000 is {@code -Dreliability.soak.operations=32000}). The figures of each run go
 * to {@code target/reliability-counts.json}.
 */
class SoakTest {

    private static final int ROUTES = 16;
    private static final int TOTAL = Integer.getInteger("reliability.soak.operations", 3200);
    private static final double FAULT_RATE = 0.05;
    /** The faults drawn from, all by default; {@code -Dreliability.soak.faults=STALL,SLOW_DOWN_503} narrows them. */
    private static final List<Fault> FAULTS = Stream.of(System.getProperty("reliability.soak.faults",
            Stream.of(Fault.values()).filter(f -> f != Fault.NONE).map(Fault::name).collect(Collectors.joining(","))
            ).split(",")).map(String::trim).map(Fault::valueOf).toList();
    private static final int KEYS_PER_ROUTE = 6;
    private static final int MIB = 1024 * 1024;
    private static final String PREFIX = "soak/";

    enum Op { PUT, UPLOAD, GET, HEAD, COPY, DELETE, LIST }

    /** What one key may hold: the contents (CRC64) it may have, and whether it must exist at all. */
    private static final class Expected {
        final Set<Long> crcs = new HashSet<>();
        boolean mustExist;
    }

    private final Map<String, AtomicLong> reportedToRoute = new ConcurrentHashMap<>();
    private final Map<Op, AtomicLong> operations = new EnumMap<>(Op.class);
    private final AtomicLong failedExchanges = new AtomicLong();
    private final AtomicLong corruptedReads = new AtomicLong();
    /** Writes whose failure says COS stored other bytes than were sent (then deleted or overwritten). */
    private final AtomicLong corruptedStored = new AtomicLong();

    @Test
    void sixteenRoutesThroughFaultsLoseNothingCorruptNothingAndReleaseEverything() throws Exception {
        for (Op op : Op.values()) {
            operations.put(op, new AtomicLong());
        }
        try (FaultBench bench = new FaultBench()) {
            bench.direct().headBucket(BUCKET);
            Resources before = Resources.now(bench.proxy());
            long started = System.nanoTime();

            CamelContext context = camel(bench);
            context.start();
            List<Map<String, Expected>> states = new ArrayList<>();
            bench.proxy().plan(FaultPlan.random(42, FAULT_RATE, FAULTS));
            ExecutorService drivers = Executors.newFixedThreadPool(ROUTES);
            try (ProducerTemplate template = context.createProducerTemplate()) {
                List<Future<Map<String, Expected>>> runs = new ArrayList<>();
                for (int r = 0; r < ROUTES; r++) {
                    int route = r;
                    runs.add(drivers.submit(() -> drive(template, route)));
                }
                for (Future<Map<String, Expected>> run : runs) {
                    states.add(run.get(5, TimeUnit.MINUTES));
                }
            } finally {
                bench.proxy().plan(FaultPlan.none());
                drivers.shutdownNow();
            }
            context.stop();

            Map<String, Expected> expected = new HashMap<>();
            states.forEach(expected::putAll);
            long[] lostAndCorrupted = verify(bench, expected);
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            int unfinished = bench.unfinishedUploads(PREFIX).size();
            long lostInitiateAnswers = bench.proxy().injections().stream()
                    .filter(i -> isAnswerLost(i.fault()) && i.request().method().equals("POST")
                            && i.request().target().contains("?uploads"))
                    .count();
            writeCounts(bench, expected.size(), lostAndCorrupted, unfinished, lostInitiateAnswers, seconds);

            assertThat(lostAndCorrupted[0]).as("acknowledged writes lost").isZero();
            assertThat(lostAndCorrupted[1]).as("objects or reads corrupted").isZero();
            assertThat(bench.proxy().injectedTotal()).as("faults injected").isPositive();
            assertThat(corruptedStored.get()).as("writes that COS stored corrupted, even for a moment").isZero();
            // a failed multipart upload is aborted, and so is the upload an Initiate whose answer was lost began
            assertThat(unfinished).as("unfinished uploads").isZero();
            long reported = reportedToRoute.values().stream().mapToLong(AtomicLong::get).sum();
            assertThat(reported).as("failures reported to the routes").isEqualTo(failedExchanges.get());

            drivers.awaitTermination(10, TimeUnit.SECONDS);
            await("client connections, threads and open files back to their level").pollInSameThread()
                    .atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> Resources.now(bench.proxy()).assertBackTo(before));
        }
    }

    private CamelContext camel(FaultBench bench) throws Exception {
        CamelContext context = new DefaultCamelContext();
        CosConfiguration defaults = context.getComponent("cos", CosComponent.class).getConfiguration();
        defaults.setRegion(bench.emulator().region());
        defaults.setEndpoint(bench.proxy().endpoint());
        defaults.setSecretId(FaultBench.SECRET_ID);
        defaults.setSecretKey(FaultBench.SECRET_KEY);
        defaults.setMaxRetries(3);
        defaults.setReadTimeout(1000);
        defaults.setMultipartThreshold(MIB);
        defaults.setPartSize(MIB);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // not handled: the exchange still fails; this only proves the route was told
                onException(Exception.class).process(e -> reportedToRoute
                        .computeIfAbsent(e.getFromRouteId(), id -> new AtomicLong()).incrementAndGet());
                for (int r = 0; r < ROUTES; r++) {
                    from("direct:soak-" + r).routeId("soak-" + r)
                            .to("cos:" + BUCKET)
                            .filter(header(CosConstants.OPERATION).isEqualTo(CosOperation.getObject))
                            .convertBodyTo(byte[].class);
                }
            }
        });
        return context;
    }

    /** One route's run: a seeded sequence of operations on its own keys, tracking what each key may hold. */
    private Map<String, Expected> drive(ProducerTemplate template, int route) {
        Random random = new Random(1000 + route);
        Map<String, Expected> keys = new LinkedHashMap<>();
        for (int k = 0; k < KEYS_PER_ROUTE; k++) {
            keys.put(PREFIX + route + "/key-" + k, new Expected());
        }
        List<String> names = List.copyOf(keys.keySet());
        for (int i = 0; i < TOTAL / ROUTES; i++) {
            String key = names.get(random.nextInt(names.size()));
            Expected state = keys.get(key);
            Op op = pick(random);
            operations.get(op).incrementAndGet();
            switch (op) {
                case PUT, UPLOAD -> {
                    byte[] data = new byte[op == Op.PUT ? 1 + random.nextInt(64 * 1024) : MIB + random.nextInt(MIB)];
                    random.nextBytes(data);
                    long crc = Crc64.of(data);
                    Exchange done = send(template, route, op == Op.PUT ? CosOperation.putObject : CosOperation.upload,
                            key, data, Map.of());
                    if (done.getException() == null) {
                        state.crcs.clear();
                        state.mustExist = true;
                    }
                    state.crcs.add(crc);
                }
                case GET -> {
                    Exchange done = send(template, route, CosOperation.getObject, key, null, Map.of());
                    if (done.getException() == null
                            && !state.crcs.contains(Crc64.of(done.getMessage().getBody(byte[].class)))) {
                        corruptedReads.incrementAndGet();
                    }
                }
                case HEAD -> {
                    Exchange done = send(template, route, CosOperation.headObject, key, null, Map.of());
                    String crc = done.getMessage().getHeader(CosConstants.CRC64, String.class);
                    if (done.getException() == null && (crc == null || !state.crcs.contains(Crc64.parse(crc)))) {
                        corruptedReads.incrementAndGet();
                    }
                }
                case COPY -> {
                    String source = names.get(random.nextInt(names.size()));
                    Exchange done = send(template, route, CosOperation.copyObject, key, null,
                            Map.of(CosConstants.COPY_SOURCE_KEY, source));
                    Set<Long> copied = Set.copyOf(keys.get(source).crcs);
                    if (done.getException() == null) {
                        state.crcs.clear();
                        state.mustExist = true;
                    }
                    state.crcs.addAll(copied);
                }
                case DELETE -> {
                    Exchange done = send(template, route, CosOperation.deleteObject, key, null, Map.of());
                    state.mustExist = false;
                    if (done.getException() == null) {
                        state.crcs.clear();
                    }
                }
                case LIST -> send(template, route, CosOperation.listObjects, key, null,
                        Map.of(CosConstants.PREFIX, PREFIX + route + "/"));
            }
        }
        return keys;
    }

    private static Op pick(Random random) {
        int p = random.nextInt(100);
        return p < 30 ? Op.PUT : p < 34 ? Op.UPLOAD : p < 58 ? Op.GET : p < 68 ? Op.HEAD : p < 78 ? Op.COPY
                : p < 90 ? Op.DELETE : Op.LIST;
    }

    private Exchange send(ProducerTemplate template, int route, CosOperation operation, String key, Object body,
            Map<String, Object> headers) {
        Exchange done = template.send("direct:soak-" + route, exchange -> {
            exchange.getMessage().setHeaders(new HashMap<>(headers));
            exchange.getMessage().setHeader(CosConstants.OPERATION, operation);
            exchange.getMessage().setHeader(CosConstants.KEY, key);
            exchange.getMessage().setBody(body);
        });
        if (done.getException() != null) {
            failedExchanges.incrementAndGet();
            if (storedCorrupted(done.getException())) {
                corruptedStored.incrementAndGet();
            }
        }
        return done;
    }

    /** Answers {lost, corrupted}: acknowledged objects missing, and objects or reads that differ from what was sent. */
    private long[] verify(FaultBench bench, Map<String, Expected> expected) {
        long lost = 0;
        long corrupted = corruptedReads.get();
        Set<String> found = new HashSet<>();
        for (ObjectSummary summary : bench.direct().listAllObjects(new ListObjectsRequest(BUCKET).setPrefix(PREFIX))) {
            found.add(summary.getKey());
            Expected e = expected.get(summary.getKey());
            if (e == null || !e.crcs.contains(bench.readCrc(summary.getKey()))) {
                corrupted++;
            }
        }
        for (Map.Entry<String, Expected> e : expected.entrySet()) {
            if (e.getValue().mustExist && !found.contains(e.getKey())) {
                lost++;
            }
        }
        return new long[] { lost, corrupted };
    }

    /** The two integrity failures of a write: a PUT's or part's stored CRC64, an assembled object's. */
    private static boolean storedCorrupted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("the CRC64 of the bytes sent is") || message.contains("COS reports CRC64")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAnswerLost(Fault fault) {
        return fault == Fault.RESET_DURING_RESPONSE || fault == Fault.TRUNCATE_RESPONSE_BODY
                || fault == Fault.FLIP_RESPONSE_BODY_BYTE;
    }

    private void writeCounts(FaultBench bench, int keys, long[] lostAndCorrupted, int unfinished,
            long lostInitiateAnswers, long seconds)
            throws IOException {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("routes", ROUTES);
        counts.put("operations", TOTAL / ROUTES * ROUTES);
        operations.forEach((op, n) -> counts.put("operations." + op.name().toLowerCase(), n.get()));
        counts.put("exchanges", bench.proxy().exchanges());
        counts.put("faultsInjected", bench.proxy().injectedTotal());
        for (Fault fault : Fault.values()) {
            if (fault != Fault.NONE) {
                counts.put("faultsInjected." + fault.name(), bench.proxy().injected(fault));
            }
        }
        counts.put("failedExchanges", failedExchanges.get());
        counts.put("failuresReportedToRoutes", reportedToRoute.values().stream().mapToLong(AtomicLong::get).sum());
        counts.put("keysTracked", keys);
        counts.put("objectsLost", lostAndCorrupted[0]);
        counts.put("objectsCorrupted", lostAndCorrupted[1]);
        counts.put("objectsStoredCorrupted", corruptedStored.get());
        counts.put("lostInitiateAnswers", lostInitiateAnswers);
        counts.put("unfinishedUploads", unfinished);
        counts.put("seconds", seconds);
        String json = counts.entrySet().stream()
                .map(e -> "  \"" + e.getKey() + "\": " + e.getValue())
                .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
        Path target = Path.of("target", "reliability-counts.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, json);
    }

    /**
     * The client-side resources a run must give back: connections to the proxy, threads, and open files (by what
     * they are: sockets, pipes, files; jars that class loading opened for good are not the run's to give back).
     */
    private record Resources(int connections, Set<String> threads, Map<String, Long> openFiles) {

        /** Where each non-TCP socket table keeps the inode. */
        private static final Map<String, Integer> NON_TCP_TABLES = Map.of("udp", 9, "udp6", 9, "unix", 6, "netlink", 9);
        /**
         * Sockets other tests of the same JVM may open meanwhile (a resolver's UDP socket, a Docker probe's Unix
         * socket): they are named, but not counted.
         */
        private static final String NOT_THE_CLIENTS = "not TCP: ";

        /** Threads of the emulator, the proxy and OkHttp's JVM-wide task runner are the bench's, not the client's. */
        private static final Set<String> BENCH_THREADS = Set.of("cos-emulator", "fault-proxy", "OkHttp TaskRunner");

        static Resources now(FaultProxy proxy) throws IOException {
            Set<String> threads = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                    .map(t -> t.getName() + "#" + t.getId())
                    .filter(name -> BENCH_THREADS.stream().noneMatch(name::startsWith))
                    .collect(Collectors.toSet());
            return new Resources(proxy.openConnections(), threads, openFileKinds());
        }

        /** Open file descriptors by kind; empty where /proc/self/fd does not exist (not Linux). */
        private static Map<String, Long> openFileKinds() throws IOException {
            Path fds = Path.of("/proc/self/fd");
            if (!Files.isDirectory(fds)) {
                return Map.of();
            }
            try (Stream<Path> list = Files.list(fds)) {
                return list.map(Resources::kind).filter(kind -> !kind.endsWith(".jar"))
                        .collect(Collectors.groupingBy(kind -> kind, Collectors.counting()));
            }
        }

        private static String kind(Path fd) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("socket:") ? tcp(target.replaceAll("\\D", ""))
                        : target.replaceAll("\\[\\d+]", "");
            } catch (IOException closedMeanwhile) {
                return "(closed)";
            }
        }

        /**
         * A socket by its TCP state, read from /proc/net/tcp*; other sockets by their family (UDP, Unix, netlink),
         * which the COS client, speaking TCP only, never opens.
         */
        private static String tcp(String inode) throws IOException {
            for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 9 && f[9].equals(inode)) {
                        // by state, not by port: a kept connection the server closed when idle and the client
                        // opened again in the final check has new ports but is not one more
                        return "tcp state " + f[3];
                    }
                }
            }
            for (Map.Entry<String, Integer> table : NON_TCP_TABLES.entrySet()) {
                Path path = Path.of("/proc/self/net", table.getKey());
                if (Files.isReadable(path)) {
                    for (String line : Files.readAllLines(path)) {
                        String[] f = line.trim().split("\\s+");
                        if (f.length > table.getValue() && f[table.getValue()].equals(inode)) {
                            return NOT_THE_CLIENTS + table.getKey().replace("6", "");
                        }
                    }
                }
            }
            return "socket";
        }

        void assertBackTo(Resources before) {
            assertThat(connections).as("client connections open").isLessThanOrEqualTo(before.connections);
            Set<String> added = new HashSet<>(threads);
            added.removeAll(before.threads);
            assertThat(added).as("threads started by the run and still alive").isEmpty();
            Map<String, Long> moreFiles = new HashMap<>();
            openFiles.forEach((kind, n) -> {
                long more = n - before.openFiles.getOrDefault(kind, 0L);
                if (more > 0 && !kind.equals("(closed)") && !kind.startsWith(NOT_THE_CLIENTS)) {
                    moreFiles.put(kind, more);
                }
            });
            assertThat(moreFiles).as("open files (by kind) more than before the run").isEmpty();
        }
    }
}
