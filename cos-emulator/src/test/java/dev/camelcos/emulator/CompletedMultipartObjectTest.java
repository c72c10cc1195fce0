package dev.camelcos.emulator;

import static dev.camelcos.emulator.MultipartConformanceTest.MIB;
import static dev.camelcos.emulator.MultipartConformanceTest.random;
import static dev.camelcos.emulator.ObjectConformanceTest.assertCosError;
import static org.assertj.core.api.Assertions.assertThat;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.model.BucketVersioningConfiguration;
import com.qcloud.cos.model.CompleteMultipartUploadRequest;
import com.qcloud.cos.model.CompleteMultipartUploadResult;
import com.qcloud.cos.model.CopyObjectRequest;
import com.qcloud.cos.model.CopyPartRequest;
import com.qcloud.cos.model.GetObjectRequest;
import com.qcloud.cos.model.InitiateMultipartUploadRequest;
import com.qcloud.cos.model.PartETag;
import com.qcloud.cos.model.SetBucketVersioningConfigurationRequest;
import com.qcloud.cos.model.UploadPartRequest;
import com.qcloud.cos.utils.CRC64;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An object made by Complete Multipart Upload, which keeps its parts as its storage: read whole and in ranges
 * across part boundaries, its CRC64, copies of it, versions of it, deleting it and restarting, through the official SDK.
 */
class CompletedMultipartObjectTest {
    static final String BUCKET = "completed-1250000000";
    /** Three parts of unequal size, so that no boundary falls where a power of two would hide a mistake. */
    static final int FIRST = MIB + 17;
    static final int SECOND = MIB;
    static final int THIRD = 3001;

    @TempDir
    Path data;
    CosEmulator emulator;
    COSClient cos;

    @BeforeEach
    void start() {
        emulator = CosEmulator.builder().dataDir(data).bucket(BUCKET).start();
        cos = SdkSupport.client(emulator);
    }

    @AfterEach
    void stop() {
        cos.shutdown();
        emulator.close();
    }

