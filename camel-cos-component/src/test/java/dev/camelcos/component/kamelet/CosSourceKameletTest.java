package dev.camelcos.component.kamelet;

import java.time.Duration;
import java.util.List;

import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import dev.camelcos.component.CosConstants;
import dev.camelcos.emulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The cos-source Kamelet, loaded from the classpath, reading from the emulator. */
class CosSourceKameletTest extends KameletTestSupport {

    @Override
    protected List<String> routeFiles() {
        return List.of("kamelet-source.yaml");
    }

    @Test
    void emitsEachObjectUnderThePrefixAndDeletesItAfterwards() throws Exception {
        MockEndpoint deleted = getMockEndpoint("mock:deleted");
        deleted.expectedBodiesReceivedInAnyOrder("one", "two");
        deleted.expectedHeaderValuesReceivedInAnyOrder(CosConstants.KEY, "to-delete/1.txt", "to-delete/2.txt");

        sdkPut(BUCKET, "to-delete/1.txt", "one");
        sdkPut(BUCKET, "to-delete/2.txt", "two");

        deleted.assertIsSatisfied();
        await().atMost(Duration.ofSeconds(10)).until(() -> sdkKeys(BUCKET, "to-delete/").isEmpty());
    }

    @Test
    void movesEachObjectToTheDestinationBucketAndPrefix() throws Exception {
        MockEndpoint moved = getMockEndpoint("mock:moved");
        moved.expectedBodiesReceived("move me");

        sdkPut(BUCKET, "to-move/a/b.txt", "move me");

        moved.assertIsSatisfied();
        await().atMost(Duration.ofSeconds(10)).until(() -> sdkKeys(BUCKET, "to-move/").isEmpty());
        assertThat(sdkRead(OTHER_BUCKET, "moved/a/b.txt")).isEqualTo("move me");
    }

    @Test
    void withoutBodyEmitsTheHeadersAndNeverDownloads() throws Exception {
        MockEndpoint headersOnly = getMockEndpoint("mock:headersOnly");
        headersOnly.expectedMessageCount(1);
        headersOnly.expectedHeaderReceived(CosConstants.KEY, "headers-only/big.bin");
        headersOnly.expectedHeaderReceived(CosConstants.CONTENT_LENGTH, 5L);
        emulator.clearRequests();

        sdkPut(BUCKET, "headers-only/big.bin", "12345");

        headersOnly.assertIsSatisfied();
        assertThat(headersOnly.getExchanges().get(0).getMessage().getBody()).isNull();
        assertThat(emulator.requests()).noneMatch(CosSourceKameletTest::isObjectDownload);
    }

    private static boolean isObjectDownload(RecordedRequest request) {
        return "GET".equals(request.method()) && "headers-only/big.bin".equals(request.key());
    }
}
