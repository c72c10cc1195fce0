package dev.camelcos.component.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.qcloud.cos.model.InitiateMultipartUploadRequest;
import com.qcloud.cos.model.ListMultipartUploadsRequest;
import com.qcloud.cos.model.MultipartUpload;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.model.MultipartUploadSummary;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

/**
 * The cleanup route docs/reliability.md gives for uploads nobody will finish (e.g. begun by an Initiate whose answer
 * was lost and not recognised, or by a process that died): every unfinished upload under a prefix older than a
 * duration is aborted, the others are left alone.
 */
class AbandonedUploadsRouteTest extends EmulatorRouteTestSupport {

    /** The route of the docs, with the age as a parameter so that the test can choose it. */
    static RouteBuilder cleanup(String bucket, String prefix, Duration olderThan) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:abort-abandoned-uploads").routeId("abort-abandoned-uploads")
                        .setHeader(CosConstants.OPERATION, constant(CosOperation.listMultipartUploads))
                        .setHeader(CosConstants.PREFIX, constant(prefix))
                        .to("cos:" + bucket)
                        .split(body())
                            .filter(e -> e.getMessage().getBody(MultipartUploadSummary.class).getInitiated()
                                    .isBefore(Instant.now().minus(olderThan)))
                            .setHeader(CosConstants.OPERATION, constant(CosOperation.abortMultipartUpload))
                            .setHeader(CosConstants.KEY, simple("${body.key}"))
                            .setHeader(CosConstants.UPLOAD_ID, simple("${body.uploadId}"))
                            .to("cos:" + bucket);
            }
        };
    }

    @Test
    void uploadsOlderThanTheAgeUnderThePrefixAreAbortedAndNoOthers() throws Exception {
        initiate("abandoned/a.bin");
        initiate("abandoned/sub/b.bin");
        initiate("elsewhere/c.bin");
        context.addRoutes(cleanup(BUCKET, "abandoned/", Duration.ofDays(1)));

        template.sendBody("direct:abort-abandoned-uploads", null);
        assertThat(unfinished()).as("uploads younger than a day are kept")
                .containsExactlyInAnyOrder("abandoned/a.bin", "abandoned/sub/b.bin", "elsewhere/c.bin");

        context.getRouteController().stopRoute("abort-abandoned-uploads");
        context.removeRoute("abort-abandoned-uploads");
        context.addRoutes(cleanup(BUCKET, "abandoned/", Duration.ofMinutes(-1)));
        template.sendBody("direct:abort-abandoned-uploads", null);
        assertThat(unfinished()).as("with every upload old enough, those under the prefix are aborted")
                .containsExactly("elsewhere/c.bin");
    }

    private static void initiate(String key) {
        sdk.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, key));
    }

    private static List<String> unfinished() {
        return sdk.listMultipartUploads(new ListMultipartUploadsRequest(BUCKET)).getMultipartUploads().stream()
                .map(MultipartUpload::getKey).toList();
    }
}
