package dev.camelcos.component.producer;

import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.DeleteResult;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** deleteObject and deleteObjects. */
class DeleteObjectsTest extends EmulatorRouteTestSupport {

    @Test
    void deleteObjectRemovesTheObject() {
        sdkPut(BUCKET, "delete/one.txt", "bye");

        Exchange result = cosOk(CosOperation.deleteObject, null, Map.of(CosConstants.KEY, "delete/one.txt"));

        assertThat(sdk.doesObjectExist(BUCKET, "delete/one.txt")).isFalse();
        assertThat(result.getMessage().getHeader(CosConstants.KEY)).isEqualTo("delete/one.txt");
    }

    @Test
    void deleteObjectTakesTheKeyAndBucketFromHeadersOverTheOptions() {
        sdkPut(BUCKET, "delete/kept.txt", "stays");
        sdkPut(OTHER_BUCKET, "delete/other.txt", "goes");

        Exchange result = template.send("cos:" + BUCKET + "?operation=deleteObject&keyName=delete/kept.txt", e -> {
            e.getMessage().setHeader(CosConstants.KEY, "delete/other.txt");
            e.getMessage().setHeader(CosConstants.OVERRIDE_BUCKET_NAME, OTHER_BUCKET);
        });

        assertThat(result.getException()).isNull();
        assertThat(sdk.doesObjectExist(OTHER_BUCKET, "delete/other.txt")).isFalse();
        assertThat(sdk.doesObjectExist(BUCKET, "delete/kept.txt")).isTrue();
    }

    @Test
    void deleteObjectInAMissingBucketFailsWithTheServiceError() {
        Exchange result = cos(CosOperation.deleteObject, null,
                Map.of(CosConstants.KEY, "k", CosConstants.OVERRIDE_BUCKET_NAME, "nosuchbucket-1250000000"));

        assertThat(result.getException()).isInstanceOfSatisfying(CosServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.errorCode()).isEqualTo("NoSuchBucket");
        });
    }

    @Test
    void deleteObjectsDeletesEveryKeyAndReportsThem() {
        sdkPut(BUCKET, "batch/a", "a");
        sdkPut(BUCKET, "batch/b", "b");
        sdkPut(BUCKET, "batch/c", "c");

        Exchange result = cosOk(CosOperation.deleteObjects, null,
                Map.of(CosConstants.KEYS_TO_DELETE, List.of("batch/a", "batch/b")));

        assertThat(sdk.doesObjectExist(BUCKET, "batch/a")).isFalse();
        assertThat(sdk.doesObjectExist(BUCKET, "batch/b")).isFalse();
        assertThat(sdk.doesObjectExist(BUCKET, "batch/c")).isTrue();
        assertThat(result.getMessage().getBody(DeleteResult.class).getDeletedKeys())
                .containsExactlyInAnyOrder("batch/a", "batch/b");
        assertThat(result.getMessage().getHeader(CosConstants.DELETED_KEYS, List.class))
                .containsExactlyInAnyOrder("batch/a", "batch/b");
        assertThat(result.getMessage().getHeader(CosConstants.FAILED_KEYS, List.class)).isEmpty();
    }

    @Test
    void deleteObjectsTakesAListingPageAndABucketHeader() {
        sdkPut(OTHER_BUCKET, "page/1", "1");
        sdkPut(OTHER_BUCKET, "page/2", "2");
        Exchange page = cosOk(CosOperation.listObjects, null, Map.of(CosConstants.OVERRIDE_BUCKET_NAME, OTHER_BUCKET,
                CosConstants.PREFIX, "page/", CosConstants.MAX_KEYS, 10));

        Exchange result = cosOk(CosOperation.deleteObjects, null, Map.of(CosConstants.OVERRIDE_BUCKET_NAME, OTHER_BUCKET,
                CosConstants.KEYS_TO_DELETE, page.getMessage().getBody()));

        assertThat(result.getMessage().getHeader(CosConstants.DELETED_KEYS, List.class))
                .containsExactlyInAnyOrder("page/1", "page/2");
        assertThat(sdk.doesObjectExist(OTHER_BUCKET, "page/1")).isFalse();
    }

    @Test
    void deleteObjectsWithoutKeysFailsBeforeAnyRequest() {
        failsBeforeAnyRequest(CosOperation.deleteObjects, null, Map.of())
                .hasMessageContaining(CosConstants.KEYS_TO_DELETE).hasMessageContaining("missing");
        failsBeforeAnyRequest(CosOperation.deleteObjects, null, Map.of(CosConstants.KEYS_TO_DELETE, "batch/a"))
                .hasMessageContaining(CosConstants.KEYS_TO_DELETE).hasMessageContaining("java.lang.String")
                .hasMessageContaining("Collection");
        failsBeforeAnyRequest(CosOperation.deleteObjects, null, Map.of(CosConstants.KEYS_TO_DELETE, List.of()))
                .hasMessageContaining("empty");
    }
}
