package dev.camelcos.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.camelcos.client.http.CosRequestBody;
import dev.camelcos.client.http.Crc64;
import dev.camelcos.client.model.CopySource;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.ObjectMetadata;
import dev.camelcos.client.model.PutObjectRequest;

class ParallelCopyTest extends TransferTestSupport {

    @Test
    void anObjectAboveTheCopyThresholdIsCopiedInParallelPartsKeepingItsMetadata() throws Exception {
        byte[] data = randomBytes((int) (5 * MIB + 99), 40);
        client.putObject(new PutObjectRequest(BUCKET, "copy/source.bin", CosRequestBody.of(data))
                .setMetadata(new ObjectMetadata().setContentType("text/x-source")
                        .setUserMetadata(Map.of("owner", "copy-test"))));
        emu.clearRequests();

        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().build())) {
            TransferResult result = transfers.copy(new CopySource(BUCKET, "copy/source.bin"), BUCKET,
                    "copy/target.bin", null, null);

            assertThat(result.partCount()).isEqualTo(6);
            assertThat(result.crc64()).isEqualTo(Crc64.format(Crc64.of(data)));
        }
        assertThat(partsReceived("copy/target.bin")).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(readBack("copy/target.bin")).isEqualTo(data);
        ObjectMetadata copied = client.headObject(new GetObjectRequest(BUCKET, "copy/target.bin"));
        assertThat(copied.getContentType()).isEqualTo("text/x-source");
        assertThat(copied.getUserMetadata()).containsEntry("owner", "copy-test");
    }

    @Test
    void anObjectBelowTheCopyThresholdIsCopiedInOneRequestWithNewMetadata() throws Exception {
        byte[] data = randomBytes(5000, 41);
        client.putObject(new PutObjectRequest(BUCKET, "copy/small.bin", CosRequestBody.of(data)));
        emu.clearRequests();

        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().build())) {
            TransferResult result = transfers.copy(new CopySource(BUCKET, "copy/small.bin"), BUCKET,
                    "copy/small-copy.bin", new ObjectMetadata().setContentType("text/x-new"), null);

            assertThat(result.isMultipart()).isFalse();
            assertThat(result.size()).isEqualTo(data.length);
        }
        assertThat(requestsFor("copy/small-copy.bin")).singleElement()
                .satisfies(r -> assertThat(r.query()).isEmpty());
        assertThat(readBack("copy/small-copy.bin")).isEqualTo(data);
        assertThat(client.headObject(new GetObjectRequest(BUCKET, "copy/small-copy.bin")).getContentType())
                .isEqualTo("text/x-new");
    }
}
