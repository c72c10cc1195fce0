package dev.camelcos.client.transfer;

import static dev.camelcos.client.transfer.FaultInjectingProxy.partNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosException;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.GetObjectRequest;

/** A multipart upload that fails is aborted: no part is left behind, no object is created. */
class FailedUploadTest extends TransferTestSupport {

    @Test
    void aFailedPartAbortsTheUpload() throws Exception {
        byte[] data = randomBytes((int) (6 * MIB), 10);
        try (FaultInjectingProxy proxy = new FaultInjectingProxy(emu.endpoint());
                CosClient proxied = clientFor(proxy.endpoint());
                CosTransferManager transfers = new CosTransferManager(proxied, smallParts().build())) {
            proxy.fail(partNumber(3), 403, "AccessDenied");

            assertThatThrownBy(() -> transfers.upload(new UploadRequest(BUCKET, "failed/part.bin",
                    UploadSource.of(file("part.bin", data)))))
                    .isInstanceOf(CosServiceException.class)
                    .hasMessageContaining("AccessDenied");
        }
        assertThat(unfinishedUploads("failed/part.bin")).isEmpty();
        assertThat(emu.requests()).anyMatch(r -> r.method().equals("DELETE") && r.query().containsKey("uploadId"));
        assertThatThrownBy(() -> client.headObject(new GetObjectRequest(BUCKET, "failed/part.bin")))
                .isInstanceOfSatisfying(CosServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void aStreamThatBreaksAbortsTheUpload() {
        InputStream breaking = new SequenceInputStream(generatedStream(3 * MIB + 10, 11), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk unplugged");
            }
        });
        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().build())) {
            assertThatThrownBy(() -> transfers.upload(new UploadRequest(BUCKET, "failed/stream.bin",
                    UploadSource.of(breaking, -1))))
                    .isInstanceOf(CosException.class)
                    .hasMessageContaining("reading the stream for " + BUCKET + "/failed/stream.bin failed")
                    .hasMessageContaining("disk unplugged");
        }
        assertThat(partsReceived("failed/stream.bin")).isNotEmpty();
        assertThat(unfinishedUploads("failed/stream.bin")).isEmpty();
    }

    @Test
    void aStreamShorterThanItsGivenLengthFailsAndIsAborted() {
        try (CosTransferManager transfers = new CosTransferManager(client, smallParts().build())) {
            assertThatThrownBy(() -> transfers.upload(new UploadRequest(BUCKET, "failed/short.bin",
                    UploadSource.of(generatedStream(2 * MIB, 12), 3 * MIB))))
                    .isInstanceOf(CosException.class)
                    .hasMessageContaining("ended after " + 2 * MIB + " bytes, but its declared length is " + 3 * MIB);
        }
        assertThat(unfinishedUploads("failed/short.bin")).isEmpty();
    }
}
