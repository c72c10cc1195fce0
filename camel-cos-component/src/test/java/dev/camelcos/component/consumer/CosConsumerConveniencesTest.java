package dev.camelcos.component.consumer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.camelcos.component.CosConstants;
import dev.camelcos.emulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** fileName, doneFileName and autocloseBody. */
class CosConsumerConveniencesTest extends ConsumerTestSupport {

    @Test
    void fileNameConsumesThatOneObjectListedByItsKeyAndAgainWhenOverwritten() throws Exception {
        putAll(List.of("in/report.csv", "in/report.csv.bak", "in/other.csv", "report.csv"));
        PollRecorder polls = new PollRecorder();
        MockEndpoint out = consumeInto(uri("prefix=in/&fileName=in/report.csv&pollStrategy=#polls"), polls);

        await().atMost(WAIT).until(() -> out.getReceivedCounter() >= 1);
        polls.awaitMorePolls(2);
        assertThat(out.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(CosConstants.KEY))
                .containsExactly("in/report.csv");
        assertThat(listRequests()).isNotEmpty().allSatisfy(r -> assertThat(r.query()).containsEntry("prefix", "in/report.csv"));
        assertThat(requestsFor("in/other.csv")).extracting(RecordedRequest::method).containsExactly("PUT");

        put("in/report.csv", "second version");
        await().atMost(WAIT).until(() -> out.getReceivedCounter() >= 2);
        assertThat(out.getReceivedExchanges().get(1).getMessage().getBody(String.class)).isEqualTo("second version");
    }

    @Test
    void fileNameOutsideThePrefixOrAnInvalidKeyIsRefusedWhenTheRouteStarts() {
        assertThatThrownBy(() -> consumeInto(uri("prefix=in/&fileName=out/report.csv"), null))
                .hasStackTraceContaining("Invalid cos option fileName=out/report.csv")
                .hasStackTraceContaining("not under prefix=in/");
        assertThatThrownBy(() -> consumeInto(uri("fileName=/report.csv"), null))
                .hasStackTraceContaining("Invalid cos option fileName=/report.csv")
                .hasStackTraceContaining("must not start with '/'");
    }

    @Test
    void doneFileNameHoldsAnObjectBackUntilItsMarkerExistsAndNeverConsumesMarkers() throws Exception {
        put("in/data.csv", "a,b");
        PollRecorder polls = new PollRecorder();
        MockEndpoint out = consumeInto(uri("doneFileName=${file:name}.done&pollStrategy=#polls"), polls);

        polls.awaitMorePolls(3);
        assertThat(out.getReceivedCounter()).isZero();
        assertThat(requestsFor("in/data.csv")).extracting(RecordedRequest::method).doesNotContain("GET");

        put("in/data.csv.done", "");
        await().atMost(WAIT).until(() -> out.getReceivedCounter() >= 1);
        polls.awaitMorePolls(2);
        assertThat(out.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(String.class))
                .containsExactly("a,b");
        assertThat(exists(BUCKET, "in/data.csv.done")).isTrue();
    }

    @Test
    void aFixedDoneFileNameReleasesEveryObjectOfItsFolderOnly() throws Exception {
        putAll(List.of("job/part-0", "job/part-1", "other/part-0"));
        PollRecorder polls = new PollRecorder();
        MockEndpoint out = consumeInto(uri("doneFileName=_SUCCESS&pollStrategy=#polls"), polls);
        polls.awaitMorePolls(2);
        assertThat(out.getReceivedCounter()).isZero();

        put("job/_SUCCESS", "");
        await().atMost(WAIT).until(() -> out.getReceivedCounter() >= 2);
        polls.awaitMorePolls(2);
        assertThat(out.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(CosConstants.KEY))
                .containsExactlyInAnyOrder("job/part-0", "job/part-1");
    }

    @Test
    void aDoneFileNameWithAFolderOrAnUnknownPlaceholderIsRefusedWhenTheRouteStarts() {
        assertThatThrownBy(() -> consumeInto(uri("doneFileName=done/${file:name}"), null))
                .hasStackTraceContaining("Invalid cos option doneFileName=done/${file:name}")
                .hasStackTraceContaining("without '/'");
        assertThatThrownBy(() -> consumeInto(uri("doneFileName=${file:onlyname}.done"), null))
                .hasStackTraceContaining("may only use the placeholders");
        assertThatThrownBy(() -> consumeInto(uri("doneFileName=${file:name}"), null))
                .hasStackTraceContaining("every object its own marker");
    }

    @ParameterizedTest
    @ValueSource(strings = {"readAhead=0", "readAhead=0&autocloseBody=false"})
    void aWireTapReadsTheBodyAfterTheExchangeCompletedWithARequestOfItsOwn(String options) throws Exception {
        put("handed/over.txt", "read later");
        MockEndpoint failed = handOverToWireTap(uri(options));

        MockEndpoint read = failed.getCamelContext().getEndpoint("mock:read", MockEndpoint.class);
        await().atMost(WAIT).until(() -> read.getReceivedCounter() >= 1);
        assertThat(read.getReceivedExchanges().get(0).getMessage().getBody(String.class)).isEqualTo("read later");
        assertThat(failed.getReceivedCounter()).isZero();
        // the wire tap's copy of the body reads the object from its first byte, pinned to the ETag first read
        assertThat(requestsFor("handed/over.txt")).extracting(RecordedRequest::method)
                .containsExactly("PUT", "GET", "GET");
    }

    /**
     * Consumes {@code uri} into a wire tap (which, unlike seda, does not hand the exchange's completions over to its
     * copy), whose route reads the body only once the consumer's exchange has completed: what it read goes to
     * mock:read, a failure to read to the mock answered.
     */
    private MockEndpoint handOverToWireTap(String uri) throws Exception {
        CountDownLatch consumed = new CountDownLatch(1);
        CamelContext context = start(new RouteBuilder() {
            @Override
            public void configure() {
                getContext().setStreamCaching(false);
                getContext().getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
                    @Override
                    public void notify(CamelEvent event) {
                        // fired once the exchange's completions (closing the body, by default) have run
                        if (event instanceof CamelEvent.ExchangeCompletedEvent done
                                && "consume".equals(done.getExchange().getFromRouteId())) {
                            consumed.countDown();
                        }
                    }
                });
                onException(IOException.class).handled(true).to("mock:failed");
                // the route reads the first byte, so the GET is under way when the exchange completes
                from(uri).routeId("consume").process(e -> e.getMessage().getBody(InputStream.class).read())
                        .wireTap("direct:later");
                from("direct:later").process(e -> assertThat(consumed.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue())
                        .process(e -> {
                            try (InputStream body = e.getMessage().getBody(InputStream.class)) {
                                e.getMessage().setBody(new String(body.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }).to("mock:read");
            }
        });
        return context.getEndpoint("mock:failed", MockEndpoint.class);
    }

    private MockEndpoint consumeInto(String uri, PollRecorder polls) throws Exception {
        CamelContext context = start(polls == null ? Map.of() : Map.of("polls", polls), new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).convertBodyTo(String.class).to("mock:out");
            }
        });
        return context.getEndpoint("mock:out", MockEndpoint.class);
    }
}
