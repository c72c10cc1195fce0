package dev.camelcos.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.camelcos.client.Crc64;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ObjectMetadata;

class ParallelUploadTest extends TransferTestSupport {

    @Test
    void bytesAboveTheThresholdGoAsParallelPartsAndReadBackEqual() throws Exception {
        byte[] data = randomBytes((int) (5 * MIB + 12345), 1);
        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().build())) {
            TransferResult result = transfers.upload(new UploadRequest(BUCKET, "parallel/bytes.bin",
                    UploadSource.of(data)).setMetadata(new ObjectMetadata().setContentType("application/x-test")
                            .setUserMetadata(Map.of("origin", "test"))));

            assertThat(result.isMultipart()).isTrue();
            assertThat(result.partCount()).isEqualTo(6);
            assertThat(result.size()).isEqualTo(data.length);
            assertThat(result.crc64()).isEqualTo(Crc64.format(Crc64.of(data)));
        }
        assertThat(partsReceived("parallel/bytes.bin")).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(readBack("parallel/bytes.bin")).isEqualTo(data);
        ObjectMetadata stored = client.headObject(new GetObjectRequest(BUCKET, "parallel/bytes.bin"));
        assertThat(stored.getContentType()).isEqualTo("application/x-test");
        assertThat(stored.getUserMetadata()).containsEntry("origin", "test");
    }

    @Test
    void aFileIsSentInRangesReadByPosition() throws Exception {
        byte[] data = randomBytes((int) (4 * MIB + 1), 2);
        Path file = file("big.bin", data);
        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().build())) {
            TransferResult result = transfers.upload(new UploadRequest(BUCKET, "parallel/file.bin",
                    UploadSource.of(file)));

            assertThat(result.partCount()).isEqualTo(5);
            assertThat(result.uploadId()).isNotBlank();
        }
        assertThat(partsReceived("parallel/file.bin")).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(readBack("parallel/file.bin")).isEqualTo(data);
    }

    @Test
    void aStreamOfKnownLengthAboveTheThresholdIsCutIntoParts() throws Exception {
        byte[] data = randomBytes((int) (3 * MIB + 7), 3);
        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().build())) {
            TransferResult result = transfers.upload(new UploadRequest(BUCKET, "parallel/known-stream.bin",
                    UploadSource.of(new ByteArrayInputStream(data), data.length)));

            assertThat(result.partCount()).isEqualTo(4);
        }
        assertThat(readBack("parallel/known-stream.bin")).isEqualTo(data);
    }

    @Test
    void belowTheThresholdOnePutIsSent() throws Exception {
        byte[] data = randomBytes(1000, 4);
        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().build())) {
            TransferResult result = transfers.upload(new UploadRequest(BUCKET, "parallel/small.bin",
                    UploadSource.of(data)));

            assertThat(result.isMultipart()).isFalse();
            assertThat(result.crc64()).isEqualTo(Crc64.format(Crc64.of(data)));
        }
        assertThat(requestsFor("parallel/small.bin")).singleElement()
                .satisfies(r -> assertThat(r.method()).isEqualTo("PUT"))
                .satisfies(r -> assertThat(r.query()).isEmpty());
        assertThat(readBack("parallel/small.bin")).isEqualTo(data);
    }

    @Test
    void aStreamOfUnknownLengthEndingBeforeTheThresholdGoesAsOnePut() throws Exception {
        TransferOptions options = smallParts().multipartThreshold(3 * MIB).build();
        byte[] data = randomBytes((int) (2 * MIB + 5), 5);
        try (CosTransferManager transfers = new CosTransferManager(client, options)) {
            TransferResult result = transfers.upload(new UploadRequest(BUCKET, "parallel/short-stream.bin",
                    UploadSource.of(new ByteArrayInputStream(data), -1)));

            assertThat(result.isMultipart()).isFalse();
            assertThat(result.size()).isEqualTo(data.length);
        }
        assertThat(requestsFor("parallel/short-stream.bin")).singleElement()
                .satisfies(r -> assertThat(r.query()).isEmpty());
        assertThat(readBack("parallel/short-stream.bin")).isEqualTo(data);
    }

    @Test
    void anEmptyStreamOfUnknownLengthMakesAnEmptyObject() throws Exception {
        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().build())) {
            TransferResult result = transfers.upload(new UploadRequest(BUCKET, "parallel/empty.bin",
                    UploadSource.of(new ByteArrayInputStream(new byte[0]), -1)));

            assertThat(result.size()).isZero();
        }
        assertThat(readBack("parallel/empty.bin")).isEmpty();
    }
}
