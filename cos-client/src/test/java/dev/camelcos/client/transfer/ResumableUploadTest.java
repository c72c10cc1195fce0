package dev.camelcos.client.transfer;

import static dev.camelcos.client.transfer.FaultInjectingProxy.partNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.camelcos.client.CosClient;
import dev.camelcos.client.CosServiceException;
import dev.camelcos.client.model.MultipartUploadSummary;

class ResumableUploadTest extends TransferTestSupport {

    private final TransferOptions resumable = smallParts().uploadConcurrency(2).resumableUpload(true).build();

    @Test
    void anInterruptedUploadIsResumedSendingOnlyTheMissingParts() throws Exception {
        byte[] data = randomBytes((int) (8 * MIB + 100), 20);
        Path file = file("resume.bin", data);
        String key = "resume/file.bin";

        List<Integer> firstRun = failingFirstRun(file, key, 5);

        assertThat(firstRun).isNotEmpty().doesNotContain(5);
        List<MultipartUploadSummary> kept = unfinishedUploads(key);
        assertThat(kept).hasSize(1);

        emu.clearRequests();
        try (CosTransferManager transfers = new CosTransferManager(client, resumable)) {
            TransferResult result = transfers.upload(new UploadRequest(BUCKET, key, UploadSource.of(file)));
            assertThat(result.uploadId()).isEqualTo(kept.get(0).getUploadId());
            assertThat(result.partCount()).isEqualTo(9);
        }
        List<Integer> secondRun = partsReceived(key);
        assertThat(secondRun).doesNotContainAnyElementsOf(firstRun);
        List<Integer> all = new ArrayList<>(firstRun);
        all.addAll(secondRun);
        assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 9).boxed().toList());
        assertThat(readBack(key)).isEqualTo(data);
        assertThat(unfinishedUploads(key)).isEmpty();
    }

    @Test
    void aPartWhoseBytesChangedSinceTheInterruptedRunIsSentAgain() throws Exception {
        byte[] data = randomBytes((int) (4 * MIB), 21);
        Path file = file("changed.bin", data);
        String key = "resume/changed.bin";
        List<Integer> firstRun = failingFirstRun(file, key, 4);
        assertThat(firstRun).contains(1);

        data[10] ^= 0x55;
        Files.write(file, data);
        emu.clearRequests();
        try (CosTransferManager transfers = new CosTransferManager(client, resumable)) {
            transfers.upload(new UploadRequest(BUCKET, key, UploadSource.of(file)));
        }
        List<Integer> expected = new ArrayList<>(List.of(1));
        IntStream.rangeClosed(1, 4).filter(n -> !firstRun.contains(n)).forEach(expected::add);
        assertThat(partsReceived(key)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(readBack(key)).isEqualTo(data);
    }

    /** Uploads with part {@code failingPart} refused; answers the parts the emulator received. */
    private List<Integer> failingFirstRun(Path file, String key, int failingPart) throws Exception {
        try (FaultInjectingProxy proxy = new FaultInjectingProxy(emu.endpoint());
                CosClient proxied = clientFor(proxy.endpoint());
                CosTransferManager transfers = new CosTransferManager(proxied, resumable)) {
            proxy.fail(partNumber(failingPart), 403, "AccessDenied");
            assertThatThrownBy(() -> transfers.upload(new UploadRequest(BUCKET, key, UploadSource.of(file))))
                    .isInstanceOf(CosServiceException.class);
        }
        return partsReceived(key);
    }
}
