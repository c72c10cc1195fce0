package dev.camelcos.client.transfer;

import static dev.camelcos.client.transfer.FaultInjectingProxy.partNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @ParameterizedTest(name = "resumableUpload={0}")
    @ValueSource(booleans = {false, true})
    void aFileRewrittenDuringItsUploadIsAbortedAndNothingIsStored(boolean resumable) throws Exception {
        String key = "failed/rewritten-" + resumable + ".bin";
        Path file = file("rewritten-" + resumable + ".bin", randomBytes((int) (3 * MIB), 13));
        byte[] newContent = randomBytes((int) (3 * MIB), 14);
        AtomicBoolean rewritten = new AtomicBoolean();
        // one part at a time: the file is rewritten once the first part is sent, before the others are read
        TransferOptions options = smallParts().uploadConcurrency(1).resumableUpload(resumable)
                .progressListener(progress -> {
                    if (progress.bytesTransferred() > 0 && !rewritten.getAndSet(true)) {
                        RewrittenFile.rewrite(file, newContent);
                    }
                }).build();

        try (CosTransferManager transfers = new CosTransferManager(client, options)) {
            assertThatThrownBy(() -> transfers.upload(new UploadRequest(BUCKET, key, UploadSource.of(file))))
                    .isInstanceOf(CosException.class)
                    .hasMessageContaining(file + " changed while it was uploaded")
                    .hasMessageContaining("modified")
                    .hasMessageContaining("the upload was aborted and nothing was stored");
        }
        assertThat(rewritten).isTrue();
        assertThat(unfinishedUploads(key)).isEmpty();
        assertThat(requestsFor(key)).noneMatch(r -> r.method().equals("POST") && r.query().containsKey("uploadId"));
        assertThatThrownBy(() -> client.headObject(new GetObjectRequest(BUCKET, key)))
                .isInstanceOfSatisfying(CosServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void aFileThatGrowsDuringItsUploadIsAborted() throws Exception {
        Path file = file("growing.bin", randomBytes((int) (3 * MIB), 15));
        AtomicBoolean grown = new AtomicBoolean();
        TransferOptions options = smallParts().uploadConcurrency(1).progressListener(progress -> {
            if (progress.bytesTransferred() > 0 && !grown.getAndSet(true)) {
                try {
                    Files.write(file, new byte[] {1, 2, 3}, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }).build();

        try (CosTransferManager transfers = new CosTransferManager(client, options)) {
            assertThatThrownBy(() -> transfers.upload(new UploadRequest(BUCKET, "failed/growing.bin",
                    UploadSource.of(file))))
                    .hasMessageContaining("size " + 3 * MIB + " -> " + (3 * MIB + 3) + " bytes");
        }
        assertThat(unfinishedUploads("failed/growing.bin")).isEmpty();
    }

}
