package dev.camelcos.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.camelcos.client.Crc64;
import dev.camelcos.client.model.CosObject;
import dev.camelcos.client.model.GetObjectRequest;

class StreamUploadMemoryTest extends TransferTestSupport {

    @Test
    void aStreamOfUnknownLengthMuchLargerThanTheBufferBudgetUploadsInBoundedMemory() throws Exception {
        int concurrency = 2;
        long budget = (concurrency + 1) * MIB;
        long length = 40 * MIB + 333;
        TransferOptions options = smallParts().uploadConcurrency(concurrency).build();
        try (CosTransferManager transfers = new CosTransferManager(client, options)) {
            TransferResult result = transfers.upload(new UploadRequest(BUCKET, "stream/large.bin",
                    UploadSource.of(generatedStream(length, 42), -1)));

            assertThat(result.size()).isEqualTo(length);
            assertThat(result.partCount()).isEqualTo(41);
            assertThat(result.crc64()).isEqualTo(Crc64.format(crc64Of(generatedStream(length, 42))));
            assertThat(transfers.largestPartBufferBytes()).isPositive().isLessThanOrEqualTo(budget);
        }
        try (CosObject object = client.getObject(new GetObjectRequest(BUCKET, "stream/large.bin"))) {
            assertThat(crc64Of(object.getContent())).isEqualTo(crc64Of(generatedStream(length, 42)));
        }
    }
}
