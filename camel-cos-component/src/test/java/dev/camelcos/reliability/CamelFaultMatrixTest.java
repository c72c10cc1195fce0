package dev.camelcos.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.Crc64;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.component.CosComponent;
import dev.camelcos.component.CosConfiguration;
import dev.camelcos.component.CosConstants;

import static dev.camelcos.reliability.FaultBench.BUCKET;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault matrix at the level users see it: the upload (multipart), download and consumer operations of routes
 * whose component talks to the emulator through {@link FaultProxy}. Every case ends in one of two outcomes, a
 * success with the right bytes or a failed exchange whose exception names the cause, and always: nothing in the
 * bucket differs from what was sent, a failed (non-resumable) multipart upload leaves no unfinished upload, a failed
 * download leaves no file under the target name, and a consumer never deletes an object whose exchange failed. The
 * outcome of each case is written to {@code target/reliability-camel-matrix.md} for docs/reliability.md.
 */
class CamelFaultMatrixTest extends CamelTestSupport {

    private static final int MIB = 1024 * 1024;
    private static final String PARTS = "&multipartThreshold=" + MIB + "&partSize=" + MIB;
    private static final Map<String, String> OUTCOMES = new ConcurrentSkipListMap<>();
    private static final AtomicInteger CASES = new AtomicInteger();
    private static FaultBench bench;

    private final Random random = new Random(5);

    enum Persistence { ONCE, ALWAYS }

    /** A Camel-level operation, and which of its requests the fault hits: the ones that carry the data. */
    enum Op {
        UPLOAD(MessageHead::isUploadPart, true, false),
        DOWNLOAD(head -> head.method().equals("GET"), false, true),
        CONSUMER_POLL(head -> head.method().equals("GET") && !head.target().contains("?"), false, true);

        final Predicate<MessageHead> target;
        final boolean sendsBody;
        final boolean answersBody;

        Op(Predicate<MessageHead> target, boolean sendsBody, boolean answersBody) {
            this.target = target;
            this.sendsBody = sendsBody;
            this.answersBody = answersBody;
        }
    }

    @BeforeAll
    static void startBench() throws IOException {
        bench = new FaultBench();
    }

