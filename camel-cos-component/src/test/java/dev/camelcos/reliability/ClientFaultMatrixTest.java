package dev.camelcos.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Stream;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.Crc64;
import dev.camelcos.client.model.CopySource;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ListObjectsRequest;
import dev.camelcos.client.model.MultipartUploadSummary;
import dev.camelcos.client.model.ObjectSummary;
import dev.camelcos.client.model.PartETag;
import dev.camelcos.client.model.PutObjectRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.camelcos.reliability.FaultBench.BUCKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every fault of {@link FaultProxy} against every kind of client operation, once (a transient fault) and always (a
 * fault that outlasts the retries). Each case ends in one of two outcomes, and which one is asserted: the operation
 * retried and succeeded with the right bytes, or it failed with an exception whose message names the cause. And in
 * every case the bucket holds nothing that differs from what was sent, and an upload the test aborts after a failure
 * leaves no unfinished upload behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientFaultMatrixTest {

    private static final Duration READ_TIMEOUT = Duration.ofMillis(400);
    private static final int RETRIES = 2;
    private static final int MIB = 1024 * 1024;

    enum Persistence { ONCE, ALWAYS }

    /** A kind of operation, and which of its requests the fault hits. */
    enum Op {
        SMALL_PUT(head -> head.method().equals("PUT"), true, false),
        MULTIPART_INITIATE(head -> head.method().equals("POST") && head.target().contains("?uploads"), false, true),
        MULTIPART_PART(MessageHead::isUploadPart, true, false),
        MULTIPART_COMPLETE(head -> head.method().equals("POST") && head.target().contains("uploadId="), true, true),
        GET(head -> head.method().equals("GET"), false, true),
        COPY(head -> head.header("x-cos-copy-source") != null, false, true),
        DELETE(head -> head.method().equals("DELETE"), false, false),
        LIST(head -> head.method().equals("GET"), false, true);

        final Predicate<MessageHead> target;
        final boolean sendsBody;
        final boolean answersBody;

        Op(Predicate<MessageHead> target, boolean sendsBody, boolean answersBody) {
            this.target = target;
            this.sendsBody = sendsBody;
            this.answersBody = answersBody;
        }

        boolean isMultipart() {
            return name().startsWith("MULTIPART");
        }
    }

    private final Random random = new Random(7);
    private final AtomicInteger caseNumber = new AtomicInteger();
    private FaultBench bench;
    private CosClient client;

    @BeforeAll
    void start() throws IOException {
        bench = new FaultBench();
        client = new CosClient(bench.throughProxy(READ_TIMEOUT, RETRIES).build());
    }

    @AfterAll
    void stop() {
        client.close();
        bench.close();
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Fault fault : Fault.values()) {
            for (Op op : Op.values()) {
                if (fault != Fault.NONE && applies(fault, op)) {
                    for (Persistence p : Persistence.values()) {
                        cases.add(Arguments.of(fault, op, p));
                    }
                }
            }
        }
        return cases.stream();
    }

    /** A body fault needs a body to act on. */
    private static boolean applies(Fault fault, Op op) {
        return switch (fault) {
            case RESET_DURING_REQUEST_BODY, FLIP_REQUEST_BODY_BYTE -> op.sendsBody;
            case TRUNCATE_RESPONSE_BODY, FLIP_RESPONSE_BODY_BYTE -> op.answersBody;
            default -> true;
        };
    }

    private static boolean answerLost(Fault fault) {
        return fault == Fault.RESET_DURING_RESPONSE || fault == Fault.TRUNCATE_RESPONSE_BODY
                || fault == Fault.FLIP_RESPONSE_BODY_BYTE;
    }

    /** The outcome each case must have (the table in docs/reliability.md). */
    static boolean expectSuccess(Fault fault, Op op, Persistence persistence) {
        // Complete is not idempotent: the first attempt assembled the object, the retries find no upload (or lose
        // their answers too); the client then finds the object its parts make (CRC64, part count) and succeeds
        if (op == Op.MULTIPART_COMPLETE && answerLost(fault)) {
            return true;
        }
        if (persistence == Persistence.ALWAYS) {
            return false;
        }
        // a download's body is the caller's stream: a fault inside it surfaces while reading, there is no retry
        boolean streamBroken = op == Op.GET && answerLost(fault);
        // a corrupted XML body is refused as MalformedXML, which is not worth a retry
        boolean completeRefused = op == Op.MULTIPART_COMPLETE && fault == Fault.FLIP_REQUEST_BODY_BYTE;
        return !streamBroken && !completeRefused;
    }

    /** What the message of a failure must say for each fault. */
    static String causePattern(Fault fault, Op op) {
        return switch (fault) {
            case RESET_AT_CONNECT, RESET_DURING_REQUEST_BODY, RESET_DURING_RESPONSE ->
                    "(?is).*(connection reset|end of stream|broken pipe|socket closed).*";
            case STALL -> "(?is).*time(d )?out.*";
            case TRUNCATE_RESPONSE_BODY -> "(?is).*(end of stream|not the XML expected).*";
            case FLIP_RESPONSE_BODY_BYTE -> "(?is).*(integrity check failed|not the XML expected).*";
            // the body went with its Content-MD5: COS refused the corrupted one and stored nothing
            case FLIP_REQUEST_BODY_BYTE -> op == Op.MULTIPART_COMPLETE ? "(?is).*MalformedXML.*"
                    : "(?is).*400 BadDigest.*";
            case SLOW_DOWN_503 -> "(?is).*503 SlowDown.*";
            case INTERNAL_ERROR_500 -> "(?is).*500 InternalError.*";
            case NONE -> throw new IllegalArgumentException("no fault");
        };
    }

    @ParameterizedTest(name = "{1} with {0}, {2}")
    @MethodSource("cases")
    void retriesOrFailsNamingTheCauseAndNeverCorrupts(Fault fault, Op op, Persistence persistence) {
        String prefix = "matrix-" + caseNumber.incrementAndGet() + "/";
        Scenario scenario = prepare(op, prefix);
        bench.proxy().resetCounts();
        bench.proxy().plan(persistence == Persistence.ONCE ? FaultPlan.times(fault, 1, op.target)
                : FaultPlan.always(fault, op.target));
        Exception failure = null;
        try {
            scenario.action.run();
        } catch (Exception e) {
            failure = e;
        } finally {
            bench.proxy().plan(FaultPlan.none());
        }

        long injected = bench.proxy().injected(fault);
        assertThat(injected).as("times the fault was injected").isPositive();
        if (expectSuccess(fault, op, persistence)) {
            assertThat(failure).as("outcome of %s with %s once", op, fault).isNull();
            scenario.afterSuccess.run();
        } else {
            assertThat(failure).as("outcome of %s with %s %s", op, fault, persistence).isNotNull();
            assertThat(failure.getMessage()).as("message of %s", failure).matches(causePattern(fault, op));
            scenario.afterFailure.run();
        }
        if (op == Op.MULTIPART_COMPLETE && answerLost(fault)) {
            // initiate, two parts, the Complete attempts (the first assembled the object), one HEAD to recognise it
            assertThat(bench.proxy().exchanges()).as("requests sent").isBetween(6L, 7L);
        }
        bench.assertIntact(prefix, scenario.allowed);
        // an Initiate whose answer was lost began an upload nobody knew the id of: the client found and aborted it
        List<MultipartUploadSummary> unfinished = bench.unfinishedUploads(prefix);
        assertThat(unfinished).as("unfinished uploads").isEmpty();
        unfinished.forEach(u -> abort(u.getKey(), u.getUploadId()));
    }

    @Test
    void aRefusedConnectionFailsNamingItAndSendsNothing() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        bench.emulator().clearRequests();
        try (CosClient refused = new CosClient(bench.throughProxy(READ_TIMEOUT, RETRIES)
                .endpoint("http://127.0.0.1:" + closedPort).build())) {
            for (Op op : Op.values()) {
                Scenario scenario = scenario(refused, op, "refused-" + op + "/");
                assertThatThrownBy(scenario.action::run).as(op.name())
                        .hasMessageMatching("(?is).*(failed to connect|connection refused).*");
            }
        }
        assertThat(bench.emulator().requests()).extracting(r -> r.method() + " " + r.key())
                .as("requests that reached the emulator").allMatch(r -> !r.contains("refused-"));
    }

    /** What a case does, what it may leave in the bucket, and what it checks afterwards. */
    private record Scenario(ThrowingRunnable action, Map<String, Set<Long>> allowed, Runnable afterSuccess,
            Runnable afterFailure) {
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private Scenario prepare(Op op, String prefix) {
        return scenario(client, op, prefix);
    }

    private Scenario scenario(CosClient faulty, Op op, String prefix) {
        CosClient direct = bench.direct();
        String key = prefix + "object";
        return switch (op) {
            case SMALL_PUT -> {
                byte[] data = bytes(4096);
                yield new Scenario(() -> faulty.putObject(new PutObjectRequest(BUCKET, key, CosRequestBody.of(data))),
                        Map.of(key, Set.of(Crc64.of(data))), () -> assertThat(bench.readCrc(key))
                                .isEqualTo(Crc64.of(data)), () -> { });
            }
            case MULTIPART_INITIATE, MULTIPART_PART, MULTIPART_COMPLETE -> multipart(faulty, key);
            case GET -> {
                byte[] data = bytes(64 * 1024);
                if (faulty == client) {
                    direct.putObject(new PutObjectRequest(BUCKET, key, CosRequestBody.of(data)));
                }
                yield new Scenario(() -> {
                    try (CosObject object = faulty.getObject(new GetObjectRequest(BUCKET, key));
                            InputStream in = object.getContent()) {
                        assertThat(in.readAllBytes()).as("bytes read").isEqualTo(data);
                    }
                }, Map.of(key, Set.of(Crc64.of(data))), () -> { }, () -> { });
            }
            case COPY -> {
                byte[] data = bytes(8192);
                String copy = prefix + "copy";
                if (faulty == client) {
                    direct.putObject(new PutObjectRequest(BUCKET, key, CosRequestBody.of(data)));
                }
                yield new Scenario(() -> faulty.copyObject(new CopySource(BUCKET, key), BUCKET, copy, null, null),
                        Map.of(key, Set.of(Crc64.of(data)), copy, Set.of(Crc64.of(data))),
                        () -> assertThat(bench.readCrc(copy)).isEqualTo(Crc64.of(data)), () -> { });
            }
            case DELETE -> {
                byte[] data = bytes(100);
                if (faulty == client) {
                    direct.putObject(new PutObjectRequest(BUCKET, key, CosRequestBody.of(data)));
                }
                yield new Scenario(() -> faulty.deleteObject(BUCKET, key, null), Map.of(key, Set.of(Crc64.of(data))),
                        () -> assertThat(bench.assertIntact(prefix, Map.of())).isEmpty(), () -> { });
            }
            case LIST -> {
                List<String> keys = List.of(prefix + "a", prefix + "b/c", prefix + "d e");
                byte[] data = bytes(10);
                if (faulty == client) {
                    keys.forEach(k -> direct.putObject(new PutObjectRequest(BUCKET, k, CosRequestBody.of(data))));
                }
                Set<Long> crc = Set.of(Crc64.of(data));
                yield new Scenario(() -> assertThat(faulty.listObjects(new ListObjectsRequest(BUCKET)
                        .setPrefix(prefix)).getContents()).extracting(ObjectSummary::getKey)
                        .containsExactlyElementsOf(keys),
                        Map.of(keys.get(0), crc, keys.get(1), crc, keys.get(2), crc), () -> { }, () -> { });
            }
        };
    }

    /** Initiate, a 1 MiB part and a small last part, complete; a failed upload is aborted as a caller would. */
    private Scenario multipart(CosClient faulty, String key) {
        byte[] first = bytes(MIB);
        byte[] last = bytes(1000);
        byte[] whole = Arrays.copyOf(first, first.length + last.length);
        System.arraycopy(last, 0, whole, first.length, last.length);
        AtomicReference<String> uploadId = new AtomicReference<>();
        return new Scenario(() -> {
            uploadId.set(faulty.initiateMultipartUpload(BUCKET, key, null, null).getUploadId());
            PartETag one = faulty.uploadPart(BUCKET, key, uploadId.get(), 1, CosRequestBody.of(first), null)
                    .toPartETag();
            PartETag two = faulty.uploadPart(BUCKET, key, uploadId.get(), 2, CosRequestBody.of(last), null)
                    .toPartETag();
            faulty.completeMultipartUpload(BUCKET, key, uploadId.get(), List.of(one, two));
        }, Map.of(key, Set.of(Crc64.of(whole))), () -> assertThat(bench.readCrc(key)).isEqualTo(Crc64.of(whole)),
                () -> abort(key, uploadId.get()));
    }

    private void abort(String key, String uploadId) {
        if (uploadId == null) {
            return;
        }
        try {
            bench.direct().abortMultipartUpload(BUCKET, key, uploadId);
        } catch (CosServiceException e) {
            // NoSuchUpload: the upload was completed after all
            assertThat(e.errorCode()).isEqualTo("NoSuchUpload");
        }
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
