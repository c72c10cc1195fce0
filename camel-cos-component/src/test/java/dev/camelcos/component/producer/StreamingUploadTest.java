package dev.camelcos.component.producer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.EmulatorRouteTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** streamingUploadMode: messages batched into objects, rolled over by count, size and time, flushed at stop. */
class StreamingUploadTest extends EmulatorRouteTestSupport {

    static final Instant START = Instant.parse("2026-12-01T09:30:15Z");
    static final String TEMPLATE = "events/{time:yyyy/MM/dd/HH-mm-ss}-{n}.jsonl";

    final MovableClock clock = new MovableClock();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("clock", clock);
        return context;
    }

    @Test
    void messagesAreBatchedByCountAndTheLastBatchIsUploadedWhenTheProducerStops() throws Exception {
        String to = streamTo("keyName=" + TEMPLATE + "&batchMessageNumber=3");
        Exchange third = null;
        for (int i = 1; i <= 7; i++) {
            Exchange sent = send(to, "{\"event\":" + i + "}\n");
            third = i == 3 ? sent : third;
        }

        assertThat(sdkRead(BUCKET, "events/2026/12/01/09-30-15-1.jsonl"))
                .isEqualTo("{\"event\":1}\n{\"event\":2}\n{\"event\":3}\n");
        assertThat(sdkRead(BUCKET, "events/2026/12/01/09-30-15-2.jsonl"))
                .isEqualTo("{\"event\":4}\n{\"event\":5}\n{\"event\":6}\n");
        assertThat(sdk.doesObjectExist(BUCKET, "events/2026/12/01/09-30-15-3.jsonl")).isFalse();
        assertThat(third.getMessage().getHeader(CosConstants.KEY)).isEqualTo("events/2026/12/01/09-30-15-1.jsonl");
        assertThat(third.getMessage().getHeader(CosConstants.E_TAG, String.class)).startsWith("\"");

        context.stop();

        assertThat(sdkRead(BUCKET, "events/2026/12/01/09-30-15-3.jsonl")).isEqualTo("{\"event\":7}\n");
    }

    @Test
    void aBatchIsUploadedOnceItHoldsBatchSizeBytesWithTheFirstMessagesContentType() throws Exception {
        String to = streamTo("keyName=bytes/{n}.txt&batchMessageNumber=0&batchSize=10");
        template.send(to, e -> {
            e.getMessage().setBody("aaaa");
            e.getMessage().setHeader(CosConstants.CONTENT_TYPE, "text/plain");
        });
        send(to, "bbbb");
        assertThat(sdk.doesObjectExist(BUCKET, "bytes/1.txt")).isFalse();

        send(to, "cccc");

        assertThat(sdkRead(BUCKET, "bytes/1.txt")).isEqualTo("aaaabbbbcccc");
        assertThat(sdk.getObjectMetadata(BUCKET, "bytes/1.txt").getContentType()).isEqualTo("text/plain");
    }

    @Test
    void aBatchOlderThanTheTimeoutIsUploadedBeforeTheNextMessageJoinsIt() throws Exception {
        String to = streamTo("keyName=late/" + TEMPLATE + "&batchMessageNumber=100&streamingUploadTimeout=3600000");
        send(to, "early\n");
        clock.advance(Duration.ofMinutes(61));

        Exchange late = send(to, "late\n");

        assertThat(sdkRead(BUCKET, "late/events/2026/12/01/09-30-15-1.jsonl")).isEqualTo("early\n");
        assertThat(late.getMessage().getHeader(CosConstants.KEY)).isNull();
        context.stop();
        assertThat(sdkRead(BUCKET, "late/events/2026/12/01/10-31-15-2.jsonl")).isEqualTo("late\n");
    }

    @Test
    void anIdleBatchIsUploadedWhenItsTimeIsUpWithoutAnotherMessage() throws Exception {
        String to = streamTo("keyName=idle/{n}.log&batchMessageNumber=100&streamingUploadTimeout=30s");
        send(to, "alone\n");
        clock.advance(Duration.ofSeconds(29));
        assertThat(sdk.doesObjectExist(BUCKET, "idle/1.log")).isFalse();

        clock.advance(Duration.ofSeconds(1));

        await().atMost(Duration.ofSeconds(10)).until(() -> sdk.doesObjectExist(BUCKET, "idle/1.log"));
        assertThat(sdkRead(BUCKET, "idle/1.log")).isEqualTo("alone\n");
    }

    @Test
    void aNameAlreadyTakenIsNeverOverwrittenTheBatchTakesTheNextNumber() throws Exception {
        sdkPut(BUCKET, "taken/1.txt", "written by an earlier run");
        String to = streamTo("keyName=taken/{n}.txt&batchMessageNumber=1");

        Exchange sent = send(to, "new batch");

        assertThat(sent.getMessage().getHeader(CosConstants.KEY)).isEqualTo("taken/2.txt");
        assertThat(sdkRead(BUCKET, "taken/1.txt")).isEqualTo("written by an earlier run");
        assertThat(sdkRead(BUCKET, "taken/2.txt")).isEqualTo("new batch");
    }

    @Test
    void aMessageWhoseUploadFailsFailsAndIsNotStoredTwiceWhenSentAgain() throws Exception {
        String bucket = "stream-1250000000";
        sdk.createBucket(bucket);
        String to = streamTo("keyName=retry/{n}.txt&batchMessageNumber=2", bucket);
        send(to, "one,");
        sdk.deleteBucket(bucket);

        Exchange failed = send(to, "two");
        assertThat(failed.getException()).isInstanceOfSatisfying(CosServiceException.class,
                e -> assertThat(e.statusCode()).isEqualTo(404));

        sdk.createBucket(bucket);
        Exchange again = send(to, "two");
        assertThat(again.getException()).isNull();
        assertThat(sdkRead(bucket, "retry/1.txt")).isEqualTo("one,two");
    }

    @Test
    void badStreamingOptionsAreRefusedWhenTheRouteStarts() {
        assertThatThrownBy(() -> streamTo("keyName=logs/events.jsonl"))
                .hasStackTraceContaining("Invalid cos option keyName=logs/events.jsonl")
                .hasStackTraceContaining("must contain {n} or {uuid}");
        assertThatThrownBy(() -> streamTo("keyName=logs/{time:yyyy-qqqqqq}-{n}"))
                .hasStackTraceContaining("{time:yyyy-qqqqqq} is not a date-time pattern");
        assertThatThrownBy(() -> streamTo("keyName=logs/{date}-{n}"))
                .hasStackTraceContaining("{date} is not a placeholder");
        assertThatThrownBy(() -> streamTo("keyName=logs/{n}&batchSize=0"))
                .hasStackTraceContaining("Invalid cos option batchSize=0");
        assertThatThrownBy(() -> streamTo("keyName=logs/{n}&operation=getObject"))
                .hasStackTraceContaining("Invalid cos option operation=getObject");
        assertThatThrownBy(() -> streamTo(""))
                .hasStackTraceContaining("streamingUploadMode needs a keyName template");
    }

    @Test
    void aMessageAskingForAnotherOperationFailsAndJoinsNoBatch() throws Exception {
        String to = streamTo("keyName=ops/{n}.txt&batchMessageNumber=1");

        Exchange result = template.send(to, e -> {
            e.getMessage().setBody("delete me");
            e.getMessage().setHeader(CosConstants.OPERATION, "deleteObject");
        });

        assertThat(result.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(CosConstants.OPERATION).hasMessageContaining("deleteObject");
        assertThat(sdk.doesObjectExist(BUCKET, "ops/1.txt")).isFalse();
    }

    /** Adds a route from a new direct endpoint to a streaming cos endpoint with {@code options}, and answers it. */
    private String streamTo(String options) throws Exception {
        return streamTo(options, BUCKET);
    }

    private String streamTo(String options, String bucket) throws Exception {
        AtomicReference<String> from = new AtomicReference<>("direct:stream" + context.getRoutes().size());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from.get()).to("cos:" + bucket + "?streamingUploadMode=true&streamingClock=#clock"
                                    + (options.isEmpty() ? "" : "&" + options));
            }
        });
        return from.get();
    }

    private Exchange send(String to, String body) {
        return template.send(to, e -> e.getMessage().setBody(body));
    }

    /** A fixed time that tests move by hand. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(START);

        void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
