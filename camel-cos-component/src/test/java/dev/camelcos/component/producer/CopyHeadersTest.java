package dev.camelcos.component.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import com.qcloud.cos.model.ObjectMetadata;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

/**
 * copy and copyObject read the same headers: each case runs both, copy by parallel part copies (its source is above
 * the multipart copy threshold), and both must end alike: the same metadata on success, or the same failure with the
 * same message (but for the operation's name), and then nothing written.
 */
class CopyHeadersTest extends EmulatorRouteTestSupport {

    private static final int MIB = 1024 * 1024;
    private static final String SOURCE = "headers/source.bin";
    private static String sourceETag;

    @BeforeAll
    static void putSource() {
        byte[] content = new byte[2 * MIB + 1];
        new Random(11).nextBytes(content);
        ObjectMetadata metadata = new ObjectMetadata();
        metadata.setContentLength(content.length);
        metadata.setContentType("application/x-source");
        metadata.addUserMetadata("from", "source");
        sdk.putObject(BUCKET, SOURCE, new ByteArrayInputStream(content), metadata);
        sourceETag = "\"" + sdk.getObjectMetadata(BUCKET, SOURCE).getETag() + "\"";
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(COS).to("cos:" + BUCKET + "?multipartCopyThreshold=" + MIB + "&copyPartSize=" + MIB);
            }
        };
    }

    static Stream<Arguments> cases() {
        Date hourAgo = Date.from(Instant.now().minusSeconds(3600));
        Date inAnHour = Date.from(Instant.now().plusSeconds(3600));
        return Stream.of(
                Arguments.of("no source key", Map.of()),
                Arguments.of("source key with a leading slash", Map.of(CosConstants.COPY_SOURCE_KEY, "/abs")),
                Arguments.of("bad source bucket", Map.of(CosConstants.COPY_SOURCE_KEY, SOURCE,
                        CosConstants.COPY_SOURCE_BUCKET_NAME, "Bad_Bucket-1")),
                Arguments.of("unknown metadata directive", Map.of(CosConstants.COPY_SOURCE_KEY, SOURCE,
                        CosConstants.METADATA_DIRECTIVE, "Merge")),
                Arguments.of("unparsable If-Modified-Since", Map.of(CosConstants.COPY_SOURCE_KEY, SOURCE,
                        CosConstants.IF_MODIFIED_SINCE, "yesterday")),
                Arguments.of("If-Match of another version", Map.of(CosConstants.COPY_SOURCE_KEY, SOURCE,
                        CosConstants.IF_MATCH, "\"0123456789abcdef0123456789abcdef\"")),
                Arguments.of("If-None-Match of this version", Map.of(CosConstants.COPY_SOURCE_KEY, SOURCE,
                        CosConstants.IF_NONE_MATCH, "this version")),
                Arguments.of("If-Modified-Since in the future", Map.of(CosConstants.COPY_SOURCE_KEY, SOURCE,
                        CosConstants.IF_MODIFIED_SINCE, inAnHour)),
                Arguments.of("If-Unmodified-Since before it was written", Map.of(CosConstants.COPY_SOURCE_KEY, SOURCE,
                        CosConstants.IF_UNMODIFIED_SINCE, hourAgo)),
                Arguments.of("If-Match of this version", Map.of(CosConstants.COPY_SOURCE_KEY, SOURCE,
                        CosConstants.IF_MATCH, "this version")),
                Arguments.of("metadata directive in lower case", Map.of(CosConstants.COPY_SOURCE_KEY, SOURCE,
                        CosConstants.METADATA_DIRECTIVE, "replaced", CosConstants.CONTENT_TYPE, "text/x-replaced",
                        CosConstants.METADATA, Map.of("from", "headers"))),
                Arguments.of("metadata directive Copy", Map.of(CosConstants.COPY_SOURCE_KEY, SOURCE,
                        CosConstants.METADATA_DIRECTIVE, "COPY")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void copyAndCopyObjectEndAlike(String name, Map<String, Object> headers) {
        String slug = name.replaceAll("[^A-Za-z]+", "-");
        Outcome single = copy(CosOperation.copyObject, "headers/" + slug + "-copyObject", headers);
        Outcome parallel = copy(CosOperation.copy, "headers/" + slug + "-copy", headers);

        assertThat(parallel.failure()).as("copy's failure").isEqualTo(single.failure());
        assertThat(parallel.contentType()).as("content type of the copy").isEqualTo(single.contentType());
        assertThat(parallel.userMetadata()).as("user metadata of the copy").isEqualTo(single.userMetadata());
        if (single.failure() != null) {
            assertThat(sdk.doesObjectExist(BUCKET, "headers/" + slug + "-copy")).isFalse();
            assertThat(sdk.doesObjectExist(BUCKET, "headers/" + slug + "-copyObject")).isFalse();
        }
    }

    /** What a copy came to: its failure (type and message, the operation's name left out) or the copy's metadata. */
    private record Outcome(String failure, String contentType, Map<String, String> userMetadata) {
    }

    private Outcome copy(CosOperation operation, String target, Map<String, Object> headers) {
        Map<String, Object> all = new HashMap<>(headers);
        all.replaceAll((header, value) -> "this version".equals(value) ? sourceETag : value);
        all.put(CosConstants.KEY, target);
        Exchange result = cos(operation, null, all);
        Exception e = result.getException();
        if (e != null) {
            String failure = e instanceof CosServiceException service
                    ? "COS " + service.statusCode() + " " + service.errorCode()
                    : e.getClass().getName() + ": " + e.getMessage().replace(": " + operation.name() + " ", ": <operation> ");
            return new Outcome(failure, null, null);
        }
        ObjectMetadata copied = sdk.getObjectMetadata(BUCKET, target);
        return new Outcome(null, copied.getContentType(), copied.getUserMetadata());
    }
}
