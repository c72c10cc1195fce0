package dev.camelcos.component.producer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.qcloud.cos.model.ObjectMetadata;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class GetAndHeadObjectTest extends EmulatorRouteTestSupport {

    private final AtomicReference<InputStream> bodySeenByTheRoute = new AtomicReference<>();

    @Override
    protected void configureRoutes(RouteBuilder routes) {
        routes.from("direct:getAsString").to("cos:" + BUCKET + "?operation=getObject").convertBodyTo(String.class);
        // without stream caching the route sees the connection's own stream
        routes.from("direct:getUnread").noStreamCaching().to("cos:" + BUCKET + "?operation=getObject")
                .process(e -> bodySeenByTheRoute.set(e.getMessage().getBody(InputStream.class)));
        routes.from("direct:getWithKeyName").to("cos:" + BUCKET + "?operation=getObject&keyName=get/by-option.txt")
                .convertBodyTo(String.class);
    }

    private static void sdkPutWithMetadata(String key, String content) {
        ObjectMetadata metadata = new ObjectMetadata();
        metadata.setContentType("text/plain");
        metadata.setContentLength(content.length());
        metadata.setCacheControl("no-cache");
        metadata.addUserMetadata("colour", "blue");
        sdk.putObject(BUCKET, key, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), metadata);
    }

    @Test
    void getObjectStreamsTheContentAndGivesItsMetadataAsHeaders() throws Exception {
        sdkPutWithMetadata("get/hello.txt", "hello stream");
        ObjectMetadata stored = sdk.getObjectMetadata(BUCKET, "get/hello.txt");

        Exchange result = cosOk(CosOperation.getObject, null, Map.of(CosConstants.KEY, "get/hello.txt"));

        Object body = result.getMessage().getBody();
        assertThat(body).isInstanceOf(InputStream.class);
        assertThat(result.getMessage().getHeaders())
                .containsEntry(CosConstants.CONTENT_LENGTH, 12L)
                .containsEntry(CosConstants.CONTENT_TYPE, "text/plain")
                .containsEntry(CosConstants.CACHE_CONTROL, "no-cache")
                .containsEntry(CosConstants.E_TAG, "\"" + stored.getETag() + "\"")
                .containsEntry(CosConstants.CRC64, stored.getCrc64Ecma())
                .containsEntry(CosConstants.STORAGE_CLASS, "STANDARD")
                .containsEntry(CosConstants.METADATA, Map.of("colour", "blue"))
                .containsEntry(CosConstants.LAST_MODIFIED, stored.getLastModified());
        assertThat(result.getMessage().getHeader(CosConstants.REQUEST_ID, String.class)).isNotBlank();
        assertThat(result.getMessage().getHeader(CosConstants.LAST_MODIFIED)).isInstanceOf(Date.class);
    }

    @Test
    void aRouteConvertsTheStreamToText() {
        sdkPut(BUCKET, "get/text.txt", "caf\u00e9 au lait");

        assertThat(template.requestBodyAndHeader("direct:getAsString", null, CosConstants.KEY, "get/text.txt"))
                .isEqualTo("caf\u00e9 au lait");
    }

    @Test
    void theConnectionIsGivenBackWhenTheExchangeCompletesEvenIfTheRouteNeverReadsIt() throws IOException {
        sdkPut(BUCKET, "get/unread.txt", "never read by the route");

        template.sendBodyAndHeader("direct:getUnread", null, CosConstants.KEY, "get/unread.txt");

        InputStream unread = bodySeenByTheRoute.get();
        assertThat(unread).isNotNull();
        assertThat(unread.toString()).doesNotContain("connected");
        // and a read afterwards still gets the object, with a request of its own
        emulator.clearRequests();
        assertThat(new String(unread.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("never read by the route");
        assertThat(emulator.requests()).hasSize(1);
    }

    @Test
    void rangeAndKeyHeadersOverrideTheDefaults() {
        sdkPut(BUCKET, "get/by-option.txt", "option object");
        sdkPut(BUCKET, "get/by-header.txt", "0123456789");

        Exchange byOption = template.send("direct:getWithKeyName", e -> {
        });
        assertThat(byOption.getMessage().getBody(String.class)).isEqualTo("option object");

        Exchange byHeader = template.send("direct:getWithKeyName", e -> {
            e.getMessage().setHeader(CosConstants.KEY, "get/by-header.txt");
            e.getMessage().setHeader(CosConstants.RANGE, "bytes=2-5");
        });
        assertThat(byHeader.getMessage().getBody(String.class)).isEqualTo("2345");
        assertThat(byHeader.getMessage().getHeader(CosConstants.CONTENT_LENGTH)).isEqualTo(4L);
        assertThat(byHeader.getMessage().getHeader(CosConstants.CONTENT_RANGE)).isEqualTo("bytes 2-5/10");
    }

    @Test
    void getObjectOfAMissingKeyFailsWithTheServiceError() {
        Exchange result = cos(CosOperation.getObject, null, Map.of(CosConstants.KEY, "get/missing.txt"));

        assertThat(result.getException()).isInstanceOfSatisfying(CosServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.errorCode()).isEqualTo("NoSuchKey");
            assertThat(e.requestId()).isNotBlank();
            assertThat(e.getMessage()).contains("NoSuchKey").doesNotContain(SECRET_KEY);
        });
    }

    @Test
    void aMalformedRangeFailsBeforeAnyRequest() {
        failsBeforeAnyRequest(CosOperation.getObject, null,
                Map.of(CosConstants.KEY, "get/hello.txt", CosConstants.RANGE, "bytes=9-2"))
                .hasMessageContaining(CosConstants.RANGE).hasMessageContaining("bytes=9-2")
                .hasMessageContaining("first <= last");
    }

    @Test
    void headObjectGivesHeadersAndLeavesTheBody() {
        sdkPutWithMetadata("head/hello.txt", "hello head");

        Exchange result = cosOk(CosOperation.headObject, "the body before",
                Map.of(CosConstants.KEY, "head/hello.txt", CosConstants.CONTENT_RANGE, "bytes 0-1/2"));

        assertThat(result.getMessage().getBody()).isEqualTo("the body before");
        assertThat(result.getMessage().getHeaders())
                .containsEntry(CosConstants.CONTENT_LENGTH, 10L)
                .containsEntry(CosConstants.CONTENT_TYPE, "text/plain")
                .containsEntry(CosConstants.METADATA, Map.of("colour", "blue"))
                .containsEntry(CosConstants.KEY, "head/hello.txt")
                .containsEntry(CosConstants.BUCKET_NAME, BUCKET)
                .as("a value this answer does not have is not left over from the message")
                .doesNotContainKey(CosConstants.CONTENT_RANGE);
    }

    @Test
    void headObjectReadsTheBucketAndConditionHeaders() {
        sdkPut(OTHER_BUCKET, "head/elsewhere.txt", "in the other bucket");
        String etag = sdk.getObjectMetadata(OTHER_BUCKET, "head/elsewhere.txt").getETag();

        Exchange found = cosOk(CosOperation.headObject, null,
                Map.of(CosConstants.KEY, "head/elsewhere.txt", CosConstants.OVERRIDE_BUCKET_NAME, OTHER_BUCKET,
                        CosConstants.IF_MATCH, "\"" + etag + "\""));
        assertThat(found.getMessage().getHeader(CosConstants.CONTENT_LENGTH)).isEqualTo(19L);
        assertThat(found.getMessage().getHeader(CosConstants.BUCKET_NAME)).isEqualTo(OTHER_BUCKET);

        Exchange notModified = cos(CosOperation.headObject, null,
                Map.of(CosConstants.KEY, "head/elsewhere.txt", CosConstants.OVERRIDE_BUCKET_NAME, OTHER_BUCKET,
                        CosConstants.IF_MODIFIED_SINCE, Date.from(Instant.now().plusSeconds(3600))));
        assertThat(notModified.getException()).isInstanceOfSatisfying(CosServiceException.class,
                e -> assertThat(e.statusCode()).isEqualTo(304));
    }

    @Test
    void headObjectOfAMissingKeyFailsWith404() {
        Exchange result = cos(CosOperation.headObject, null, Map.of(CosConstants.KEY, "head/missing.txt"));

        assertThat(result.getException()).isInstanceOfSatisfying(CosServiceException.class,
                e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void aMissingKeyFailsBeforeAnyRequest() {
        failsBeforeAnyRequest(CosOperation.headObject, null, Map.of())
                .hasMessageContaining("headObject needs an object key").hasMessageContaining(CosConstants.KEY)
                .hasMessageContaining("keyName");
    }
}
