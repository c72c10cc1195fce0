package dev.camelcos.client.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientConfig;
import dev.camelcos.client.CosClientException;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.RetryPolicy;
import dev.camelcos.client.auth.StaticCredentialsProvider;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.CosRequestBody;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ListObjectsRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The transport's interceptors one by one, each against scripted answers. */
class TransportPipelineTest {

    private static final String BUCKET = "mock-1250000000";
    private static final RetryPolicy THREE_QUICK_RETRIES = new RetryPolicy(3, Duration.ofMillis(1),
            Duration.ofMillis(2));

    private MockWebServer server;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    private CosClient client(RetryPolicy retries, int maxConnections) {
        return new CosClient(CosClientConfig.builder().region("ap-guangzhou")
                .endpoint("http://127.0.0.1:" + server.getPort())
                .credentialsProvider(StaticCredentialsProvider.of("AKIDmock", "pipeline-secret"))
                .readTimeout(Duration.ofSeconds(5)).maxConnections(maxConnections).retryPolicy(retries).build());
    }

    private static MockResponse error(int status, String code) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/xml")
                .setBody("<Error><Code>" + code + "</Code><Message>m</Message></Error>");
    }

    @Test
    void maxRetriesZeroMeansOneAttemptForAnErrorAnswer() {
        server.enqueue(error(503, "SlowDown"));
        server.enqueue(new MockResponse());
        try (CosClient client = client(RetryPolicy.NONE, 4)) {
            assertThatThrownBy(() -> client.listObjects(new ListObjectsRequest(BUCKET)))
                    .isInstanceOf(CosServiceException.class).hasMessageContaining("SlowDown");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void maxRetriesZeroMeansOneAttemptForADroppedConnection() {
        // OkHttp would silently send this again on its own if its connection-failure retry were left on
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        server.enqueue(new MockResponse());
        try (CosClient client = client(RetryPolicy.NONE, 4)) {
            assertThatThrownBy(() -> client.headBucket(BUCKET)).isInstanceOf(CosClientException.class)
                    .hasMessageContaining("after 1 attempt");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void keptConnectionsTheServerClosedAreDroppedAfterTheFirstFailsSoOneRetryIsEnough() throws Exception {
        int kept = 3;
        CountDownLatch answer = new CountDownLatch(1);
        AtomicInteger answered = new AtomicInteger();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (answered.incrementAndGet() > kept) {
                    return new MockResponse();
                }
                answer.await(30, TimeUnit.SECONDS);
                // as a server closing idle connections does: the client keeps them, and finds out on its next use
                return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_END);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(kept);
        try (CosClient client = client(new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(2)), 8)) {
            // three requests at once leave three connections in the pool, all closed by the server
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < kept; i++) {
                calls.add(pool.submit(() -> {
                    client.headBucket(BUCKET);
                    return null;
                }));
            }
            awaitCondition(() -> server.getRequestCount() == kept);
            answer.countDown();
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
            int before = server.getRequestCount();
            client.headBucket(BUCKET);
            assertThat(server.getRequestCount() - before).as("one fresh connection answered").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aListingWhoseDocumentBreaksMidwayIsReadAgainWhole() {
        String listing = "<ListBucketResult><Name>" + BUCKET + "</Name><IsTruncated>false</IsTruncated>"
                + "<Contents><Key>a.txt</Key><Size>1</Size></Contents></ListBucketResult>";
        server.enqueue(new MockResponse().setBody(listing + " ".repeat(64 * 1024))
                .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
        server.enqueue(new MockResponse().setBody(listing));
        try (CosClient client = client(THREE_QUICK_RETRIES, 4)) {
            assertThat(client.listObjects(new ListObjectsRequest(BUCKET)).getContents())
                    .extracting(s -> s.getKey()).containsExactly("a.txt");
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aDocumentIsFoundPastWhitespaceKeepAlivesAndTheXmlDeclaration() {
        byte[] late = "  \n <?xml version=\"1.0\"?>\n<Error><Code>InternalError</Code></Error>".getBytes();
        assertThat(BufferedAnswerInterceptor.firstElement(late)).isEqualTo(new String(late).indexOf("<Error>"));
        assertThat(BufferedAnswerInterceptor.firstElement("<CopyObjectResult/>".getBytes())).isZero();
        assertThat(BufferedAnswerInterceptor.firstElement("not xml".getBytes())).isNegative();
        assertThat(BufferedAnswerInterceptor.firstElement(new byte[0])).isNegative();
    }

    @Test
    void aGarbledDocumentIsAskedForAgain() {
        String listing = "<ListBucketResult><Name>" + BUCKET + "</Name><IsTruncated>false</IsTruncated>"
                + "<Contents><Key>a.txt</Key><Size>1</Size></Contents></ListBucketResult>";
        server.enqueue(new MockResponse().setBody(listing.replace("</Contents>", "</Contentz>")));
        server.enqueue(new MockResponse().setBody(listing));
        try (CosClient client = client(THREE_QUICK_RETRIES, 4)) {
            assertThat(client.listObjects(new ListObjectsRequest(BUCKET)).getContents()).hasSize(1);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anObjectWhoseContentIsAnErrorDocumentIsContentNotAnError() throws IOException {
        byte[] content = "<Error><Code>NoSuchKey</Code></Error>".getBytes();
        server.enqueue(new MockResponse().setBody(new okio.Buffer().write(content)));
        try (CosClient client = client(RetryPolicy.NONE, 4);
                CosObject object = client.getObject(new GetObjectRequest(BUCKET, "error.xml"))) {
            assertThat(object.getContent().readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void noMoreThanMaxConnectionsRequestsAreInFlightAndStreamedBodiesHoldTheirsUntilClosed() throws Exception {
        int limit = 2;
        int callers = 5;
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    release.await(30, TimeUnit.SECONDS);
                    return new MockResponse();
                } finally {
                    inFlight.decrementAndGet();
                }
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try (CosClient client = client(RetryPolicy.NONE, limit)) {
            List<Future<?>> calls = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(pool.submit(() -> {
                    synchronized (threads) {
                        threads.add(Thread.currentThread());
                    }
                    client.headBucket(BUCKET);
                    return null;
                }));
            }
            awaitCondition(() -> inFlight.get() == limit && waitingThreads(threads) == callers - limit);
            assertThat(client.requestsInFlight()).isEqualTo(limit);
            release.countDown();
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
            assertThat(maxInFlight.get()).isEqualTo(limit);
            assertThat(client.requestsInFlight()).isZero();

            // a streamed object holds its permit while it is open
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse().setBody("content");
                }
            });
            CosObject open = client.getObject(new GetObjectRequest(BUCKET, "held"));
            assertThat(client.requestsInFlight()).isEqualTo(1);
            open.close();
            assertThat(client.requestsInFlight()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aOneShotStreamIsSentAgainWhenTheFailedAttemptNeverTouchedItButNotAfter() throws Exception {
        server.enqueue(new MockResponse().setHeader("ETag", "\"ok\""));
        AtomicInteger attempts = new AtomicInteger();
        OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false)
                .addInterceptor(new RetryInterceptor(THREE_QUICK_RETRIES, () -> { }))
                .addInterceptor(chain -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new IOException("connection refused before anything was written (scripted)");
                    }
                    return chain.proceed(chain.request());
                }).build();
        CosRequest fresh = streamPut(new ByteArrayInputStream("hello".getBytes()));
        try (Response response = http.newCall(okHttp(fresh)).execute()) {
            assertThat(response.header("ETag")).isEqualTo("\"ok\"");
        }
        assertThat(attempts.get()).isEqualTo(2);
        assertThat(server.takeRequest().getBody().readUtf8()).isEqualTo("hello");

        // once the body was read from, a failure is final: the stream cannot give its bytes again
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(new MockResponse());
        CosRequest started = streamPut(new ByteArrayInputStream("world".getBytes()));
        OkHttpClient plain = new OkHttpClient.Builder().retryOnConnectionFailure(false)
                .addInterceptor(new RetryInterceptor(THREE_QUICK_RETRIES, () -> { })).build();
        assertThatThrownBy(() -> plain.newCall(okHttp(started)).execute()).isInstanceOf(IOException.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    private static CosRequest streamPut(InputStream content) {
        return CosRequest.of("PUT", BUCKET, "stream.bin").body(CosRequestBody.of(content, 5));
    }

    private Request okHttp(CosRequest request) {
        return new Request.Builder().url(server.url("/stream.bin")).tag(CosRequest.class, request)
                .put(new OkHttpBody(request)).build();
    }

    private static long waitingThreads(List<Thread> threads) {
        synchronized (threads) {
            return threads.stream().filter(t -> t.getState() == Thread.State.WAITING
                    || t.getState() == Thread.State.TIMED_WAITING).count();
        }
    }

    /** Polls for a condition other threads bring about, failing after a generous bound. */
    private static void awaitCondition(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not reached in 30 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
