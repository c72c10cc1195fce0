package dev.camelcos.component.producer;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.ObjectSummary;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;
import dev.camelcos.emulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ListObjectsTest extends EmulatorRouteTestSupport {

    /** More than one page of COS's default 1000 keys. */
    static final int MANY = 1005;

    @BeforeAll
    static void storeObjects() {
        IntStream.range(0, MANY).forEach(i -> sdkPut(BUCKET, String.format("many/%04d", i), "x"));
        sdkPut(BUCKET, "tree/a.txt", "a");
        sdkPut(BUCKET, "tree/b.txt", "b");
        sdkPut(BUCKET, "tree/sub/c.txt", "c");
        sdkPut(BUCKET, "tree/sub2/d.txt", "d");
    }

    @Override
    protected void configureRoutes(RouteBuilder routes) {
        routes.from("direct:walk").to("cos:" + BUCKET + "?operation=listObjects")
                .split(routes.body()).streaming()
                .setBody(routes.simple("${body.key}"))
                .to("mock:key");
    }

    @Test
    void withoutMarkerOrMaxKeysASplitterWalksEveryPage() throws Exception {
        MockEndpoint keys = getMockEndpoint("mock:key");
        keys.expectedMessageCount(MANY);
        emulator.clearRequests();

        template.sendBodyAndHeader("direct:walk", null, CosConstants.PREFIX, "many/");

        keys.assertIsSatisfied();
        assertThat(keys.getExchanges().get(0).getMessage().getBody()).isEqualTo("many/0000");
        assertThat(keys.getExchanges().get(MANY - 1).getMessage().getBody()).isEqualTo(String.format("many/%04d", MANY - 1));
        List<RecordedRequest> listings = emulator.requests().stream().filter(r -> r.method().equals("GET")).toList();
        assertThat(listings).as("one request per page").hasSize(2);
        assertThat(listings.get(1).query()).containsEntry("marker", "many/0999");
    }

    @Test
    void theLazyListingFetchesLaterPagesOnlyWhenWalked() {
        emulator.clearRequests();

        Exchange result = cosOk(CosOperation.listObjects, null, Map.of(CosConstants.PREFIX, "many/"));

        assertThat(emulator.requests()).as("the producer fetched the first page only").hasSize(1);
        Iterable<?> all = result.getMessage().getBody(Iterable.class);
        int count = 0;
        for (Object ignored : all) {
            count++;
        }
        assertThat(count).isEqualTo(MANY);
        assertThat(emulator.requests()).hasSize(2);
    }

    @Test
    void maxKeysAndMarkerGiveOnePageWithWhereTheNextStarts() {
        Exchange first = cosOk(CosOperation.listObjects, null,
                Map.of(CosConstants.PREFIX, "tree/", CosConstants.MAX_KEYS, 2));

        List<?> page = first.getMessage().getBody(List.class);
        assertThat(page).extracting(o -> ((ObjectSummary) o).getKey()).containsExactly("tree/a.txt", "tree/b.txt");
        assertThat(first.getMessage().getHeader(CosConstants.IS_TRUNCATED)).isEqualTo(true);
        assertThat(first.getMessage().getHeader(CosConstants.NEXT_MARKER)).isEqualTo("tree/b.txt");

        Exchange second = cosOk(CosOperation.listObjects, null, Map.of(CosConstants.PREFIX, "tree/",
                CosConstants.MARKER, first.getMessage().getHeader(CosConstants.NEXT_MARKER)));

        assertThat(second.getMessage().getBody(List.class)).extracting(o -> ((ObjectSummary) o).getKey())
                .containsExactly("tree/sub/c.txt", "tree/sub2/d.txt");
        assertThat(second.getMessage().getHeader(CosConstants.IS_TRUNCATED)).isEqualTo(false);
        assertThat(second.getMessage().getHeaders()).doesNotContainKey(CosConstants.NEXT_MARKER);
    }

    @Test
    void aDelimiterGroupsKeysIntoCommonPrefixes() {
        Exchange result = cosOk(CosOperation.listObjects, null, Map.of(CosConstants.PREFIX, "tree/",
                CosConstants.DELIMITER, "/", CosConstants.MAX_KEYS, 100));

        assertThat(result.getMessage().getBody(List.class)).extracting(o -> ((ObjectSummary) o).getKey())
                .containsExactly("tree/a.txt", "tree/b.txt");
        assertThat(result.getMessage().getHeader(CosConstants.COMMON_PREFIXES, List.class))
                .containsExactly("tree/sub/", "tree/sub2/");
    }

    @Test
    void theBucketHeaderListsAnotherBucket() {
        sdkPut(OTHER_BUCKET, "listed/only-here.txt", "x");

        Exchange result = cosOk(CosOperation.listObjects, null,
                Map.of(CosConstants.OVERRIDE_BUCKET_NAME, OTHER_BUCKET, CosConstants.PREFIX, "listed/", CosConstants.MAX_KEYS, 5));

        assertThat(result.getMessage().getBody(List.class)).extracting(o -> ((ObjectSummary) o).getKey())
                .containsExactly("listed/only-here.txt");
        assertThat(result.getMessage().getHeader(CosConstants.BUCKET_NAME)).isEqualTo(OTHER_BUCKET);
    }

    @Test
    void aMissingBucketFailsInTheProducerNotLaterInTheSplitter() {
        Exchange result = cos(CosOperation.listObjects, null,
                Map.of(CosConstants.OVERRIDE_BUCKET_NAME, "nosuchbucket-1250000000"));

        assertThat(result.getException()).isInstanceOfSatisfying(CosServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.errorCode()).isEqualTo("NoSuchBucket");
        });
    }

    @Test
    void maxKeysOutsideOneToThousandFailsBeforeAnyRequest() {
        failsBeforeAnyRequest(CosOperation.listObjects, null, Map.of(CosConstants.MAX_KEYS, 1001))
                .hasMessageContaining(CosConstants.MAX_KEYS).hasMessageContaining("1001")
                .hasMessageContaining("1 to 1000");
    }
}
