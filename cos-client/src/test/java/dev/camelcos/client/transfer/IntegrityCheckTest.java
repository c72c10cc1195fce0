package dev.camelcos.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosClientException;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.GetObjectRequest;
import dev.camelcos.client.model.PutObjectRequest;
import dev.camelcos.client.model.CosRequestBody;

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

    @Test
    void aStreamedPutWhoseStoredCrcDiffersFailsAndTheObjectIsDeleted() throws Exception {
        byte[] data = randomBytes(5000, 32);
        try (FaultInjectingProxy proxy = new FaultInjectingProxy(emu.endpoint());
                CosClient proxied = clientFor(proxy.endpoint())) {
            proxy.rewrite(FaultInjectingProxy.method("PUT"),
                    response -> response.setHeader("x-cos-hash-crc64ecma", WRONG_CRC));

            assertThatThrownBy(() -> proxied.putObject(new PutObjectRequest(BUCKET, "integrity/stream.bin",
                    CosRequestBody.of(new ByteArrayInputStream(data), data.length))))
                    .isInstanceOf(CosClientException.class)
                    .hasMessageContaining("failed its integrity check")
                    .hasMessageContaining("but COS stored " + WRONG_CRC)
                    .hasMessageContaining("the corrupted object was deleted");
            assertThat(proxy.forwarded()).filteredOn(r -> r.getMethod().equals("PUT")).singleElement()
                    .satisfies(r -> assertThat(r.getHeader("Content-MD5")).as("MD5 of a stream").isNull());
        }
        assertThatThrownBy(() -> client.headObject(new GetObjectRequest(BUCKET, "integrity/stream.bin")))
                .isInstanceOfSatisfying(CosServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void bytesFilesAndTheStreamPartBuffersGoWithTheirContentMd5() throws Exception {
        byte[] data = randomBytes((int) (2 * MIB + 10), 33);
        Path file = file("md5.bin", data);
        try (FaultInjectingProxy proxy = new FaultInjectingProxy(emu.endpoint());
                CosClient proxied = clientFor(proxy.endpoint());
                CosTransferManager transfers = new CosTransferManager(proxied, smallParts().build())) {
            proxied.putObject(new PutObjectRequest(BUCKET, "md5/bytes.bin", CosRequestBody.of(data, 0, 1000)));
            transfers.upload(new UploadRequest(BUCKET, "md5/file.bin", UploadSource.of(file)));
            transfers.upload(new UploadRequest(BUCKET, "md5/stream.bin",
                    UploadSource.of(new ByteArrayInputStream(data), -1)));

            String first = md5(data, 0, (int) MIB);
            String second = md5(data, (int) MIB, (int) MIB);
            String last = md5(data, (int) (2 * MIB), 10);
            assertThat(proxy.forwarded()).filteredOn(r -> r.getMethod().equals("PUT"))
                    .extracting(r -> r.getHeader("Content-MD5"))
                    .containsExactlyInAnyOrder(md5(data, 0, 1000), first, second, last, first, second, last);
        }
        assertThat(readBack("md5/stream.bin")).isEqualTo(data);
    }

    private static String md5(byte[] data, int offset, int length) throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(data, offset, length);
        return Base64.getEncoder().encodeToString(md5.digest());
    }
}
