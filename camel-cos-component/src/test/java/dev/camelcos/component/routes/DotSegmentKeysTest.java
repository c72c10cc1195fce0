package dev.camelcos.component.routes;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.qcloud.cos.model.ListObjectsRequest;
import com.qcloud.cos.model.COSObjectSummary;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Keys with {@code .} and {@code ..} segments are keys like any other: written, read, copied, linked, deleted and
 * consumed verbatim, as the official SDK stores and lists them.
 */
class DotSegmentKeysTest extends EmulatorRouteTestSupport {

    private final List<String> consumed = new CopyOnWriteArrayList<>();

    @Override
    protected void configureRoutes(RouteBuilder routes) {
        routes.from("cos:" + OTHER_BUCKET + "?prefix=dots/&deleteAfterRead=true&delay=20")
                .process(exchange -> consumed.add(exchange.getMessage().getHeader(CosConstants.KEY, String.class)
                        + "=" + exchange.getMessage().getBody(String.class)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"k/./a.txt", "./a.txt", "k/x/../a.txt", "k/.", "../up.txt", "k/../../a"})
    void aDotSegmentKeyIsWrittenReadCopiedAndDeletedVerbatim(String key) {
        cosOk(CosOperation.putObject, "content of " + key, Map.of(CosConstants.KEY, key));
        assertThat(sdkRead(BUCKET, key)).isEqualTo("content of " + key);
        assertThat(sdkKeys(BUCKET, key)).contains(key);

        Exchange read = cosOk(CosOperation.getObject, null, Map.of(CosConstants.KEY, key));
        assertThat(read.getMessage().getBody(String.class)).isEqualTo("content of " + key);
        cosOk(CosOperation.headObject, null, Map.of(CosConstants.KEY, key));
        cosOk(CosOperation.copyObject, null, Map.of(CosConstants.KEY, "copied/" + key,
                CosConstants.COPY_SOURCE_KEY, key));
        assertThat(sdkRead(BUCKET, "copied/" + key)).isEqualTo("content of " + key);

        cosOk(CosOperation.deleteObject, null, Map.of(CosConstants.KEY, key));
        assertThat(sdk.doesObjectExist(BUCKET, key)).isFalse();
    }

    @Test
    void aDotSegmentKeyWrittenByTheSdkIsConsumedOnce() {
        sdkPut(OTHER_BUCKET, "dots/./one.txt", "one");
        sdkPut(OTHER_BUCKET, "dots/x/../two.txt", "two");

        await().atMost(Duration.ofSeconds(20)).until(() -> consumed.size() >= 2
                && sdkKeys(OTHER_BUCKET, "dots/").isEmpty());
        assertThat(consumed).containsExactlyInAnyOrder("dots/./one.txt=one", "dots/x/../two.txt=two");
    }

    @Test
    void aDownloadLinkToADotSegmentKeyWorksAsAPlainUrl() throws Exception {
        cosOk(CosOperation.putObject, "linked", Map.of(CosConstants.KEY, "links/./l.txt"));
        Exchange link = cosOk(CosOperation.createDownloadLink, null, Map.of(CosConstants.KEY, "links/./l.txt"));

        String url = link.getMessage().getBody(String.class);
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("linked");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void aKeyThatIsOnlyDotsIsRefusedBeforeAnyRequest(String key) {
        failsBeforeAnyRequest(CosOperation.putObject, "x", Map.of(CosConstants.KEY, key))
                .hasMessageContaining("'" + key + "'").hasMessageContaining("cannot be addressed");
    }

    private static List<String> sdkKeys(String bucket, String prefix) {
        return sdk.listObjects(new ListObjectsRequest().withBucketName(bucket).withPrefix(prefix))
                .getObjectSummaries().stream().map(COSObjectSummary::getKey).toList();
    }
}
