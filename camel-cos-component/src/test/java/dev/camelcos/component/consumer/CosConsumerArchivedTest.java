package dev.camelcos.component.consumer;

import java.time.Duration;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import dev.camelcos.component.CosConstants;
import dev.camelcos.emulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** ARCHIVE and DEEP_ARCHIVE objects cannot be read before a restore. */
class CosConsumerArchivedTest extends ConsumerTestSupport {

    private final PollRecorder polls = new PollRecorder();

    private MockEndpoint consume(String options) throws Exception {
        CamelContext context = start(Map.of("polls", polls), new RouteBuilder() {
            @Override
            public void configure() {
                from(uri(options + "&pollStrategy=#polls")).convertBodyTo(String.class).to("mock:out");
            }
        });
        return context.getEndpoint("mock:out", MockEndpoint.class);
    }

    @Test
    void archivedObjectsAreSkippedWithoutAnyRequestByDefault() throws Exception {
        putArchived("cold.bin", "cold");
        put("warm.bin", "warm");
        MockEndpoint out = consume("maxMessagesPerPoll=0");
        await().atMost(WAIT).until(() -> out.getReceivedCounter() >= 1);
        polls.awaitMorePolls(3);

        assertThat(out.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(CosConstants.KEY))
                .containsExactly("warm.bin");
        assertThat(requestsFor("cold.bin")).extracting(RecordedRequest::method).containsExactly("PUT");
    }

    @Test
    void restoreArchivedRequestsOneRestoreAndEmitsTheObjectOnceReadable() throws Exception {
        putArchived("cold.bin", "cold content");
        MockEndpoint out = consume("restoreArchived=true&restoreArchivedDays=2&restoreArchivedTier=Bulk");
        polls.awaitMorePolls(4);

        assertThat(out.getReceivedCounter()).isZero();
        assertThat(requestsFor("cold.bin")).filteredOn(r -> r.method().equals("POST"))
                .singleElement().satisfies(r -> assertThat(r.query()).containsKey("restore"));
        assertThat(requestsFor("cold.bin")).extracting(RecordedRequest::method).doesNotContain("GET");

        clock.advance(RESTORE_DELAY.plus(Duration.ofMinutes(1)));
        await().atMost(WAIT).until(() -> out.getReceivedCounter() >= 1);
        polls.awaitMorePolls(3);

        assertThat(out.getReceivedCounter()).isEqualTo(1);
        assertThat(out.getReceivedExchanges().get(0).getMessage().getBody(String.class)).isEqualTo("cold content");
        assertThat(out.getReceivedExchanges().get(0).getMessage().getHeader(CosConstants.STORAGE_CLASS))
                .isEqualTo("ARCHIVE");
        assertThat(requestsFor("cold.bin")).filteredOn(r -> r.method().equals("POST")).hasSize(1);
    }
}
