package dev.camelcos.component.consumer;

import java.util.List;
import java.util.Map;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.model.BucketVersioningConfiguration;
import com.qcloud.cos.model.COSVersionSummary;
import com.qcloud.cos.model.SetBucketVersioningConfigurationRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import dev.camelcos.component.CosConstants;
import dev.camelcos.emulator.SdkSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** On a versioned bucket the consumer sees current objects only: a delete marker is not an object. */
class CosConsumerVersionedBucketTest extends ConsumerTestSupport {

    @Test
    void deleteMarkersAreNeverConsumedAndDeleteAfterReadDeletesTheVersionProcessed() throws Exception {
        COSClient sdk = SdkSupport.client(emu);
        try {
            sdk.setBucketVersioningConfiguration(new SetBucketVersioningConfigurationRequest(BUCKET,
                    new BucketVersioningConfiguration(BucketVersioningConfiguration.ENABLED)));
            put("in/kept.txt", "kept");
            put("in/deleted.txt", "deleted before the consumer started");
            sdk.deleteObject(BUCKET, "in/deleted.txt");

            PollRecorder polls = new PollRecorder();
            CamelContext context = start(Map.of("polls", polls), new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri("prefix=in/&deleteAfterRead=true&pollStrategy=#polls")).convertBodyTo(String.class)
                            .to("mock:out");
                }
            });
            MockEndpoint out = context.getEndpoint("mock:out", MockEndpoint.class);
            await().atMost(WAIT).until(() -> out.getReceivedCounter() >= 1);
            await().atMost(WAIT).until(() -> !exists(BUCKET, "in/kept.txt"));
            polls.awaitMorePolls(3);

            assertThat(out.getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(CosConstants.KEY, String.class))
                    .containsExactly("in/kept.txt");
            assertThat(out.getReceivedExchanges().get(0).getMessage().getBody(String.class)).isEqualTo("kept");
            // deleteAfterRead deleted the version it processed, by its id: no marker hides a newer version
            List<COSVersionSummary> versions = sdk.listVersions(BUCKET, "in/kept.txt").getVersionSummaries();
            assertThat(versions).isEmpty();
        } finally {
            sdk.shutdown();
        }
    }
}
