package dev.camelcos.component.yaml;

import java.time.Duration;
import java.util.List;

import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import dev.camelcos.component.CosConstants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consumer route of docs/yaml.md against the emulator. */
class YamlConsumerTest extends YamlRouteTestSupport {

    @Override
    protected List<String> documentedRoutes() {
        return List.of("consume-inbox");
    }

    @Test
    void eachNewObjectIsReceivedOnceAndThenMovedToTheOtherBucket() throws Exception {
        MockEndpoint inbox = getMockEndpoint("mock:inbox");
        inbox.expectedBodiesReceivedInAnyOrder("first order", "second order");
        inbox.expectedHeaderValuesReceivedInAnyOrder(CosConstants.KEY, "inbox/order-1.json", "inbox/order-2.json");

        sdkPut(BUCKET, "inbox/order-1.json", "first order");
        sdkPut(BUCKET, "inbox/order-2.json", "second order");
        sdkPut(BUCKET, "elsewhere/ignored.json", "not under the prefix");

        inbox.assertIsSatisfied();
        await().atMost(Duration.ofSeconds(10)).until(() -> sdkKeys(BUCKET, "inbox/").isEmpty());
        assertThat(sdkKeys(OTHER_BUCKET, "done/")).containsExactly("done/order-1.json", "done/order-2.json");
        assertThat(sdkRead(OTHER_BUCKET, "done/order-1.json")).isEqualTo("first order");
        assertThat(sdkKeys(BUCKET, "elsewhere/")).containsExactly("elsewhere/ignored.json");
    }
}
