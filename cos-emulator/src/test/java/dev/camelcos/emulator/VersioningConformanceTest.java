package dev.camelcos.emulator;

import static dev.camelcos.emulator.ObjectConformanceTest.assertCosError;
import static org.assertj.core.api.Assertions.assertThat;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.model.BucketVersioningConfiguration;
import com.qcloud.cos.model.COSVersionSummary;
import com.qcloud.cos.model.CopyObjectRequest;
import com.qcloud.cos.model.DeleteObjectsRequest;
import com.qcloud.cos.model.DeleteObjectsResult;
import com.qcloud.cos.model.GetObjectRequest;
import com.qcloud.cos.model.GetObjectMetadataRequest;
import com.qcloud.cos.model.ListVersionsRequest;
import com.qcloud.cos.model.ObjectMetadata;
import com.qcloud.cos.model.PutObjectResult;
import com.qcloud.cos.model.SetBucketVersioningConfigurationRequest;
import com.qcloud.cos.model.VersionListing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bucket versioning through the official SDK: version ids, reads of old versions, delete markers, listings. */
class VersioningConformanceTest {
    static final String BUCKET = "versioned-1250000000";
    @TempDir
    Path dir;
    CosEmulator emulator;
    COSClient cos;

    @BeforeEach
    void start() {
        emulator = CosEmulator.builder().bucket(BUCKET).dataDir(dir).start();
        cos = SdkSupport.client(emulator);
    }

    @AfterEach
    void stop() {
        cos.shutdown();
        emulator.close();
    }

    private PutObjectResult put(String key, String content) {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        ObjectMetadata meta = new ObjectMetadata();
        meta.setContentLength(data.length);
        return cos.putObject(BUCKET, key, new ByteArrayInputStream(data), meta);
    }

