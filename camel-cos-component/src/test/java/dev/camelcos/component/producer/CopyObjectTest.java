package dev.camelcos.component.producer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;

import com.qcloud.cos.model.ObjectMetadata;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class CopyObjectTest extends EmulatorRouteTestSupport {

    private static void sdkPutWithMetadata(String bucket, String key, String content) {
        ObjectMetadata metadata = new ObjectMetadata();
        metadata.setContentType("text/csv");
        metadata.setContentLength(content.length());
        metadata.addUserMetadata("source", "yes");
        sdk.putObject(bucket, key, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), metadata);
    }

    @Test
    void copiesTheObjectKeepingItsMetadata() {
        sdkPutWithMetadata(BUCKET, "copy/source.csv", "a,b\n");

        Exchange result = cosOk(CosOperation.copyObject, null, Map.of(
                CosConstants.COPY_SOURCE_KEY, "copy/source.csv", CosConstants.KEY, "copy/target.csv"));

        assertThat(sdkRead(BUCKET, "copy/target.csv")).isEqualTo("a,b\n");
        ObjectMetadata copy = sdk.getObjectMetadata(BUCKET, "copy/target.csv");
        assertThat(copy.getContentType()).isEqualTo("text/csv");
        assertThat(copy.getUserMetadata()).containsEntry("source", "yes");
        assertThat(result.getMessage().getHeaders())
                .containsEntry(CosConstants.E_TAG, "\"" + copy.getETag() + "\"")
                .containsEntry(CosConstants.CRC64, copy.getCrc64Ecma())
                .containsEntry(CosConstants.KEY, "copy/target.csv");
        assertThat(result.getMessage().getHeader(CosConstants.LAST_MODIFIED)).isInstanceOf(Date.class);
    }

    @Test
    void headersReplaceTheMetadataAndChooseSourceBucketAndStorageClass() {
        sdkPutWithMetadata(OTHER_BUCKET, "copy/elsewhere.csv", "x,y\n");

        cosOk(CosOperation.copyObject, null, Map.of(
                CosConstants.COPY_SOURCE_BUCKET_NAME, OTHER_BUCKET,
                CosConstants.COPY_SOURCE_KEY, "copy/elsewhere.csv",
                CosConstants.KEY, "copy/replaced.csv",
                CosConstants.METADATA_DIRECTIVE, "Replaced",
                CosConstants.CONTENT_TYPE, "application/vnd.ms-excel",
                CosConstants.METADATA, Map.of("copied", "true"),
                CosConstants.OVERRIDE_STORAGE_CLASS, "STANDARD_IA"));

        assertThat(sdkRead(BUCKET, "copy/replaced.csv")).isEqualTo("x,y\n");
        ObjectMetadata copy = sdk.getObjectMetadata(BUCKET, "copy/replaced.csv");
        assertThat(copy.getContentType()).isEqualTo("application/vnd.ms-excel");
        assertThat(copy.getUserMetadata()).containsEntry("copied", "true").doesNotContainKey("source");
        assertThat(copy.getStorageClass()).isEqualTo("STANDARD_IA");
    }

    @Test
    void theConditionHeadersApplyToTheSource() {
        sdkPutWithMetadata(BUCKET, "copy/conditional.csv", "c,d\n");
        String etag = "\"" + sdk.getObjectMetadata(BUCKET, "copy/conditional.csv").getETag() + "\"";

        Exchange stale = cos(CosOperation.copyObject, null, Map.of(CosConstants.COPY_SOURCE_KEY, "copy/conditional.csv",
                CosConstants.KEY, "copy/if-match", CosConstants.IF_MATCH, "\"0123456789abcdef0123456789abcdef\""));
        Exchange unchanged = cos(CosOperation.copyObject, null, Map.of(
                CosConstants.COPY_SOURCE_KEY, "copy/conditional.csv", CosConstants.KEY, "copy/if-none-match",
                CosConstants.IF_NONE_MATCH, etag));
        Exchange notModifiedSince = cos(CosOperation.copyObject, null, Map.of(
                CosConstants.COPY_SOURCE_KEY, "copy/conditional.csv", CosConstants.KEY, "copy/if-modified-since",
                CosConstants.IF_MODIFIED_SINCE, Date.from(java.time.Instant.now().plusSeconds(3600))));
        cosOk(CosOperation.copyObject, null, Map.of(CosConstants.COPY_SOURCE_KEY, "copy/conditional.csv",
                CosConstants.KEY, "copy/if-match-ok", CosConstants.IF_MATCH, etag));

        for (Exchange failed : new Exchange[] {stale, unchanged, notModifiedSince}) {
            assertThat(failed.getException()).isInstanceOfSatisfying(CosServiceException.class,
                    e -> assertThat(e.statusCode()).isIn(304, 412));
        }
        assertThat(sdk.doesObjectExist(BUCKET, "copy/if-match")).isFalse();
        assertThat(sdk.doesObjectExist(BUCKET, "copy/if-none-match")).isFalse();
        assertThat(sdk.doesObjectExist(BUCKET, "copy/if-modified-since")).isFalse();
        assertThat(sdkRead(BUCKET, "copy/if-match-ok")).isEqualTo("c,d\n");
    }

    @Test
    void copyingAMissingSourceFailsWithTheServiceError() {
        Exchange result = cos(CosOperation.copyObject, null, Map.of(
                CosConstants.COPY_SOURCE_KEY, "copy/no-such-source", CosConstants.KEY, "copy/never"));

        assertThat(result.getException()).isInstanceOfSatisfying(CosServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.errorCode()).isEqualTo("NoSuchKey");
        });
        assertThat(sdk.doesObjectExist(BUCKET, "copy/never")).isFalse();
    }

    @Test
    void aMissingSourceKeyFailsBeforeAnyRequest() {
        failsBeforeAnyRequest(CosOperation.copyObject, null, Map.of(CosConstants.KEY, "copy/target"))
                .hasMessageContaining(CosConstants.COPY_SOURCE_KEY).hasMessageContaining("copyObject");
    }

    @Test
    void anUnknownMetadataDirectiveFailsBeforeAnyRequest() {
        failsBeforeAnyRequest(CosOperation.copyObject, null, Map.of(CosConstants.KEY, "copy/target",
                CosConstants.COPY_SOURCE_KEY, "copy/source.csv", CosConstants.METADATA_DIRECTIVE, "Merge"))
                .hasMessageContaining(CosConstants.METADATA_DIRECTIVE).hasMessageContaining("'Merge'")
                .hasMessageContaining("Replaced");
    }
}
