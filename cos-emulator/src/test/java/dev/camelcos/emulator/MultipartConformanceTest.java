package dev.camelcos.emulator;

import static dev.camelcos.emulator.ObjectConformanceTest.assertCosError;
import static org.assertj.core.api.Assertions.assertThat;

import com.qcloud.cos.COSClient;
import com.qcloud.cos.model.AbortMultipartUploadRequest;
import com.qcloud.cos.model.CompleteMultipartUploadRequest;
import com.qcloud.cos.model.CompleteMultipartUploadResult;
import com.qcloud.cos.model.CopyPartRequest;
import com.qcloud.cos.model.CopyPartResult;
import com.qcloud.cos.model.InitiateMultipartUploadRequest;
import com.qcloud.cos.model.ListMultipartUploadsRequest;
import com.qcloud.cos.model.ListPartsRequest;
import com.qcloud.cos.model.MultipartUpload;
import com.qcloud.cos.model.MultipartUploadListing;
import com.qcloud.cos.model.ObjectMetadata;
import com.qcloud.cos.model.PartETag;
import com.qcloud.cos.model.PartListing;
import com.qcloud.cos.model.PartSummary;
import com.qcloud.cos.model.PutObjectRequest;
import com.qcloud.cos.model.StorageClass;
import com.qcloud.cos.model.UploadPartRequest;
import com.qcloud.cos.model.UploadPartResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Multipart upload through the official SDK, the happy path and each COS rule. */
class MultipartConformanceTest {
    static final String BUCKET = "multipart-1250000000";
    static final int MIB = 1024 * 1024;
    CosEmulator emulator;
    COSClient cos;

    @BeforeEach
    void start() {
        emulator = CosEmulator.builder().bucket(BUCKET).start();
        cos = SdkSupport.client(emulator);
    }

    @AfterEach
    void stop() {
        cos.shutdown();
        emulator.close();
    }

    static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    String initiate(String key) {
        ObjectMetadata meta = new ObjectMetadata();
        meta.setContentType("application/x-parts");
        meta.addUserMetadata("kind", "multi");
        InitiateMultipartUploadRequest request = new InitiateMultipartUploadRequest(BUCKET, key, meta);
        request.setStorageClass(StorageClass.Standard_IA);
        return cos.initiateMultipartUpload(request).getUploadId();
    }

    UploadPartResult part(String key, String uploadId, int number, byte[] data) {
        UploadPartRequest request = new UploadPartRequest().withBucketName(BUCKET).withKey(key).withUploadId(uploadId)
                .withPartNumber(number).withInputStream(new ByteArrayInputStream(data)).withPartSize(data.length);
        return cos.uploadPart(request);
    }

    CompleteMultipartUploadResult complete(String key, String uploadId, List<PartETag> parts) {
        // the SDK sorts the list in place
        return cos.completeMultipartUpload(new CompleteMultipartUploadRequest(BUCKET, key, uploadId, new java.util.ArrayList<>(parts)));
    }

    @Test
    void uploadListAndComplete() throws Exception {
        byte[] first = random(MIB, 1);
        byte[] second = random(1000, 2);
        String uploadId = initiate("big.bin");
        UploadPartResult p1 = part("big.bin", uploadId, 1, first);
        UploadPartResult p2 = part("big.bin", uploadId, 2, second);
        assertThat(p1.getETag()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(first)));
        assertThat(p1.getCrc64Ecma()).isNotBlank();

        ListPartsRequest listParts = new ListPartsRequest(BUCKET, "big.bin", uploadId);
        listParts.setMaxParts(1);
        PartListing page = cos.listParts(listParts);
        assertThat(page.getParts()).extracting(PartSummary::getPartNumber).containsExactly(1);
        assertThat(page.isTruncated()).isTrue();
        listParts.setPartNumberMarker(page.getNextPartNumberMarker());
        PartListing rest = cos.listParts(listParts);
        assertThat(rest.getParts()).extracting(PartSummary::getPartNumber).containsExactly(2);
        assertThat(rest.getParts().get(0).getSize()).isEqualTo(1000);
        assertThat(rest.isTruncated()).isFalse();

        MultipartUploadListing uploads = cos.listMultipartUploads(new ListMultipartUploadsRequest(BUCKET));
        assertThat(uploads.getMultipartUploads()).extracting(MultipartUpload::getUploadId).containsExactly(uploadId);

