package dev.camelcos.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

class ProgressTest extends TransferTestSupport {

    private final List<TransferProgress> events = new CopyOnWriteArrayList<>();

    @Test
    void aMultipartUploadReportsItsStartEachPartAndItsEnd() {
        byte[] data = randomBytes((int) (4 * MIB + 10), 70);
        try (CosTransferManager transfers = new CosTransferManager(client,
                smallParts().progressListener(events::add).build())) {
            transfers.upload(new UploadRequest(BUCKET, "progress/upload.bin", UploadSource.of(data)));
        }
        assertThat(events).hasSize(1 + 5 + 1);
        assertThat(events.get(0).bytesTransferred()).isZero();
        assertThat(events).allSatisfy(e -> {
            assertThat(e.operation()).isEqualTo("upload");
            assertThat(e.key()).isEqualTo("progress/upload.bin");
            assertThat(e.totalBytes()).isEqualTo(data.length);
        });
        assertThat(events).extracting(TransferProgress::bytesTransferred).isSorted();
        TransferProgress last = events.get(events.size() - 1);
        assertThat(last.done()).isTrue();
        assertThat(last.bytesTransferred()).isEqualTo(data.length);
        assertThat(last.percent()).isEqualTo(100.0);
        assertThat(last.bytesPerSecond()).isPositive();
        assertThat(events.subList(0, events.size() - 1)).noneMatch(TransferProgress::done);
    }

    @Test
    void aStreamOfUnknownLengthReportsItsTotalOnceRead() {
        try (CosTransferManager transfers = new CosTransferManager(client,
                smallParts().progressListener(events::add).build())) {
            transfers.upload(new UploadRequest(BUCKET, "progress/stream.bin",
                    UploadSource.of(generatedStream(3 * MIB, 71), -1)));
        }
        assertThat(events.get(0).totalBytes()).isEqualTo(-1);
        assertThat(events.get(events.size() - 1).totalBytes()).isEqualTo(3 * MIB);
        assertThat(events.get(events.size() - 1).bytesTransferred()).isEqualTo(3 * MIB);
    }

    @Test
    void aDownloadReportsProgressToo() throws Exception {
        byte[] data = randomBytes((int) (2 * MIB + 1), 72);
        try (CosTransferManager transfers = new CosTransferManager(client,
                smallParts().progressListener(events::add).build())) {
            transfers.upload(new UploadRequest(BUCKET, "progress/download.bin", UploadSource.of(data)));
            events.clear();
            transfers.download(new dev.camelcos.client.model.GetObjectRequest(BUCKET, "progress/download.bin"),
                    dir.resolve("download.bin"));
        }
        assertThat(events).extracting(TransferProgress::operation).containsOnly("download");
        assertThat(events).hasSize(1 + 3 + 1);
        assertThat(events.get(events.size() - 1).bytesTransferred()).isEqualTo(data.length);
    }

    @Test
    void aSinglePutReportsNothing() {
        try (CosTransferManager transfers = new CosTransferManager(client,
                smallParts().progressListener(events::add).build())) {
            transfers.upload(new UploadRequest(BUCKET, "progress/small.bin", UploadSource.of(new byte[10])));
        }
        assertThat(events).isEmpty();
    }
}