    @AfterAll
    static void stopBench() throws IOException {
        bench.close();
        String table = OUTCOMES.entrySet().stream().map(e -> "| " + e.getKey() + " | " + e.getValue() + " |")
                .collect(Collectors.joining("\n", "| operation | fault | persistence | outcome |\n"
                        + "| --- | --- | --- | --- |\n", "\n"));
        Path target = Path.of("target", "reliability-camel-matrix.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, table);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        CosConfiguration defaults = context.getComponent("cos", CosComponent.class).getConfiguration();
        defaults.setRegion(bench.emulator().region());
        defaults.setEndpoint(bench.proxy().endpoint());
        defaults.setSecretId(FaultBench.SECRET_ID);
        defaults.setSecretKey(FaultBench.SECRET_KEY);
        defaults.setMaxRetries(2);
        defaults.setReadTimeout(400);
        defaults.setWriteTimeout(2000);
        return context;
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Fault fault : Fault.values()) {
            for (Op op : Op.values()) {
                boolean applies = switch (fault) {
                    case NONE -> false;
                    case RESET_DURING_REQUEST_BODY, FLIP_REQUEST_BODY_BYTE -> op.sendsBody;
                    case TRUNCATE_RESPONSE_BODY, FLIP_RESPONSE_BODY_BYTE -> op.answersBody;
                    default -> true;
                };
                if (applies) {
                    for (Persistence p : Persistence.values()) {
                        cases.add(Arguments.of(op, fault, p));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {1}, {2}")
    @MethodSource("cases")
    void succeedsWithTheRightBytesOrFailsNamingTheCause(Op op, Fault fault, Persistence persistence,
            @TempDir Path dir) throws Exception {
        String prefix = "camel-" + CASES.incrementAndGet() + "/";
        byte[] data = bytes(op == Op.CONSUMER_POLL ? 64 * 1024 : 2 * MIB + MIB / 2);
        String key = prefix + "object";
        if (op != Op.UPLOAD) {
            bench.direct().putObject(new PutObjectRequest(BUCKET, key, CosRequestBody.of(data)));
        }
        bench.proxy().resetCounts();
        bench.proxy().plan(persistence == Persistence.ONCE ? FaultPlan.times(fault, 1, op.target)
                : FaultPlan.always(fault, op.target));
        Exception failure;
        try {
            failure = switch (op) {
                case UPLOAD -> upload(key, data);
                case DOWNLOAD -> download(key, data, dir.resolve("target.bin"));
                case CONSUMER_POLL -> poll(prefix, key, data, persistence);
            };
        } finally {
            bench.proxy().plan(FaultPlan.none());
        }

        assertThat(bench.proxy().injected(fault)).as("times the fault was injected").isPositive();
        if (persistence == Persistence.ALWAYS) {
            assertThat(failure).as("a fault on every attempt must fail the exchange").isNotNull();
        }
        if (failure != null) {
            assertThat(messages(failure)).as("the failure names its cause").matches(causePattern(fault));
        }
        boolean consumedLater = op == Op.CONSUMER_POLL && persistence == Persistence.ONCE;
        OUTCOMES.put(op + " | " + fault + " | " + persistence, failure == null ? "succeeded, right bytes"
                : consumedLater ? "one exchange failed (" + firstLine(failure) + "), object kept; the next poll"
                        + " consumed it with the right bytes" : "failed: " + firstLine(failure));

        Set<Long> sent = Set.of(Crc64.of(data));
        Set<String> present = bench.assertIntact(prefix, Map.of(key, sent));
        assertThat(bench.unfinishedUploads(prefix)).as("unfinished uploads").isEmpty();
        if (op == Op.UPLOAD) {
            assertThat(present).as("objects written").hasSize(failure == null ? 1 : 0);
        }
        if (op == Op.CONSUMER_POLL && persistence == Persistence.ALWAYS) {
            assertThat(present).as("an object whose exchange failed is never deleted").containsExactly(key);
        }
    }

    private Exception upload(String key, byte[] data) {
        return template.send("cos:" + BUCKET + "?operation=upload&keyName=" + key + PARTS,
                e -> e.getMessage().setBody(data)).getException();
    }

    private Exception download(String key, byte[] data, Path target) throws IOException {
        Exchange done = template.send("cos:" + BUCKET + "?operation=download&keyName=" + key + PARTS,
                e -> e.getMessage().setHeader(CosConstants.DOWNLOAD_PATH, target));
        if (done.getException() == null) {
            assertThat(Files.readAllBytes(target)).as("downloaded bytes").isEqualTo(data);
        } else {
            assertThat(target).as("a failed download leaves no file under the target name").doesNotExist();
        }
        return done.getException();
    }

    /**
     * A consumer that deletes after reading: with a transient fault the object is consumed (maybe after a failed
     * exchange) with the right bytes and then deleted; with a lasting one every exchange fails and the object stays.
     */
    private Exception poll(String prefix, String key, byte[] data, Persistence persistence) throws Exception {
        CountDownLatch done = new CountDownLatch(persistence == Persistence.ONCE ? 1 : 2);
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<byte[]> read = new java.util.concurrent.CopyOnWriteArrayList<>();
        String routeId = "consumer-" + prefix.replace("/", "");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // not handled: the exchange still fails, and so the consumer must keep the object
                onException(Exception.class).process(e -> {
                    failures.add(e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class));
                    if (persistence == Persistence.ALWAYS) {
                        done.countDown();
                    }
                });
                from("cos:" + BUCKET + "?prefix=" + prefix + "&deleteAfterRead=true&delay=20&initialDelay=0")
                        .routeId(routeId)
                        .process(e -> {
                            try (InputStream in = e.getMessage().getBody(InputStream.class)) {
                                read.add(in.readAllBytes());
                            }
                        })
                        .process(e -> {
                            if (persistence == Persistence.ONCE) {
                                done.countDown();
                            }
                        });
            }
        });
        try {
            assertThat(done.await(30, TimeUnit.SECONDS)).as("consumer finished").isTrue();
            context.getRouteController().stopRoute(routeId);
        } finally {
            context.removeRoute(routeId);
        }
        if (persistence == Persistence.ONCE) {
            assertThat(read).as("content read by the successful exchange").last().isEqualTo(data);
            assertThat(bench.assertIntact(prefix, Map.of(key, Set.of(Crc64.of(data))))).as("deleted after success")
                    .isEmpty();
            bench.direct().putObject(new PutObjectRequest(BUCKET, key, CosRequestBody.of(data)));
        }
        return failures.isEmpty() ? null : failures.get(0);
    }

    private static String causePattern(Fault fault) {
        return switch (fault) {
            case RESET_AT_CONNECT, RESET_DURING_REQUEST_BODY, RESET_DURING_RESPONSE ->
                    "(?is).*(connection reset|end of stream|broken pipe|socket closed|closed).*";
            case STALL -> "(?is).*time(d )?out.*";
            case TRUNCATE_RESPONSE_BODY -> "(?is).*(end of stream|ended|closed|truncat|CRC64|integrity).*";
            case FLIP_RESPONSE_BODY_BYTE -> "(?is).*(integrity|CRC64).*";
            case FLIP_REQUEST_BODY_BYTE -> "(?is).*400 BadDigest.*";
            case SLOW_DOWN_503 -> "(?is).*503 SlowDown.*";
            case INTERNAL_ERROR_500 -> "(?is).*500 InternalError.*";
            case NONE -> throw new IllegalArgumentException("no fault");
        };
    }

    /** Every message of the exception and its causes: a wrapper may name the operation, its cause the fault. */
    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            all.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    /** For the table: the exception the route sees and, when it wraps another, the root cause's message. */
    private static String firstLine(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = (root == failure ? "" : failure.getClass().getSimpleName() + " caused by ")
                + root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.replace("|", "\\|").replaceAll(" ?\\[request id [^]]*]", "")
                .replaceAll("camel-\\d+/", "").replaceAll("/tmp/[^ ]*target.bin", "<target>").replace('\n', ' ');
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
