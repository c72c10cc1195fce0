package dev.camelcos.component.yaml;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import dev.camelcos.component.CosConstants;

import static org.assertj.core.api.Assertions.assertThat;

/** The consumer route of routes/consumer.yaml against the emulator. */
class YamlConsumerTest extends YamlRouteTestSupport {

    @Override
    protected List<String> routeFiles() {
        return List.of("consumer.yaml");
    }

    @Test
    void eachNewObjectIsReceivedOnceAndThenMovedToTheOtherBucket() throws Exception {
        MockEndpoint inbox = getMockEndpoint("mock:inbox");
        inbox.expectedBodiesReceivedInAnyOrder("first order", "second order");
        inbox.expectedHeaderValuesReceivedInAnyOrder(CosConstants.KEY, "inbox/order-1.json", "inbox/order-2.json");
        NotifyBuilder moved = new NotifyBuilder(context).fromRoute("consume-inbox").whenCompleted(2).create();

        sdkPut(BUCKET, "inbox/order-1.json", "first order");
        sdkPut(BUCKET, "inbox/order-2.json", "second order");
        sdkPut(BUCKET, "elsewhere/ignored.json", "not under the prefix");

        inbox.assertIsSatisfied();
        assertThat(moved.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sdkKeys(BUCKET, "inbox/")).isEmpty();
        assertThat(sdkKeys(OTHER_BUCKET, "done/")).containsExactly("done/order-1.json", "done/order-2.json");
        assertThat(sdkRead(OTHER_BUCKET, "done/order-1.json")).isEqualTo("first order");
        assertThat(sdkKeys(BUCKET, "elsewhere/")).containsExactly("elsewhere/ignored.json");
    }
}
