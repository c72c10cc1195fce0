package dev.camelcos.component.consumer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.ExceptionHandler;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.component.CosConstants;
import dev.camelcos.emulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** At least once: what happens to objects after their exchange succeeded, and after it failed. */
class CosConsumerAfterReadTest extends ConsumerTestSupport {

    private final PollRecorder polls = new PollRecorder();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicBoolean failing = new AtomicBoolean();
    private final List<Throwable> handled = new CopyOnWriteArrayList<>();
    private final ExceptionHandler recordingHandler = new ExceptionHandler() {
        @Override
        public void handleException(Throwable exception) {
            handled.add(exception);
        }

        @Override
        public void handleException(String message, Throwable exception) {
            handled.add(new IllegalStateException(message, exception));
        }

        @Override
        public void handleException(String message, Exchange exchange, Throwable exception) {
            handleException(message, exception);
        }
    };

    /** A route that counts attempts, fails while {@link #failing} is set, and otherwise ends in mock:out. */
    private MockEndpoint consume(String options) throws Exception {
        CamelContext context = start(Map.of("polls", polls, "handler", recordingHandler), new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(options + "&pollStrategy=#polls&exceptionHandler=#handler"))
                        .process(e -> {
                            attempts.incrementAndGet();
                            if (failing.get()) {
                                throw new IllegalStateException("downstream system unavailable");
                            }
                        })
                        .convertBodyTo(String.class).to("mock:out");
            }
        });
        return context.getEndpoint("mock:out", MockEndpoint.class);
    }

    private static void awaitReceived(MockEndpoint out, int count) {
        await().atMost(WAIT).until(() -> out.getReceivedCounter() >= count);
    }

    @Test
    void aFailingRouteLeavesTheObjectAndGetsItAgainOnceTheFailureClears() throws Exception {
        put("order.json", "{\"id\": 1}");
        failing.set(true);
        MockEndpoint out = consume("deleteAfterRead=true");

        await().atMost(WAIT).until(() -> attempts.get() >= 3);
        assertThat(exists(BUCKET, "order.json")).isTrue();
        assertThat(requestsFor("order.json")).extracting(RecordedRequest::method).doesNotContain("DELETE");

        failing.set(false);
        awaitReceived(out, 1);
        await().atMost(WAIT).until(() -> !exists(BUCKET, "order.json"));
        polls.awaitMorePolls(3);

        assertThat(out.getReceivedCounter()).isEqualTo(1);
        assertThat(out.getReceivedExchanges().get(0).getMessage().getBody(String.class)).isEqualTo("{\"id\": 1}");
        // the only errors reported are the route's own failures, none about the repository or the object
        assertThat(handled).isNotEmpty().allSatisfy(e -> assertThat(e).hasRootCauseMessage("downstream system unavailable"));
    }

    @Test
    void deleteAfterReadDeletesOnlyTheConsumedObjects() throws Exception {
        put("in/a.txt", "a");
        put("in/b.txt", "b");
        put("elsewhere/c.txt", "c");
        MockEndpoint out = consume("prefix=in/&deleteAfterRead=true");
        awaitReceived(out, 2);

        await().atMost(WAIT).until(() -> !exists(BUCKET, "in/a.txt") && !exists(BUCKET, "in/b.txt"));
        assertThat(exists(BUCKET, "elsewhere/c.txt")).isTrue();
        assertThat(handled).isEmpty();
    }

    @Test
    void moveAfterReadWithinTheBucketKeepsThePartOfTheKeyAfterThePrefix() throws Exception {
        put("incoming/2024/a.txt", "a");
        MockEndpoint out = consume("prefix=incoming/&moveAfterRead=true&destinationPrefix=done/");
        awaitReceived(out, 1);

        await().atMost(WAIT).until(() -> !exists(BUCKET, "incoming/2024/a.txt"));
        assertThat(read(BUCKET, "done/2024/a.txt")).isEqualTo("a");
        polls.awaitMorePolls(3);
        assertThat(out.getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void moveAfterReadToAnotherBucket() throws Exception {
        put("incoming/a.txt", "a");
        MockEndpoint out = consume("prefix=incoming/&moveAfterRead=true&destinationBucket=" + OTHER_BUCKET
                                   + "&destinationPrefix=archive/");
        awaitReceived(out, 1);

        await().atMost(WAIT).until(() -> !exists(BUCKET, "incoming/a.txt"));
        assertThat(read(OTHER_BUCKET, "archive/a.txt")).isEqualTo("a");
    }

    @Test
    void aFailedExchangeIsNeverMoved() throws Exception {
        put("incoming/a.txt", "a");
        failing.set(true);
        consume("prefix=incoming/&moveAfterRead=true&destinationPrefix=done/");

        await().atMost(WAIT).until(() -> attempts.get() >= 2);
        assertThat(exists(BUCKET, "incoming/a.txt")).isTrue();
        assertThat(exists(BUCKET, "done/a.txt")).isFalse();
    }

    @Test
    void aMoveThatFailsGoesToTheExceptionHandlerAndLeavesTheObject() throws Exception {
        put("incoming/a.txt", "a");
        MockEndpoint out = consume("prefix=incoming/&moveAfterRead=true&destinationBucket=missing-1250000000");
        awaitReceived(out, 1);

        await().atMost(WAIT).until(() -> !handled.isEmpty());
        assertThat(handled.get(0)).hasMessageContaining("incoming/a.txt").hasMessageContaining("stays in place")
                .cause().isInstanceOf(CosServiceException.class).hasMessageContaining("NoSuchBucket");
        assertThat(exists(BUCKET, "incoming/a.txt")).isTrue();
        // the exchange succeeded: the object is not emitted again
        polls.awaitMorePolls(3);
        assertThat(out.getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void anObjectOverwrittenWhileItsExchangeRunsIsNotDeletedAndItsNewContentIsConsumed() throws Exception {
        put("state.json", "old");
        AtomicBoolean overwritten = new AtomicBoolean();
        CamelContext context = start(Map.of("handler", recordingHandler), new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("deleteAfterRead=true&exceptionHandler=#handler")).convertBodyTo(String.class)
                        .process(e -> {
                            if (overwritten.compareAndSet(false, true)) {
                                put("state.json", "new");
                            }
                        })
                        .to("mock:out");
            }
        });
        MockEndpoint out = context.getEndpoint("mock:out", MockEndpoint.class);
        awaitReceived(out, 2);

        assertThat(out.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(String.class))
                .containsExactly("old", "new");
        await().atMost(WAIT).until(() -> !exists(BUCKET, "state.json"));
        assertThat(out.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(CosConstants.KEY))
                .containsOnly("state.json");
        assertThat(handled).isEmpty();
    }
}
