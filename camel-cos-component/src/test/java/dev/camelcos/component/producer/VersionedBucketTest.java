package dev.camelcos.component.producer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import com.qcloud.cos.model.BucketVersioningConfiguration;
import com.qcloud.cos.model.COSVersionSummary;
import com.qcloud.cos.model.GetObjectRequest;
import com.qcloud.cos.model.SetBucketVersioningConfigurationRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The CamelCosVersionId paths (get, head, delete, copy source) on a bucket with versioning enabled. */
class VersionedBucketTest extends EmulatorRouteTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(COS).to("cos:" + BUCKET);
                from("direct:getAsText").to("cos:" + BUCKET + "?operation=getObject").convertBodyTo(String.class);
            }
        };
    }

    /** getObject whose body the route reads while the connection is open. */
    private Exchange getAsText(Map<String, Object> headers) {
        Exchange result = template.send("direct:getAsText", e -> e.getMessage().setHeaders(new HashMap<>(headers)));
        assertThat(result.getException()).isNull();
        return result;
    }

    @BeforeAll
    static void enableVersioning() {
        sdk.setBucketVersioningConfiguration(new SetBucketVersioningConfigurationRequest(BUCKET,
                new BucketVersioningConfiguration(BucketVersioningConfiguration.ENABLED)));
    }

    private String put(String key, String content) {
        Exchange put = cosOk(CosOperation.putObject, content, Map.of(CosConstants.KEY, key));
        String versionId = put.getMessage().getHeader(CosConstants.VERSION_ID, String.class);
        assertThat(versionId).as("version id of the write").isNotBlank().isNotEqualTo("null");
        return versionId;
    }

    private static String readVersion(String key, String versionId) {
        try (InputStream in = sdk.getObject(new GetObjectRequest(BUCKET, key, versionId)).getObjectContent()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyWriteAnswersItsVersionAndOldVersionsAreReadByVersionId() {
        String first = put("versioned/doc.txt", "first");
        String second = put("versioned/doc.txt", "second, longer");
        assertThat(sdk.listVersions(BUCKET, "versioned/doc.txt").getVersionSummaries())
                .extracting(COSVersionSummary::getVersionId).containsExactly(second, first);

        Exchange old = getAsText(Map.of(CosConstants.KEY, "versioned/doc.txt", CosConstants.VERSION_ID, first));
        assertThat(old.getMessage().getBody(String.class)).isEqualTo("first");
        assertThat(old.getMessage().getHeader(CosConstants.VERSION_ID)).isEqualTo(first);
        Exchange latest = getAsText(Map.of(CosConstants.KEY, "versioned/doc.txt"));
        assertThat(latest.getMessage().getBody(String.class)).isEqualTo("second, longer");

        Exchange head = cosOk(CosOperation.headObject, null, Map.of(CosConstants.KEY, "versioned/doc.txt",
                CosConstants.VERSION_ID, first));
        assertThat(head.getMessage().getHeader(CosConstants.CONTENT_LENGTH)).isEqualTo(5L);
        assertThat(head.getMessage().getHeader(CosConstants.VERSION_ID)).isEqualTo(first);

        Exchange missing = cos(CosOperation.getObject, null, Map.of(CosConstants.KEY, "versioned/doc.txt",
                CosConstants.VERSION_ID, "no-such-version"));
        assertThat(missing.getException()).isInstanceOfSatisfying(CosServiceException.class,
                e -> assertThat(e.errorCode()).isEqualTo("NoSuchVersion"));
    }

    @Test
    void copyObjectCopiesTheNamedSourceVersion() {
        String first = put("versioned/source.txt", "old content");
        put("versioned/source.txt", "new content");

        Exchange copied = cosOk(CosOperation.copyObject, null, Map.of(CosConstants.COPY_SOURCE_KEY, "versioned/source.txt",
                CosConstants.COPY_SOURCE_VERSION_ID, first, CosConstants.KEY, "versioned/restored.txt"));

        assertThat(sdkRead(BUCKET, "versioned/restored.txt")).isEqualTo("old content");
        assertThat(copied.getMessage().getHeader(CosConstants.VERSION_ID, String.class)).isNotBlank().isNotEqualTo(first);
    }

    @Test
    void deleteWithoutAVersionWritesAMarkerAndWithOneRemovesThatVersion() {
        String first = put("versioned/delete.txt", "one");
        String second = put("versioned/delete.txt", "two");

        cosOk(CosOperation.deleteObject, null, Map.of(CosConstants.KEY, "versioned/delete.txt", CosConstants.VERSION_ID, second));
        assertThat(sdkRead(BUCKET, "versioned/delete.txt")).isEqualTo("one");
        assertThat(sdk.listVersions(BUCKET, "versioned/delete.txt").getVersionSummaries())
                .extracting(COSVersionSummary::getVersionId).containsExactly(first);

        cosOk(CosOperation.deleteObject, null, Map.of(CosConstants.KEY, "versioned/delete.txt"));
        assertThat(sdk.doesObjectExist(BUCKET, "versioned/delete.txt")).isFalse();
        assertThat(sdk.listVersions(BUCKET, "versioned/delete.txt").getVersionSummaries())
                .extracting(COSVersionSummary::isDeleteMarker).containsExactly(true, false);
        assertThat(readVersion("versioned/delete.txt", first)).isEqualTo("one");
    }
}
