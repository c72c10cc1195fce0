package dev.camelcos.component.producer;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.BucketSummary;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;
import dev.camelcos.emulator.RecordedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** listBuckets, headBucket, createBucket, deleteBucket, and the endpoint option autoCreateBucket. */
class BucketOperationsTest extends EmulatorRouteTestSupport {

    @Test
    void listBucketsGivesEveryBucket() {
        Exchange result = cosOk(CosOperation.listBuckets, null, Map.of());

        assertThat(result.getMessage().getBody(List.class)).extracting(b -> ((BucketSummary) b).getName())
                .contains(BUCKET, OTHER_BUCKET);
    }

    @Test
    void listBucketsWithWrongCredentialsFailsWithTheServiceErrorAndNoSecret() {
        Exchange result = template.send("cos:" + BUCKET + "?operation=listBuckets&secretId=" + SECRET_ID
                                        + "&secretKey=wrongSecretKeyValue",
                e -> {
                });

        assertThat(result.getException()).isInstanceOfSatisfying(CosServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(403);
            assertThat(e.errorCode()).isEqualTo("SignatureDoesNotMatch");
            assertThat(e.requestId()).isNotBlank();
            assertThat(e.getMessage()).doesNotContain("wrongSecretKeyValue").doesNotContain(SECRET_KEY);
        });
    }

    @Test
    void createThenHeadThenDeleteABucketNamedByTheHeader() {
        Map<String, Object> bucket = Map.of(CosConstants.OVERRIDE_BUCKET_NAME, "created-1250000000");

        cosOk(CosOperation.createBucket, null, bucket);
        assertThat(sdk.doesBucketExist("created-1250000000")).isTrue();

        Exchange head = cosOk(CosOperation.headBucket, "untouched", bucket);
        assertThat(head.getMessage().getBody()).isEqualTo("untouched");
        assertThat(head.getMessage().getHeader(CosConstants.BUCKET_NAME)).isEqualTo("created-1250000000");

        cosOk(CosOperation.deleteBucket, null, bucket);
        assertThat(sdk.doesBucketExist("created-1250000000")).isFalse();
    }

    @Test
    void headBucketUsesTheEndpointBucketWithoutHeader() {
        emulator.clearRequests();

        cosOk(CosOperation.headBucket, null, Map.of());

        assertThat(emulator.requests()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("HEAD");
            assertThat(r.bucket()).isEqualTo(BUCKET);
        });
    }

    @Test
    void headBucketOfAMissingBucketFailsWith404() {
        Exchange result = cos(CosOperation.headBucket, null, Map.of(CosConstants.OVERRIDE_BUCKET_NAME, "absent-1250000000"));

        assertThat(result.getException()).isInstanceOfSatisfying(CosServiceException.class,
                e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void createBucketThatExistsFailsWithTheServiceError() {
        Exchange result = cos(CosOperation.createBucket, null, Map.of(CosConstants.OVERRIDE_BUCKET_NAME, OTHER_BUCKET));

        assertThat(result.getException()).isInstanceOfSatisfying(CosServiceException.class,
                e -> assertThat(e.statusCode()).isEqualTo(409));
    }

    @Test
    void deleteBucketThatIsNotEmptyFailsWithTheServiceError() {
        sdkPut(OTHER_BUCKET, "keeps/the-bucket", "x");

        Exchange result = cos(CosOperation.deleteBucket, null, Map.of(CosConstants.OVERRIDE_BUCKET_NAME, OTHER_BUCKET));

        assertThat(result.getException()).isInstanceOfSatisfying(CosServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(409);
            assertThat(e.errorCode()).isEqualTo("BucketNotEmpty");
        });
        assertThat(sdk.doesBucketExist(OTHER_BUCKET)).isTrue();
    }

    @Test
    void anInvalidBucketHeaderOrAclFailsBeforeAnyRequest() {
        failsBeforeAnyRequest(CosOperation.createBucket, null, Map.of(CosConstants.OVERRIDE_BUCKET_NAME, "Bad_Bucket"))
                .hasMessageContaining(CosConstants.OVERRIDE_BUCKET_NAME).hasMessageContaining("'Bad_Bucket'")
                .hasMessageContaining("BucketName-APPID");
        failsBeforeAnyRequest(CosOperation.createBucket, null,
                Map.of(CosConstants.OVERRIDE_BUCKET_NAME, "fine-1250000000", CosConstants.ACL, "everyone"))
                .hasMessageContaining(CosConstants.ACL).hasMessageContaining("'everyone'");
    }

    @Test
    void autoCreateBucketCreatesAMissingBucketWhenTheEndpointStarts() throws Exception {
        emulator.clearRequests();

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:auto").to("cos:autocreated-1250000000?autoCreateBucket=true&acl=public-read");
                from("direct:existing").to("cos:" + OTHER_BUCKET + "?autoCreateBucket=true");
            }
        });

        List<RecordedRequest> startup = emulator.requests();
        assertThat(startup).filteredOn(r -> r.bucket().equals("autocreated-1250000000"))
                .extracting(RecordedRequest::method).containsExactly("HEAD", "PUT");
        assertThat(startup).filteredOn(r -> r.bucket().equals(OTHER_BUCKET))
                .extracting(RecordedRequest::method).as("an existing bucket is only checked").containsExactly("HEAD");
        assertThat(sdk.doesBucketExist("autocreated-1250000000")).isTrue();
    }
}
