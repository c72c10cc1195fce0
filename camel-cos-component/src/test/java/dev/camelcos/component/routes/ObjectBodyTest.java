package dev.camelcos.component.routes;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosObjectBody;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;
import dev.camelcos.emulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The body of a COS object (getObject, consumer) stays a stream under Camel's stream caching, holds no connection
 * once its exchange completes, and can still be read afterwards: the same version, or a clear failure.
 */
class ObjectBodyTest extends EmulatorRouteTestSupport {

    private final List<Object> consumedBodies = new CopyOnWriteArrayList<>();
    private final List<String> consumedTexts = new CopyOnWriteArrayList<>();
    private final List<String> branchTexts = new CopyOnWriteArrayList<>();

    @Override
    protected void configureRoutes(RouteBuilder routes) {
        routes.from("direct:fanOut").to("cos:" + BUCKET + "?operation=getObject")
                .multicast().to("direct:branch", "direct:branch").end()
                .process(exchange -> branchTexts.add("after:" + exchange.getMessage().getBody(String.class)));
        routes.from("direct:branch").process(exchange -> branchTexts.add(exchange.getMessage().getBody(String.class)));
        routes.from("cos:" + BUCKET + "?prefix=consumed/&deleteAfterRead=false&delay=20")
                .process(exchange -> consumedBodies.add(exchange.getMessage().getBody()))
                .log("${body}")
                .process(exchange -> consumedTexts.add(exchange.getMessage().getBody(String.class)));
    }

    @Test
    void aGetObjectBodyIsReadableAfterItsExchangeCompleted() {
        sdkPut(BUCKET, "late.txt", "read after the exchange");

        Exchange done = cosOk(CosOperation.getObject, null, Map.of(CosConstants.KEY, "late.txt"));
        Object untyped = template.requestBodyAndHeaders(COS, null,
                Map.of(CosConstants.OPERATION, CosOperation.getObject, CosConstants.KEY, "late.txt"));

        assertThat(done.getMessage().getBody(String.class)).isEqualTo("read after the exchange");
        assertThat(context.getTypeConverter().convertTo(String.class, untyped)).isEqualTo("read after the exchange");
    }

    @Test
    void aLateReadOfAnObjectChangedMeanwhileFailsNamingTheObject() {
        sdkPut(BUCKET, "changed.txt", "first version");
        Exchange done = cosOk(CosOperation.getObject, null, Map.of(CosConstants.KEY, "changed.txt"));
        sdkPut(BUCKET, "changed.txt", "second version, longer");

        InputStream body = done.getMessage().getBody(InputStream.class);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(body::readAllBytes))
                .hasMessageContaining(BUCKET + "/changed.txt").hasMessageContaining("changed or deleted");
    }

    @Test
    void aBodyReadPartlyThenResetReadsTheSameBytesAgainWithoutBuffering() throws Exception {
        String content = "0123456789".repeat(1000);
        sdkPut(BUCKET, "partly.txt", content);
        Exchange done = cosOk(CosOperation.getObject, null, Map.of(CosConstants.KEY, "partly.txt"));
        CosObjectBody body = done.getMessage().getBody(CosObjectBody.class);

        byte[] head = body.readNBytes(15);
        assertThat(new String(head)).isEqualTo("012345678901234");
        emulator.clearRequests();
        assertThat(new String(body.readAllBytes())).isEqualTo(content.substring(15));
        // the first read's connection went on; the rest took no second request
        assertThat(emulator.requests()).isEmpty();
        body.reset();
        assertThat(new String(body.readAllBytes())).isEqualTo(content);
        assertThat(emulator.requests()).extracting(RecordedRequest::method).containsExactly("GET");
        assertThat(body.inMemory()).isFalse();
        assertThat(body.length()).isEqualTo(content.length());
    }

    @Test
    void aRangedGetObjectReadAgainReadsTheSameRange() throws Exception {
        sdkPut(BUCKET, "ranged.txt", "abcdefghijklmnopqrstuvwxyz");
        Exchange done = cosOk(CosOperation.getObject, null,
                Map.of(CosConstants.KEY, "ranged.txt", CosConstants.RANGE, "bytes=5-9"));
        StreamCache body = done.getMessage().getBody(StreamCache.class);

        assertThat(done.getMessage().getBody(String.class)).isEqualTo("fghij");
        body.reset();
        assertThat(done.getMessage().getBody(String.class)).isEqualTo("fghij");
    }

    @Test
    void everyBranchOfAMulticastReadsTheWholeObject() {
        sdkPut(BUCKET, "fan-out.txt", "one object, many readers");

        template.sendBodyAndHeader("direct:fanOut", null, CosConstants.KEY, "fan-out.txt");

        assertThat(branchTexts).containsExactly("one object, many readers", "one object, many readers",
                "after:one object, many readers");
    }

    @Test
    void theConsumersBodyIsNotCopiedByStreamCachingAndCanBeReadTwiceInTheRoute() {
        assertThat(context.isStreamCaching()).isTrue();
        sdkPut(BUCKET, "consumed/one.txt", "consumed content");

        await().atMost(Duration.ofSeconds(20)).until(() -> !consumedTexts.isEmpty());
        assertThat(consumedBodies.get(0)).isInstanceOf(CosObjectBody.class);
        assertThat(consumedTexts).containsExactly("consumed content");
    }
}
