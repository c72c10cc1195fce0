package dev.camelcos.component.consumer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import dev.camelcos.component.CosConstants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A consumer stopped in the middle of a batch gives back the objects it took but did not process. */
class CosConsumerShutdownTest extends ConsumerTestSupport {

    @Test
    void objectsOfAnInterruptedBatchAreGivenBackForTheNextConsumer() throws Exception {
        List<String> keys = List.of("a.txt", "b.txt", "c.txt", "d.txt", "e.txt");
        keys.forEach(key -> put(key, key));
        IdempotentRepository shared = MemoryIdempotentRepository.memoryIdempotentRepository();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch finishFirst = new CountDownLatch(1);

        CamelContext stopping = start(Map.of("shared", shared), new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("maxMessagesPerPoll=0&includeBody=false&idempotentRepository=#shared")).routeId("stopping")
                        .process(e -> {
                            firstStarted.countDown();
                            finishFirst.await(WAIT.toSeconds(), TimeUnit.SECONDS);
                        })
                        .to("mock:out");
            }
        });
        assertThat(firstStarted.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        Consumer consumer = stopping.getRoute("stopping").getConsumer();
        Thread stopper = new Thread(() -> {
            try {
                stopping.getRouteController().stopRoute("stopping", WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        stopper.start();
        // the graceful shutdown has told the consumer to finish only the exchange in flight
        await().atMost(WAIT).until(() -> !((CosConsumer) consumer).isBatchAllowed());
        finishFirst.countDown();
        stopper.join(WAIT.toMillis());

        MockEndpoint stoppedOut = stopping.getEndpoint("mock:out", MockEndpoint.class);
        assertThat(stoppedOut.getReceivedCounter()).isEqualTo(1);
        String processedKey = stoppedOut.getReceivedExchanges().get(0).getMessage().getHeader(CosConstants.KEY, String.class);

        CamelContext next = start(Map.of("shared", shared), new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("maxMessagesPerPoll=0&includeBody=false&idempotentRepository=#shared")).to("mock:out");
            }
        });
        MockEndpoint nextOut = next.getEndpoint("mock:out", MockEndpoint.class);
        await().atMost(WAIT).until(() -> nextOut.getReceivedCounter() >= 4);

        assertThat(nextOut.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(CosConstants.KEY))
                .hasSize(4).doesNotContain(processedKey)
                .containsExactlyInAnyOrderElementsOf(keys.stream().filter(k -> !k.equals(processedKey)).toList());
    }
}