    private String read(GetObjectRequest request) throws IOException {
        try (InputStream in = cos.getObject(request).getObjectContent()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void enable(String status) {
        cos.setBucketVersioningConfiguration(new SetBucketVersioningConfigurationRequest(BUCKET,
                new BucketVersioningConfiguration(status)));
    }

    @Test
    void configurationStartsOffAndIsKept() {
        assertThat(cos.getBucketVersioningConfiguration(BUCKET).getStatus()).isEqualTo(BucketVersioningConfiguration.OFF);
        assertThat(put("plain", "x").getVersionId()).isNull();
        enable(BucketVersioningConfiguration.ENABLED);
        assertThat(cos.getBucketVersioningConfiguration(BUCKET).getStatus()).isEqualTo("Enabled");
        enable(BucketVersioningConfiguration.SUSPENDED);
        assertThat(cos.getBucketVersioningConfiguration(BUCKET).getStatus()).isEqualTo("Suspended");
    }

    @Test
    void everyWriteIsAVersionAndOldVersionsStayReadable() throws Exception {
        put("doc", "before versioning");
        enable(BucketVersioningConfiguration.ENABLED);
        String v1 = put("doc", "first").getVersionId();
        String v2 = put("doc", "second").getVersionId();
        assertThat(v1).isNotBlank().isNotEqualTo("null").isNotEqualTo(v2);

        assertThat(read(new GetObjectRequest(BUCKET, "doc"))).isEqualTo("second");
        assertThat(read(new GetObjectRequest(BUCKET, "doc", v1))).isEqualTo("first");
        assertThat(read(new GetObjectRequest(BUCKET, "doc", "null"))).isEqualTo("before versioning");
        assertThat(cos.getObjectMetadata(new GetObjectMetadataRequest(BUCKET, "doc", v1)).getContentLength()).isEqualTo(5);
        assertThat(cos.getObjectMetadata(BUCKET, "doc").getVersionId()).isEqualTo(v2);
        assertCosError(() -> cos.getObject(new GetObjectRequest(BUCKET, "doc", "no-such-version")), 404, "NoSuchVersion");

        CopyObjectRequest restoreOld = new CopyObjectRequest(BUCKET, "doc", BUCKET, "doc");
        restoreOld.setSourceVersionId(v1);
        String v3 = cos.copyObject(restoreOld).getVersionId();
        assertThat(v3).isNotIn(v1, v2);
        assertThat(read(new GetObjectRequest(BUCKET, "doc"))).isEqualTo("first");

        VersionListing listing = cos.listVersions(BUCKET, "doc");
        assertThat(listing.getVersionSummaries()).extracting(COSVersionSummary::getVersionId)
                .containsExactly(v3, v2, v1, "null");
        assertThat(listing.getVersionSummaries()).extracting(COSVersionSummary::isLatest)
                .containsExactly(true, false, false, false);
    }

    @Test
    void deleteWritesAMarkerThatIsNotAnObject() throws Exception {
        enable(BucketVersioningConfiguration.ENABLED);
        String v1 = put("gone", "kept underneath").getVersionId();
        cos.deleteObject(BUCKET, "gone");

        assertThat(cos.doesObjectExist(BUCKET, "gone")).isFalse();
        assertCosError(() -> cos.getObject(BUCKET, "gone"), 404, "NoSuchKey");
        assertThat(cos.listObjects(BUCKET).getObjectSummaries()).isEmpty();
        VersionListing listing = cos.listVersions(BUCKET, "gone");
        List<COSVersionSummary> versions = listing.getVersionSummaries();
        assertThat(versions).extracting(COSVersionSummary::isDeleteMarker).containsExactly(true, false);
        assertThat(versions.get(0).isLatest()).isTrue();
        String marker = versions.get(0).getVersionId();
        assertCosError(() -> cos.getObject(new GetObjectRequest(BUCKET, "gone", marker)), 405, "MethodNotAllowed");
        assertThat(read(new GetObjectRequest(BUCKET, "gone", v1))).isEqualTo("kept underneath");

        // removing the marker brings the object back; removing a version is for good
        cos.deleteVersion(BUCKET, "gone", marker);
        assertThat(read(new GetObjectRequest(BUCKET, "gone"))).isEqualTo("kept underneath");
        cos.deleteVersion(BUCKET, "gone", v1);
        assertThat(cos.doesObjectExist(BUCKET, "gone")).isFalse();
        assertThat(cos.listVersions(BUCKET, "gone").getVersionSummaries()).isEmpty();
    }

    @Test
    void multiDeleteNamesVersionsAndReportsMarkers() {
        enable(BucketVersioningConfiguration.ENABLED);
        String a1 = put("m/a", "a").getVersionId();
        put("m/b", "b");
        DeleteObjectsRequest request = new DeleteObjectsRequest(BUCKET);
        request.setKeys(List.of(new DeleteObjectsRequest.KeyVersion("m/a", a1), new DeleteObjectsRequest.KeyVersion("m/b")));
        DeleteObjectsResult result = cos.deleteObjects(request);
        assertThat(result.getDeletedObjects()).anySatisfy(d -> {
            assertThat(d.getKey()).isEqualTo("m/a");
            assertThat(d.getVersionId()).isEqualTo(a1);
            assertThat(d.isDeleteMarker()).isFalse();
        }).anySatisfy(d -> {
            assertThat(d.getKey()).isEqualTo("m/b");
            assertThat(d.isDeleteMarker()).isTrue();
            assertThat(d.getDeleteMarkerVersionId()).isNotBlank();
        });
        assertThat(cos.listVersions(BUCKET, "m/").getVersionSummaries()).extracting(COSVersionSummary::getKey)
                .containsExactly("m/b", "m/b");
        assertCosError(() -> cos.deleteBucket(BUCKET), 409, "BucketNotEmpty");
    }

    @Test
    void suspendedVersioningReplacesOnlyTheNullVersion() throws Exception {
        enable(BucketVersioningConfiguration.ENABLED);
        String kept = put("s", "versioned").getVersionId();
        enable(BucketVersioningConfiguration.SUSPENDED);
        assertThat(put("s", "null one").getVersionId()).isEqualTo("null");
        put("s", "null two");
        assertThat(cos.listVersions(BUCKET, "s").getVersionSummaries()).extracting(COSVersionSummary::getVersionId)
                .containsExactly("null", kept);
        assertThat(read(new GetObjectRequest(BUCKET, "s"))).isEqualTo("null two");
        assertThat(read(new GetObjectRequest(BUCKET, "s", kept))).isEqualTo("versioned");
    }

    @Test
    void versionListingPagesWithKeyAndVersionMarkers() {
        enable(BucketVersioningConfiguration.ENABLED);
        put("p/a", "1");
        put("p/a", "2");
        put("p/b", "3");
        ListVersionsRequest request = new ListVersionsRequest(BUCKET, "p/", null, null, null, 2);
        VersionListing first = cos.listVersions(request);
        assertThat(first.isTruncated()).isTrue();
        assertThat(first.getVersionSummaries()).extracting(COSVersionSummary::getKey).containsExactly("p/a", "p/a");
        VersionListing second = cos.listNextBatchOfVersions(first);
        assertThat(second.getVersionSummaries()).extracting(COSVersionSummary::getKey).containsExactly("p/b");
        assertThat(second.isTruncated()).isFalse();

        ListVersionsRequest mid = new ListVersionsRequest(BUCKET, "p/", "p/a",
                first.getVersionSummaries().get(0).getVersionId(), null, 10);
        assertThat(cos.listVersions(mid).getVersionSummaries()).extracting(COSVersionSummary::getVersionId)
                .containsExactly(first.getVersionSummaries().get(1).getVersionId(),
                        second.getVersionSummaries().get(0).getVersionId());
    }

    @Test
    void versionsSurviveARestart() throws Exception {
        enable(BucketVersioningConfiguration.ENABLED);
        String v1 = put("r", "one").getVersionId();
        put("r", "two");
        cos.deleteObject(BUCKET, "r");
        cos.shutdown();
        emulator.close();

        emulator = CosEmulator.builder().dataDir(dir).start();
        cos = SdkSupport.client(emulator);
        assertThat(cos.getBucketVersioningConfiguration(BUCKET).getStatus()).isEqualTo("Enabled");
        assertThat(cos.listVersions(BUCKET, "r").getVersionSummaries()).extracting(COSVersionSummary::isDeleteMarker)
                .containsExactly(true, false, false);
        assertThat(read(new GetObjectRequest(BUCKET, "r", v1))).isEqualTo("one");
        assertThat(cos.doesObjectExist(BUCKET, "r")).isFalse();
    }
}