        CompleteMultipartUploadResult done = complete("big.bin", uploadId, List.of(p1.getPartETag(), p2.getPartETag()));
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(HexFormat.of().parseHex(p1.getETag()));
        md5.update(HexFormat.of().parseHex(p2.getETag()));
        assertThat(done.getETag()).isEqualTo(HexFormat.of().formatHex(md5.digest()) + "-2");

        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.write(first);
        whole.write(second);
        try (InputStream in = cos.getObject(BUCKET, "big.bin").getObjectContent()) {
            assertThat(in.readAllBytes()).isEqualTo(whole.toByteArray());
        }
        ObjectMetadata meta = cos.getObjectMetadata(BUCKET, "big.bin");
        assertThat(meta.getContentType()).isEqualTo("application/x-parts");
        assertThat(meta.getUserMetadata()).containsEntry("kind", "multi");
        assertThat(meta.getStorageClass()).isEqualTo("STANDARD_IA");
        assertThat(meta.getCrc64Ecma()).isEqualTo(done.getCrc64Ecma());
        assertThat(cos.listMultipartUploads(new ListMultipartUploadsRequest(BUCKET)).getMultipartUploads()).isEmpty();
    }

    @Test
    void completeRules() {
        String uploadId = initiate("rules.bin");
        PartETag small1 = part("rules.bin", uploadId, 1, random(10, 3)).getPartETag();
        PartETag small2 = part("rules.bin", uploadId, 2, random(10, 4)).getPartETag();
        // the SDK sorts parts itself, so a repeated number is what reaches the server out of order
        assertCosError(() -> complete("rules.bin", uploadId, List.of(small1, small1)), 400, "InvalidPartOrder");
        assertCosError(() -> complete("rules.bin", uploadId, List.of(new PartETag(1, "00000000000000000000000000000000"))),
                400, "InvalidPart");
        assertCosError(() -> complete("rules.bin", uploadId, List.of(small1, new PartETag(3, small1.getETag()))),
                400, "InvalidPart");
        assertCosError(() -> complete("rules.bin", uploadId, List.of(small1, small2)), 400, "EntityTooSmall");
        assertCosError(() -> complete("rules.bin", "no-such-upload", List.of(small1)), 404, "NoSuchUpload");
        assertCosError(() -> part("rules.bin", uploadId, 10001, new byte[1]), 400, "InvalidArgument");
        complete("rules.bin", uploadId, List.of(small1));
        assertThat(cos.getObjectMetadata(BUCKET, "rules.bin").getContentLength()).isEqualTo(10);
    }

    @Test
    void abortAndListUploadsPaging() {
        String a = initiate("dir/a");
        String b = initiate("dir/b");
        initiate("other");
        ListMultipartUploadsRequest request = new ListMultipartUploadsRequest(BUCKET);
        request.setPrefix("dir/");
        request.setMaxUploads(1);
        MultipartUploadListing first = cos.listMultipartUploads(request);
        assertThat(first.getMultipartUploads()).extracting(MultipartUpload::getUploadId).containsExactly(a);
        assertThat(first.isTruncated()).isTrue();
        request.setKeyMarker(first.getNextKeyMarker());
        request.setUploadIdMarker(first.getNextUploadIdMarker());
        MultipartUploadListing second = cos.listMultipartUploads(request);
        assertThat(second.getMultipartUploads()).extracting(MultipartUpload::getUploadId).containsExactly(b);

        ListMultipartUploadsRequest grouped = new ListMultipartUploadsRequest(BUCKET);
        grouped.setDelimiter("/");
        assertThat(cos.listMultipartUploads(grouped).getCommonPrefixes()).containsExactly("dir/");

        cos.abortMultipartUpload(new AbortMultipartUploadRequest(BUCKET, "dir/a", a));
        assertCosError(() -> cos.abortMultipartUpload(new AbortMultipartUploadRequest(BUCKET, "dir/a", a)), 404, "NoSuchUpload");
        assertCosError(() -> cos.listParts(new ListPartsRequest(BUCKET, "dir/a", a)), 404, "NoSuchUpload");
    }

    @Test
    void uploadPartCopy() throws Exception {
        byte[] source = random(3000, 5);
        ObjectMetadata meta = new ObjectMetadata();
        meta.setContentLength(source.length);
        cos.putObject(new PutObjectRequest(BUCKET, "source.bin", new ByteArrayInputStream(source), meta));
        String uploadId = initiate("copied.bin");
        CopyPartRequest copy = new CopyPartRequest().withSourceBucketName(BUCKET).withSourceKey("source.bin")
                .withDestinationBucketName(BUCKET).withDestinationKey("copied.bin").withUploadId(uploadId)
                .withPartNumber(1).withFirstByte(100L).withLastByte(1099L);
        CopyPartResult result = cos.copyPart(copy);
        assertThat(result.getETag()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("MD5").digest(java.util.Arrays.copyOfRange(source, 100, 1100))));
        complete("copied.bin", uploadId, List.of(result.getPartETag()));
        try (InputStream in = cos.getObject(BUCKET, "copied.bin").getObjectContent()) {
            assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(source, 100, 1100));
        }
    }
}