    /** Uploads the pieces as parts 1..n and completes; returns the whole content. */
    static byte[] completed(COSClient cos, String key, byte[]... pieces) {
        String uploadId = cos.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, key)).getUploadId();
        List<PartETag> etags = new ArrayList<>();
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        for (int i = 0; i < pieces.length; i++) {
            etags.add(cos.uploadPart(new UploadPartRequest().withBucketName(BUCKET).withKey(key).withUploadId(uploadId)
                    .withPartNumber(i + 1).withInputStream(new ByteArrayInputStream(pieces[i]))
                    .withPartSize(pieces[i].length)).getPartETag());
            whole.writeBytes(pieces[i]);
        }
        cos.completeMultipartUpload(new CompleteMultipartUploadRequest(BUCKET, key, uploadId, etags));
        return whole.toByteArray();
    }

    static byte[] threeParts(COSClient cos, String key) {
        return completed(cos, key, random(FIRST, 1), random(SECOND, 2), random(THIRD, 3));
    }

    static byte[] range(COSClient cos, String key, long first, long last) throws Exception {
        GetObjectRequest get = new GetObjectRequest(BUCKET, key);
        get.setRange(first, last);
        try (InputStream in = cos.getObject(get).getObjectContent()) {
            return in.readAllBytes();
        }
    }

    static byte[] whole(COSClient cos, String key) throws Exception {
        try (InputStream in = cos.getObject(BUCKET, key).getObjectContent()) {
            return in.readAllBytes();
        }
    }

    static String crc64(byte[] content) {
        CRC64 crc = new CRC64();
        crc.update(content, content.length);
        return Long.toUnsignedString(crc.getValue());
    }

    @Test
    void readsWholeAndInRangesAcrossPartBoundaries() throws Exception {
        byte[] content = threeParts(cos, "ranges.bin");
        int second = FIRST;
        int third = FIRST + SECOND;
        assertThat(whole(cos, "ranges.bin")).isEqualTo(content);
        long[][] ranges = {
            {0, 0}, {second - 1, second}, {second - 100, second + 100}, {second, third - 1}, {third - 1, third},
            {10, content.length - 10}, {third, content.length - 1}, {content.length - 1, content.length - 1},
        };
        for (long[] r : ranges) {
            assertThat(range(cos, "ranges.bin", r[0], r[1])).as("bytes=%d-%d", r[0], r[1])
                    .isEqualTo(Arrays.copyOfRange(content, (int) r[0], (int) r[1] + 1));
        }
    }

    @Test
    void crc64IsThatOfTheWholeContent() throws Exception {
        byte[] content = completed(cos, "crc.bin", random(FIRST, 4), random(SECOND, 5), random(THIRD, 6));
        assertThat(cos.getObjectMetadata(BUCKET, "crc.bin").getCrc64Ecma()).isEqualTo(crc64(content));
        assertThat(cos.getObject(BUCKET, "crc.bin").getObjectMetadata().getCrc64Ecma()).isEqualTo(crc64(content));

        String uploadId = cos.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, "one.bin")).getUploadId();
        byte[] only = random(THIRD, 7);
        PartETag part = cos.uploadPart(new UploadPartRequest().withBucketName(BUCKET).withKey("one.bin")
                .withUploadId(uploadId).withPartNumber(1).withInputStream(new ByteArrayInputStream(only))
                .withPartSize(only.length)).getPartETag();
        CompleteMultipartUploadResult done = cos.completeMultipartUpload(
                new CompleteMultipartUploadRequest(BUCKET, "one.bin", uploadId, new ArrayList<>(List.of(part))));
        assertThat(done.getCrc64Ecma()).isEqualTo(crc64(only));
    }

    @Test
    void copiesAndPartCopiesReadTheSourceBytes() throws Exception {
        byte[] content = threeParts(cos, "source.bin");
        cos.copyObject(new CopyObjectRequest(BUCKET, "source.bin", BUCKET, "copy.bin"));
        assertThat(whole(cos, "copy.bin")).isEqualTo(content);
        assertThat(cos.getObjectMetadata(BUCKET, "copy.bin").getCrc64Ecma()).isEqualTo(crc64(content));

        String uploadId = cos.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, "spliced.bin"))
                .getUploadId();
        long first = FIRST - 5;
        long last = FIRST + SECOND + 5;
        PartETag part = cos.copyPart(new CopyPartRequest().withSourceBucketName(BUCKET).withSourceKey("source.bin")
                .withDestinationBucketName(BUCKET).withDestinationKey("spliced.bin").withUploadId(uploadId)
                .withPartNumber(1).withFirstByte(first).withLastByte(last)).getPartETag();
        cos.completeMultipartUpload(new CompleteMultipartUploadRequest(BUCKET, "spliced.bin", uploadId,
                new ArrayList<>(List.of(part))));
        assertThat(whole(cos, "spliced.bin")).isEqualTo(Arrays.copyOfRange(content, (int) first, (int) last + 1));
    }

    @Test
    void olderVersionsStayReadableUntilDeletedAndLeaveNoFilesBehind() throws Exception {
        cos.setBucketVersioningConfiguration(new SetBucketVersioningConfigurationRequest(BUCKET,
                new BucketVersioningConfiguration(BucketVersioningConfiguration.ENABLED)));
        byte[] older = threeParts(cos, "versioned.bin");
        String olderId = cos.getObjectMetadata(BUCKET, "versioned.bin").getVersionId();
        byte[] newer = completed(cos, "versioned.bin", random(MIB, 8), random(10, 9));
        String newerId = cos.getObjectMetadata(BUCKET, "versioned.bin").getVersionId();

        GetObjectRequest get = new GetObjectRequest(BUCKET, "versioned.bin", olderId);
        get.setRange(FIRST - 1, FIRST);
        try (InputStream in = cos.getObject(get).getObjectContent()) {
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(older, FIRST - 1, FIRST + 1));
        }
        assertThat(whole(cos, "versioned.bin")).isEqualTo(newer);

        cos.deleteVersion(BUCKET, "versioned.bin", olderId);
        assertCosError(() -> cos.getObject(new GetObjectRequest(BUCKET, "versioned.bin", olderId)), 404, "NoSuchVersion");
        assertThat(whole(cos, "versioned.bin")).isEqualTo(newer);
        cos.deleteVersion(BUCKET, "versioned.bin", newerId);
        assertThat(filesUnder(data.resolve("buckets").resolve(BUCKET))).isEmpty();
    }

    @Test
    void overwritingAndDeletingLeaveNoFilesBehind() throws Exception {
        threeParts(cos, "replaced.bin");
        cos.putObject(BUCKET, "replaced.bin", "small");
        assertThat(whole(cos, "replaced.bin")).isEqualTo("small".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        threeParts(cos, "deleted.bin");
        cos.deleteObject(BUCKET, "replaced.bin");
        cos.deleteObject(BUCKET, "deleted.bin");
        assertCosError(() -> cos.getObject(BUCKET, "deleted.bin"), 404, "NoSuchKey");
        assertThat(filesUnder(data.resolve("buckets").resolve(BUCKET))).isEmpty();
    }

    @Test
    void restartKeepsTheObject() throws Exception {
        byte[] content = threeParts(cos, "kept.bin");
        stop();
        start();
        assertThat(whole(cos, "kept.bin")).isEqualTo(content);
        assertThat(range(cos, "kept.bin", FIRST - 3, FIRST + SECOND + 3))
                .isEqualTo(Arrays.copyOfRange(content, FIRST - 3, FIRST + SECOND + 4));
        assertThat(cos.getObjectMetadata(BUCKET, "kept.bin").getCrc64Ecma()).isEqualTo(crc64(content));
    }

    /** Regular files left in the bucket's directory apart from its own settings: object bytes or metadata. */
    static List<Path> filesUnder(Path bucketDir) throws Exception {
        try (Stream<Path> all = Files.walk(bucketDir)) {
            return all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("bucket.properties"))
                    .toList();
        }
    }
}
