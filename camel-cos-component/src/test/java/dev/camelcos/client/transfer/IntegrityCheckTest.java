package dev.camelcos.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientException;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.client.http.CosRequestBody;

/** The CRC64 COS reports for a whole object is checked against what was sent or received. */
class IntegrityCheckTest extends TransferTestSupport {

    private static final String WRONG_CRC = "12345";

    @Test
    void anAssembledObjectWhoseCrcDiffersFromItsPartsFailsAndIsDeleted() throws Exception {
        byte[] data = randomBytes((int) (3 * MIB), 30);
        try (FaultInjectingProxy proxy = new FaultInjectingProxy(emu.endpoint());
                CosClient proxied = clientFor(proxy.endpoint());
                CosTransferManager transfers = new CosTransferManager(proxied, smallParts().build())) {
            proxy.rewrite(r -> r.getMethod().equals("POST") && r.getRequestUrl().queryParameter("uploadId") != null,
                    response -> response.setHeader("x-cos-hash-crc64ecma", WRONG_CRC));

            assertThatThrownBy(() -> transfers.upload(new UploadRequest(BUCKET, "integrity/upload.bin",
                    UploadSource.of(data))))
                    .isInstanceOf(CosClientException.class)
                    .hasMessageContaining("failed its integrity check")
                    .hasMessageContaining("COS reports CRC64 " + WRONG_CRC)
                    .hasMessageContaining("the object was deleted");
        }
        assertThatThrownBy(() -> client.headObject(new GetObjectRequest(BUCKET, "integrity/upload.bin")))
                .isInstanceOfSatisfying(CosServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void aDownloadWhoseBytesDoNotMatchTheObjectCrcLeavesNoFile() throws Exception {
        byte[] data = randomBytes((int) (3 * MIB), 31);
        client.putObject(new PutObjectRequest(BUCKET, "integrity/download.bin", CosRequestBody.of(data)));
        Path target = dir.resolve("download.bin");
        try (FaultInjectingProxy proxy = new FaultInjectingProxy(emu.endpoint());
                CosClient proxied = clientFor(proxy.endpoint());
                CosTransferManager transfers = new CosTransferManager(proxied, smallParts().build())) {
            proxy.rewrite(FaultInjectingProxy.method("HEAD"),
                    response -> response.setHeader("x-cos-hash-crc64ecma", WRONG_CRC));

            assertThatThrownBy(() -> transfers.download(new GetObjectRequest(BUCKET, "integrity/download.bin"),
                    target))
                    .isInstanceOf(CosClientException.class)
                    .hasMessageContaining("failed its integrity check")
                    .hasMessageContaining("the object's CRC64 is " + WRONG_CRC);
        }
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
