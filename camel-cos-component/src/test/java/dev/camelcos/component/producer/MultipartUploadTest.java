package dev.camelcos.component.producer;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.qcloud.cos.model.ListMultipartUploadsRequest;
import com.qcloud.cos.model.ListPartsRequest;
import com.qcloud.cos.model.MultipartUpload;
import com.qcloud.cos.model.ObjectMetadata;
import com.qcloud.cos.model.PartSummary;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.MultipartUploadSummary;
import dev.camelcos.client.model.PartETag;
import dev.camelcos.component.CosConstants;
import dev.camelcos.component.CosOperation;
import dev.camelcos.component.EmulatorRouteTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The multipart steps one by one: initiate, uploadPart, uploadPartCopy, listParts, complete, abort, list uploads. */
class MultipartUploadTest extends EmulatorRouteTestSupport {

    /** COS's smallest part but the last. */
    static final byte[] FIRST_PART = filled(1024 * 1024, (byte) 'a');

    private static byte[] filled(int size, byte value) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, value);
        return bytes;
    }

    private String initiate(String key) {
        return cosOk(CosOperation.initiateMultipartUpload, null, Map.of(CosConstants.KEY, key))
                .getMessage().getHeader(CosConstants.UPLOAD_ID, String.class);
    }

    private String uploadPart(String key, String uploadId, int partNumber, Object body) {
        return cosOk(CosOperation.uploadPart, body, Map.of(CosConstants.KEY, key, CosConstants.UPLOAD_ID, uploadId,
                CosConstants.PART_NUMBER, partNumber)).getMessage().getHeader(CosConstants.E_TAG, String.class);
    }

    private static byte[] sdkReadBytes(String key) throws Exception {
        try (InputStream in = sdk.getObject(BUCKET, key).getObjectContent()) {
            return in.readAllBytes();
        }
    }

    private static byte[] concat(byte[] first, String rest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(rest.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void uploadsPartsAndCompletesWithTheGivenParts() throws Exception {
        Exchange initiated = cosOk(CosOperation.initiateMultipartUpload, null, Map.of(CosConstants.KEY, "mpu/given",
                CosConstants.CONTENT_TYPE, "application/x-parts", CosConstants.METADATA, Map.of("batch", "42")));
        String uploadId = initiated.getMessage().getHeader(CosConstants.UPLOAD_ID, String.class);
        assertThat(uploadId).isNotBlank();

        Exchange part1 = cosOk(CosOperation.uploadPart, FIRST_PART, Map.of(CosConstants.KEY, "mpu/given",
                CosConstants.UPLOAD_ID, uploadId, CosConstants.PART_NUMBER, 1));
        String etag2 = uploadPart("mpu/given", uploadId, 2, stream("the tail"));

        List<PartSummary> seenBySdk = sdk.listParts(new ListPartsRequest(BUCKET, "mpu/given", uploadId)).getParts();
        assertThat(seenBySdk).extracting(PartSummary::getPartNumber).containsExactly(1, 2);
        assertThat(seenBySdk.get(0).getSize()).isEqualTo(FIRST_PART.length);
        assertThat(part1.getMessage().getHeader(CosConstants.CRC64, String.class)).isNotBlank();

        Exchange completed = cosOk(CosOperation.completeMultipartUpload, null, Map.of(CosConstants.KEY, "mpu/given",
                CosConstants.UPLOAD_ID, uploadId, CosConstants.PARTS, List.of(
                        new PartETag(1, part1.getMessage().getHeader(CosConstants.E_TAG, String.class)),
                        new PartETag(2, etag2))));

        assertThat(sdkReadBytes("mpu/given")).isEqualTo(concat(FIRST_PART, "the tail"));
        ObjectMetadata stored = sdk.getObjectMetadata(BUCKET, "mpu/given");
        assertThat(stored.getContentType()).isEqualTo("application/x-parts");
        assertThat(stored.getUserMetadata()).containsEntry("batch", "42");
        assertThat(completed.getMessage().getHeader(CosConstants.CRC64)).isEqualTo(stored.getCrc64Ecma());
        assertThat(completed.getMessage().getHeader(CosConstants.E_TAG, String.class)).contains(stored.getETag());
    }

    @Test
    void completeListsThePartsItselfWhenNoneAreGiven() throws Exception {
        String uploadId = initiate("mpu/listed");
        uploadPart("mpu/listed", uploadId, 1, FIRST_PART);
        uploadPart("mpu/listed", uploadId, 2, "end");

        cosOk(CosOperation.completeMultipartUpload, null,
                Map.of(CosConstants.KEY, "mpu/listed", CosConstants.UPLOAD_ID, uploadId));

        assertThat(sdkReadBytes("mpu/listed")).isEqualTo(concat(FIRST_PART, "end"));
    }

    @Test
    void completeTakesPartsAsMaps() throws Exception {
        String uploadId = initiate("mpu/maps");
        String etag1 = uploadPart("mpu/maps", uploadId, 1, FIRST_PART);
        String etag2 = uploadPart("mpu/maps", uploadId, 2, "map");

        cosOk(CosOperation.completeMultipartUpload, null, Map.of(CosConstants.KEY, "mpu/maps",
                CosConstants.UPLOAD_ID, uploadId, CosConstants.PARTS, List.of(
                        Map.of("partNumber", 1, "etag", etag1), Map.of("partNumber", "2", "etag", etag2))));

        assertThat(sdkReadBytes("mpu/maps")).isEqualTo(concat(FIRST_PART, "map"));
    }

    @Test
    void completeWithAWrongEtagFailsWithTheServiceError() {
        String uploadId = initiate("mpu/wrong");
        uploadPart("mpu/wrong", uploadId, 1, "only part");

        Exchange result = cos(CosOperation.completeMultipartUpload, null, Map.of(CosConstants.KEY, "mpu/wrong",
                CosConstants.UPLOAD_ID, uploadId, CosConstants.PARTS, List.of(new PartETag(1, "\"0000\""))));

        assertThat(result.getException()).isInstanceOfSatisfying(CosServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.errorCode()).isEqualTo("InvalidPart");
        });
    }

    @Test
    void uploadPartCopyTakesPartsFromExistingObjects() throws Exception {
        cosOk(CosOperation.putObject, concat(FIRST_PART, "source tail"), Map.of(CosConstants.KEY, "mpu/big-source"));
        sdkPut(OTHER_BUCKET, "mpu/small-source", "small");
        String uploadId = initiate("mpu/copied");

        Exchange first = cosOk(CosOperation.uploadPartCopy, null, Map.of(CosConstants.KEY, "mpu/copied",
                CosConstants.UPLOAD_ID, uploadId, CosConstants.PART_NUMBER, 1,
                CosConstants.COPY_SOURCE_KEY, "mpu/big-source",
                CosConstants.COPY_SOURCE_RANGE, "bytes=0-" + (FIRST_PART.length - 1)));
        cosOk(CosOperation.uploadPartCopy, null, Map.of(CosConstants.KEY, "mpu/copied",
                CosConstants.UPLOAD_ID, uploadId, CosConstants.PART_NUMBER, 2,
                CosConstants.COPY_SOURCE_BUCKET_NAME, OTHER_BUCKET, CosConstants.COPY_SOURCE_KEY, "mpu/small-source"));
        assertThat(first.getMessage().getHeader(CosConstants.E_TAG, String.class)).isNotBlank();

        cosOk(CosOperation.completeMultipartUpload, null,
                Map.of(CosConstants.KEY, "mpu/copied", CosConstants.UPLOAD_ID, uploadId));

        assertThat(sdkReadBytes("mpu/copied")).isEqualTo(concat(FIRST_PART, "small"));
    }

    @Test
    void uploadPartCopyOfAMissingSourceFailsWithTheServiceError() {
        String uploadId = initiate("mpu/copy-missing");

        Exchange result = cos(CosOperation.uploadPartCopy, null, Map.of(CosConstants.KEY, "mpu/copy-missing",
                CosConstants.UPLOAD_ID, uploadId, CosConstants.PART_NUMBER, 1,
                CosConstants.COPY_SOURCE_KEY, "mpu/not-there"));

        assertThat(result.getException()).isInstanceOfSatisfying(CosServiceException.class,
                e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void listPartsGivesAllPartsOrOnePage() {
        String uploadId = initiate("mpu/listing");
        uploadPart("mpu/listing", uploadId, 1, FIRST_PART);
        uploadPart("mpu/listing", uploadId, 2, "two");
        uploadPart("mpu/listing", uploadId, 3, "three");
        Map<String, Object> upload = Map.of(CosConstants.KEY, "mpu/listing", CosConstants.UPLOAD_ID, uploadId);

        List<?> all = cosOk(CosOperation.listParts, null, upload).getMessage().getBody(List.class);
        assertThat(all).extracting(p -> ((dev.camelcos.client.model.PartSummary) p).getPartNumber())
                .containsExactly(1, 2, 3);

        Exchange firstPage = cosOk(CosOperation.listParts, null, Map.of(CosConstants.KEY, "mpu/listing",
                CosConstants.UPLOAD_ID, uploadId, CosConstants.MAX_KEYS, 2));
        assertThat(firstPage.getMessage().getBody(List.class)).hasSize(2);
        assertThat(firstPage.getMessage().getHeader(CosConstants.IS_TRUNCATED)).isEqualTo(true);
        assertThat(firstPage.getMessage().getHeader(CosConstants.NEXT_MARKER)).isEqualTo("2");

        Exchange secondPage = cosOk(CosOperation.listParts, null, Map.of(CosConstants.KEY, "mpu/listing",
                CosConstants.UPLOAD_ID, uploadId, CosConstants.MARKER, "2"));
        assertThat(secondPage.getMessage().getBody(List.class))
                .extracting(p -> ((dev.camelcos.client.model.PartSummary) p).getPartNumber()).containsExactly(3);
        assertThat(secondPage.getMessage().getHeader(CosConstants.IS_TRUNCATED)).isEqualTo(false);
    }

    @Test
    void listPartsOfAnUnknownUploadFailsWithTheServiceError() {
        Exchange result = cos(CosOperation.listParts, null,
                Map.of(CosConstants.KEY, "mpu/listing", CosConstants.UPLOAD_ID, "no-such-upload"));

        assertThat(result.getException()).isInstanceOfSatisfying(CosServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.errorCode()).isEqualTo("NoSuchUpload");
        });
    }

    @Test
    void abortDiscardsTheUpload() {
        String uploadId = initiate("mpu/aborted");
        uploadPart("mpu/aborted", uploadId, 1, "discard me");

        cosOk(CosOperation.abortMultipartUpload, null,
                Map.of(CosConstants.KEY, "mpu/aborted", CosConstants.UPLOAD_ID, uploadId));

        List<MultipartUpload> open = sdk.listMultipartUploads(new ListMultipartUploadsRequest(BUCKET))
                .getMultipartUploads();
        assertThat(open).extracting(MultipartUpload::getUploadId).doesNotContain(uploadId);
        assertThat(sdk.doesObjectExist(BUCKET, "mpu/aborted")).isFalse();
    }

    @Test
    void abortOfAnUnknownUploadFailsWithTheServiceError() {
        Exchange result = cos(CosOperation.abortMultipartUpload, null,
                Map.of(CosConstants.KEY, "mpu/aborted", CosConstants.UPLOAD_ID, "no-such-upload"));

        assertThat(result.getException()).isInstanceOfSatisfying(CosServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.errorCode()).isEqualTo("NoSuchUpload");
        });
    }

    @Test
    void listMultipartUploadsPagesWithKeyAndUploadIdMarkers() {
        String first = initiate("uploads/a");
        String second = initiate("uploads/b");
        String third = sdk.initiateMultipartUpload(
                new com.qcloud.cos.model.InitiateMultipartUploadRequest(BUCKET, "uploads/c")).getUploadId();

        Exchange page1 = cosOk(CosOperation.listMultipartUploads, null,
                Map.of(CosConstants.PREFIX, "uploads/", CosConstants.MAX_KEYS, 2));
        assertThat(page1.getMessage().getBody(List.class))
                .extracting(u -> ((MultipartUploadSummary) u).getUploadId()).containsExactly(first, second);
        assertThat(page1.getMessage().getHeader(CosConstants.IS_TRUNCATED)).isEqualTo(true);
        assertThat(page1.getMessage().getHeader(CosConstants.NEXT_MARKER)).isEqualTo("uploads/b");

        Exchange page2 = cosOk(CosOperation.listMultipartUploads, null, Map.of(CosConstants.PREFIX, "uploads/",
                CosConstants.MARKER, page1.getMessage().getHeader(CosConstants.NEXT_MARKER),
                CosConstants.UPLOAD_ID_MARKER, page1.getMessage().getHeader(CosConstants.NEXT_UPLOAD_ID_MARKER)));
        assertThat(page2.getMessage().getBody(List.class))
                .extracting(u -> ((MultipartUploadSummary) u).getUploadId()).containsExactly(third);
        assertThat(page2.getMessage().getHeader(CosConstants.IS_TRUNCATED)).isEqualTo(false);
    }

    @Test
    void listMultipartUploadsOfAMissingBucketFailsWithTheServiceError() {
        Exchange result = cos(CosOperation.listMultipartUploads, null,
                Map.of(CosConstants.OVERRIDE_BUCKET_NAME, "nosuchbucket-1250000000"));

        assertThat(result.getException()).isInstanceOfSatisfying(CosServiceException.class,
                e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void initiateTakesStorageClassFromTheHeaderOverTheOption() {
        Exchange result = template.send("cos:" + BUCKET + "?operation=initiateMultipartUpload&storageClass=STANDARD_IA",
                e -> {
                    e.getMessage().setHeader(CosConstants.KEY, "mpu/archive");
                    e.getMessage().setHeader(CosConstants.OVERRIDE_STORAGE_CLASS, "ARCHIVE");
                });

        assertThat(result.getException()).isNull();
        String uploadId = result.getMessage().getHeader(CosConstants.UPLOAD_ID, String.class);
        uploadPart("mpu/archive", uploadId, 1, "cold");
        cosOk(CosOperation.completeMultipartUpload, null,
                Map.of(CosConstants.KEY, "mpu/archive", CosConstants.UPLOAD_ID, uploadId));

        assertThat(sdk.getObjectMetadata(BUCKET, "mpu/archive").getStorageClass()).isEqualTo("ARCHIVE");
    }

    @Test
    void badPartInputFailsBeforeAnyRequest() {
        failsBeforeAnyRequest(CosOperation.uploadPart, "x", Map.of(CosConstants.KEY, "mpu/k",
                CosConstants.PART_NUMBER, 1))
                .hasMessageContaining(CosConstants.UPLOAD_ID).hasMessageContaining("initiateMultipartUpload");
        for (Object partNumber : List.of(0, 10001)) {
            failsBeforeAnyRequest(CosOperation.uploadPart, "x", Map.of(CosConstants.KEY, "mpu/k",
                    CosConstants.UPLOAD_ID, "u1", CosConstants.PART_NUMBER, partNumber))
                    .hasMessageContaining(CosConstants.PART_NUMBER).hasMessageContaining(partNumber + " is outside 1..10000");
        }
        failsBeforeAnyRequest(CosOperation.uploadPart, "x", Map.of(CosConstants.KEY, "mpu/k",
                CosConstants.UPLOAD_ID, "u1", CosConstants.PART_NUMBER, "first"))
                .hasMessageContaining(CosConstants.PART_NUMBER).hasMessageContaining("'first'");
        failsBeforeAnyRequest(CosOperation.uploadPartCopy, null, Map.of(CosConstants.KEY, "mpu/k",
                CosConstants.UPLOAD_ID, "u1", CosConstants.PART_NUMBER, 1, CosConstants.COPY_SOURCE_KEY, "s",
                CosConstants.COPY_SOURCE_RANGE, "0-100"))
                .hasMessageContaining(CosConstants.COPY_SOURCE_RANGE).hasMessageContaining("'0-100'");
        failsBeforeAnyRequest(CosOperation.completeMultipartUpload, null, Map.of(CosConstants.KEY, "mpu/k",
                CosConstants.UPLOAD_ID, "u1", CosConstants.PARTS, List.of(Map.of("partNumber", 1))))
                .hasMessageContaining(CosConstants.PARTS).hasMessageContaining("element 0")
                .hasMessageContaining("etag");
        failsBeforeAnyRequest(CosOperation.abortMultipartUpload, null, Map.of(CosConstants.KEY, "mpu/k"))
                .hasMessageContaining(CosConstants.UPLOAD_ID).hasMessageContaining("abortMultipartUpload");
    }
}
